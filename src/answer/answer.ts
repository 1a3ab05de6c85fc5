import type { ArticleMeta } from '../corpus/article.js';

/** One numbered source of an answer, summary bullet or quote: a passage and the article it comes from. */
export interface Citation extends ArticleMeta {
  /** The number shown as `[n]` in the answer text. */
  readonly n: number;
  readonly passageId: string;
  /** 1-based paragraph number among the article's text paragraphs. */
  readonly paragraph: number;
  /** The passage text, verbatim; shortened only at sentence boundaries, with "…" where sentences were left out. */
  readonly text: string;
}

/** A sentence of an answer: verbatim corpus text and the citations that back it. */
export interface AnswerSentence {
  readonly text: string;
  /** Citation numbers (`Citation.n`). Several when several articles report the same fact. */
  readonly citations: readonly number[];
}

/** An article an answer rests on, for the "as of" line. */
export interface ArticleRef {
  readonly articleId: string;
  readonly title: string;
  readonly source: string | null;
  readonly published: string | null;
}

/** What the engine says to a question. */
export interface Answer {
  readonly question: string;
  /** True when the articles do not answer the question; `text` then says so and `sentences` is empty. */
  readonly abstained: boolean;
  /** Plain text: the answer sentences each followed by their `[n]` markers, or the abstention. */
  readonly text: string;
  readonly sentences: readonly AnswerSentence[];
  readonly citations: readonly Citation[];
  /** The articles cited, oldest first. */
  readonly basis: readonly ArticleRef[];
}

/** An earlier turn of a thread: what was asked and which passages the bot cited. */
export interface Turn {
  readonly question: string;
  readonly passageIds: readonly string[];
}
