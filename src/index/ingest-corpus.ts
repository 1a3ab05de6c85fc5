import { join } from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Article, CorpusProblem } from '../corpus/article.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { StoryError } from '../errors.js';
import { buildPassages } from '../passages/build-passages.js';
import type { Passage } from '../passages/passage.js';
import { fingerprintCorpus } from './store/corpus-fingerprint.js';
import { readManifest } from './store/load-stored-index.js';
import type { IndexManifest } from './store/manifest.js';
import { saveStoredIndex } from './store/save-stored-index.js';
import { VECTOR_INDEX_DEFAULTS, VectorIndex } from './vector-index.js';

/** Progress of a long ingest, for a progress bar. */
export interface IngestProgress {
  readonly stage: 'embedding' | 'indexing' | 'saving';
  readonly done: number;
  readonly total: number;
}

/** What `ingestCorpus` needs; every dependency is passed in. */
export interface IngestOptions {
  /** A folder of article files or a corpus.jsonl file. */
  readonly corpusPath: string;
  /** The data folder; the index goes to `<dataDir>/index`. */
  readonly dataDir: string;
  readonly embeddings: Embeddings;
  /** Recorded in the manifest; loading with another embedder id is refused. */
  readonly embedderId: string;
  /** Rebuild even when the stored index matches the corpus and the embedder. */
  readonly force?: boolean;
  readonly onProgress?: (progress: IngestProgress) => void;
  /** The embedder's queries set few dimensions (the local hashing embedder): see `VectorIndexOptions.sparseQueries`. */
  readonly sparseQueries?: boolean;
  /** Texts per embedding call. Default 256. */
  readonly batchSize?: number;
  /**
   * Builds named payloads (e.g. a lexical index) saved in the same atomic write and returned on load. Started
   * before the embedding, so a builder that works elsewhere (a child process) overlaps it.
   */
  readonly buildExtras?: (articles: readonly Article[], passages: readonly Passage[]) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly logger?: { info(message: string): void };
}

/** The outcome of an ingest. */
export interface IngestResult {
  readonly articles: number;
  readonly passages: number;
  /** Articles that could not be read, by file and line; the rest was ingested. */
  readonly problems: readonly CorpusProblem[];
  readonly seconds: number;
  /** True when the stored index already matched, and nothing was rebuilt. */
  readonly reused: boolean;
  readonly manifest: IndexManifest;
}

/** The folder holding the stored index inside a data folder. */
export function indexDirFor(dataDir: string): string {
  return join(dataDir, 'index');
}

/**
 * Reads the corpus, cuts passages, embeds them in batches, builds the vector index and saves it atomically.
 * Skips all of it when the stored index was built from the same corpus with the same embedder (unless `force`).
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  const indexDir = indexDirFor(options.dataDir);
  const { articles, problems } = await loadCorpus(options.corpusPath);
  if (articles.length === 0) {
    const detail = problems.length > 0 ? ` (${problems.length} problem(s), e.g. ${problems[0]?.location}: ${problems[0]?.message})` : '';
    throw new StoryError('corpus_empty', `No article could be read from ${options.corpusPath}${detail}: add articles or fix them, then run npm run ingest`);
  }
  const passages = articles.flatMap((article) => buildPassages(article));
  const corpusFingerprint = fingerprintCorpus(articles);
  // An unreadable old manifest is no reason to stop: it is about to be replaced.
  const previous = await readManifest(indexDir).catch(() => null);
  if (!options.force && previous !== null && previous.corpusFingerprint === corpusFingerprint && previous.embedder.id === options.embedderId) {
    options.logger?.info(`Index at ${indexDir} is up to date`);
    return { articles: articles.length, passages: passages.length, problems, seconds: seconds(), reused: true, manifest: previous };
  }
  const extras = Promise.resolve(options.buildExtras?.(articles, passages) ?? {});
  // Settled here so that a failure is not reported as unhandled while the embedding is awaited.
  extras.catch(() => {});
  const vectors = await embedInBatches(options, passages.map((passage) => passage.text));
  const dimensions = vectors[0]?.length ?? 0;
  if (dimensions === 0 || vectors.some((vector) => vector.length !== dimensions)) {
    throw new StoryError('embedder_failed', `The embedder ${options.embedderId} returned vectors of differing or zero length: check its model`);
  }
  options.onProgress?.({ stage: 'indexing', done: 0, total: passages.length });
  const vectorIndex = VectorIndex.build(vectors, dimensions, { sparseQueries: options.sparseQueries ?? false });
  options.onProgress?.({ stage: 'saving', done: passages.length, total: passages.length });
  const manifest = await saveStoredIndex(indexDir, {
    embedder: { id: options.embedderId, dimensions },
    corpusFingerprint,
    articles,
    passages,
    vectorIndex,
    vectorIndexSettings: {
      m: VECTOR_INDEX_DEFAULTS.m, efConstruction: VECTOR_INDEX_DEFAULTS.efConstruction, efSearch: VECTOR_INDEX_DEFAULTS.efSearch,
      kind: vectorIndex.kind,
    },
    extras: await extras,
  });
  options.logger?.info(`Indexed ${articles.length} articles, ${passages.length} passages into ${indexDir}`);
  return { articles: articles.length, passages: passages.length, problems, seconds: seconds(), reused: false, manifest };
}

async function embedInBatches(options: IngestOptions, texts: readonly string[]): Promise<number[][]> {
  const batchSize = options.batchSize ?? 256;
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    options.onProgress?.({ stage: 'embedding', done: start, total: texts.length });
    vectors.push(...(await options.embeddings.embedDocuments(texts.slice(start, start + batchSize))));
  }
  options.onProgress?.({ stage: 'embedding', done: texts.length, total: texts.length });
  return vectors;
}
