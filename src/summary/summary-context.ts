import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import type { QuoteIndex } from '../quotes/quote-index.js';

/** What summaries are made from: the loaded story, built once. */
export interface SummaryContext {
  readonly articles: readonly Article[];
  /** The passages of all the articles. */
  readonly passages: readonly Passage[];
  readonly quoteIndex: QuoteIndex;
}
