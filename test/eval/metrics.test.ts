import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../src/eval/eval-questions.js';
import { parseEvalQuestions } from '../../src/eval/eval-questions.js';
import { computeMetrics, hits, type QuestionOutcome } from '../../src/eval/metrics.js';

const question = (id: string, expect: string[], answerable = true): EvalQuestion =>
  ({ id, question: `Question ${id}?`, answerable, expect, history: [] });

const filler = (index: number): string => `Unrelated passage number ${index} about the weather.`;

/** A ranking of ten passages with the given text at `rank` (1-based), or nowhere. */
function rankedAt(rank: number | null, text: string): string[] {
  return Array.from({ length: 10 }, (_, index) => (rank !== null && index === rank - 1 ? `Before. ${text} After.` : filler(index)));
}

describe('computeMetrics', () => {
  const outcomes: QuestionOutcome[] = [
    // Found at rank 1, both expect strings listed but only one is in the corpus; the answer cites it.
    { question: question('q1', ['the minister said no', 'a sentence nobody wrote']), retrievedTexts: rankedAt(1, 'the minister said no'), abstained: false, citedTexts: ['Before. the minister said no After.'] },
    // Found at rank 3; the answer cites something else.
    { question: question('q2', ['mayor spoke on RTL']), retrievedTexts: rankedAt(3, 'mayor spoke on RTL'), abstained: false, citedTexts: [filler(0)] },
    // Never found; the answer abstains.
    { question: question('q3', ['the Games open on February 6']), retrievedTexts: rankedAt(null, ''), abstained: true, citedTexts: [] },
    // Unanswerable and abstained.
    { question: question('q4', [], false), retrievedTexts: rankedAt(null, ''), abstained: true, citedTexts: [] },
  ];
  const metrics = computeMetrics(outcomes);

  it('counts answerable and unanswerable questions', () => {
    expect(metrics).toMatchObject({ questions: 4, answerable: 3, unanswerable: 1 });
  });

  it('computes Hits@k and MRR@10 over answerable questions only', () => {
    expect(metrics.hitsAt1).toBeCloseTo(1 / 3, 10);
    expect(metrics.hitsAt4).toBeCloseTo(2 / 3, 10);
    expect(metrics.hitsAt10).toBeCloseTo(2 / 3, 10);
    expect(metrics.mrrAt10).toBeCloseTo((1 + 1 / 3) / 3, 10);
  });

  it('computes evidence recall as the share of distinct expect strings found in the top 10', () => {
    // q1: 1 of 2 found = 0.5; q2: 1 of 1 = 1; q3: 0 of 1 = 0.
    expect(metrics.evidenceRecallAt10).toBeCloseTo((0.5 + 1 + 0) / 3, 10);
    const single = computeMetrics([outcomes[0]!]);
    expect(single.evidenceRecallAt10).toBe(0.5);
  });

  it('computes answer hit and abstention rates', () => {
    expect(metrics.answerHit).toBeCloseTo(1 / 3, 10);
    expect(metrics.answeredWhenAnswerable).toBeCloseTo(2 / 3, 10);
    expect(metrics.abstainedWhenUnanswerable).toBe(1);
  });

  it('does not count a hit ranked below 10', () => {
    const late = computeMetrics([{ ...outcomes[1]!, retrievedTexts: [...rankedAt(null, ''), 'mayor spoke on RTL'] }]);
    expect(late.hitsAt10).toBe(0);
    expect(late.mrrAt10).toBe(0);
  });
});

describe('hits', () => {
  it('ignores differences in whitespace, including line breaks', () => {
    expect(hits('ICE would not be allowed\n to operate  on Italian soil.', ['ICE would not be allowed to operate on Italian soil'])).toBe(true);
    expect(hits('ICE would not be allowed to operate on Italian soil.', ['ICE  would not\tbe allowed'])).toBe(true);
  });

  it('does not match different words', () => {
    expect(hits('ICE would be allowed to operate on Italian soil.', ['ICE would not be allowed'])).toBe(false);
    expect(hits('Anything at all.', [])).toBe(false);
  });
});

describe('parseEvalQuestions', () => {
  it('names the line of a malformed question instead of dropping it', () => {
    const content = `${JSON.stringify({ id: 'a', question: 'Who?', expect: ['x'] })}\n{"id": "b", "question": `;
    expect(() => parseEvalQuestions('questions.jsonl', content)).toThrow('questions.jsonl:2');
  });
});
