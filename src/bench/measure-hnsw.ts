import { VECTOR_INDEX_DEFAULTS, VectorIndex } from '../index/index.js';
import type { FlatIndex } from './flat-index.js';
import { summariseLatencies, type LatencySummary } from './stats.js';

/** The HNSW graph at its default settings over the same vectors, for stories beyond the exact scan's range. */
export interface HnswReference {
  readonly m: number;
  readonly efConstruction: number;
  readonly efSearch: number;
  readonly buildSeconds: number;
  readonly buildPerSecond: number;
  /** recall@10 against the exact top 10 at `efSearch`. */
  readonly recallAt10: number;
  /** Vector search alone (no embedding), per question. */
  readonly search: LatencySummary;
}

/**
 * Builds the HNSW graph the product would use above `exactUpTo` passages and measures it in-process: build
 * time, recall@10 against the exact scan at the default search breadth, and search latency.
 */
export function measureHnsw(flat: FlatIndex, queries: readonly Float32Array[], exactTop10: readonly (readonly number[])[]): HnswReference {
  const { dimensions, matrix, size } = flat;
  const rows = Array.from({ length: size }, (_, position) => matrix.subarray(position * dimensions, (position + 1) * dimensions));
  const started = performance.now();
  const index = VectorIndex.build(rows, dimensions, { exactUpTo: 0 });
  const buildSeconds = (performance.now() - started) / 1000;
  let found = 0;
  const samples: number[] = [];
  queries.forEach((query, at) => {
    const searchStarted = performance.now();
    const matches = index.search(query, 10);
    samples.push(performance.now() - searchStarted);
    const exact = new Set(exactTop10[at] ?? []);
    found += matches.filter((match) => exact.has(match.position)).length;
  });
  const { m, efConstruction, efSearch } = VECTOR_INDEX_DEFAULTS;
  return {
    m, efConstruction, efSearch, buildSeconds, buildPerSecond: size / buildSeconds,
    recallAt10: found / Math.max(1, queries.length * 10), search: summariseLatencies(samples),
  };
}
