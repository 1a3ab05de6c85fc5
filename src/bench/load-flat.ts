import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';
import { readManifest } from '../index/index.js';
import { decodePassages } from '../index/store/passage-codec.js';
import type { Passage } from '../passages/passage.js';
import { FlatIndex } from './flat-index.js';

/** The baseline loaded: the same articles and passages as the stored index, and flat vectors instead of a graph. */
export interface LoadedFlat {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly flat: FlatIndex;
}

/** Loads the baseline the way `loadStoredIndex` loads the product's index, minus the HNSW graph. */
export async function loadFlat(indexDir: string, flatPath: string): Promise<LoadedFlat> {
  const manifest = await readManifest(indexDir);
  if (manifest === null) throw new Error(`Expected an index in ${indexDir}`);
  const [articlesText, passagesText, vectorBytes] = await Promise.all([
    readFile(join(indexDir, manifest.files.articles.name), 'utf8'),
    readFile(join(indexDir, manifest.files.passages.name), 'utf8'),
    readFile(flatPath),
  ]);
  const articles = JSON.parse(articlesText) as Article[];
  const passages = decodePassages(JSON.parse(passagesText), articles);
  // A Buffer from readFile may sit at any offset of a shared pool, so the floats are copied out aligned.
  const matrix = new Float32Array(vectorBytes.byteLength / 4);
  new Uint8Array(matrix.buffer).set(vectorBytes);
  return { articles, passages, flat: new FlatIndex(matrix, manifest.embedder.dimensions) };
}
