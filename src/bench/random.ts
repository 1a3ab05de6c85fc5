/** A seeded pseudo-random source: the same seed gives the same corpus and questions on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  integer(min: number, max: number): number;
  /** Any item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An item by Zipf-like rank: the first items are far more frequent, as words and names are in news. */
  pickRanked<T>(items: readonly T[]): T;
  /** True with probability `chance`. */
  chance(chance: number): boolean;
}

/** mulberry32: tiny, fast and good enough for text generation. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[Math.min(items.length - 1, Math.max(0, index))];
    if (item === undefined) throw new RangeError('Expected a non-empty list to pick from');
    return item;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(next() * items.length)),
    // (n+1)^u - 1 is log-uniform over ranks, which gives the 1/rank frequency of Zipf's law.
    pickRanked: (items) => at(items, Math.floor((items.length + 1) ** next()) - 1),
    chance: (chance) => next() < chance,
  };
}
