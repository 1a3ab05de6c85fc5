import type { webApi } from '@slack/bolt';
import type { Answer, Turn } from '../answer/answer.js';
import { isStoryError } from '../errors.js';
import { describeError } from '../logger.js';
import type { SlackMessage } from './format/blocks.js';
import { formatApology, formatHelp, formatNotice } from './format/help-message.js';
import { formatAnswer } from './format/answer-message.js';
import type { AnswerMessageOptions } from './format/answer-message.js';
import { postMessage } from './post-message.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * Asks the engine and returns the message to show: the formatted answer, a hint for a question the engine
 * refuses (empty, too long), or the apology when the engine fails. Never throws; the failure detail is logged.
 */
export async function buildAnswerMessage(
  deps: SlackDeps,
  question: string,
  history: readonly Turn[],
  options: AnswerMessageOptions = {},
): Promise<{ message: SlackMessage; answer: Answer | null }> {
  if (question === '') return { message: formatHelp(), answer: null };
  try {
    const answer = await deps.desk.answer(question, history);
    return { message: formatAnswer(answer, options), answer };
  } catch (error) {
    if (isStoryError(error, 'question_empty')) return { message: formatHelp(), answer: null };
    if (isStoryError(error, 'question_too_long')) {
      return { message: formatNotice('That question is too long for me. Please ask it in a sentence or two.'), answer: null };
    }
    deps.logger.error('The engine failed to answer a question', { ...describeError(error, true), questionLength: question.length });
    return { message: formatApology(), answer: null };
  }
}

/** Where an answer goes and what it answers. */
export interface ThreadQuestion {
  readonly channel: string;
  /** Reply in this thread; undefined posts at the top level (a direct message). */
  readonly threadTs: string | undefined;
  readonly question: string;
  readonly history: readonly Turn[];
}

/** Answers a question in a thread: the answer, or a short apology if anything fails. Never throws. */
export async function answerInThread(client: webApi.WebClient, deps: SlackDeps, target: ThreadQuestion): Promise<void> {
  const { message } = await buildAnswerMessage(deps, target.question, target.history);
  try {
    await postMessage(client, target.channel, target.threadTs, message);
  } catch (error) {
    deps.logger.error('Could not post an answer to Slack', { ...describeError(error), channel: target.channel });
    await postApology(client, deps, target.channel, target.threadTs);
  }
}

/** Posts the short apology; used when anything between an event and the answer fails. Never throws. */
export async function postApology(client: webApi.WebClient, deps: SlackDeps, channel: string, threadTs: string | undefined): Promise<void> {
  try {
    await postMessage(client, channel, threadTs, formatApology());
  } catch (error) {
    deps.logger.error('Could not post the apology either', { ...describeError(error), channel });
  }
}
