import { Embeddings } from '@langchain/core/embeddings';
import type { LocalHashingEmbeddings } from '../index/index.js';

/**
 * The local embedder, timed, keeping a copy of every document vector in one Float32Array so that the exact-scan
 * baseline is built from exactly the vectors the ANN index got, without embedding twice.
 */
export class TimedEmbeddings extends Embeddings {
  /** Milliseconds spent inside embedDocuments. */
  milliseconds = 0;
  private rows: Float32Array[] = [];

  constructor(private readonly inner: LocalHashingEmbeddings) {
    super({});
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    const started = performance.now();
    const vectors = documents.map((text) => this.inner.embedText(text));
    const result = vectors.map((vector) => Array.from(vector));
    this.milliseconds += performance.now() - started;
    this.rows.push(...vectors);
    return result;
  }

  override async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.inner.embedText(document));
  }

  /** Every document vector embedded so far, back to back. */
  matrix(): Float32Array {
    const dimensions = this.inner.options.dimensions;
    const matrix = new Float32Array(this.rows.length * dimensions);
    this.rows.forEach((row, position) => matrix.set(row, position * dimensions));
    return matrix;
  }
}
