import type { VectorMatch } from '../index/index.js';
import { topMatches } from '../index/top-matches.js';

/**
 * The baseline: every passage vector in one flat Float32Array, searched by scanning all of them. Exact, no
 * build step, memory = passages × dimensions × 4 bytes. What an ANN index has to beat.
 */
export class FlatIndex {
  readonly size: number;
  private readonly scores: Float32Array;

  /** `matrix` holds `size` L2-normalised vectors of `dimensions` floats, back to back. */
  constructor(readonly matrix: Float32Array, readonly dimensions: number) {
    if (dimensions <= 0 || dimensions % 4 !== 0 || matrix.length % dimensions !== 0) {
      throw new RangeError(`Expected whole rows of a multiple of 4 dimensions, got ${matrix.length} floats in rows of ${dimensions}`);
    }
    this.size = matrix.length / dimensions;
    this.scores = new Float32Array(this.size);
  }

  /** Copies normalised vectors into one matrix. */
  static fromVectors(vectors: readonly ArrayLike<number>[], dimensions: number): FlatIndex {
    const matrix = new Float32Array(vectors.length * dimensions);
    vectors.forEach((vector, position) => matrix.set(normalised(vector), position * dimensions));
    return new FlatIndex(matrix, dimensions);
  }

  /** The `k` most similar passages to `vector`, best first, by cosine similarity. */
  search(vector: ArrayLike<number>, k: number): VectorMatch[] {
    const query = normalised(vector);
    const { matrix, dimensions, scores, size } = this;
    for (let position = 0, offset = 0; position < size; position += 1, offset += dimensions) {
      // Four accumulators let the JIT overlap the multiply-adds instead of waiting on one running sum.
      let a = 0, b = 0, c = 0, d = 0;
      for (let index = 0; index < dimensions; index += 4) {
        a += matrix[offset + index]! * query[index]!;
        b += matrix[offset + index + 1]! * query[index + 1]!;
        c += matrix[offset + index + 2]! * query[index + 2]!;
        d += matrix[offset + index + 3]! * query[index + 3]!;
      }
      scores[position] = a + b + c + d;
    }
    return topMatches(scores, Math.min(k, size));
  }
}

function normalised(vector: ArrayLike<number>): Float32Array {
  const result = Float32Array.from(vector);
  let squares = 0;
  for (const value of result) squares += value * value;
  const scale = squares === 0 ? 0 : 1 / Math.sqrt(squares);
  for (let index = 0; index < result.length; index += 1) result[index] = result[index]! * scale;
  return result;
}
