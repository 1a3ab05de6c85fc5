import { open } from 'node:fs/promises';
import { createAccumulate4, createKernelMemory, type Accumulate4, type KernelMemory } from './simd-kernel.js';
import { BestMatches } from './top-matches.js';
import type { VectorMatch } from './vector-index.js';

const MAGIC = 'SDCOLV01';
const HEADER_BYTES = 16;
const INT16_MAX = 32767;
/** Positions scored per pass: their float32 scores (16 KB) stay in the L1 cache while the columns stream past. */
const BLOCK = 4096;
const SCORES_BYTES = BLOCK * 4;

/**
 * Normalised vectors stored dimension by dimension, each dimension as 16-bit integers with its own scale.
 * Built for embedders whose queries are sparse (the local hashing embedder: a question sets a few dozen to 150
 * of 512 dimensions): an exact scan then reads only the query's dimensions instead of the whole matrix, with a
 * WebAssembly SIMD kernel; 16 bits halve the memory of 32-bit floats, with similarities within ~1e-5 of them.
 * File layout: magic, count, dimensions, one float32 scale per dimension, then each dimension's int16 column
 * (padded to a multiple of 4 entries); the columns are read straight into the kernel's memory.
 */
export class ColumnVectors {
  private readonly padded: number;
  private readonly accumulate4: Accumulate4;
  private readonly scoreView: Float32Array;

  private constructor(
    readonly size: number,
    readonly dimensions: number,
    private readonly scales: Float32Array,
    private readonly memory: KernelMemory,
  ) {
    this.padded = paddedCount(size);
    this.accumulate4 = createAccumulate4(memory) ?? accumulateInJavaScript(memory);
    this.scoreView = new Float32Array(memory.buffer, 0, BLOCK);
  }

  /** Normalises and quantises `vectors` (each of `dimensions` numbers) into columns. */
  static build(vectors: readonly ArrayLike<number>[], dimensions: number): ColumnVectors {
    const norms = new Float64Array(vectors.length);
    const largest = new Float64Array(dimensions);
    // Row by row (the vectors' own layout): each vector's norm, then each dimension's largest magnitude.
    for (let position = 0; position < vectors.length; position += 1) {
      const vector = vectors[position]!;
      let squares = 0;
      for (let dimension = 0; dimension < dimensions; dimension += 1) squares += vector[dimension]! * vector[dimension]!;
      const norm = squares === 0 ? 0 : 1 / Math.sqrt(squares);
      norms[position] = norm;
      for (let dimension = 0; dimension < dimensions; dimension += 1) {
        largest[dimension] = Math.max(largest[dimension]!, Math.abs(vector[dimension]! * norm));
      }
    }
    const index = new ColumnVectors(vectors.length, dimensions, new Float32Array(dimensions), allocate(vectors.length, dimensions));
    // Quantised with the float32 scales that are stored, so a read index scores exactly as the built one.
    const steps = Float32Array.from(largest, (value) => value / INT16_MAX);
    index.scales.set(steps);
    const columns = Array.from({ length: dimensions }, (_, dimension) => index.column(dimension));
    for (let position = 0; position < vectors.length; position += 1) {
      const vector = vectors[position]!;
      const norm = norms[position]!;
      for (let dimension = 0; dimension < dimensions; dimension += 1) {
        const step = steps[dimension]!;
        if (step > 0) columns[dimension]![position] = Math.round((vector[dimension]! * norm) / step);
      }
    }
    return index;
  }

