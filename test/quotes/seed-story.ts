import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import { buildQuoteIndex } from '../../src/quotes/index.js';
import type { SummaryContext } from '../../src/summary/index.js';

/** The seed corpus with its passages and quote index, as the product loads it. */
export async function loadSeedStory(): Promise<SummaryContext> {
  const { articles } = await loadCorpus('corpus');
  const passages = articles.flatMap((article) => buildPassages(article));
  return { articles, passages, quoteIndex: buildQuoteIndex(articles, passages) };
}
