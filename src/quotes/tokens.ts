/** A word of an article with its offsets into the body. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written, without a trailing possessive `'s` / `’s`. */
  readonly word: string;
  /** True when the word was written with a possessive `'s` / `’s`. */
  readonly possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-–]*/gu;

/**
 * Splits `text[from, to)` into word tokens with body offsets. A trailing period is dropped unless the word is
 * a dotted abbreviation ("U.S."), and a possessive ending is split off so "Milan’s" matches "Milan".
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    let raw = match[0];
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.replace(/\.+$/u, '');
    raw = raw.replace(/[-–'’]+$/u, '');
    if (raw === '') continue;
    const start = from + match.index;
    const possessive = /['’]s$/u.test(raw) && raw.length > 2;
    tokens.push({ start, end: start + raw.length, word: possessive ? raw.slice(0, -2) : raw, possessive });
  }
  return tokens;
}

/** True when only spaces separate two tokens (no comma, colon or quotation mark), so they can form one name. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  return /^[ \t\u00a0]+$/u.test(text.slice(left.end, right.start)) && !left.possessive;
}

/** Lowercase, straight apostrophes, no leading article: the form names are compared in. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s.-]/gu, ' ')
    .replace(/\b(the|a|an|some|several|many)\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The display form of a mention: its text without a leading article or quantifier. */
export function displayName(text: string): string {
  return text.replace(/^(?:the|a|an|some|several|many)\s+/iu, '').replace(/['’]s$/u, '').trim();
}
