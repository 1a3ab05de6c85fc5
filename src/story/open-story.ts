import type { Embeddings } from '@langchain/core/embeddings';
import { StoryEngine } from '../answer/story-engine.js';
import type { Article } from '../corpus/article.js';
import { StoryError, isStoryError } from '../errors.js';
import { indexDirFor, ingestCorpus, loadStoredIndex, type IngestProgress, type IngestResult } from '../index/index.js';
import type { VectorIndex } from '../index/vector-index.js';
import type { Passage } from '../passages/passage.js';
import { buildQuoteIndex, type QuoteIndex } from '../quotes/index.js';
import { decodeLexicalIndex, encodeLexicalIndex, buildLexicalIndex } from '../retrieval/lexical-index.js';
import { HybridRetriever, LOCAL_FUSION_WEIGHTS, SEMANTIC_FUSION_WEIGHTS } from '../retrieval/retriever.js';

/** Everything needed to open a story's index. */
export interface OpenStoryOptions {
  readonly corpusPath: string;
  readonly dataDir: string;
  readonly embeddings: Embeddings;
  readonly embedderId: string;
  /** True for embedders that capture meaning (Ollama, OpenAI): their similarity gets more weight in fusion. */
  readonly semantic: boolean;
  /**
   * `auto` (default): ingest first when the index is missing, stale, damaged or built by another embedder —
   * a no-op when it is up to date. `never`: load as stored and report what to run.
   */
  readonly ingest?: 'auto' | 'never';
  readonly force?: boolean;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly logger?: { info(message: string): void; warn(message: string): void };
  readonly abstainBelow?: number;
}

/** An opened story: its articles and passages, the answer engine, and the quote index (built on first use). */
export interface Story {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly engine: StoryEngine;
  readonly vectorIndex: VectorIndex;
  readonly quoteIndex: () => QuoteIndex;
  readonly ingest: IngestResult | null;
}

/** What an ingest saves beside the vectors, in the same atomic write: the lexical index. */
export function buildExtras(articles: readonly Article[], passages: readonly Passage[]): Record<string, unknown> {
  return { lexical: encodeLexicalIndex(buildLexicalIndex(articles, passages)) };
}

/** Ingests when needed (or asked), loads the stored index, and assembles the answer engine over it. */
export async function openStory(options: OpenStoryOptions): Promise<Story> {
  const indexDir = indexDirFor(options.dataDir);
  let ingest: IngestResult | null = null;
  if (options.ingest !== 'never') {
    ingest = await ingestCorpus({
      corpusPath: options.corpusPath, dataDir: options.dataDir, embeddings: options.embeddings,
      embedderId: options.embedderId, force: options.force ?? false, buildExtras, sparseQueries: !options.semantic,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    }).catch(async (error: unknown) => {
      // A damaged index is rebuilt rather than refused: the corpus is the source of truth.
      if (!isStoryError(error, 'index_corrupt')) throw error;
      options.logger?.warn(`Rebuilding a damaged index: ${(error as Error).message}`);
      return ingestCorpus({
        corpusPath: options.corpusPath, dataDir: options.dataDir, embeddings: options.embeddings,
        embedderId: options.embedderId, force: true, buildExtras, sparseQueries: !options.semantic,
      });
    });
  }
  const loaded = await loadStoredIndex(indexDir, { embedderId: options.embedderId });
  const lexicalBytes = loaded.extras['lexical'];
  if (!(lexicalBytes instanceof Uint8Array)) {
    throw new StoryError('index_corrupt', `The index at ${indexDir} has no lexical index — run npm run ingest -- --force`);
  }
  let lexical;
  try {
    lexical = decodeLexicalIndex(lexicalBytes);
  } catch (error) {
    throw new StoryError('index_corrupt', `The lexical index at ${indexDir} is damaged (${(error as Error).message}) — run npm run ingest -- --force`, { cause: error });
  }
  const { articles, passages, vectorIndex } = loaded;
  const retriever = new HybridRetriever(articles, passages, lexical, options.semantic ? SEMANTIC_FUSION_WEIGHTS : LOCAL_FUSION_WEIGHTS);
  let quoteIndex: QuoteIndex | null = null;
  const getQuoteIndex = (): QuoteIndex => (quoteIndex ??= buildQuoteIndex(articles, passages));
  const engine = new StoryEngine({
    articles, passages, retriever,
    get quoteIndex() { return getQuoteIndex(); },
    searchVectors: async (text, k) => {
      const vector = await options.embeddings.embedQuery(text);
      return new Map(vectorIndex.search(vector, k).map((match) => [match.position, match.similarity]));
    },
    ...(options.abstainBelow === undefined ? {} : { abstainBelow: options.abstainBelow }),
  });
  return { articles, passages, engine, vectorIndex, quoteIndex: getQuoteIndex, ingest };
}
