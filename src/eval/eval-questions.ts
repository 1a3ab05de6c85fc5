/** One question of a questions.jsonl file (see the eval format). */
export interface EvalQuestion {
  readonly id: string;
  readonly question: string;
  readonly answerable: boolean;
  /** Verbatim corpus snippets; any one is evidence. */
  readonly expect: readonly string[];
  /** Earlier questions of the same thread, oldest first. */
  readonly history: readonly string[];
}

/** Parses questions.jsonl text; a malformed line is an error naming the line, since a silently dropped question skews metrics. */
export function parseEvalQuestions(path: string, content: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
    const { id, question, answerable, expect, history } = record;
    if (typeof question !== 'string' || question.trim() === '') throw new Error(`${path}:${index + 1}: expected "question" to be a non-empty string`);
    if (!Array.isArray(expect ?? []) || !(expect as unknown[] ?? []).every((item) => typeof item === 'string')) {
      throw new Error(`${path}:${index + 1}: expected "expect" to be a list of strings`);
    }
    questions.push({
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${index + 1}`,
      question,
      answerable: answerable !== false,
      expect: (expect as string[] | undefined) ?? [],
      history: Array.isArray(history) ? history.filter((item): item is string => typeof item === 'string') : [],
    });
  });
  return questions;
}
