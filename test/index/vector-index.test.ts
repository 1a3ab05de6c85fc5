import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalHashingEmbeddings, VECTOR_INDEX_DEFAULTS, VectorIndex } from '../../src/index/index.js';
import { createRandom, generatePassages, queryFrom } from './synthetic-corpus.js';

const embeddings = new LocalHashingEmbeddings();

function recallAt10(index: VectorIndex, queries: readonly Float32Array[]): number {
  let found = 0;
  for (const query of queries) {
    const exact = new Set(index.exactSearch(query, 10).map((match) => match.position));
    found += index.search(query, 10).filter((match) => exact.has(match.position)).length;
  }
  return found / (queries.length * 10);
}

describe('vector index', () => {
  it('finds ≥ 99% of the exact top 10 at the default ef, on 4,000 real embeddings (and ef matters)', async () => {
    const passages = generatePassages(4000);
    const vectors = passages.map((text) => embeddings.embedText(text));
    // exactUpTo 0 forces the graph, which larger stories get; smaller ones are scanned exactly (next test).
    const index = VectorIndex.build(vectors, embeddings.options.dimensions, { exactUpTo: 0 });
    expect(index.kind).toBe('hnsw');
    const random = createRandom(11);
    const queries = Array.from({ length: 200 }, () => embeddings.embedText(queryFrom(passages[Math.floor(random() * passages.length)]!, random)));
    expect(index.ef).toBe(VECTOR_INDEX_DEFAULTS.efSearch);
    const recall = recallAt10(index, queries);
    index.setEf(10);
    const recallAtEf10 = recallAt10(index, queries);
    index.setEf(VECTOR_INDEX_DEFAULTS.efSearch);
    console.info(`recall@10 vs exact: ef 10 → ${recallAtEf10.toFixed(3)}, ef ${index.ef} → ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    // Guards against a vacuous pass: the data must be hard enough that a narrow search misses neighbours.
    expect(recallAtEf10).toBeLessThan(recall);
  });

  it('scans exactly up to exactUpTo vectors: the same top 10 as the reference scan, whatever the ef', () => {
    const passages = generatePassages(2000, 5);
    const index = VectorIndex.build(passages.map((text) => embeddings.embedText(text)), embeddings.options.dimensions);
    expect(index.kind).toBe('exact');
    const random = createRandom(3);
    const hnsw = VectorIndex.build(passages.map((text) => embeddings.embedText(text)), embeddings.options.dimensions, { exactUpTo: 0 });
    index.setEf(10);
    for (let count = 0; count < 50; count += 1) {
      const query = embeddings.embedText(queryFrom(passages[Math.floor(random() * passages.length)]!, random));
      const found = index.search(query, 10);
      // The HNSW index's exactSearch is a plain JavaScript scan: an independent reference.
      const reference = hnsw.exactSearch(query, 10);
      expect(found.map((match) => match.similarity)).toEqual(reference.map((match) => expect.closeTo(match.similarity, 5)));
    }
  });

  it('returns similarities, best first, and survives a write and read', async () => {
    const texts = ['alpha beta gamma', 'delta epsilon', 'alpha beta'];
    const index = VectorIndex.build(texts.map((text) => embeddings.embedText(text)), embeddings.options.dimensions);
    const query = embeddings.embedText('alpha beta gamma');
    const matches = index.search(query, 3);
    expect(matches[0]).toMatchObject({ position: 0 });
    expect(matches[0]!.similarity).toBeCloseTo(1, 4);
    expect(matches.map((match) => match.similarity)).toEqual([...matches.map((match) => match.similarity)].sort((a, b) => b - a));
    expect(index.search(query, 50)).toHaveLength(3);
    const dir = await mkdtemp(join(tmpdir(), 'vector-index-'));
    try {
      await index.write(join(dir, 'v.hnsw'));
      const read = await VectorIndex.read(join(dir, 'v.hnsw'), embeddings.options.dimensions);
      expect(read.search(query, 3)).toEqual(matches);
      expect(read.exactSearch(query, 3).map((match) => match.position)).toEqual(matches.map((match) => match.position));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stores vectors as columns for sparse queries past columnsFrom: the exact top 10, similarities within 1e-4, also after a write and read', async () => {
    const passages = generatePassages(3001, 9);
    const vectors = passages.map((text) => embeddings.embedText(text));
    expect(VectorIndex.build(vectors, embeddings.options.dimensions, { sparseQueries: true }).kind).toBe('exact');
    const columns = VectorIndex.build(vectors, embeddings.options.dimensions, { sparseQueries: true, columnsFrom: 3000 });
    expect(columns.kind).toBe('columns');
    const reference = VectorIndex.build(vectors, embeddings.options.dimensions);
    const dir = await mkdtemp(join(tmpdir(), 'vector-index-'));
    try {
      await columns.write(join(dir, 'v.hnsw'));
      const read = await VectorIndex.read(join(dir, 'v.hnsw'), embeddings.options.dimensions);
      expect(read.kind).toBe('columns');
      const random = createRandom(5);
      for (let count = 0; count < 40; count += 1) {
        const query = embeddings.embedText(queryFrom(passages[Math.floor(random() * passages.length)]!, random));
        const exact = reference.exactSearch(query, 10);
        for (const index of [columns, read]) {
          const found = index.search(query, 10);
          expect(found.map((match) => match.similarity)).toEqual(exact.map((match) => expect.closeTo(match.similarity, 4)));
        }
        expect(read.search(query, 10)).toEqual(columns.search(query, 10));
      }
      await writeFile(join(dir, 'v.hnsw'), Buffer.concat([Buffer.from('SDCOLV01'), Buffer.alloc(200)]));
      await expect(VectorIndex.read(join(dir, 'v.hnsw'), embeddings.options.dimensions)).rejects.toThrow(RangeError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
