import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { answerInThread, postApology } from '../../answer-question.js';
import { cleanQuestion } from '../../question-text.js';
import type { SlackDeps } from '../../slack-deps.js';
import { readThreadHistory } from '../../thread-history.js';
import { readUserMessage } from '../../user-message.js';

type MentionArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

/** An @mention in a channel: answered in that message's thread, with the thread's earlier turns when inside one. */
export function createAppMentionListener(deps: SlackDeps) {
  return async ({ event, client, context }: MentionArgs): Promise<void> => {
    const message = readUserMessage(event, context.botUserId);
    if (message === null) return;
    // The same message also arrives as a `message` event; whichever listener claims it first answers.
    if (!deps.dedupe.claim(`${message.channel}:${message.ts}`)) return;
    const threadTs = message.threadTs ?? message.ts;
    try {
      const history = message.threadTs === undefined ? { turns: [] } : await readThreadHistory(client, message.channel, message.threadTs, context.botUserId);
      const question = cleanQuestion(message.text, context.botUserId);
      await answerInThread(client, deps, { channel: message.channel, threadTs, question, history: history.turns });
    } catch (error) {
      deps.logger.error('Failed to handle a mention', { ...describeError(error, true), channel: message.channel });
      await postApology(client, deps, message.channel, threadTs);
    }
  };
}
