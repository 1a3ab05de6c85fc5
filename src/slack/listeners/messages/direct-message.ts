import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { answerInThread, postApology } from '../../answer-question.js';
import { cleanQuestion } from '../../question-text.js';
import type { SlackDeps } from '../../slack-deps.js';
import { readThreadHistory } from '../../thread-history.js';
import { readUserMessage } from '../../user-message.js';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** A direct message: answered where it was written; a reply in a DM thread is a follow-up with the thread as context. */
export function createDirectMessageListener(deps: SlackDeps) {
  return async ({ event, client, context }: MessageArgs): Promise<void> => {
    const message = readUserMessage(event, context.botUserId);
    if (message === null || message.channelType !== 'im') return;
    if (!deps.dedupe.claim(`${message.channel}:${message.ts}`)) return;
    try {
      const history = message.threadTs === undefined ? { turns: [] } : await readThreadHistory(client, message.channel, message.threadTs, context.botUserId);
      const question = cleanQuestion(message.text, context.botUserId);
      await answerInThread(client, deps, { channel: message.channel, threadTs: message.threadTs, question, history: history.turns });
    } catch (error) {
      deps.logger.error('Failed to handle a direct message', { ...describeError(error, true), channel: message.channel });
      await postApology(client, deps, message.channel, message.threadTs);
    }
  };
}
