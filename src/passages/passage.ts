import type { Span } from './split-sentences.js';

/** The unit of retrieval and citation: a run of whole sentences of one article. */
export interface Passage {
  /** Stable across re-ingests of an unchanged article: `<articleId>:<paragraph>` or `…:<paragraph>.<part>`. */
  readonly id: string;
  readonly articleId: string;
  /** 1-based number of the (first) paragraph among the article's text paragraphs, furniture not counted. */
  readonly paragraph: number;
  /** Character offsets into the article body: `body.slice(start, end) === text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Sentence spans, as offsets into the article body. */
  readonly sentences: readonly Span[];
}
