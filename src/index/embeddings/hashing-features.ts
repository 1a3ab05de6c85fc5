import { stemmer } from 'stemmer';
import { combineHashes, finalizeHash, fnv1a, fnv1aStep, FNV_OFFSET_BASIS } from '../../hash.js';
import { STOP_WORDS } from './stop-words.js';

/** How text becomes hashed features; every field is part of the embedder's id. */
export interface HashingOptions {
  /** Vector length. */
  readonly dimensions: number;
  /** Weight of each feature family after it is normalised on its own; 0 turns a family off. */
  readonly unigramWeight: number;
  readonly bigramWeight: number;
  readonly charGramWeight: number;
  /** Character n-gram sizes, taken over each word with `<` and `>` boundary markers. */
  readonly minCharGram: number;
  readonly maxCharGram: number;
}

/** Feature counts of one text, by family, keyed by the feature's 32-bit hash. */
interface FeatureCounts {
  readonly unigrams: Map<number, number>;
  readonly bigrams: Map<number, number>;
  readonly charGrams: Map<number, number>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
// Distinct seeds keep a word and a character n-gram that spell the same from landing on the same feature.
const UNIGRAM_SEED = fnv1a('unigram', FNV_OFFSET_BASIS);
const CHARGRAM_SEED = fnv1a('chargram', FNV_OFFSET_BASIS);

/** Lowercase words with accents folded ("Beyoncé" matches "Beyonce") and stop words dropped. */
export function contentWords(text: string): string[] {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFKD').replace(COMBINING_MARKS, '');
  const words = lower.match(WORD) ?? [];
  return words.filter((word) => !STOP_WORDS.has(word));
}

function increment(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Counts the hashed unigram (stemmed), bigram and character n-gram features of `text`. */
export function countFeatures(text: string, options: HashingOptions, stem: (word: string) => string): FeatureCounts {
  const counts: FeatureCounts = { unigrams: new Map(), bigrams: new Map(), charGrams: new Map() };
  let previous: number | null = null;
  for (const word of contentWords(text)) {
    const unigram = finalizeHash(fnv1a(stem(word), UNIGRAM_SEED));
    increment(counts.unigrams, unigram);
    if (options.bigramWeight > 0 && previous !== null) increment(counts.bigrams, combineHashes(previous, unigram));
    previous = unigram;
    if (options.charGramWeight > 0) addCharGrams(counts.charGrams, word, options.minCharGram, options.maxCharGram);
  }
  return counts;
}

// One pass per start position hashes the n-grams of every size incrementally, instead of rehashing each.
function addCharGrams(counts: Map<number, number>, word: string, minSize: number, maxSize: number): void {
  const marked = `<${word}>`;
  const length = marked.length;
  for (let start = 0; start + minSize <= length; start += 1) {
    let hash = CHARGRAM_SEED;
    const stop = Math.min(start + maxSize, length);
    for (let index = start; index < stop; index += 1) {
      hash = fnv1aStep(hash, marked.charCodeAt(index));
      if (index - start + 1 >= minSize) increment(counts, finalizeHash(hash));
    }
  }
}

/**
 * Adds one feature family into `vector`: sublinear term frequency (1 + ln count), normalised over the family so
 * that the many character n-grams do not drown the few words, then scaled by `weight`. Signed hashing: one hash
 * bit picks the sign, so colliding features cancel on average instead of piling up.
 */
export function addFamily(vector: Float64Array, counts: Map<number, number>, weight: number): void {
  if (weight === 0 || counts.size === 0) return;
  let squares = 0;
  for (const count of counts.values()) {
    const value = 1 + Math.log(count);
    squares += value * value;
  }
  const scale = weight / Math.sqrt(squares);
  const dimensions = vector.length;
  for (const [hash, count] of counts) {
    const value = (1 + Math.log(count)) * scale;
    const slot = (hash >>> 1) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + ((hash & 1) === 1 ? -value : value);
  }
}

/** A memoising Porter stemmer: the same few thousand words recur across passages. */
export function createStemCache(limit = 200_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return known;
    if (cache.size >= limit) cache.clear();
    const stemmed = stemmer(word);
    cache.set(word, stemmed);
    return stemmed;
  };
}
