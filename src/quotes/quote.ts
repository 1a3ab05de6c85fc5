/** A direct quotation or attributed statement found in an article. */
export interface Quote {
  /** Canonical speaker name after resolution ("Giuseppe Sala"). */
  readonly speaker: string;
  /** The form used at this place in the article ("Beppe Sala", "Milan's mayor"). */
  readonly speakerAsWritten: string;
  /** Verbatim article text: the words in quotation marks, or the attributed statement. */
  readonly text: string;
  readonly kind: 'direct' | 'attributed';
  readonly articleId: string;
  readonly passageId: string;
  readonly paragraph: number;
  /** Offsets of `text` in the article body. */
  readonly start: number;
  readonly end: number;
}

/** The quotes of one speaker, in story order. */
export interface SpeakerQuotes {
  readonly speaker: string;
  /** Other names and roles the articles use for this speaker. */
  readonly aliases: readonly string[];
  readonly quotes: readonly Quote[];
}
