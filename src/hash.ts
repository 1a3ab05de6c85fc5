// FNV-1a, 32-bit: a few multiplications per character, stable across platforms and versions.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit hash of `text` (UTF-16 code units), starting from `seed` so feature families do not collide. */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  }
  return hash >>> 0;
}

/** One more code unit folded into an FNV-1a state, for hashing n-grams incrementally. */
export function fnv1aStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** Combines two hashes into one (for word bigrams) without recomputing over the text. */
export function combineHashes(first: number, second: number): number {
  return finalizeHash(Math.imul(first ^ 0x9e3779b9, FNV_PRIME) ^ second);
}

/** MurmurHash3's finaliser: spreads FNV's weak low bits before they choose a dimension and a sign. */
export function finalizeHash(hash: number): number {
  let mixed = hash >>> 0;
  mixed ^= mixed >>> 16;
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  mixed ^= mixed >>> 16;
  return mixed >>> 0;
}

/** The FNV-1a offset basis, exported so callers can derive per-family seeds. */
export const FNV_OFFSET_BASIS = FNV_OFFSET;
