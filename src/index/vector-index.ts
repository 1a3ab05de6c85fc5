import { open, writeFile } from 'node:fs/promises';
import hnswlib from 'hnswlib-node';
import { ColumnVectors } from './column-vectors.js';

const { BruteforceSearch, HierarchicalNSW } = hnswlib;
type NativeIndex = InstanceType<typeof HierarchicalNSW> | InstanceType<typeof BruteforceSearch>;

/**
 * `exact`: hnswlib's native brute-force scan. `hnsw`: its approximate graph. `columns`: an exact scan of
 * 16-bit columns that reads only the dimensions a sparse query sets (see `ColumnVectors`).
 */
export type VectorIndexKind = 'exact' | 'hnsw' | 'columns';

/** One search result: the passage's position in the stored passage list and its cosine similarity (higher is closer). */
export interface VectorMatch {
  readonly position: number;
  readonly similarity: number;
}

/** Graph settings of the approximate index. */
export interface VectorIndexOptions {
  /** Links per node. Default 16. */
  readonly m?: number;
  /** Build-time search breadth. Default 200. */
  readonly efConstruction?: number;
  /** Query-time search breadth. Default 500: hashed vectors are hard for HNSW; measured recall@10 vs exact was 0.90 at ef 100, 0.99 at ef 400 on 4k generated passages. */
  readonly efSearch?: number;
  /**
   * Indexes of at most this many vectors are searched exactly (native SIMD scan) instead of through the graph.
   * Default 200,000: on the hashed embeddings at 100k passages the graph reached only recall@10 0.94 at ef 1200
   * after a 90 s build, while the exact scan takes ~12 ms a question, builds in seconds and never misses.
   */
  readonly exactUpTo?: number;
  /**
   * The embedder's queries set few dimensions (the local hashing embedder): exact indexes of more than
   * `columnsFrom` vectors are then stored as columns, scanned at ~1/10 of the cost and half the memory.
   * Default false (dense queries: native scan).
   */
  readonly sparseQueries?: boolean;
  /**
   * Sparse-query indexes up to this many vectors stay in hnswlib's exact scan. Default 20,000: below it the
   * native scan answers in a few milliseconds, and the story keeps the library's index on disk; above it the
   * scan's cost starts to show in the answer time (~11 ms p50 at 100k passages against 1.2 ms for the columns).
   */
  readonly columnsFrom?: number;
}

/** Defaults; `efSearch` was chosen so that recall@10 against an exact scan stays ≥ 0.99 (see test/index). */
export const VECTOR_INDEX_DEFAULTS = Object.freeze({ m: 16, efConstruction: 200, efSearch: 500, exactUpTo: 200_000, columnsFrom: 20_000 });

// The addon copies every element into its own buffer, so a plain array is passed as is rather than copied twice.
const toArray = (vector: ArrayLike<number>): number[] => (Array.isArray(vector) ? vector : Array.from(vector));

/**
 * Cosine-similarity search over passage vectors, on hnswlib's native HNSW graph, or its exact brute-force scan
 * for indexes small enough to scan (see `exactUpTo`). Labels are passage positions.
 * Built by `VectorIndex.build` or read from disk by `VectorIndex.read`.
 */
