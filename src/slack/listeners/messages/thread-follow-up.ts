import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { answerInThread } from '../../answer-question.js';
import { addressesOnlyOthers, cleanQuestion, mentionsBot } from '../../question-text.js';
import type { SlackDeps } from '../../slack-deps.js';
import { readThreadHistory } from '../../thread-history.js';
import { readUserMessage } from '../../user-message.js';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/**
 * A reply in a channel thread where the bot has answered, without mentioning it: a follow-up, answered with the
 * thread's earlier turns. Replies that address someone else, and threads the bot is not in, are left alone.
 */
export function createThreadFollowUpListener(deps: SlackDeps) {
  return async ({ event, client, context }: MessageArgs): Promise<void> => {
    const message = readUserMessage(event, context.botUserId);
    if (message === null || message.channelType === 'im' || message.threadTs === undefined) return;
    // A reply that mentions the bot is an app_mention too, handled there.
    if (mentionsBot(message.text, context.botUserId) || addressesOnlyOthers(message.text, context.botUserId)) return;
    let history;
    try {
      history = await readThreadHistory(client, message.channel, message.threadTs, context.botUserId);
    } catch (error) {
      // Without the thread we cannot tell whether the reply was meant for the bot, so an apology could be noise.
      deps.logger.error('Could not read a thread to check for a follow-up', { ...describeError(error), channel: message.channel });
      return;
    }
    if (!history.botAnswered || !deps.dedupe.claim(`${message.channel}:${message.ts}`)) return;
    const question = cleanQuestion(message.text, context.botUserId);
    await answerInThread(client, deps, { channel: message.channel, threadTs: message.threadTs, question, history: history.turns });
  };
}
