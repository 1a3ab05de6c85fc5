import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../answer/answer.js';
import { ACTION_IDS, encodeAnswerRef } from '../action-ids.js';
import { actions, button, context, divider, fitMessage, section } from './blocks.js';
import type { SlackMessage } from './blocks.js';
import { describeBasis } from './basis-line.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeText, formatDate, formatLink, safeText, truncateAtSentence } from './text.js';

/** How an answer is presented beyond its content. */
export interface AnswerMessageOptions {
  /** Restate the question above the answer: "you" for the asker's own view, or the user id who asked it. */
  readonly restateFor?: 'you' | string;
  /** Add a button that posts the answer in the channel (for answers only the asker can see). */
  readonly shareButton?: boolean;
}

const ANSWER_BUDGET = 4000;
const QUESTION_BUDGET = 500;
const SOURCES_BUDGET = 5000;
// More than this many sources is unreadable in Slack; the rest are counted in a note.
const MAX_CITATIONS = 20;

function answerSections(answer: Answer): types.KnownBlock[] {
  const sentences = answer.abstained || answer.sentences.length === 0
    ? [escapeText(answer.text)]
    : answer.sentences.map((sentence) => `${escapeText(sentence.text)} ${sentence.citations.map((n) => `[${n}]`).join('')}`.trim());
  const sections: string[] = [];
  let current = '';
  let used = 0;
  for (const sentence of sentences) {
    const piece = sentence.length > SLACK_LIMITS.sectionText - 10 ? `${sentence.slice(0, SLACK_LIMITS.sectionText - 20)}…` : sentence;
    if (used + piece.length > ANSWER_BUDGET) {
      current += current === '' ? '…' : ' …';
      break;
    }
    if (current.length + piece.length + 1 > SLACK_LIMITS.sectionText) {
      sections.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current} ${piece}`;
    used += piece.length + 1;
  }
  if (current !== '') sections.push(current);
  return sections.map((text) => section(text));
}

function citationBlock(citation: Citation, quoteBudget: number): types.SectionBlock {
  const details = [citation.source, formatDate(citation.published), `¶ ${citation.paragraph}`].filter((part): part is string => part !== null);
  const title = formatLink(citation.url, `*${escapeText(truncateAtSentence(citation.title, 200))}*`);
  const quote = safeText(citation.text, quoteBudget).split('\n').map((line) => `>${line}`).join('\n');
  return section(`[${citation.n}] ${title} — ${escapeText(details.join(', '))}\n${quote}`);
}

function restatement(question: string, restateFor: string): types.ContextBlock {
  const who = restateFor === 'you' ? '*You asked:*' : /^[UW][A-Z0-9]+$/u.test(restateFor) ? `<@${restateFor}> asked:` : '*Asked:*';
  return context([`${who} ${safeText(question, QUESTION_BUDGET)}`]);
}

/** Formats an answer as Block Kit: answer, numbered sources, what it rests on, and feedback buttons. */
export function formatAnswer(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.restateFor !== undefined) blocks.push(restatement(answer.question, options.restateFor));
  blocks.push(...answerSections(answer));
  const citations = [...answer.citations].sort((a, b) => a.n - b.n).slice(0, MAX_CITATIONS);
  if (citations.length > 0) {
    blocks.push(divider(), section('*Sources*'));
    const quoteBudget = Math.max(160, Math.min(1200, Math.floor(SOURCES_BUDGET / citations.length) - 150));
    for (const citation of citations) blocks.push(citationBlock(citation, quoteBudget));
    if (answer.citations.length > citations.length) blocks.push(context([`_${answer.citations.length - citations.length} more sources not shown._`]));
  }
  if (answer.basis.length > 0) blocks.push(context([describeBasis(answer.basis)]));
  const passageIds = answer.citations.map((citation) => citation.passageId);
  const value = encodeAnswerRef({ question: answer.question, passageIds });
  const buttons = [button(ACTION_IDS.feedbackUp, '👍 Helpful', value), button(ACTION_IDS.feedbackDown, '👎 Not helpful', value)];
  if (options.shareButton === true) buttons.push(button(ACTION_IDS.shareAnswer, 'Share in channel', value, 'primary'));
  blocks.push(actions(buttons, 'answer_actions'));
  const question = options.restateFor === undefined ? '' : `Q: ${escapeText(truncateAtSentence(answer.question, QUESTION_BUDGET))}\n`;
  return fitMessage({
    text: `${question}${escapeText(truncateAtSentence(answer.text, SLACK_LIMITS.fallbackText - 600))}`,
    blocks,
    metadata: {
      event_type: 'story_answer',
      event_payload: { question: truncateAtSentence(answer.question, 1000), passage_ids: passageIds },
    },
  });
}
