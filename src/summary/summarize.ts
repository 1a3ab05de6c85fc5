import { findArticle } from './find-article.js';
import { summarizeArticle } from './summarize-article.js';
import { summarizeStory } from './summarize-story.js';
import { summarizeTopic } from './summarize-topic.js';
import type { SummaryContext } from './summary-context.js';
import type { Summary, SummaryRequest } from './summary.js';

/**
 * Summarises the whole story, a topic, or one article (a topic and an article together: the topic within that
 * article). Every bullet is verbatim corpus text with its citations.
 */
export function summarize(context: SummaryContext, request: SummaryRequest = {}): Summary {
  const topic = request.topic?.trim() ?? '';
  const reference = request.article?.trim() ?? '';
  if (reference !== '') {
    const article = findArticle(context.articles, reference);
    if (article === null) return { bullets: [], footer: `No article matches “${reference}”: use its number, id or title words.`, empty: true };
    return topic === '' ? summarizeArticle(context, article) : summarizeTopic(context, topic, [article]);
  }
  return topic === '' ? summarizeStory(context) : summarizeTopic(context, topic);
}
