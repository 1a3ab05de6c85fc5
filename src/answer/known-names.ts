import type { Article } from '../corpus/article.js';

const JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * The acronyms a corpus implies: the initials of every run of 2–5 capitalised words, joiners such as "of"
 * skipped, so that "DHS" and "HSI" count as mentioned when the articles spell out "Department of Homeland
 * Security" or "Homeland Security Investigations".
 */
export function collectAcronyms(articles: readonly Article[]): Set<string> {
  const acronyms = new Set<string>();
  for (const article of articles) {
    for (const sentence of `${article.title}\n${article.body}`.split(/[.!?\n]+/u)) {
      const words = (sentence.match(/[\p{L}][\p{L}’'-]*/gu) ?? []).filter((word) => !JOINERS.has(word.toLowerCase()));
      for (let start = 0; start < words.length; start += 1) {
        let initials = '';
        // Only runs of capitalised words: initials of ordinary phrases would match almost any acronym.
        for (let end = start; end < Math.min(words.length, start + 5) && /^\p{Lu}/u.test(words[end]!); end += 1) {
          initials += words[end]![0]!.toLowerCase();
          if (initials.length >= 2) acronyms.add(initials);
        }
      }
    }
  }
  return acronyms;
}

/** The acronym a question's word would be, lowercased, without a plural or possessive "s" ("MPs" → "mp"). */
export function acronymKey(word: string): string | null {
  const match = /^(\p{Lu}{2,6})(?:s|’s|'s)?$/u.exec(word);
  return match === null ? null : match[1]!.toLowerCase();
}
