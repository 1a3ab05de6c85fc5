import type { Turn } from '../answer/answer.js';
import type { StoryEngine } from '../answer/story-engine.js';
import type { EvalQuestion } from './eval-questions.js';
import { computeMetrics, type EvalMetrics, type QuestionOutcome } from './metrics.js';

/** One question's result as written to the eval output file. */
export interface EvalResult {
  readonly id: string;
  readonly retrieved: readonly { passageId: string; articleId: string; text: string }[];
  readonly answer: {
    readonly abstained: boolean;
    readonly text: string;
    readonly citations: readonly { passageId: string; text: string }[];
  };
}

/**
 * Answers every question as the bot would in its thread: the history questions are asked first, in order, and
 * their cited passages become the thread's turns. Returns the metrics and per-question results.
 */
export async function runEval(
  engine: StoryEngine,
  questions: readonly EvalQuestion[],
  k: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ metrics: EvalMetrics; results: EvalResult[] }> {
  const outcomes: QuestionOutcome[] = [];
  const results: EvalResult[] = [];
  const threads = new Map<string, Turn[]>();
  for (const [index, question] of questions.entries()) {
    const history: Turn[] = [];
    for (const earlier of question.history) {
      const key = JSON.stringify([...history.map((turn) => turn.question), earlier]);
      let turns = threads.get(key);
      if (turns === undefined) {
        const answer = await engine.answer(earlier, history);
        turns = [...history, { question: earlier, passageIds: answer.citations.map((citation) => citation.passageId) }];
        threads.set(key, turns);
      }
      history.splice(0, history.length, ...turns);
    }
    const retrieved = await engine.retrieve(question.question, history, k);
    const answer = await engine.answer(question.question, history);
    const retrievedTexts = retrieved.map((item) => item.passage.text);
    outcomes.push({ question, retrievedTexts, abstained: answer.abstained, citedTexts: answer.citations.map((citation) => citation.text) });
    results.push({
      id: question.id,
      retrieved: retrieved.map((item) => ({ passageId: item.passage.id, articleId: item.passage.articleId, text: item.passage.text })),
      answer: {
        abstained: answer.abstained,
        text: answer.text,
        citations: answer.citations.map((citation) => ({ passageId: citation.passageId, text: citation.text })),
      },
    });
    onProgress?.(index + 1, questions.length);
  }
  return { metrics: computeMetrics(outcomes), results };
}
