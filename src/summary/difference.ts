/** One article's version of a fact: a verbatim span, the sentence it stands in, and where. */
export interface DifferenceSide {
  /** The verbatim words that differ ("Beppe Sala", "the US Department of Homeland Security"). */
  readonly text: string;
  /** The whole sentence, verbatim, for context. */
  readonly sentence: string;
  readonly articleId: string;
  readonly passageId: string;
  /** Offsets of `text` in the article body. */
  readonly start: number;
  readonly end: number;
}

/** Two or more articles giving different versions of the same fact, each with its source. */
export interface Difference {
  readonly kind: 'name' | 'attribution';
  /** What differs, in plain words: "how Giuseppe Sala is named", "who announced or confirmed it". */
  readonly about: string;
  readonly sides: readonly DifferenceSide[];
}
