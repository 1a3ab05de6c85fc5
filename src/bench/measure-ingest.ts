import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexDirFor, ingestCorpus, loadStoredIndex, LocalHashingEmbeddings, readManifest } from '../index/index.js';
import { buildExtras, EXTRA_BUILDERS } from '../story/build-extras.js';
import { FlatIndex } from './flat-index.js';
import { generateCorpus, toCorpusJsonl, type GeneratedCorpus } from './generate-corpus.js';
import { TimedEmbeddings } from './timed-embeddings.js';

/** Ingest figures of one corpus size, for the ANN index and the flat baseline. */
export interface IngestFigures {
  readonly articles: number;
  readonly passages: number;
  readonly generateSeconds: number;
  /** Time inside the embedder only, and passages per second of it. */
  readonly embedSeconds: number;
  readonly embedPerSecond: number;
  /** Building the vector index (HNSW graph, or the exact index) from the vectors, and passages per second of it. */
  readonly indexBuildSeconds: number;
  readonly indexBuildPerSecond: number;
  /** Building the lexical (BM25) index the hybrid retriever reads, alone (the ingest overlaps it with the quote index). */
  readonly lexicalBuildSeconds: number;
  /** Extracting the quotes and resolving their speakers, alone (large ingests do it in a child process). */
  readonly quoteBuildSeconds: number;
  /** From the vector index built to the files written, waiting for the extras included. */
  readonly saveSeconds: number;
  /** The whole `ingestCorpus` call: reading the corpus, cutting passages, embedding, building, saving. */
  readonly ingestSeconds: number;
  /** The product's vector index settings as the manifest records them; `kind` is `exact` or `hnsw`. */
  readonly vectorIndex: { readonly kind: string; readonly m: number; readonly efConstruction: number; readonly efSearch: number };
  /** Bytes on disk by file role, and in total. */
  readonly disk: { readonly vectors: number; readonly articles: number; readonly passages: number; readonly extras: number; readonly total: number };
  readonly baseline: { readonly buildSeconds: number; readonly vectorBytes: number; readonly totalBytes: number };
}

/** Where a measured size's files are, for the load probes. */
export interface IngestedSize {
  readonly figures: IngestFigures;
  readonly corpus: GeneratedCorpus;
  readonly indexDir: string;
  readonly flatPath: string;
  /** The exact-scan index over the same vectors, for recall ground truth. */
  readonly flat: FlatIndex;
  readonly embedder: LocalHashingEmbeddings;
}

const seconds = (from: number, to = performance.now()): number => (to - from) / 1000;

/** Generates a corpus of about `passages` passages in `workDir`, ingests it as `npm run ingest` does, and times each stage. */
export async function measureIngest(passages: number, workDir: string): Promise<IngestedSize> {
  await mkdir(workDir, { recursive: true });
  let started = performance.now();
  const corpus = generateCorpus(passages);
  const generateSeconds = seconds(started);
  const corpusPath = join(workDir, 'corpus.jsonl');
  await writeFile(corpusPath, toCorpusJsonl(corpus.articles), 'utf8');

  const embedder = new LocalHashingEmbeddings();
  const timed = new TimedEmbeddings(embedder);
  const marks = new Map<string, number>();
  started = performance.now();
  const result = await ingestCorpus({
    corpusPath, dataDir: workDir, embeddings: timed, embedderId: embedder.id, force: true, sparseQueries: true, buildExtras,
    onProgress: ({ stage }) => { if (!marks.has(stage)) marks.set(stage, performance.now()); },
  });
  const ended = performance.now();
  const indexBuildSeconds = seconds(marks.get('indexing') ?? started, marks.get('saving') ?? ended);
  const indexDir = indexDirFor(workDir);
  const manifest = await readManifest(indexDir);
  if (manifest === null) throw new Error(`Expected an index in ${indexDir} after ingest`);
  // Each extra built again alone, in this process, to show what it costs (the ingest overlaps them).
  const { articles: stored, passages: cut } = await loadStoredIndex(indexDir);
  const extrasSeconds = Object.fromEntries(Object.entries(EXTRA_BUILDERS).map(([name, build]) => {
    const extraStarted = performance.now();
    build(stored, cut);
    return [name, seconds(extraStarted)];
  }));

  // The baseline's "build" is laying the vectors out flat and writing them: there is no graph.
  started = performance.now();
  const flat = new FlatIndex(timed.matrix(), embedder.options.dimensions);
  const flatPath = join(workDir, 'flat-vectors.f32');
  await writeFile(flatPath, new Uint8Array(flat.matrix.buffer, flat.matrix.byteOffset, flat.matrix.byteLength));
  const baselineBuildSeconds = seconds(started);

  const { files } = manifest;
  const extras = Object.values(files.extras).reduce((sum, file) => sum + file.bytes, 0);
  const total = await folderBytes(indexDir);
  const embedSeconds = timed.milliseconds / 1000;
  const figures: IngestFigures = {
    articles: result.articles,
    passages: result.passages,
    generateSeconds,
    embedSeconds,
    embedPerSecond: result.passages / embedSeconds,
    indexBuildSeconds,
    indexBuildPerSecond: result.passages / indexBuildSeconds,
    lexicalBuildSeconds: extrasSeconds['lexical'] ?? 0,
    quoteBuildSeconds: extrasSeconds['quotes'] ?? 0,
    saveSeconds: seconds(marks.get('saving') ?? ended, ended),
    ingestSeconds: result.seconds,
    vectorIndex: { ...manifest.vectorIndex, kind: manifest.vectorIndex.kind ?? 'hnsw' },
    disk: { vectors: files.vectors.bytes, articles: files.articles.bytes, passages: files.passages.bytes, extras, total },
    baseline: {
      buildSeconds: baselineBuildSeconds,
      vectorBytes: flat.matrix.byteLength,
      totalBytes: flat.matrix.byteLength + files.articles.bytes + files.passages.bytes + extras,
    },
  };
  return { figures, corpus, indexDir, flatPath, flat, embedder };
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder)) total += (await stat(join(folder, name))).size;
  return total;
}
