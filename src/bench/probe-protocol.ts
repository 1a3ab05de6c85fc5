import type { LatencySummary } from './stats.js';

/** What the parent hands a load probe, as a JSON file. */
export interface ProbeInput {
  /** `ann`: the product's stored index. `flat`: the exact-scan baseline over the same vectors. */
  readonly mode: 'ann' | 'flat';
  readonly indexDir: string;
  readonly flatPath: string;
  readonly questions: readonly string[];
  /** The exact top 10 passage positions per question, from the parent's scan: ground truth for recall. */
  readonly exactTop10: readonly (readonly number[])[];
}

/** Resident memory in MB. */
export interface MemoryFigures {
  /** After the probe's imports, before loading: the cost of Node and the code itself. */
  readonly rssBeforeLoadMB: number;
  /**
   * After loading, a garbage collection and up to 2 s for the resident size to settle: what the bot holds for
   * the story. Right after loading, freed load-time buffers (the articles file's bytes and text) are often
   * not yet returned to the system.
   */
  readonly rssAfterLoadMB: number;
  /** Right after loading and a garbage collection, before settling. */
  readonly rssAtLoadMB: number;
  /** After every question, without a collection: closer to the peak a running bot reaches. */
  readonly rssAfterQueriesMB: number;
  readonly heapUsedMB: number;
  /** Native and buffer memory outside the JS heap (hnswlib's graph is not counted here: it is malloc'd). */
  readonly externalMB: number;
}

/** What a load probe reports on stdout, as JSON. */
export interface ProbeResult {
  readonly mode: 'ann' | 'flat';
  readonly loadMs: number;
  readonly memory: MemoryFigures;
  /** The first answer after loading: JIT cold, and lazily built structures (the quote index) built. */
  readonly firstAnswerMs: number;
  /** Hybrid retrieval: question analysis, embedding, vector search, lexical fusion. */
  readonly retrieval: LatencySummary;
  /** The full answer: engine plus Slack Block Kit formatting. */
  readonly answer: LatencySummary;
  /** Share of the timed questions the engine abstained on (they skip sentence selection, so they are cheaper). */
  readonly abstainedShare: number;
  /** recall@10 of the vector search against the exact top 10; 1 for the baseline by construction. */
  readonly recallAt10: number;
  /** The HNSW search breadth; null for an exact index and the baseline. */
  readonly efSearch: number | null;
}
