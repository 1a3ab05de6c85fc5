import type { types } from '@slack/bolt';

/** Slack's published limits on what a message may carry; exceeding any of them fails with `invalid_blocks`. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  // Slack answers msg_blocks_too_long at roughly 13k characters of block text; stay well under it.
  totalBlockText: 12_000,
  fallbackText: 3000,
} as const;

function textOf(block: types.KnownBlock): string[] {
  switch (block.type) {
    case 'section':
      return block.text === undefined ? [] : [block.text.text];
    case 'header':
      return [block.text.text];
    case 'context':
      return block.elements.map((element) => ('text' in element ? element.text : ''));
    case 'actions':
      return block.elements.map((element) => ('text' in element && element.text !== undefined ? element.text.text : ''));
    default:
      return [];
  }
}

/** Lists every way `blocks` break Slack's limits; empty when the message can be sent as it is. */
export function findLimitProblems(blocks: readonly types.KnownBlock[]): string[] {
  const problems: string[] = [];
  if (blocks.length > SLACK_LIMITS.blocks) problems.push(`${blocks.length} blocks (limit ${SLACK_LIMITS.blocks})`);
  let total = 0;
  blocks.forEach((block, index) => {
    for (const text of textOf(block)) total += text.length;
    if (block.type === 'section' && block.text !== undefined && block.text.text.length > SLACK_LIMITS.sectionText) {
      problems.push(`block ${index}: section text of ${block.text.text.length} chars`);
    }
    if (block.type === 'header' && block.text.text.length > SLACK_LIMITS.headerText) {
      problems.push(`block ${index}: header of ${block.text.text.length} chars`);
    }
    if (block.type === 'context') {
      if (block.elements.length > SLACK_LIMITS.contextElements) problems.push(`block ${index}: ${block.elements.length} context elements`);
      for (const element of block.elements) {
        if ('text' in element && element.text.length > SLACK_LIMITS.contextText) problems.push(`block ${index}: context text too long`);
      }
    }
    if (block.type === 'actions') {
      if (block.elements.length > SLACK_LIMITS.actionsElements) problems.push(`block ${index}: ${block.elements.length} actions`);
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        if (element.text.text.length > SLACK_LIMITS.buttonText) problems.push(`block ${index}: button text too long`);
        if ((element.value ?? '').length > SLACK_LIMITS.buttonValue) problems.push(`block ${index}: button value too long`);
      }
    }
  });
  if (total > SLACK_LIMITS.totalBlockText) problems.push(`${total} chars of block text (limit ${SLACK_LIMITS.totalBlockText})`);
  return problems;
}
