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

/** The passages of each article, in order, keyed by article id. */
export function passagesByArticle(passages: readonly Passage[]): Map<string, Passage[]> {
  const byArticle = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = byArticle.get(passage.articleId) ?? [];
    list.push(passage);
    byArticle.set(passage.articleId, list);
  }
  return byArticle;
}