export class VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  private efSearch: number;
  // Filled on the first exact search only, so loading stays cheap for the bot.
  private matrix: Float32Array | null = null;

  private constructor(private readonly native: NativeIndex | ColumnVectors, readonly kind: VectorIndexKind, dimensions: number, efSearch: number) {
    this.dimensions = dimensions;
    this.size = native instanceof ColumnVectors ? native.size : native.getCurrentCount();
    this.efSearch = efSearch;
    if (native instanceof HierarchicalNSW) native.setEf(efSearch);
  }

  /** Builds an index over `vectors` (position i is passage i). Vectors need not be normalised. */
  static build(vectors: readonly ArrayLike<number>[], dimensions: number, options: VectorIndexOptions = {}): VectorIndex {
    const { m, efConstruction, efSearch, exactUpTo, sparseQueries, columnsFrom } = { ...VECTOR_INDEX_DEFAULTS, ...options };
    const kind: VectorIndexKind = vectors.length > exactUpTo ? 'hnsw'
      : sparseQueries === true && vectors.length > columnsFrom ? 'columns' : 'exact';
    vectors.forEach((vector, position) => {
      if (vector.length !== dimensions) {
        throw new RangeError(`Expected vector ${position} to have ${dimensions} dimensions, got ${vector.length}`);
      }
    });
    if (kind === 'columns') return new VectorIndex(ColumnVectors.build(vectors, dimensions), kind, dimensions, efSearch);
    let native: NativeIndex;
    if (kind === 'exact') {
      native = new BruteforceSearch('cosine', dimensions);
      native.initIndex(Math.max(1, vectors.length));
    } else {
      native = new HierarchicalNSW('cosine', dimensions);
      // A fixed seed makes builds reproducible, so a test failure can be replayed.
      native.initIndex(Math.max(1, vectors.length), m, efConstruction, 100);
    }
    vectors.forEach((vector, position) => native.addPoint(toArray(vector), position));
    return new VectorIndex(native, kind, dimensions, efSearch);
  }

  /** Reads an index written by `write` (either kind, told apart by its header); throws hnswlib's error when unreadable. */
  static async read(path: string, dimensions: number, options: Pick<VectorIndexOptions, 'efSearch'> = {}): Promise<VectorIndex> {
    const kind = await readKind(path);
    const efSearch = options.efSearch ?? VECTOR_INDEX_DEFAULTS.efSearch;
    if (kind === 'columns') return new VectorIndex(await ColumnVectors.read(path, dimensions), kind, dimensions, efSearch);
    const native = kind === 'exact' ? new BruteforceSearch('cosine', dimensions) : new HierarchicalNSW('cosine', dimensions);
    await native.readIndex(path);
    return new VectorIndex(native, kind, dimensions, efSearch);
  }

  /** Writes the graph and its vectors to `path`. */
  async write(path: string): Promise<void> {
    if (this.native instanceof ColumnVectors) await writeFile(path, this.native.encode());
    else await this.native.writeIndex(path);
  }

  /** The search breadth in use; larger is slower and closer to exact. */
  get ef(): number {
    return this.efSearch;
  }

  /** Changes the search breadth (for measuring recall against `exactSearch`); an exact index ignores it. */
  setEf(ef: number): void {
    this.efSearch = ef;
    if (this.native instanceof HierarchicalNSW) this.native.setEf(ef);
  }

  /** The `k` nearest passages to `vector`, best first (approximate for `hnsw`, exact for `exact`). */
  search(vector: ArrayLike<number>, k: number): VectorMatch[] {
    const count = Math.min(k, this.size);
    if (count <= 0) return [];
    if (this.native instanceof ColumnVectors) return this.native.search(vector, count);
    const graph = this.native instanceof HierarchicalNSW ? this.native : null;
    if (graph !== null && this.efSearch < count) graph.setEf(count);
    const result = this.native.searchKnn(toArray(vector), count);
    if (graph !== null && this.efSearch < count) graph.setEf(this.efSearch);
    return result.neighbors.map((position, rank) => ({ position, similarity: 1 - (result.distances[rank] ?? 1) }));
  }

  /** The `k` nearest passages by a brute-force scan of every stored vector: exact, slow, for checks and benchmarks. */
  exactSearch(vector: ArrayLike<number>, k: number): VectorMatch[] {
    if (this.kind !== 'hnsw') return this.search(vector, k);
    const query = normalise(vector);
    const matrix = this.storedVectors();
    const dimensions = this.dimensions;
    const matches: VectorMatch[] = [];
    for (let position = 0; position < this.size; position += 1) {
      let dot = 0;
      const offset = position * dimensions;
      for (let index = 0; index < dimensions; index += 1) dot += (matrix[offset + index] ?? 0) * (query[index] ?? 0);
      matches.push({ position, similarity: dot });
    }
    return matches.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  // hnswlib's cosine space stores vectors normalised, so a dot product with them is the cosine similarity.
  private storedVectors(): Float32Array {
    if (this.matrix !== null) return this.matrix;
    if (!(this.native instanceof HierarchicalNSW)) throw new Error('Expected an HNSW index: an exact index searches natively');
    const matrix = new Float32Array(this.size * this.dimensions);
    for (let position = 0; position < this.size; position += 1) {
      matrix.set(this.native.getPoint(position), position * this.dimensions);
    }
    this.matrix = matrix;
    return matrix;
  }
}

// A column file starts with its magic; hnswlib's HNSW file with its level-0 offset, always 0; its brute-force
// file with the capacity, never 0.
async function readKind(path: string): Promise<VectorIndexKind> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(16), 0, 16, 0);
    if (ColumnVectors.recognise(buffer.subarray(0, bytesRead))) return 'columns';
    return bytesRead >= 8 && buffer.readBigUInt64LE(0) !== 0n ? 'exact' : 'hnsw';
  } finally {
    await file.close();
  }
}

function normalise(vector: ArrayLike<number>): Float64Array {
  const result = Float64Array.from(vector as ArrayLike<number>);
  let squares = 0;
  for (const value of result) squares += value * value;
  const scale = squares === 0 ? 0 : 1 / Math.sqrt(squares);
  for (let index = 0; index < result.length; index += 1) result[index] = (result[index] ?? 0) * scale;
  return result;
}
