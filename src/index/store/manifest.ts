import type { VectorIndexKind } from '../vector-index.js';

/** Bump when the layout of the stored files changes; older indexes are then rebuilt, not misread. */
export const INDEX_FORMAT_VERSION = 1;

/** A file of the stored index and its size, checked at load to catch truncated copies. */
export interface StoredFile {
  readonly name: string;
  readonly bytes: number;
}

/** What manifest.json records about a stored index; written last, so it only ever names complete files. */
export interface IndexManifest {
  readonly formatVersion: number;
  readonly embedder: { readonly id: string; readonly dimensions: number };
  /** sha256 over the articles (ids, metadata, bodies) and the passage-building version. */
  readonly corpusFingerprint: string;
  readonly passageCount: number;
  readonly articleCount: number;
  /** ISO 8601 time of the build. */
  readonly builtAt: string;
  /** Graph settings; `kind` says whether the vectors file is an HNSW graph or an exact index (absent: `hnsw`). */
  readonly vectorIndex: { readonly m: number; readonly efConstruction: number; readonly efSearch: number; readonly kind?: VectorIndexKind };
  readonly files: {
    readonly vectors: StoredFile;
    readonly articles: StoredFile;
    readonly passages: StoredFile;
    /** Named JSON payloads stored with the index by other layers (e.g. a lexical index). */
    readonly extras: Readonly<Record<string, StoredFile>>;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isStoredFile = (value: unknown): value is StoredFile =>
  isObject(value) && typeof value['name'] === 'string' && /^[\w.-]+$/u.test(value['name']) && isCount(value['bytes']);

/** Returns the problem with a parsed manifest.json, or null when it has every field with the right type. */
export function findManifestProblem(value: unknown): string | null {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value['formatVersion'] !== INDEX_FORMAT_VERSION) {
    return `it has format version ${String(value['formatVersion'])}, this version reads ${INDEX_FORMAT_VERSION}`;
  }
  const embedder = value['embedder'];
  if (!isObject(embedder) || typeof embedder['id'] !== 'string' || !isCount(embedder['dimensions'])) return 'its "embedder" is invalid';
  if (typeof value['corpusFingerprint'] !== 'string') return 'its "corpusFingerprint" is missing';
  if (!isCount(value['passageCount']) || !isCount(value['articleCount'])) return 'its counts are invalid';
  if (typeof value['builtAt'] !== 'string') return 'its "builtAt" is missing';
  const settings = value['vectorIndex'];
  if (!isObject(settings) || !isCount(settings['m']) || !isCount(settings['efConstruction']) || !isCount(settings['efSearch'])) {
    return 'its "vectorIndex" settings are invalid';
  }
  if (settings['kind'] !== undefined && !['exact', 'hnsw', 'columns'].includes(settings['kind'] as string)) return 'its "vectorIndex.kind" is invalid';
  const files = value['files'];
  if (!isObject(files) || !isStoredFile(files['vectors']) || !isStoredFile(files['articles']) || !isStoredFile(files['passages'])) {
    return 'its "files" are invalid';
  }
  const extras = files['extras'];
  if (!isObject(extras) || !Object.values(extras).every(isStoredFile)) return 'its "files.extras" are invalid';
  return null;
}

/** Every file name a manifest refers to. */
export function manifestFileNames(manifest: IndexManifest): string[] {
  const { vectors, articles, passages, extras } = manifest.files;
  return [vectors, articles, passages, ...Object.values(extras)].map((file) => file.name);
}
