import type { Answer } from './answer.js';

/** An answer that would show text the corpus does not hold, word for word. */
export class UnverifiedQuoteError extends Error {
  override readonly name = 'UnverifiedQuoteError';
}

/**
 * Checks that every answer sentence stands verbatim in each passage it cites, and that every piece of each
 * citation's text (split at the " … " marks) stands verbatim in that passage. Throws instead of letting a changed
 * word reach a newsroom.
 */
export function verifyVerbatim(answer: Answer, passageText: (passageId: string) => string | undefined): void {
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  for (const citation of answer.citations) {
    const text = passageText(citation.passageId);
    if (text === undefined) throw new UnverifiedQuoteError(`Citation [${citation.n}] names unknown passage ${citation.passageId}`);
    for (const piece of citation.text.split(' … ').map((part) => part.replace(/^… |^…$| …$/gu, ''))) {
      if (piece !== '' && !text.includes(piece)) {
        throw new UnverifiedQuoteError(`Citation [${citation.n}] shows text that is not in passage ${citation.passageId}`);
      }
    }
  }
  for (const sentence of answer.sentences) {
    const first = byNumber.get(sentence.citations[0] ?? -1);
    const text = first === undefined ? undefined : passageText(first.passageId);
    if (text === undefined || !text.includes(sentence.text)) {
      throw new UnverifiedQuoteError('An answer sentence is not verbatim text of the passage it cites first');
    }
  }
}
