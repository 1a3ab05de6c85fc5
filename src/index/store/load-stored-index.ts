import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../corpus/article.js';
import { StoryError } from '../../errors.js';
import type { Passage } from '../../passages/passage.js';
import { VectorIndex } from '../vector-index.js';
import { findManifestProblem, type IndexManifest, type StoredFile } from './manifest.js';
import { decodePassages } from './passage-codec.js';
import { MANIFEST_NAME } from './save-stored-index.js';

/** A stored index read back, ready for retrieval. */
export interface LoadedIndex {
  readonly manifest: IndexManifest;
  readonly articles: readonly Article[];
  /** In vector-index position order: `vectorIndex.search` positions index this list. */
  readonly passages: readonly Passage[];
  readonly vectorIndex: VectorIndex;
  readonly extras: Readonly<Record<string, unknown>>;
}

/** What the caller expects of the index; each given field is checked against the manifest. */
export interface IndexExpectations {
  /** The configured embedder's id: an index built with another embedder cannot answer its queries. */
  readonly embedderId?: string;
  /** The current corpus's fingerprint (`fingerprintCorpus`): a different one means the index is stale. */
  readonly corpusFingerprint?: string;
}

const FORCE = 'run npm run ingest -- --force';

function corrupt(indexDir: string, what: string, cause?: unknown): StoryError {
  return new StoryError('index_corrupt', `The index at ${indexDir} is unreadable: ${what} — ${FORCE}`, { cause });
}

/** Reads manifest.json, or returns null when there is none. */
export async function readManifest(indexDir: string): Promise<IndexManifest | null> {
  let text: string;
  try {
    text = await readFile(join(indexDir, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw corrupt(indexDir, `${MANIFEST_NAME} cannot be read (${(error as Error).message})`, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw corrupt(indexDir, `${MANIFEST_NAME} is not valid JSON`, error);
  }
  const problem = findManifestProblem(parsed);
  if (problem !== null) throw corrupt(indexDir, `${MANIFEST_NAME} is invalid: ${problem}`);
  return parsed as IndexManifest;
}

async function checkedPath(indexDir: string, file: StoredFile): Promise<string> {
  const path = join(indexDir, file.name);
  const size = await stat(path).then((info) => info.size, () => null);
  if (size === null) throw corrupt(indexDir, `${file.name} is missing`);
  if (size !== file.bytes) throw corrupt(indexDir, `${file.name} has ${size} bytes, the manifest says ${file.bytes}`);
  return path;
}

async function readJson(indexDir: string, file: StoredFile): Promise<unknown> {
  const bytes = await readFile(await checkedPath(indexDir, file));
  try {
    return parseJson(bytes);
  } catch (error) {
    throw corrupt(indexDir, `${file.name} is not valid JSON`, error);
  }
}

const NEWLINE = 0x0a;

// An array written one element a line is parsed line by line from the bytes: decoding the whole file into one
// string first (42 MB of articles at 100k passages, twice that as UTF-16) held the text three times at once.
function parseJson(bytes: Buffer): unknown {
  if (bytes[0] !== 0x5b || bytes[1] !== NEWLINE) return JSON.parse(bytes.toString('utf8'));
  const elements: unknown[] = [];
  let start = 2;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    const line = bytes.toString('utf8', start, end);
    if (line === ']' && end === bytes.length) return elements;
    elements.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    start = end + 1;
  }
  throw new SyntaxError('the array is not closed');
}

/**
 * Loads the index stored in `indexDir` (e.g. `.data/index`) and checks it against what the caller expects.
 * Nothing is rebuilt: the graph, the articles and the compact passages are read as stored.
 * Throws StoryError index_missing, index_corrupt, index_embedder_mismatch or index_stale, each saying what to run.
 */
export async function loadStoredIndex(indexDir: string, expected: IndexExpectations = {}): Promise<LoadedIndex> {
  const manifest = await readManifest(indexDir);
  if (manifest === null) throw new StoryError('index_missing', `No index at ${indexDir} — run npm run ingest`);
  if (expected.embedderId !== undefined && manifest.embedder.id !== expected.embedderId) {
    throw new StoryError('index_embedder_mismatch',
      `The index at ${indexDir} was built with embedder ${manifest.embedder.id}, configured ${expected.embedderId} — ${FORCE}`);
  }
  if (expected.corpusFingerprint !== undefined && manifest.corpusFingerprint !== expected.corpusFingerprint) {
    throw new StoryError('index_stale',
      `The corpus changed since the index at ${indexDir} was built (${manifest.builtAt}) — run npm run ingest`);
  }
  const { files } = manifest;
  // hnswlib reads the vectors on a worker thread and the extras are plain file reads: started first, they
  // overlap the JSON parsing below instead of following it (at 100k passages each takes about 0.2 s).
  const vectorRead = checkedPath(indexDir, files.vectors)
    .then((path) => VectorIndex.read(path, manifest.embedder.dimensions, { efSearch: manifest.vectorIndex.efSearch })
      .catch((error: unknown) => {
        throw corrupt(indexDir, `${files.vectors.name} cannot be read (${(error as Error).message})`, error);
      }));
  const extrasRead = Promise.all(Object.entries(files.extras).map(async ([name, file]) =>
    [name, file.name.endsWith('.bin') ? await readFile(await checkedPath(indexDir, file)) : await readJson(indexDir, file)] as const));
  // Settled here so that a failure of one is not reported as unhandled while another is awaited.
  vectorRead.catch(() => {});
  extrasRead.catch(() => {});
  const [articlesJson, passagesJson] = await Promise.all([readJson(indexDir, files.articles), readJson(indexDir, files.passages)]);
  if (!Array.isArray(articlesJson) || articlesJson.length !== manifest.articleCount) {
    throw corrupt(indexDir, `${files.articles.name} does not hold the ${manifest.articleCount} articles the manifest lists`);
  }
  const articles = articlesJson as Article[];
  let passages: Passage[];
  try {
    passages = decodePassages(passagesJson, articles);
  } catch (error) {
    throw corrupt(indexDir, `${files.passages.name}: ${(error as Error).message}`, error);
  }
  const vectorIndex = await vectorRead;
  if (passages.length !== manifest.passageCount || vectorIndex.size !== manifest.passageCount) {
    throw corrupt(indexDir, `expected ${manifest.passageCount} passages, found ${passages.length} passages and ${vectorIndex.size} vectors`);
  }
  const extras: Record<string, unknown> = Object.fromEntries(await extrasRead);
  return { manifest, articles, passages, vectorIndex, extras };
}
