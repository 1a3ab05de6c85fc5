import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { CandidateMarker, commonTerms, type Signal } from './candidate-pruning.js';
import type { LexicalIndex } from './lexical-index.js';
import { bigrams, tokenizeStems, tokenizeWords } from './tokenize.js';

/** How the signals are weighted; each lexical signal is scaled to the best passage score first. */
export interface FusionWeights {
  readonly passage: number;
  readonly sentence: number;
  readonly bigram: number;
  readonly exactWords: number;
  readonly article: number;
  /** Weight of the vector similarity (cosine) of the passage to the question. */
  readonly vector: number;
}

/**
 * Weights tuned on half of the SQuAD dev questions and checked on the other half (see README). The local
 * embedder is lexical too, so it gets a small weight; a semantic embedder earns more.
 */
export const LOCAL_FUSION_WEIGHTS: FusionWeights = {
  passage: 1, sentence: 0.56, bigram: 0.45, exactWords: 0.45, article: 0.9, vector: 0.1,
};
export const SEMANTIC_FUSION_WEIGHTS: FusionWeights = { ...LOCAL_FUSION_WEIGHTS, vector: 0.6 };

/** One retrieved passage with its fused score and the signals behind it. */
export interface RetrievedPassage {
  readonly position: number;
  readonly passage: Passage;
  readonly article: Article;
  readonly score: number;
  /** Best sentence's BM25 over the best passage score: how well one sentence matches. */
  readonly sentenceScore: number;
  readonly vectorSimilarity: number;
}

/** What retrieval needs of a question: its text, optional context terms, and its vector matches. */
export interface RetrievalQuery {
  readonly text: string;
  /** Words from earlier turns of the thread, added at a lower weight. */
  readonly contextText?: string;
  readonly contextWeight?: number;
  /** Passage positions to favour (cited earlier in the thread), with the bonus to add. */
  readonly boostPositions?: ReadonlyMap<number, number>;
  /** Vector matches: passage position → cosine similarity. */
  readonly vectorMatches?: ReadonlyMap<number, number>;
}

/** The k highest-scoring items seen, kept sorted: cheaper than sorting every candidate of a large corpus. */
class TopK {
  readonly items: { position: number; score: number }[] = [];

  constructor(private readonly k: number) {}

  offer(position: number, score: number): void {
    const { items } = this;
    if (items.length === this.k && score <= items[items.length - 1]!.score) return;
    let at = items.length;
    while (at > 0 && items[at - 1]!.score < score) at -= 1;
    items.splice(at, 0, { position, score });
    if (items.length > this.k) items.pop();
  }
}

/** Retrieval settings beyond the fusion weights. */
export interface RetrieverOptions {
  /**
   * Prune common terms from this many passages on (see `candidate-pruning.ts`). Default 20,000: below it the
   * full computation is fast enough.
   */
  readonly pruneFromPassages?: number;
}

/** Fuses the lexical signals and vector similarity into one ranking of passages. */
export class HybridRetriever {
  // Reused corpus-sized buffers, reset through the lists of what a question touched: allocating them, or
  // gathering ~100k touched passages into a Set, per question would dominate latency on large corpora.
  private readonly passageScores: Float64Array;
  private readonly sentenceBest: Float64Array;
  private readonly otherScores: Float64Array;
  private readonly vectorSimilarities: Float64Array;
  private readonly boosts: Float64Array;
  private readonly offered: Uint8Array;
  private readonly marker: CandidateMarker | null;
  private readonly sentenceScores: Float64Array;
  private readonly articleScores: Float64Array;

