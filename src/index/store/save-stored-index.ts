import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../corpus/article.js';
import type { Passage } from '../../passages/passage.js';
import type { VectorIndex } from '../vector-index.js';
import { INDEX_FORMAT_VERSION, manifestFileNames, type IndexManifest, type StoredFile } from './manifest.js';
import { encodePassages } from './passage-codec.js';

/** Name of the manifest inside the index folder; its presence means a complete index. */
export const MANIFEST_NAME = 'manifest.json';

/** Everything one stored index holds. */
export interface StoredIndexContents {
  readonly embedder: { readonly id: string; readonly dimensions: number };
  readonly corpusFingerprint: string;
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly vectorIndex: VectorIndex;
  readonly vectorIndexSettings: IndexManifest['vectorIndex'];
  /**
   * Named payloads written alongside (e.g. a lexical index), returned by `loadStoredIndex`: a Uint8Array is
   * written as bytes (and read back as a Buffer), anything else as JSON.
   */
  readonly extras?: Readonly<Record<string, unknown>>;
}

const EXTRA_NAME = /^[a-z][a-z0-9-]{0,40}$/u;

/**
 * Writes an index to `indexDir` atomically: every file under a fresh unique name first, then the manifest
 * through a temporary file and a rename. A reader sees either the old index or the new one, never a mix; a
 * crash mid-write leaves the old index in place. Files no longer named by the manifest are removed afterwards.
 */
export async function saveStoredIndex(indexDir: string, contents: StoredIndexContents, now = new Date()): Promise<IndexManifest> {
  await mkdir(indexDir, { recursive: true });
  const token = `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
  const writeJson = async (stem: string, value: unknown): Promise<StoredFile> => {
    const name = `${stem}.${token}.json`;
    // An array is written one element a line (still one JSON document), so a reader can parse it line by line.
    const text = Array.isArray(value) ? `[\n${value.map((element) => JSON.stringify(element)).join(',\n')}\n]` : JSON.stringify(value);
    await writeFile(join(indexDir, name), text, 'utf8');
    return { name, bytes: Buffer.byteLength(text, 'utf8') };
  };
  const vectorsName = `vectors.${token}.hnsw`;
  await contents.vectorIndex.write(join(indexDir, vectorsName));
  const vectors = { name: vectorsName, bytes: (await stat(join(indexDir, vectorsName))).size };
  const articles = await writeJson('articles', contents.articles);
  const passages = await writeJson('passages', encodePassages(contents.passages, contents.articles));
  const extras: Record<string, StoredFile> = {};
  for (const [name, value] of Object.entries(contents.extras ?? {})) {
    if (!EXTRA_NAME.test(name)) throw new RangeError(`Expected extra name "${name}" to be lowercase letters, digits and "-"`);
    if (value instanceof Uint8Array) {
      const binaryName = `extra-${name}.${token}.bin`;
      await writeFile(join(indexDir, binaryName), value);
      extras[name] = { name: binaryName, bytes: value.byteLength };
    } else {
      extras[name] = await writeJson(`extra-${name}`, value);
    }
  }
  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    embedder: contents.embedder,
    corpusFingerprint: contents.corpusFingerprint,
    passageCount: contents.passages.length,
    articleCount: contents.articles.length,
    builtAt: now.toISOString(),
    vectorIndex: contents.vectorIndexSettings,
    files: { vectors, articles, passages, extras },
  };
  const temporary = join(indexDir, `${MANIFEST_NAME}.${token}.tmp`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  await rename(temporary, join(indexDir, MANIFEST_NAME));
  await removeStaleFiles(indexDir, new Set([MANIFEST_NAME, ...manifestFileNames(manifest)]));
  return manifest;
}

// Only names this module writes are removed, so anything else a person keeps in the folder survives.
const OWN_FILE = /^(vectors\.[\w-]+\.hnsw|(articles|passages|extra-[a-z0-9-]+)\.[\w-]+\.json|extra-[a-z0-9-]+\.[\w-]+\.bin|manifest\.json\.[\w-]+\.tmp)$/u;

async function removeStaleFiles(indexDir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(indexDir)) {
    if (!keep.has(name) && OWN_FILE.test(name)) await rm(join(indexDir, name), { force: true });
  }
}
