import type { Span } from '../passages/split-sentences.js';
import type { RetrievedPassage } from '../retrieval/retriever.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import { holdsExpectedFact, type ExpectedFact } from './expected-fact.js';
import { holdsTerm, type QuestionTerm } from './question-terms.js';

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
  /** The question's content terms (see `questionTerms`). */
  readonly terms: readonly QuestionTerm[];
  /** Terms of earlier turns of the thread, counted at `contextWeight`. */
  readonly contextTerms: readonly QuestionTerm[];
  readonly contextWeight: number;
  readonly expected: ExpectedFact;
  /** The terms a typed fact (number, date, name) must stand near. */
  readonly focus: readonly QuestionTerm[];
  /**
   * Names of the question ("Calenda" in "When did Calenda make his statement?"): a time or a count answers it
   * only from a passage that names one of them, not from any statement's date.
   */
  readonly anchors?: readonly QuestionTerm[];
  readonly idf: (stem: string) => number;
}

const PLACE_CUE = /\b(interview|told reporters|told journalists|statement to|on platform|on (?:the )?(?:radio|television|tv)|aired on|posted on|(?:in|at) (?:the )?\p{Lu}\w+)/u;

/** "To whom?": a sentence that names who was told ("a statement to CNN", "told reporters"). */
const RECIPIENT_CUE = /\b(?:told|(?:statement|remarks?|interview|letter|message) to)\b/iu;

interface WeightedTerm { readonly term: QuestionTerm; readonly weight: number }

function weightedTerms(query: SentenceQuery): WeightedTerm[] {
  const own = new Set(query.terms.map((term) => term.alternatives[0]![0]));
  const weighted = query.terms.map((term) => ({ term, weight: query.idf(term.alternatives[0]![0]!) }));
  for (const term of query.contextTerms) {
    if (!own.has(term.alternatives[0]![0])) weighted.push({ term, weight: query.contextWeight * query.idf(term.alternatives[0]![0]!) });
  }
  return weighted;
}

function coverage(terms: readonly WeightedTerm[], total: number, text: string): number {
  if (total === 0) return 0;
  const present = new Set(tokenizeStems(text));
  let matched = 0;
  for (const { term, weight } of terms) if (holdsTerm(present, term)) matched += weight;
  return matched / total;
}

function namesAnchor(anchors: readonly QuestionTerm[], passageText: string): boolean {
  if (anchors.length === 0) return true;
  const stems = new Set(tokenizeStems(passageText));
  return anchors.some((anchor) => holdsTerm(stems, anchor));
}

/**
 * Scores every sentence of the retrieved passages: how much of the question it (and its passage) covers, how
 * well its passage ranked, and whether it holds the kind of fact asked for (a number, a date, a name, a place).
 */
export function scoreSentences(query: SentenceQuery, retrieved: readonly RetrievedPassage[]): ScoredSentence[] {
  const terms = weightedTerms(query);
  let total = 0;
  for (const { weight } of terms) total += weight;
  const bestScore = retrieved[0]?.score ?? 1;
  const wantsPlace = /^\s*(?:and\s+)?where\b/iu.test(query.question);
  const wantsRecipient = /\bto whom\b/iu.test(query.question);
  const scored: ScoredSentence[] = [];
  retrieved.forEach((item, rank) => {
    const body = item.article.body;
    const passageCoverage = coverage(terms, total, item.passage.text);
    // A passage that never names the person asked about does not date or count what they did.
    const anchored = namesAnchor(query.anchors ?? [], item.passage.text);
    item.passage.sentences.forEach((span, index) => {
      const text = body.slice(span.start, span.end);
      const before = item.passage.sentences[index - 1];
      const previous = before === undefined ? null : body.slice(before.start, before.end);
      const sentenceCoverage = coverage(terms, total, text);
      const confidence = 0.6 * sentenceCoverage + 0.4 * passageCoverage;
      const hasExpectedFact = holdsExpectedFact(text, previous, query.question, query.expected, query.focus) &&
        anchored;
      const score = confidence + 0.15 * (item.score / bestScore) - 0.02 * rank +
        (hasExpectedFact && query.expected !== 'any' ? 0.25 : 0) + (wantsPlace && PLACE_CUE.test(text) ? 0.25 : 0) + (wantsRecipient && RECIPIENT_CUE.test(text) ? 0.25 : 0);
      scored.push({ retrieved: item, span, text, confidence, hasExpectedFact, score });
    });
  });
  return scored.sort((left, right) => right.score - left.score);
}
