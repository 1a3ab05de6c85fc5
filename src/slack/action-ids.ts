/** The action ids of the bot's buttons, shared by the formatters that draw them and the listeners that handle them. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  shareAnswer: 'share_answer',
} as const;

/** What a feedback or share button carries: the question and the passages cited in the answer. */
export interface AnswerRef {
  readonly question: string;
  readonly passageIds: readonly string[];
}

// A button value holds at most 2,000 characters; the question is shortened first so the ids always survive.
const VALUE_LIMIT = 2000;

/** Packs an answer reference into a button value, shortening the question if needed to stay within Slack's limit. */
export function encodeAnswerRef(ref: AnswerRef): string {
  let question = ref.question;
  let passageIds = [...ref.passageIds];
  let value = JSON.stringify({ q: question, p: passageIds });
  while (value.length > VALUE_LIMIT && question.length > 0) {
    question = question.slice(0, Math.max(0, question.length - (value.length - VALUE_LIMIT) - 1));
    value = JSON.stringify({ q: question, p: passageIds });
  }
  while (value.length > VALUE_LIMIT && passageIds.length > 0) {
    passageIds = passageIds.slice(0, -1);
    value = JSON.stringify({ q: question, p: passageIds });
  }
  return value;
}

/** Reads a button value written by {@link encodeAnswerRef}; null when it is not one. */
export function decodeAnswerRef(value: string | undefined): AnswerRef | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { q, p } = parsed as { q?: unknown; p?: unknown };
    if (typeof q !== 'string' || !Array.isArray(p) || !p.every((id) => typeof id === 'string')) return null;
    return { question: q, passageIds: p as string[] };
  } catch {
    return null;
  }
}
