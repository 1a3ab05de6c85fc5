import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
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

/** Fuses the lexical signals and vector similarity into one ranking of passages. */
export class HybridRetriever {
  private readonly scratch: Float64Array[];
  private readonly sentenceScratch: Float64Array;

  constructor(
    private readonly articles: readonly Article[],
    private readonly passages: readonly Passage[],
    private readonly lexical: LexicalIndex,
    private readonly weights: FusionWeights = LOCAL_FUSION_WEIGHTS,
  ) {
    // Reused buffers: allocating corpus-sized arrays per question would dominate latency on large corpora.
    this.scratch = [0, 1, 2].map(() => new Float64Array(passages.length));
    this.sentenceScratch = new Float64Array(lexical.sentencePassage.length);
  }

  /** The `k` best passages for the query, best first. */
  retrieve(query: RetrievalQuery, k: number): RetrievedPassage[] {
    const [passageScores, sentenceBest, other] = this.scratch as [Float64Array, Float64Array, Float64Array];
    const touched: number[] = [];
    const stems = tokenizeStems(query.text);
    const words = tokenizeWords(query.text);
    const contextStems = query.contextText === undefined ? [] : tokenizeStems(query.contextText);
    const contextWeight = query.contextWeight ?? 0.35;
    const { lexical, weights } = this;

    lexical.passageStems.accumulate(stems, 1, passageScores, touched);
    if (contextStems.length > 0) lexical.passageStems.accumulate(contextStems, contextWeight, passageScores, touched);
    let best = 0;
    for (const position of touched) best = Math.max(best, passageScores[position]!);
    const scale = best > 0 ? 1 / best : 0;

    const sentenceTouched: number[] = [];
    lexical.sentenceStems.accumulate(stems, 1, this.sentenceScratch, sentenceTouched);
    for (const sentence of sentenceTouched) {
      const position = lexical.sentencePassage[sentence]!;
      if (this.sentenceScratch[sentence]! > sentenceBest[position]!) sentenceBest[position] = this.sentenceScratch[sentence]!;
      this.sentenceScratch[sentence] = 0;
    }
    const otherTouched: number[] = [];
    lexical.passageBigrams.accumulate(bigrams(stems), weights.bigram, other, otherTouched);
    lexical.passageWords.accumulate(words, weights.exactWords, other, otherTouched);

    const articleScores = new Float64Array(this.articles.length);
    lexical.articleStems.accumulate(stems, 1, articleScores, []);
    let bestArticle = 0;
    for (const score of articleScores) bestArticle = Math.max(bestArticle, score);

    const candidates = new Set<number>([...touched, ...otherTouched, ...(query.vectorMatches?.keys() ?? []), ...(query.boostPositions?.keys() ?? [])]);
    const scored = new TopK(k);
    for (const position of candidates) {
      const article = lexical.passageArticle[position]!;
      const lexicalScore = weights.passage * passageScores[position]! + weights.sentence * sentenceBest[position]! + other[position]!;
      const score = lexicalScore * scale +
        (bestArticle > 0 ? (weights.article * articleScores[article]!) / bestArticle : 0) +
        weights.vector * (query.vectorMatches?.get(position) ?? 0) +
        (query.boostPositions?.get(position) ?? 0);
      scored.offer(position, score);
    }
    const top = scored.items.map(({ position, score }) => ({
      position,
      passage: this.passages[position]!,
      article: this.articles[lexical.passageArticle[position]!]!,
      score,
      sentenceScore: sentenceBest[position]! * scale,
      vectorSimilarity: query.vectorMatches?.get(position) ?? 0,
    }));
    for (const position of touched) { passageScores[position] = 0; sentenceBest[position] = 0; }
    for (const sentence of sentenceTouched) sentenceBest[lexical.sentencePassage[sentence]!] = 0;
    for (const position of otherTouched) other[position] = 0;
    return top;
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
