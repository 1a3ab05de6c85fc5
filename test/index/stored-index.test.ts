import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { isStoryError } from '../../src/errors.js';
import {
  fingerprintCorpus, indexDirFor, ingestCorpus, LocalHashingEmbeddings, loadStoredIndex, type IndexManifest,
} from '../../src/index/index.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import { ARTICLES, makeTempCorpus } from './fixtures.js';

const embeddings = new LocalHashingEmbeddings();
let temp: Awaited<ReturnType<typeof makeTempCorpus>>;

beforeEach(async () => { temp = await makeTempCorpus(); });
afterEach(async () => { await temp.cleanup(); });

const ingest = (force = false) => ingestCorpus({
  corpusPath: temp.corpusPath, dataDir: temp.dataDir, embeddings, embedderId: embeddings.id, force,
  buildExtras: (_articles, passages) => ({ lexical: { terms: passages.length } }),
});
const indexDir = () => indexDirFor(temp.dataDir);
const manifestOf = async (): Promise<IndexManifest> => JSON.parse(await readFile(join(indexDir(), 'manifest.json'), 'utf8'));

async function expectCode(promise: Promise<unknown>, code: string, text: RegExp): Promise<void> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(isStoryError(error), `expected a StoryError, got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
  expect((error as Error).message).toMatch(text);
}

describe('stored index', () => {
  it('round-trips articles, passages, vectors and extras through a real hnswlib file', async () => {
    const result = await ingest();
    expect(result.reused).toBe(false);
    const { articles } = await loadCorpus(temp.corpusPath);
    const expected = articles.flatMap((article) => buildPassages(article));
    expect(result.passages).toBe(expected.length);
    const loaded = await loadStoredIndex(indexDir(), { embedderId: embeddings.id, corpusFingerprint: fingerprintCorpus(articles) });
    expect(loaded.passages).toEqual(expected);
    expect(loaded.articles).toEqual(articles);
    expect(loaded.extras).toEqual({ lexical: { terms: expected.length } });
    expect(loaded.manifest).toMatchObject({ passageCount: expected.length, articleCount: ARTICLES.length, embedder: { id: embeddings.id, dimensions: 512 } });
    const query = await embeddings.embedQuery('Which stadium hosted the opening ceremony?');
    const [best] = loaded.vectorIndex.search(query, 3);
    expect(loaded.passages[best!.position]?.articleId).toBe('olympics');
    expect(best!.similarity).toBeGreaterThan(0);
    expect(best!.similarity).toBeLessThanOrEqual(1.0001);
  });

  it('does no work on re-ingest of an unchanged corpus, and rebuilds with --force', async () => {
    const first = await ingest();
    const again = await ingest();
    expect(again.reused).toBe(true);
    expect((await manifestOf()).builtAt).toBe(first.manifest.builtAt);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const forced = await ingest(true);
    expect(forced.reused).toBe(false);
    expect((await manifestOf()).builtAt).not.toBe(first.manifest.builtAt);
    // The old generation's files are gone; only the manifest and what it names remain.
    const names = new Set(await readdir(indexDir()));
    const manifest = await manifestOf();
    expect(names).toEqual(new Set(['manifest.json', manifest.files.vectors.name, manifest.files.articles.name, manifest.files.passages.name, manifest.files.extras['lexical']!.name]));
  });

  it('reports a missing index with what to run', async () => {
    await expectCode(loadStoredIndex(indexDir()), 'index_missing', /No index at .*index — run npm run ingest$/u);
  });

  it('reports a corrupt hnsw file', async () => {
    await ingest();
    const manifest = await manifestOf();
    await writeFile(join(indexDir(), manifest.files.vectors.name), 'not an index');
    await expectCode(loadStoredIndex(indexDir()), 'index_corrupt', /vectors.*run npm run ingest -- --force/u);
  });

  it('reports a garbage hnsw file of the right size', async () => {
    await ingest();
    const manifest = await manifestOf();
    await writeFile(join(indexDir(), manifest.files.vectors.name), Buffer.alloc(manifest.files.vectors.bytes, 7));
    await expectCode(loadStoredIndex(indexDir()), 'index_corrupt', /run npm run ingest -- --force/u);
  });

  it('reports a manifest that is not JSON, and a passages file that is not JSON', async () => {
    await ingest();
    const manifest = await manifestOf();
    const passagesPath = join(indexDir(), manifest.files.passages.name);
    const size = (await readFile(passagesPath)).length;
    await writeFile(passagesPath, '['.padEnd(size, ' '));
    await expectCode(loadStoredIndex(indexDir()), 'index_corrupt', /passages.*not valid JSON.*--force/u);
    await writeFile(join(indexDir(), 'manifest.json'), '{"formatVersion": 1,');
    await expectCode(loadStoredIndex(indexDir()), 'index_corrupt', /manifest.json is not valid JSON — run npm run ingest -- --force/u);
  });

  it('reports an articles file cut short, though each article is on a line of its own', async () => {
    await ingest();
    const manifest = await manifestOf();
    const articlesPath = join(indexDir(), manifest.files.articles.name);
    const text = await readFile(articlesPath, 'utf8');
    expect(text.startsWith('[\n')).toBe(true);
    await writeFile(articlesPath, text.replace(/\n\]$/u, ' ').padEnd(Buffer.byteLength(text), ' '));
    await expectCode(loadStoredIndex(indexDir()), 'index_corrupt', /articles.*not valid JSON.*--force/u);
  });

  it('refuses an index built with another embedder', async () => {
    await ingest();
    await expectCode(loadStoredIndex(indexDir(), { embedderId: 'openai:text-embedding-3-small' }), 'index_embedder_mismatch',
      new RegExp(`built with embedder ${embeddings.id}, configured openai:text-embedding-3-small — run npm run ingest -- --force`, 'u'));
  });

  it('reports a corpus that changed since the build', async () => {
    await ingest();
    const changed = ARTICLES.map((article, index) => (index === 0 ? { ...article, body: `${article.body} Updated.` } : article));
    const { articles } = { articles: (await loadCorpus(temp.corpusPath)).articles.map((article, index) => ({ ...article, body: changed[index]!.body })) };
    await expectCode(loadStoredIndex(indexDir(), { corpusFingerprint: fingerprintCorpus(articles) }), 'index_stale',
      /corpus changed since .* — run npm run ingest$/u);
  });
});
