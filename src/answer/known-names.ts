import type { Article } from '../corpus/article.js';

const JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * What the articles spell out for an acronym key ("dhs"): the most frequent run of capitalised words whose
 * initials spell it, joiners such as "of" skipped ("Department of Homeland Security"), or null. One regular
 * expression scan of the articles per key: a table of every capitalised run of a 100,000-passage archive would
 * hold millions of strings for the few acronyms anyone asks about.
 */
export function findSpelledOut(articles: readonly Article[], key: string): string | null {
  if (!/^\p{Ll}{2,6}$/u.test(key)) return null;
  const joiner = `(?:\\s+(?:${[...JOINERS].join('|')}))*\\s+`;
  const words = [...key].map((letter) => `${letter.toUpperCase()}[\\p{L}’'-]*`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}’'-])${words.join(joiner)}(?![\\p{L}\\p{N}])`, 'gu');
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const text of [article.title, article.body]) {
      for (const [phrase] of text.matchAll(pattern)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [phrase, count] of counts) if (count > bestCount) { best = phrase; bestCount = count; }
  return best;
}

/** The acronym a question's word would be, lowercased, without a plural or possessive "s" ("MPs" → "mp"). */
export function acronymKey(word: string): string | null {
  const match = /^(\p{Lu}{2,6})(?:s|’s|'s)?$/u.exec(word);
  return match === null ? null : match[1]!.toLowerCase();
}
