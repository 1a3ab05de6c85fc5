/** Every failure the product reports to a person carries one of these codes and a message saying what to do. */
export type StoryErrorCode =
  | 'config_invalid'
  | 'corpus_not_found'
  | 'corpus_empty'
  | 'article_malformed'
  | 'index_missing'
  | 'index_corrupt'
  | 'index_stale'
  | 'index_embedder_mismatch'
  | 'embedder_failed'
  | 'question_empty'
  | 'question_too_long';

/** A failure with a stable code and a message written for the person who has to fix it. */
export class StoryError extends Error {
  override readonly name = 'StoryError';
  readonly code: StoryErrorCode;

  constructor(code: StoryErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `error` is a StoryError, optionally of one of the given codes. */
export function isStoryError(error: unknown, ...codes: StoryErrorCode[]): error is StoryError {
  return error instanceof StoryError && (codes.length === 0 || codes.includes(error.code));
}
