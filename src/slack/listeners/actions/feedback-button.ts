import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { decodeAnswerRef } from '../../action-ids.js';
import type { SlackDeps } from '../../slack-deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** 👍 / 👎 on an answer: recorded with the question and cited passage ids, and acknowledged to the clicker only. */
export function createFeedbackListener(deps: SlackDeps, vote: 'up' | 'down') {
  return async ({ ack, action, body, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    if (ref === null) {
      deps.logger.warn('Feedback button carried an unreadable value', { actionId: action.action_id });
      return;
    }
    let text = vote === 'up' ? 'Thanks — your 👍 is recorded.' : 'Thanks — your 👎 is recorded; the team will look at this answer.';
    try {
      await deps.feedback.record({
        vote,
        question: ref.question,
        passageIds: ref.passageIds,
        user: body.user.id,
        channel: body.channel?.id ?? null,
        messageTs: body.message?.ts ?? body.container?.message_ts ?? null,
      });
    } catch (error) {
      deps.logger.error('Could not record feedback', describeError(error, true));
      text = 'Sorry — I could not record that just now.';
    }
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } catch (error) {
      deps.logger.warn('Could not acknowledge feedback', describeError(error));
    }
  };
}
