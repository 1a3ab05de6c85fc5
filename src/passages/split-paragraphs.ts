import type { Span } from './split-sentences.js';

/** A paragraph of an article body: its trimmed span and text. */
export interface ParagraphSpan extends Span {
  readonly text: string;
}

const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/u;
const LINE_END = /[.!?:;"”’)\]]\s*$/u;

/**
 * Splits an article body into paragraphs. A blank line always separates paragraphs; so does a line break after
 * a line that ends a sentence (many sources put one paragraph per line), or before a list item. A line that ends
 * mid-sentence and continues in lowercase is a soft wrap and stays in the paragraph. With `blank-lines` layout
 * (corpus.jsonl), only blank lines separate paragraphs.
 */
export function splitParagraphs(body: string, layout: 'blank-lines' | 'lines' = 'lines'): ParagraphSpan[] {
  const lines: Span[] = [];
  let lineStart = 0;
  for (let index = 0; index <= body.length; index += 1) {
    if (index === body.length || body[index] === '\n') {
      lines.push({ start: lineStart, end: index });
      lineStart = index + 1;
    }
  }
  const paragraphs: ParagraphSpan[] = [];
  let current: Span | null = null;
  const flush = (): void => {
    if (current === null) return;
    let { start, end } = current;
    while (start < end && /\s/u.test(body[start] ?? '')) start += 1;
    while (end > start && /\s/u.test(body[end - 1] ?? '')) end -= 1;
    if (end > start) paragraphs.push({ start, end, text: body.slice(start, end) });
    current = null;
  };
  for (const line of lines) {
    const text = body.slice(line.start, line.end);
    if (text.trim() === '') {
      flush();
      continue;
    }
    if (current !== null && layout === 'blank-lines') {
      current = { start: current.start, end: line.end };
      continue;
    }
    if (current !== null) {
      const previous = body.slice(current.start, current.end);
      const softWrap = !LINE_END.test(previous) && !LIST_ITEM.test(text) && /^\s*\p{Ll}/u.test(text);
      if (softWrap) {
        current = { start: current.start, end: line.end };
        continue;
      }
      flush();
    }
    current = { start: line.start, end: line.end };
  }
  flush();
  return paragraphs;
}
