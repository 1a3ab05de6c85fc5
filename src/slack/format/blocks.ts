import type { types } from '@slack/bolt';
import { SLACK_LIMITS, findLimitProblems } from './limits.js';
import { truncateAtSentence } from './text.js';

/** A message ready for chat.postMessage or respond(): Block Kit plus the plain-text notification fallback. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
  readonly metadata?: AnswerMetadata;
}

/** Message metadata the bot stores on each answer so thread follow-ups can rebuild the conversation. */
export interface AnswerMetadata {
  readonly event_type: 'story_answer';
  readonly event_payload: { readonly question: string; readonly passage_ids: readonly string[] };
}

/** A mrkdwn section; `text` must already be escaped. */
export function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampMarkup(text, SLACK_LIMITS.sectionText) } };
}

/** A context line of mrkdwn elements (at most ten); each text must already be escaped. */
export function context(texts: readonly string[]): types.ContextBlock {
  const elements = texts.slice(0, SLACK_LIMITS.contextElements).map((text) => ({
    type: 'mrkdwn' as const,
    text: clampMarkup(text, SLACK_LIMITS.contextText),
  }));
  return { type: 'context', elements };
}

/** A header; plain text never renders mentions, so it needs no escaping, only shortening. */
export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncateAtSentence(text, SLACK_LIMITS.headerText), emoji: true } };
}

/** A horizontal rule. */
export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A button; its value is the state carried back to the bot when clicked. */
export function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: text.slice(0, SLACK_LIMITS.buttonText), emoji: true },
    value: value.slice(0, SLACK_LIMITS.buttonValue),
    ...(style === undefined ? {} : { style }),
  };
}

/** A row of buttons. */
export function actions(elements: readonly types.Button[], blockId?: string): types.ActionsBlock {
  return { type: 'actions', elements: elements.slice(0, SLACK_LIMITS.actionsElements), ...(blockId === undefined ? {} : { block_id: blockId }) };
}

// Markup is already escaped, so it is cut at a line or space rather than re-escaped; never inside an entity or link.
function clampMarkup(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (boundary > max / 2) cut = cut.slice(0, boundary);
  const openLink = cut.lastIndexOf('<');
  if (openLink > cut.lastIndexOf('>')) cut = cut.slice(0, openLink);
  const openEntity = cut.lastIndexOf('&');
  if (openEntity > cut.lastIndexOf(';')) cut = cut.slice(0, openEntity);
  return `${cut}…`;
}

/**
 * The last line of defence before sending: drops blocks from the middle (keeping the trailing buttons) until the
 * message is within Slack's limits, adding a note that something was left out, and bounds the fallback text.
 */
export function fitMessage(message: SlackMessage): SlackMessage {
  const blocks = [...message.blocks];
  const last = blocks.at(-1);
  const trailing = last !== undefined && last.type === 'actions' ? blocks.pop() : undefined;
  const withTail = (body: types.KnownBlock[], note: boolean): types.KnownBlock[] => [
    ...body,
    ...(note ? [context(['_Some of this was left out to fit in one Slack message._'])] : []),
    ...(trailing === undefined ? [] : [trailing]),
  ];
  let result = withTail(blocks, false);
  while (findLimitProblems(result).length > 0 && blocks.length > 1) {
    blocks.pop();
    result = withTail(blocks, true);
  }
  const text = clampMarkup(message.text, SLACK_LIMITS.fallbackText);
  return { ...message, text, blocks: result };
}
