import { fnv1a } from '../hash.js';
import { nthLargest } from './nth-largest.js';

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

/** A query token found in an index: its term, how many documents hold it, and the weight it is scored at. */
export interface QueryTerm {
  readonly term: number;
  readonly documentFrequency: number;
  readonly weight: number;
}

/** Documents to score: marks by group (a passage, for sentences), and the documents themselves in order. */
export interface Candidates {
  /** 1 for a candidate: `marks[doc]`, or `marks[groupOf[doc]]` when documents are grouped. */
  readonly marks: Uint8Array;
  readonly groupOf?: Uint32Array;
  /** The candidate documents, ascending, in `list[0 .. count)`. */
  readonly list: Uint32Array;
  readonly count: number;
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
    // One map reused for every document rather than one per document (~340k at 100k passages).
    const counts = new Map<number, number>();
    for (const tokens of documents) {
      counts.clear();
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

  /** The distinct tokens of `query` that the index holds (a repeated token counts once), scored at `weight`. */
  lookup(query: readonly string[], weight: number): QueryTerm[] {
    const { offsets } = this.arrays;
    const seen = new Set<number>();
    const found: QueryTerm[] = [];
    for (const token of query) {
      const hash = fnv1a(token);
      if (seen.has(hash)) continue;
      seen.add(hash);
      const term = this.findTerm(hash);
      if (term >= 0) found.push({ term, weight, documentFrequency: offsets[term + 1]! - offsets[term]! });
    }
    return found;
  }

  /**
   * Adds the term's weighted BM25 contribution into `scores` for every document holding it, and appends newly
   * touched documents to `touched` (so callers reset only those).
   */
  add(query: QueryTerm, scores: Float64Array, touched: number[]): void {
    const { offsets, docs } = this.arrays;
    const idf = this.idfOf(query.documentFrequency);
    for (let at = offsets[query.term]!, to = offsets[query.term + 1]!; at < to; at += 1) this.addPosting(at, docs[at]!, query.weight, idf, scores, touched);
  }

  /**
   * As `add`, for the candidate documents only. Postings far outnumbering the candidates are leapt through by
   * galloping search, so a common term costs about the number of candidates, not of its postings; otherwise
   * they are read in turn and checked against the candidates' marks.
   */
  addWithin(query: QueryTerm, scores: Float64Array, touched: number[], candidates: Candidates): void {
    const { offsets, docs } = this.arrays;
    const idf = this.idfOf(query.documentFrequency);
    const to = offsets[query.term + 1]!;
    let at = offsets[query.term]!;
    const { marks, groupOf, list, count } = candidates;
    if (query.documentFrequency < count * 4) {
      for (; at < to; at += 1) {
        const doc = docs[at]!;
        if (marks[groupOf === undefined ? doc : groupOf[doc]!] === 1) this.addPosting(at, doc, query.weight, idf, scores, touched);
      }
      return;
    }
    for (let index = 0; index < count && at < to; index += 1) {
      const target = list[index]!;
      if (docs[at]! < target) {
        let step = 1;
        let high = at + 1;
        while (high < to && docs[high]! < target) {
          at = high;
          step *= 2;
          high = at + step;
        }
        let low = at + 1;
        high = Math.min(high, to);
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (docs[middle]! < target) low = middle + 1;
          else high = middle;
        }
        at = low;
        if (at >= to) break;
      }
      if (docs[at] === target) {
        this.addPosting(at, target, query.weight, idf, scores, touched);
        at += 1;
      }
    }
  }

  /**
   * Marks the `count` documents (or a few more, on ties) where the term weighs most in BM25, listing new marks:
   * the candidates of a question whose every term is common.
   */
  markStrongest(query: QueryTerm, count: number, marks: Uint8Array, marked: number[]): void {
    const { offsets, docs, frequencies, lengths } = this.arrays;
    const from = offsets[query.term]!;
    const to = offsets[query.term + 1]!;
    // Within one term BM25 grows with frequency / (frequency + length norm); the IDF is the same for all.
    const weights = new Float64Array(to - from);
    for (let at = from; at < to; at += 1) {
      const frequency = frequencies[at]!;
      weights[at - from] = frequency / (frequency + K1 * (1 - B + (B * lengths[docs[at]!]!) / this.averageLength));
    }
    const threshold = weights.length <= count ? 0 : nthLargest(weights.slice(), count);
    for (let at = from; at < to; at += 1) {
      const doc = docs[at]!;
      if (weights[at - from]! < threshold || marks[doc] === 1) continue;
      marks[doc] = 1;
      marked.push(doc);
    }
  }

  private addPosting(at: number, doc: number, weight: number, idf: number, scores: Float64Array, touched: number[]): void {
    const frequency = this.arrays.frequencies[at]!;
    const norm = K1 * (1 - B + (B * this.arrays.lengths[doc]!) / this.averageLength);
    if (scores[doc] === 0) touched.push(doc);
    scores[doc]! += (weight * idf * frequency * (K1 + 1)) / (frequency + norm);
  }

  /** Sets `marks[document]` (or `marks[groupOf[document]]`) to 1 for every document holding the term, listing new marks. */
  mark(query: QueryTerm, marks: Uint8Array, marked: number[], groupOf?: Uint32Array): void {
    const { offsets, docs } = this.arrays;
    const to = offsets[query.term + 1]!;
    for (let at = offsets[query.term]!; at < to; at += 1) {
      const doc = docs[at]!;
      const position = groupOf === undefined ? doc : groupOf[doc]!;
      if (marks[position] === 1) continue;
      marks[position] = 1;
      marked.push(position);
    }
  }

  private idfOf(documentFrequency: number): number {
    return Math.log(1 + (this.documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** Number of documents holding `token`. */
  documentFrequency(token: string): number {
    const term = this.findTerm(fnv1a(token));
    return term < 0 ? 0 : this.arrays.offsets[term + 1]! - this.arrays.offsets[term]!;
  }

  /** Inverse document frequency of a token (highest when absent), for coverage and abstention signals. */
  idf(token: string): number {
    return this.idfOf(this.documentFrequency(token));
  }
}