  /** Reads a file written by `encode`; throws a RangeError when it is not one, or not of `dimensions`. */
  static async read(path: string, dimensions: number): Promise<ColumnVectors> {
    const file = await open(path, 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES + dimensions * 4);
      const { bytesRead } = await file.read(header, 0, header.length, 0);
      const size = checkHeader(header.subarray(0, bytesRead), dimensions);
      const expected = header.length + dimensions * paddedCount(size) * 2;
      if ((await file.stat()).size !== expected) throw new RangeError(`expected ${expected} bytes for ${size} vectors`);
      const scales = new Float32Array(header.buffer.slice(header.byteOffset + HEADER_BYTES, header.byteOffset + header.length));
      const memory = allocate(size, dimensions);
      const columns = new Uint8Array(memory.buffer, SCORES_BYTES, dimensions * paddedCount(size) * 2);
      for (let done = 0; done < columns.length;) {
        const { bytesRead: read } = await file.read(columns, done, columns.length - done, header.length + done);
        if (read === 0) throw new RangeError('the file ends early');
        done += read;
      }
      return new ColumnVectors(size, dimensions, scales, memory);
    } finally {
      await file.close();
    }
  }

  /** True when `bytes` start like a file written by `encode`. */
  static recognise(bytes: Uint8Array): boolean {
    return bytes.byteLength >= HEADER_BYTES && Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') === MAGIC;
  }

  /** The file bytes: header, scales, columns. */
  encode(): Uint8Array {
    const columnsBytes = this.dimensions * this.padded * 2;
    const bytes = new Uint8Array(HEADER_BYTES + this.dimensions * 4 + columnsBytes);
    bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
    const view = new DataView(bytes.buffer);
    view.setUint32(8, this.size, true);
    view.setUint32(12, this.dimensions, true);
    bytes.set(new Uint8Array(this.scales.buffer, this.scales.byteOffset, this.scales.byteLength), HEADER_BYTES);
    bytes.set(new Uint8Array(this.memory.buffer, SCORES_BYTES, columnsBytes), HEADER_BYTES + this.dimensions * 4);
    return bytes;
  }

  /** The `k` most similar vectors to `vector` by cosine similarity, best first: every vector is scored. */
  search(vector: ArrayLike<number>, k: number): VectorMatch[] {
    let squares = 0;
    for (let index = 0; index < this.dimensions; index += 1) squares += vector[index]! * vector[index]!;
    const norm = squares === 0 ? 0 : 1 / Math.sqrt(squares);
    const used: number[] = [];
    const weights: number[] = [];
    for (let dimension = 0; dimension < this.dimensions; dimension += 1) {
      const weight = vector[dimension]! * norm * this.scales[dimension]!;
      if (weight !== 0) { used.push(dimension); weights.push(weight); }
    }
    // Groups of four columns; a short last group repeats a column at weight 0.
    while (used.length % 4 !== 0) { used.push(used[0] ?? 0); weights.push(0); }
    const best = new BestMatches(k);
    const { scoreView, padded } = this;
    for (let from = 0; from < this.size; from += BLOCK) {
      const count = Math.min(BLOCK, padded - from);
      scoreView.fill(0, 0, count);
      for (let at = 0; at < used.length; at += 4) {
        const address = (slot: number): number => SCORES_BYTES + (used[at + slot]! * padded + from) * 2;
        this.accumulate4(0, address(0), address(1), address(2), address(3), count, weights[at]!, weights[at + 1]!, weights[at + 2]!, weights[at + 3]!);
      }
      const end = Math.min(count, this.size - from);
      for (let offset = 0; offset < end; offset += 1) best.offer(from + offset, scoreView[offset]!);
    }
    return best.matches();
  }

  private column(dimension: number): Int16Array {
    return new Int16Array(this.memory.buffer, SCORES_BYTES + dimension * this.padded * 2, this.padded);
  }
}

const paddedCount = (size: number): number => Math.ceil(size / 4) * 4;

function allocate(size: number, dimensions: number): KernelMemory {
  return createKernelMemory(SCORES_BYTES + dimensions * paddedCount(size) * 2);
}

function checkHeader(header: Uint8Array, dimensions: number): number {
  if (!ColumnVectors.recognise(header) || header.byteLength < HEADER_BYTES + dimensions * 4) throw new RangeError('not a column vectors file');
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const stored = view.getUint32(12, true);
  if (stored !== dimensions) throw new RangeError(`expected ${dimensions} dimensions, the file has ${stored}`);
  return view.getUint32(8, true);
}

// The kernel's contract in plain JavaScript, for runtimes without WebAssembly SIMD.
function accumulateInJavaScript(memory: KernelMemory): Accumulate4 {
  const floats = new Float32Array(memory.buffer);
  const shorts = new Int16Array(memory.buffer);
  return (scores, a, b, c, d, count, wa, wb, wc, wd) => {
    const [s, ia, ib, ic, id] = [scores / 4, a / 2, b / 2, c / 2, d / 2];
    for (let index = 0; index < count; index += 1) {
      floats[s + index]! += wa * shorts[ia + index]! + wb * shorts[ib + index]! + wc * shorts[ic + index]! + wd * shorts[id + index]!;
    }
  };
}
