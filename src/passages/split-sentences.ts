/** A half-open character range [start, end) into some text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// Words that end in a period without ending a sentence. Kept lowercase, without the period.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'maj', 'brig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'pp', 'p', 'ch', 'art', 'sec', 'para', 'ed', 'eds', 'est', 'approx',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'vs', 'v', 'etc', 'al', 'cf',
  'e.g', 'i.e', 'a.m', 'p.m', 'ca', 'c',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«']);

function isSentenceStart(character: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(character) || OPENERS.has(character);
}

/** The word (letters, digits and inner periods) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, dot);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials and dotted acronyms: "J.", "U.S", "D.C" — a sentence rarely ends on one, a name often continues.
  return /^(\p{L}\.)*\p{L}$/u.test(word) && /\p{Lu}/u.test(word);
}

function hasCloserAhead(text: string, from: number, end: number): boolean {
  for (let index = from + 1; index < end; index += 1) {
    if (text[index] === '”') return true;
    if (text[index] === '\n' || text[index] === '“') return false;
  }
  return false;
}

/**
 * Splits `text` into sentence spans, trimmed of surrounding whitespace. Closing quotes and brackets stay with
 * the sentence they close. Line breaks end a sentence too (unless `lineBreaksEndSentences` is false, for text
 * whose lines are soft-wrapped), since a line in an article file is at least a paragraph.
 */
export function splitSentences(text: string, offset = 0, end = text.length, lineBreaksEndSentences = true): Span[] {
  const spans: Span[] = [];
  let start = offset;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/u.test(text[a] ?? '')) a += 1;
    while (b > a && /\s/u.test(text[b - 1] ?? '')) b -= 1;
    if (b > a) spans.push({ start: a, end: b });
  };
  let insideQuote = false;
  for (let index = offset; index < end; index += 1) {
    const character = text[index] ?? '';
    if (character === '\n' && lineBreaksEndSentences) {
      push(start, index);
      start = index + 1;
      insideQuote = false;
      continue;
    }
    // A quotation of several sentences stays whole, as long as it closes before the line ends.
    if (character === '“') insideQuote = hasCloserAhead(text, index, end);
    if (character === '”') insideQuote = false;
    if (insideQuote) continue;
    if (character !== '.' && character !== '!' && character !== '?' && character !== '…') continue;
    let close = index + 1;
    while (close < end && (text[close] === '.' || text[close] === '!' || text[close] === '?')) close += 1;
    while (close < end && CLOSERS.has(text[close] ?? '')) close += 1;
    let next = close;
    while (next < end && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00a0')) next += 1;
    if (next === close && next < end && text[next] !== '\n') continue; // no space after: "3.5", "U.S.-led"
    if (next < end && text[next] !== '\n' && !isSentenceStart(text[next] ?? '')) continue;
    if (character === '.' && close === index + 1 && endsWithAbbreviation(text, index)) continue;
    push(start, close);
    start = close;
    index = close - 1;
  }
  push(start, end);
  return spans;
}

/** Number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/gu);
  return matches === null ? 0 : matches.length;
}
