import type { Span } from '../passages/split-sentences.js';
import type { RetrievedPassage } from '../retrieval/retriever.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import { sentenceHasExpectedFact, type ExpectedFact } from './analyze-question.js';

/** A sentence of a retrieved passage, scored as an answer to the question. */
export interface ScoredSentence {
  readonly retrieved: RetrievedPassage;
  readonly span: Span;
  readonly text: string;
  /** 0..1: the share of the question's (IDF-weighted) terms the sentence and its passage hold. */
  readonly confidence: number;
  readonly hasExpectedFact: boolean;
  readonly score: number;
}

/** What sentence scoring needs to know about the question. */
export interface SentenceQuery {
  readonly question: string;
  /** Words of earlier turns of the thread, counted at `contextWeight`. */
  readonly contextText: string;
  readonly contextWeight: number;
  readonly expected: ExpectedFact;
  readonly idf: (stem: string) => number;
}

const PLACE_CUE = /\b(interview|told reporters|told journalists|statement to|on platform|on (?:the )?(?:radio|television|tv)|aired on|posted on|(?:in|at) (?:the )?\p{Lu}\w+)/u;

function weightedTerms(query: SentenceQuery): Map<string, number> {
  const weights = new Map<string, number>();
  for (const stem of tokenizeStems(query.contextText)) weights.set(stem, query.contextWeight * query.idf(stem));
  for (const stem of tokenizeStems(query.question)) weights.set(stem, query.idf(stem));
  return weights;
}

function coverage(terms: ReadonlyMap<string, number>, total: number, text: string): number {
  if (total === 0) return 0;
  const present = new Set(tokenizeStems(text));
  let matched = 0;
  for (const [term, weight] of terms) if (present.has(term)) matched += weight;
  return matched / total;
}

/**
 * Scores every sentence of the retrieved passages: how much of the question it (and its passage) covers, how
 * well its passage ranked, and whether it holds the kind of fact asked for (a number, a date, a name, a place).
 */
export function scoreSentences(query: SentenceQuery, retrieved: readonly RetrievedPassage[]): ScoredSentence[] {
  const terms = weightedTerms(query);
  let total = 0;
  for (const weight of terms.values()) total += weight;
  const bestScore = retrieved[0]?.score ?? 1;
  const wantsPlace = /^\s*(?:and\s+)?where\b/iu.test(query.question);
  const scored: ScoredSentence[] = [];
  retrieved.forEach((item, rank) => {
    const body = item.article.body;
    const passageCoverage = coverage(terms, total, item.passage.text);
    for (const span of item.passage.sentences) {
      const text = body.slice(span.start, span.end);
      const sentenceCoverage = coverage(terms, total, text);
      const confidence = 0.6 * sentenceCoverage + 0.4 * passageCoverage;
      const hasExpectedFact = sentenceHasExpectedFact(text, query.question, query.expected);
      const score = confidence + 0.15 * (item.score / bestScore) - 0.02 * rank +
        (hasExpectedFact && query.expected !== 'any' ? 0.25 : 0) + (wantsPlace && PLACE_CUE.test(text) ? 0.25 : 0);
      scored.push({ retrieved: item, span, text, confidence, hasExpectedFact, score });
    }
  });
  return scored.sort((left, right) => right.score - left.score);
}
