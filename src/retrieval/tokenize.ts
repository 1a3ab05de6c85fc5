import { stemmer } from 'stemmer';

// A short stop list (the 40-word list of the reference BM25, plus question words): longer lists drop words
// such as "after" or "over" that decide some questions.
const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by for from has have he her his in is it its of on or that the their they this to ' +
    'was were which with who what when where why how did does do').split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    // The cache only saves time; bounding it keeps a long-running bot's memory flat.
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Lowercased words of `text` without stop words, as written (for exact-form matching). */
export function tokenizeWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    if (!STOP_WORDS.has(match[0])) words.push(match[0]);
  }
  return words;
}

/** Porter stems of `tokenizeWords(text)`: "deployed" and "deployment" meet at "deploi"/"deploy". */
export function tokenizeStems(text: string): string[] {
  return stemWords(tokenizeWords(text));
}

/** Porter stems of words from `tokenizeWords`. */
export function stemWords(words: readonly string[]): string[] {
  return words.map(stem);
}

/** Adjacent pairs of tokens, joined: phrase evidence such as "interior minist". */
export function bigrams(tokens: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 1; index < tokens.length; index += 1) pairs.push(`${tokens[index - 1]} ${tokens[index]}`);
  return pairs;
}
