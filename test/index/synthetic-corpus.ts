/** A seeded PRNG (mulberry32), so generated corpora are the same on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generated news-like text: Zipf-distributed pseudo-words, so a few words are everywhere and most are rare,
 * as in real prose. Passages share vocabulary heavily, which makes nearest-neighbour search non-trivial.
 */
export function generatePassages(count: number, seed = 7, wordsPerPassage = 60, vocabularySize = 4000): string[] {
  const random = createRandom(seed);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'ni', 'que', 'bra', 'tis', 'ul', 'mar', 'gen', 'po'];
  const vocabulary = Array.from({ length: vocabularySize }, () => {
    const length = 2 + Math.floor(random() * 3);
    return Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  });
  const pick = (): string => vocabulary[Math.floor(vocabularySize ** random()) - 1] ?? vocabulary[0]!;
  return Array.from({ length: count }, () => Array.from({ length: wordsPerPassage }, pick).join(' '));
}

/** A question-like query: some words of `passage` mixed with unrelated ones. */
export function queryFrom(passage: string, random: () => number, length = 8): string {
  const words = passage.split(' ');
  return Array.from({ length }, (_, index) =>
    (index % 3 === 2 ? `noise${Math.floor(random() * 1000)}` : words[Math.floor(random() * words.length)])).join(' ');
}
