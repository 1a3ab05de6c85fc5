import type { Embeddings } from '@langchain/core/embeddings';
import { decodeAcronymTable } from '../answer/known-names.js';
import { StoryEngine } from '../answer/story-engine.js';
import type { Article } from '../corpus/article.js';
import { StoryError, isStoryError } from '../errors.js';
import { indexDirFor, ingestCorpus, loadStoredIndex, type IngestProgress, type IngestResult } from '../index/index.js';
import type { VectorIndex } from '../index/vector-index.js';
import type { Passage } from '../passages/passage.js';
import { buildQuoteIndex, readStoredQuoteIndex, type QuoteIndex } from '../quotes/index.js';
import { decodeLexicalIndex } from '../retrieval/lexical-index.js';
import { HybridRetriever, LOCAL_FUSION_WEIGHTS, SEMANTIC_FUSION_WEIGHTS } from '../retrieval/retriever.js';
import { buildExtras } from './build-extras.js';

// npm run ingest builds the extras as openStory does.
export { buildExtras } from './build-extras.js';

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

/** An opened story: its articles and passages, the answer engine, and the quote index (read or built on first use). */
export interface Story {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly engine: StoryEngine;
  readonly vectorIndex: VectorIndex;
  readonly quoteIndex: () => QuoteIndex;
  readonly ingest: IngestResult | null;
}

/**
 * The quote index as stored with the index, checked now and materialised on first use; built from the
 * articles instead when the index has none (built before it was stored) or an unusable one.
 */
export function quoteIndexFor(
  stored: unknown, articles: readonly Article[], passages: readonly Passage[], logger?: OpenStoryOptions['logger'],
): () => QuoteIndex {
  const build = (): QuoteIndex => buildQuoteIndex(articles, passages);
  let materialise = build;
  if (stored === undefined) {
    logger?.info('The index has no stored quote index (built by an earlier version): it is built on the first quote question — npm run ingest -- --force stores it');
  } else {
    try {
      if (!(stored instanceof Uint8Array)) throw new RangeError('it is not binary');
      materialise = readStoredQuoteIndex(stored, articles, passages);
    } catch (error) {
      logger?.warn(`Ignoring the stored quote index (${(error as Error).message}): it is built on the first quote question — npm run ingest -- --force replaces it`);
    }
  }
  let quoteIndex: QuoteIndex | null = null;
  return () => (quoteIndex ??= materialise());
}

/** The acronym table stored with the index, or null (then built from the articles on the first acronym question). */
export function acronymTableFrom(stored: unknown, logger?: OpenStoryOptions['logger']): ReadonlyMap<string, string> | null {
  if (stored === undefined) return null;
  try {
    if (!(stored instanceof Uint8Array)) throw new RangeError('it is not binary');
    return decodeAcronymTable(stored);
  } catch (error) {
    logger?.warn(`Ignoring the stored acronym table (${(error as Error).message}): it is built on the first acronym question — npm run ingest -- --force replaces it`);
    return null;
  }
}

/** Ingests when needed (or asked), loads the stored index, and assembles the answer engine over it. */
export async function openStory(options: OpenStoryOptions): Promise<Story> {
  const indexDir = indexDirFor(options.dataDir);
  let ingest: IngestResult | null = null;
  const buildExtrasLogged = (articles: readonly Article[], passages: readonly Passage[]) =>
    buildExtras(articles, passages, options.logger === undefined ? {} : { logger: options.logger });
  if (options.ingest !== 'never') {
    ingest = await ingestCorpus({
      corpusPath: options.corpusPath, dataDir: options.dataDir, embeddings: options.embeddings,
      embedderId: options.embedderId, force: options.force ?? false, buildExtras: buildExtrasLogged, sparseQueries: !options.semantic,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    }).catch(async (error: unknown) => {
      // A damaged index is rebuilt rather than refused: the corpus is the source of truth.
      if (!isStoryError(error, 'index_corrupt')) throw error;
      options.logger?.warn(`Rebuilding a damaged index: ${(error as Error).message}`);
      return ingestCorpus({
        corpusPath: options.corpusPath, dataDir: options.dataDir, embeddings: options.embeddings,
        embedderId: options.embedderId, force: true, buildExtras: buildExtrasLogged, sparseQueries: !options.semantic,
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
  const getQuoteIndex = quoteIndexFor(loaded.extras['quotes'], articles, passages, options.logger);
  const acronyms = acronymTableFrom(loaded.extras['acronyms'], options.logger);
  const engine = new StoryEngine({
    articles, passages, retriever,
    get quoteIndex() { return getQuoteIndex(); },
    searchVectors: async (text, k) => {
      const vector = await options.embeddings.embedQuery(text);
      return new Map(vectorIndex.search(vector, k).map((match) => [match.position, match.similarity]));
    },
    acronyms,
    ...(options.abstainBelow === undefined ? {} : { abstainBelow: options.abstainBelow }),
  });
  return { articles, passages, engine, vectorIndex, quoteIndex: getQuoteIndex, ingest };
}
