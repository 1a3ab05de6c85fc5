import type { Article } from '../corpus/article.js';
import type { LocalHashingEmbeddings, VectorMatch } from '../index/index.js';
import type { Passage } from '../passages/passage.js';

/** What an engine is opened on: the loaded story and a vector search (the HNSW index or the flat baseline). */
export interface BenchSource {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly extras?: Readonly<Record<string, unknown>>;
  search(vector: ArrayLike<number>, k: number): VectorMatch[];
}

/** The calls whose latency the benchmark reports. */
export interface BenchEngine {
  /** Embeds the question and returns the passages retrieval would hand the answer step. */
  retrieve(question: string): Promise<readonly Passage[]>;
  readonly retrievalKind: string;
  /** The full answer, Slack formatting included; null while the answer engine cannot be measured. */
  readonly answer: ((question: string) => Promise<unknown>) | null;
  readonly answerNote: string | null;
}

const RETRIEVAL_DEPTH = 10;

/**
 * Opens the engine the benchmark times.
 * SLOT: the hybrid retriever (src/retrieval) and the answer engine (src/answer) are not wired here yet; until
 * they are, retrieval is vector-only (embed + nearest passages) and the full answer is not measured.
 */
export async function openBenchEngine(source: BenchSource, embedder: LocalHashingEmbeddings): Promise<BenchEngine> {
  return {
    retrievalKind: 'vector-only',
    retrieve: async (question) => source.search(embedder.embedText(question), RETRIEVAL_DEPTH)
      .map((match) => source.passages[match.position]!),
    answer: null,
    answerNote: 'pending: the answer engine is not wired into the benchmark yet',
  };
}
