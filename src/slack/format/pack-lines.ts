import type { types } from '@slack/bolt';
import { context, section } from './blocks.js';

/**
 * Packs escaped lines into as few sections as fit (each under Slack's section limit) within a character budget,
 * adding a note with how many lines were left out. Keeps long lists within 50 blocks.
 */
export function packLines(lines: readonly string[], budget: number, noun: string): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  let current = '';
  let used = 0;
  let shown = 0;
  for (const line of lines) {
    if (used + line.length > budget) break;
    if (current !== '' && current.length + line.length + 1 > 2900) {
      blocks.push(section(current));
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
    used += line.length + 1;
    shown += 1;
  }
  if (current !== '') blocks.push(section(current));
  if (shown < lines.length) blocks.push(context([`_${lines.length - shown} more ${noun} not shown._`]));
  return blocks;
}
