/** Turns Slack mrkdwn into terminal text: links as "label (url)", bold/italic marks dropped, entities decoded. */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/gu, '$2 ($1)')
    .replace(/<@([A-Z0-9]+)>/gu, '@$1')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,:;]|$)/gmu, '$1$2')
    .replace(/^>/gmu, '  │ ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

type AnyBlock = { type?: string; text?: { text?: string }; elements?: Array<{ text?: string | { text?: string } }> };

/** Renders a message's blocks as readable lines for the local console; falls back to its text. */
export function renderBlocks(blocks: unknown, fallback: string): string {
  if (!Array.isArray(blocks) || blocks.length === 0) return mrkdwnToPlain(fallback);
  const lines: string[] = [];
  for (const block of blocks as AnyBlock[]) {
    if (block.type === 'section' || block.type === 'header') lines.push(mrkdwnToPlain(block.text?.text ?? ''));
    else if (block.type === 'context') lines.push((block.elements ?? []).map((element) => mrkdwnToPlain(typeof element.text === 'string' ? element.text : '')).join(' '));
    else if (block.type === 'divider') lines.push('────────');
    else if (block.type === 'actions') {
      lines.push((block.elements ?? []).map((element) => `[${typeof element.text === 'object' ? element.text.text ?? '' : ''}]`).join(' '));
    }
  }
  return lines.join('\n');
}
