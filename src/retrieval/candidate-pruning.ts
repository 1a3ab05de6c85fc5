import type { Bm25Index, Candidates, QueryTerm } from './bm25-index.js';

/** One lexical signal of a question: the index it reads, the question's terms in it, and where scores go. */
export interface Signal {
  readonly index: Bm25Index;
  readonly terms: readonly QueryTerm[];
  readonly scores: Float64Array;
  readonly touched: number[];
  /** Passage of each document, for the index over sentences. */
  readonly groupOf?: Uint32Array;
}

/**
 * Pruning of common terms on large corpora. A question's rarest terms in each index, up to this share of the
 * index's documents in postings, pick the candidate passages (with the vector matches and thread boosts); the
 * commoner terms are then scored for those candidates only, leaping through their postings, instead of adding
 * small amounts to most of the corpus. At 100k generated passages the top passage was unchanged for every
 * benchmark question and 99.9% of the top 10; on SQuAD, pruned for the test, the metrics moved by at most
 * 0.0002 (see README).
 */
const RARE_POSTINGS_SHARE = 1 / 32;

const rareBudget = (index: Bm25Index): number => Math.ceil(index.documentCount * RARE_POSTINGS_SHARE);

/** The terms of a signal scored for candidates only: the commonest, from where their postings pass the budget. */
export function commonTerms(signal: Signal): QueryTerm[] {
  const byRarity = [...signal.terms].sort((a, b) => a.documentFrequency - b.documentFrequency);
  let postings = 0;
  return byRarity.filter((term) => (postings += term.documentFrequency) > rareBudget(signal.index));
}

/** The candidate passages of a pruned question, and their sentences, as `Bm25Index.addWithin` reads them. */
export interface CandidateLists {
  readonly passages: Candidates;
  readonly sentences: Candidates;
}

/** Picks candidate passages into reused buffers; `reset` clears the marks of the positions it is given. */
export class CandidateMarker {
  private readonly marks: Uint8Array;
  private readonly passages: Uint32Array;
  private readonly sentences: Uint32Array;
  /** Sentences of passage p are firstSentence[p] .. firstSentence[p + 1] - 1. */
  private readonly firstSentence: Uint32Array;

  private constructor(private readonly sentencePassage: Uint32Array, firstSentence: Uint32Array) {
    const passageCount = firstSentence.length - 1;
    this.marks = new Uint8Array(passageCount);
    this.passages = new Uint32Array(passageCount);
    this.sentences = new Uint32Array(sentencePassage.length);
    this.firstSentence = firstSentence;
  }

  /** A marker over passages and the sentence index's passage of each sentence; null when sentences are not in passage order. */
  static create(sentencePassage: Uint32Array, passageCount: number): CandidateMarker | null {
    const first = new Uint32Array(passageCount + 1);
    let position = 0;
    for (let sentence = 0; sentence < sentencePassage.length; sentence += 1) {
      const owner = sentencePassage[sentence]!;
      if (owner + 1 < position || owner >= passageCount) return null;
      while (position <= owner) first[position++] = sentence;
    }
    while (position <= passageCount) first[position++] = sentencePassage.length;
    return new CandidateMarker(sentencePassage, first);
  }

  /**
   * Marks the passages the signals' rare terms reach, plus `extra` positions (vector matches, boosts), and
   * appends each newly marked one to `marked`. Returns the candidates in order, with their sentences.
   */
  mark(signals: readonly Signal[], common: ReadonlySet<QueryTerm>, extra: readonly number[], marked: number[]): CandidateLists {
    const { marks } = this;
    for (const signal of signals) {
      for (const term of signal.terms) if (!common.has(term)) signal.index.mark(term, marks, marked, signal.groupOf);
    }
    // Every term of the question is common: the passages where its rarest weighs most are the candidates.
    const [passageSignal] = signals;
    if (passageSignal !== undefined && passageSignal.terms.length > 0 && passageSignal.terms.every((term) => common.has(term))) {
      const rarest = passageSignal.terms.reduce((a, b) => (b.documentFrequency < a.documentFrequency ? b : a));
      passageSignal.index.markStrongest(rarest, rareBudget(passageSignal.index), marks, marked);
    }
    for (const position of extra) {
      if (marks[position] === 1) continue;
      marks[position] = 1;
      marked.push(position);
    }
    let passages = 0;
    let sentences = 0;
    for (let position = 0; position < marks.length; position += 1) {
      if (marks[position] !== 1) continue;
      this.passages[passages++] = position;
      for (let sentence = this.firstSentence[position]!, end = this.firstSentence[position + 1]!; sentence < end; sentence += 1) {
        this.sentences[sentences++] = sentence;
      }
    }
    return {
      passages: { marks, list: this.passages, count: passages },
      sentences: { marks, groupOf: this.sentencePassage, list: this.sentences, count: sentences },
    };
  }

  /** Clears the marks of `positions`. */
  reset(positions: readonly number[]): void {
    for (const position of positions) this.marks[position] = 0;
  }
}
