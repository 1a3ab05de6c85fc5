import { articleMeta } from '../corpus/article.js';
import { orderArticles, listQuotes } from '../quotes/index.js';
import type { StoryDesk, SourceListing } from '../story-desk.js';
import { summarize } from '../summary/index.js';
import type { Story } from './open-story.js';

/** Wraps an opened story in the StoryDesk surface that Slack and the command line use. */
export function createStoryDesk(story: Story): StoryDesk {
  const counts = new Map<string, number>();
  for (const passage of story.passages) counts.set(passage.articleId, (counts.get(passage.articleId) ?? 0) + 1);
  const sources: SourceListing[] = orderArticles(story.articles).map((article) => ({
    ...articleMeta(article),
    passages: counts.get(article.id) ?? 0,
  }));
  const context = () => ({ articles: story.articles, passages: story.passages, quoteIndex: story.quoteIndex() });
  return {
    answer: (question, history) => story.engine.answer(question, history),
    sources: () => sources,
    summarize: async (request) => summarize(context(), request),
    quotes: (speaker) => listQuotes(story.quoteIndex(), speaker),
  };
}