  constructor(
    private readonly articles: readonly Article[],
    private readonly passages: readonly Passage[],
    private readonly lexical: LexicalIndex,
    private readonly weights: FusionWeights = LOCAL_FUSION_WEIGHTS,
    options: RetrieverOptions = {},
  ) {
    const count = passages.length;
    [this.passageScores, this.sentenceBest, this.otherScores, this.vectorSimilarities, this.boosts] =
      [0, 1, 2, 3, 4].map(() => new Float64Array(count)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    this.offered = new Uint8Array(count);
    const prune = count >= (options.pruneFromPassages ?? 20_000);
    this.marker = prune ? CandidateMarker.create(lexical.sentencePassage, count) : null;
    this.sentenceScores = new Float64Array(lexical.sentencePassage.length);
    this.articleScores = new Float64Array(articles.length);
  }

  /** The `k` best passages for the query, best first. */
  retrieve(query: RetrievalQuery, k: number): RetrievedPassage[] {
    const { lexical, weights, passageScores, sentenceBest, otherScores, sentenceScores, articleScores } = this;
    const { sentencePassage, passageArticle } = lexical;
    const stems = tokenizeStems(query.text);
    const contextStems = query.contextText === undefined ? [] : tokenizeStems(query.contextText);
    const touched: number[] = [];
    const sentenceTouched: number[] = [];
    const otherTouched: number[] = [];
    const signals: Signal[] = [
      { index: lexical.passageStems, terms: [...lexical.passageStems.lookup(stems, 1), ...lexical.passageStems.lookup(contextStems, query.contextWeight ?? 0.35)], scores: passageScores, touched },
      { index: lexical.sentenceStems, terms: lexical.sentenceStems.lookup(stems, 1), scores: sentenceScores, touched: sentenceTouched, groupOf: sentencePassage },
      { index: lexical.passageBigrams, terms: lexical.passageBigrams.lookup(bigrams(stems), weights.bigram), scores: otherScores, touched: otherTouched },
      { index: lexical.passageWords, terms: lexical.passageWords.lookup(tokenizeWords(query.text), weights.exactWords), scores: otherScores, touched: otherTouched },
    ];
    const vectorPositions = this.spread(query.vectorMatches, this.vectorSimilarities);
    const boostPositions = this.spread(query.boostPositions, this.boosts);
    const common = new Set(this.marker === null ? [] : signals.flatMap(commonTerms));
    const marked: number[] = [];
    const within = common.size === 0 || this.marker === null ? null : this.marker.mark(signals, common, [...vectorPositions, ...boostPositions], marked);
    for (const signal of signals) {
      for (const term of signal.terms) {
        if (within === null || !common.has(term)) signal.index.add(term, signal.scores, signal.touched);
        else signal.index.addWithin(term, signal.scores, signal.touched, signal.groupOf === undefined ? within.passages : within.sentences);
      }
    }
    let best = 0;
    for (const position of touched) best = Math.max(best, passageScores[position]!);
    const scale = best > 0 ? 1 / best : 0;
    for (const sentence of sentenceTouched) {
      const position = sentencePassage[sentence]!;
      if (sentenceScores[sentence]! > sentenceBest[position]!) sentenceBest[position] = sentenceScores[sentence]!;
      sentenceScores[sentence] = 0;
    }

    const articleTouched: number[] = [];
    for (const term of lexical.articleStems.lookup(stems, 1)) lexical.articleStems.add(term, articleScores, articleTouched);
    let bestArticle = 0;
    for (const article of articleTouched) bestArticle = Math.max(bestArticle, articleScores[article]!);

    const top = new TopK(k);
    const lists = [touched, otherTouched, vectorPositions, boostPositions];
    // Each candidate is scored once, in the order the lists name it (ties keep the first offered).
    for (const list of lists) {
      for (const position of list) {
        if (this.offered[position] === 1) continue;
        this.offered[position] = 1;
        const lexicalScore = weights.passage * passageScores[position]! + weights.sentence * sentenceBest[position]! + otherScores[position]!;
        const score = lexicalScore * scale +
          (bestArticle > 0 ? (weights.article * articleScores[passageArticle[position]!]!) / bestArticle : 0) +
          weights.vector * this.vectorSimilarities[position]! +
          this.boosts[position]!;
        top.offer(position, score);
      }
    }
    const retrieved = top.items.map(({ position, score }) => ({
      position,
      passage: this.passages[position]!,
      article: this.articles[passageArticle[position]!]!,
      score,
      sentenceScore: sentenceBest[position]! * scale,
      vectorSimilarity: this.vectorSimilarities[position]!,
    }));
    for (const list of [...lists, marked]) {
      for (const position of list) {
        passageScores[position] = 0;
        sentenceBest[position] = 0;
        otherScores[position] = 0;
        this.vectorSimilarities[position] = 0;
        this.boosts[position] = 0;
        this.offered[position] = 0;
      }
    }
    this.marker?.reset(marked);
    for (const sentence of sentenceTouched) sentenceBest[sentencePassage[sentence]!] = 0;
    for (const article of articleTouched) articleScores[article] = 0;
    return retrieved;
  }

  // Copies position → value pairs into a corpus-sized buffer, so the scoring loop reads an array, not a Map.
  private spread(values: ReadonlyMap<number, number> | undefined, into: Float64Array): number[] {
    if (values === undefined) return [];
    const positions: number[] = [];
    for (const [position, value] of values) {
      if (position < 0 || position >= into.length) continue;
      into[position] = value;
      positions.push(position);
    }
    return positions;
  }

  /** IDF of a stem in the passage index, for coverage-based confidence. */
  idf(stem: string): number {
    return this.lexical.passageStems.idf(stem);
  }

  /** True when some passage holds the word as written (lowercased): whether the corpus mentions a name at all. */
  mentions(word: string): boolean {
    return this.lexical.passageWords.documentFrequency(word.toLowerCase()) > 0;
  }
}
