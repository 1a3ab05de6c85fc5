import type { Article } from '../corpus/article.js';

/** The date part (YYYY-MM-DD) of an article's `published` value as written, or null when undated. */
export function publishedDay(article: Article): string | null {
  return article.published === null ? null : article.published.slice(0, 10);
}

/**
 * Articles in story order: oldest first, undated last, ties kept in corpus order. The day is read as written
 * (not converted to UTC) so an article is placed on the date its newsroom printed.
 */
export function orderArticles(articles: readonly Article[]): Article[] {
  return articles
    .map((article, index) => ({ article, index, day: article.published ?? null }))
    .sort((a, b) => {
      if (a.day === b.day) return a.index - b.index;
      if (a.day === null) return 1;
      if (b.day === null) return -1;
      return a.day < b.day ? -1 : 1;
    })
    .map(({ article }) => article);
}
