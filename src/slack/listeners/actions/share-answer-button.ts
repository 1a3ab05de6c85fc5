import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { decodeAnswerRef } from '../../action-ids.js';
import { buildAnswerMessage } from '../../answer-question.js';
import { postMessage } from '../../post-message.js';
import type { SlackDeps } from '../../slack-deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** "Share in channel" on a private `/story` answer: posts the answer for everyone, then removes the private copy. */
export function createShareAnswerListener(deps: SlackDeps) {
  return async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    const channel = body.channel?.id;
    if (ref === null || channel === undefined) {
      deps.logger.warn('Share button without a question or channel', { actionId: action.action_id });
      return;
    }
    try {
      // The engine is deterministic, so answering again gives the answer the person saw, without server-side state.
      const { message } = await buildAnswerMessage(deps, ref.question, [], { restateFor: body.user.id });
      await postMessage(client, channel, undefined, message);
      await respond({ delete_original: true });
    } catch (error) {
      const notInChannel = (error as { data?: { error?: string } }).data?.error === 'not_in_channel';
      deps.logger.error('Could not share an answer', { ...describeError(error), channel });
      const text = notInChannel ? 'I am not in this channel yet: invite me with `/invite @Story Desk`, then share again.' : 'Sorry — I could not share that just now.';
      await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
    }
  };
}
