import type { EvalQuestion } from './eval-questions.js';

/** What one question produced: the retrieved passage texts (best first) and the answer's cited texts. */
export interface QuestionOutcome {
  readonly question: EvalQuestion;
  readonly retrievedTexts: readonly string[];
  readonly abstained: boolean;
  readonly citedTexts: readonly string[];
}

/** The metrics of the eval format, over a set of outcomes. */
export interface EvalMetrics {
  readonly questions: number;
  readonly answerable: number;
  readonly unanswerable: number;
  readonly hitsAt1: number;
  readonly hitsAt4: number;
  readonly hitsAt10: number;
  readonly mrrAt10: number;
  readonly evidenceRecallAt10: number;
  /** Share of answerable questions whose answer cites a hit. */
  readonly answerHit: number;
  /** Share of answerable questions answered (not abstained). */
  readonly answeredWhenAnswerable: number;
  /** Share of unanswerable questions where the answer abstained. */
  readonly abstainedWhenUnanswerable: number;
}

const squash = (text: string): string => text.replace(/\s+/gu, '');

/** A passage hits when its whitespace-free text contains a whitespace-free expect string (MultiHop-RAG's rule). */
export function hits(passageText: string, expect: readonly string[]): boolean {
  const text = squash(passageText);
  return expect.some((snippet) => text.includes(squash(snippet)));
}

/** Computes Hits@k, MRR@10, evidence recall@10, answer hit and abstention rates. */
export function computeMetrics(outcomes: readonly QuestionOutcome[]): EvalMetrics {
  const answerable = outcomes.filter((outcome) => outcome.question.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.question.answerable);
  let hitsAt1 = 0, hitsAt4 = 0, hitsAt10 = 0, reciprocal = 0, evidence = 0, answerHit = 0, answered = 0;
  for (const outcome of answerable) {
    const { expect } = outcome.question;
    const top = outcome.retrievedTexts.slice(0, 10);
    const rank = top.findIndex((text) => hits(text, expect));
    if (rank === 0) hitsAt1 += 1;
    if (rank >= 0 && rank < 4) hitsAt4 += 1;
    if (rank >= 0) { hitsAt10 += 1; reciprocal += 1 / (rank + 1); }
    const distinct = [...new Set(expect)];
    if (distinct.length > 0) evidence += distinct.filter((snippet) => top.some((text) => hits(text, [snippet]))).length / distinct.length;
    if (!outcome.abstained) answered += 1;
    if (!outcome.abstained && outcome.citedTexts.some((text) => hits(text, expect))) answerHit += 1;
  }
  const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitsAt1: share(hitsAt1, answerable.length),
    hitsAt4: share(hitsAt4, answerable.length),
    hitsAt10: share(hitsAt10, answerable.length),
    mrrAt10: share(reciprocal, answerable.length),
    evidenceRecallAt10: share(evidence, answerable.length),
    answerHit: share(answerHit, answerable.length),
    answeredWhenAnswerable: share(answered, answerable.length),
    abstainedWhenUnanswerable: share(unanswerable.filter((outcome) => outcome.abstained).length, unanswerable.length),
  };
}
