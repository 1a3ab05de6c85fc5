import { fnv1a } from '../index/embeddings/hash.js';

/** BM25 parameters (Robertson's defaults, as in the reference figures). */
const K1 = 1.2;
const B = 0.75;

/** The arrays of one BM25 index; terms are 32-bit hashes so that nothing needs parsing at load. */
export interface Bm25Arrays {
  /** Sorted term hashes. */
  readonly terms: Uint32Array;
  /** postings of terms[i] are docs/frequencies[offsets[i] .. offsets[i+1]). */
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  readonly frequencies: Uint16Array;
  readonly lengths: Uint32Array;
}

/** A BM25 index over documents given as token lists, with postings in typed arrays. */
export class Bm25Index {
  readonly arrays: Bm25Arrays;
  readonly documentCount: number;
  private readonly averageLength: number;

  constructor(arrays: Bm25Arrays) {
    this.arrays = arrays;
    this.documentCount = arrays.lengths.length;
    let total = 0;
    for (const length of arrays.lengths) total += length;
    this.averageLength = this.documentCount === 0 ? 1 : Math.max(total / this.documentCount, 1);
  }

  /** Builds the index from each document's tokens. */
  static build(documents: Iterable<readonly string[]>): Bm25Index {
    const postings = new Map<number, number[]>();
    const lengths: number[] = [];
    let doc = 0;
    for (const tokens of documents) {
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const hash = fnv1a(token);
        counts.set(hash, (counts.get(hash) ?? 0) + 1);
      }
      for (const [hash, count] of counts) {
        let list = postings.get(hash);
        if (list === undefined) postings.set(hash, (list = []));
        list.push(doc, Math.min(count, 65535));
      }
      lengths.push(tokens.length);
      doc += 1;
    }
    const terms = Uint32Array.from(postings.keys()).sort();
    const offsets = new Uint32Array(terms.length + 1);
    let size = 0;
    terms.forEach((term, index) => {
      offsets[index] = size;
      size += postings.get(term)!.length / 2;
    });
    offsets[terms.length] = size;
    const docs = new Uint32Array(size);
    const frequencies = new Uint16Array(size);
    terms.forEach((term, index) => {
      const list = postings.get(term)!;
      const base = offsets[index]!;
      for (let at = 0; at < list.length; at += 2) {
        docs[base + at / 2] = list[at]!;
        frequencies[base + at / 2] = list[at + 1]!;
      }
    });
    return new Bm25Index({ terms, offsets, docs, frequencies, lengths: Uint32Array.from(lengths) });
  }

  private findTerm(hash: number): number {
    const { terms } = this.arrays;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = terms[middle]!;
      if (value === hash) return middle;
      if (value < hash) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /**
   * Adds `weight` × BM25(query, doc) into `scores` for every document holding a query term, and appends newly
   * touched documents to `touched` (so callers reset only those). Repeated query terms count once.
   */
  accumulate(query: readonly string[], weight: number, scores: Float64Array, touched: number[]): void {
    const { offsets, docs, frequencies, lengths } = this.arrays;
    const seen = new Set<number>();
    for (const token of query) {
      const hash = fnv1a(token);
      if (seen.has(hash)) continue;
      seen.add(hash);
      const term = this.findTerm(hash);
      if (term < 0) continue;
      const from = offsets[term]!;
      const to = offsets[term + 1]!;
      const documentFrequency = to - from;
      const idf = Math.log(1 + (this.documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
      for (let at = from; at < to; at += 1) {
        const doc = docs[at]!;
        const frequency = frequencies[at]!;
        const norm = K1 * (1 - B + (B * lengths[doc]!) / this.averageLength);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += (weight * idf * frequency * (K1 + 1)) / (frequency + norm);
      }
    }
  }

  /** Number of documents holding `token`. */
  documentFrequency(token: string): number {
    const term = this.findTerm(fnv1a(token));
    return term < 0 ? 0 : this.arrays.offsets[term + 1]! - this.arrays.offsets[term]!;
  }

  /** Inverse document frequency of a token (highest when absent), for coverage and abstention signals. */
  idf(token: string): number {
    const documentFrequency = this.documentFrequency(token);
    return Math.log(1 + (this.documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
