import type { Article } from '../corpus/article.js';
import { SENTENCE_OPENERS } from './news-lexicon.js';

const JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

// Words that start with an ASCII capital, as acronyms' letters do: Unicode property classes make this scan of the
// whole archive about fifteen times slower in V8.
const CAPITALISED_RUN = /\b[A-Z][^\s.,;:!?()"“”]*(?:\s+(?:(?:of|and|the|for|on|in|&)\s+)*[A-Z][^\s.,;:!?()"“”]*)+/g;

/**
 * Every acronym the articles spell out, with its most frequent spelling: the initials of each run of 2–5
 * capitalised words (joiners skipped; a run does not start on a sentence opener such as "In" or "The"). Built
 * once at ingest and stored with the index, so that no question waits for a scan of the whole archive.
 */
export function buildAcronymTable(articles: readonly Article[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const text of [article.title, article.body]) {
      for (const [run] of text.matchAll(CAPITALISED_RUN)) {
        const words = [...run.matchAll(/\S+/gu)];
        for (let start = 0; start < words.length; start += 1) {
          const first = words[start]![0];
          if (JOINERS.has(first.toLowerCase()) || SENTENCE_OPENERS.has(first.toLowerCase())) continue;
          let initials = 0;
          for (let end = start; end < words.length && initials < 5; end += 1) {
            if (JOINERS.has(words[end]![0].toLowerCase())) continue;
            initials += 1;
            if (initials < 2) continue;
            const phrase = run.slice(words[start]!.index, words[end]!.index + words[end]![0].length);
            counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
          }
        }
      }
    }
  }
  const best = new Map<string, { phrase: string; count: number }>();
  for (const [phrase, count] of counts) {
    const key = initialsOf(phrase);
    const current = best.get(key);
    if (current === undefined || count > current.count) best.set(key, { phrase, count });
  }
  return new Map([...best].map(([key, { phrase }]) => [key, phrase]));
}

function initialsOf(phrase: string): string {
  return phrase.split(/\s+/u).filter((word) => !JOINERS.has(word.toLowerCase())).map((word) => word[0]!.toLowerCase()).join('');
}

/** The table as stored beside the index. */
export function encodeAcronymTable(table: ReadonlyMap<string, string>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify([...table]));
}

/** Reads a stored table; throws a RangeError saying what is wrong when the bytes are not one. */
export function decodeAcronymTable(bytes: Uint8Array): Map<string, string> {
  const entries: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(entries) || !entries.every((entry) => Array.isArray(entry) && entry.length === 2 && entry.every((part) => typeof part === 'string'))) {
    throw new RangeError('it is not a list of [acronym, spelling] pairs');
  }
  return new Map(entries as [string, string][]);
}

/** The acronym a question's word would be, lowercased, without a plural or possessive "s" ("MPs" → "mp"). */
export function acronymKey(word: string): string | null {
  const match = /^(\p{Lu}{2,6})(?:s|’s|'s)?$/u.exec(word);
  return match === null ? null : match[1]!.toLowerCase();
}
