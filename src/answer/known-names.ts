import type { Article } from '../corpus/article.js';

const JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * The acronyms a corpus implies, with what it spells out for each: the initials of every run of 2–5
 * capitalised words, joiners such as "of" skipped, so that "DHS" and "HSI" count as mentioned when the
 * articles spell out "Department of Homeland Security" or "Homeland Security Investigations", and retrieval can
 * search for the spelled-out name. Keyed by the lowercased acronym; the most frequent spelling wins.
 */
export function collectAcronyms(articles: readonly Article[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const sentence of `${article.title}\n${article.body}`.split(/[!?\n]+|\.(?=\s|$)/u)) {
      const words = sentence.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
      for (let start = 0; start < words.length; start += 1) {
        if (!/^\p{Lu}/u.test(words[start]!) || JOINERS.has(words[start]!.toLowerCase())) continue;
        let initials = '';
        // Only runs of capitalised words: initials of ordinary phrases would match almost any acronym.
        for (let end = start; end < words.length && initials.length < 5; end += 1) {
          const word = words[end]!;
          if (JOINERS.has(word.toLowerCase())) continue;
          if (!/^\p{Lu}/u.test(word)) break;
          initials += word[0]!.toLowerCase();
          if (initials.length < 2) continue;
          const phrase = words.slice(start, end + 1).join(' ');
          const spellings = counts.get(initials) ?? new Map<string, number>();
          spellings.set(phrase, (spellings.get(phrase) ?? 0) + 1);
          counts.set(initials, spellings);
        }
      }
    }
  }
  const chosen = new Map<string, string>();
  for (const [initials, spellings] of counts) {
    chosen.set(initials, [...spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]);
  }
  return chosen;
}

/** The acronym a question's word would be, lowercased, without a plural or possessive "s" ("MPs" → "mp"). */
export function acronymKey(word: string): string | null {
  const match = /^(\p{Lu}{2,6})(?:s|’s|'s)?$/u.exec(word);
  return match === null ? null : match[1]!.toLowerCase();
}
