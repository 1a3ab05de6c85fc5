import type { Article } from '../corpus/article.js';
import { orderArticles } from '../quotes/story-order.js';
import { contentTerms } from './terms.js';

/**
 * Finds the article a reference names: its id, its 1-based number in story order, or words of its title (the
 * title sharing the most of them, at least half). Null when none matches.
 */
export function findArticle(articles: readonly Article[], reference: string): Article | null {
  const wanted = reference.trim();
  const ordered = orderArticles(articles);
  const byId = ordered.find((article) => article.id === wanted);
  if (byId !== undefined) return byId;
  if (/^\d+$/u.test(wanted)) return ordered[Number(wanted) - 1] ?? null;
  const terms = new Set(contentTerms(wanted));
  if (terms.size === 0) return null;
  let best: Article | null = null;
  let bestShare = 0.5;
  for (const article of ordered) {
    const title = new Set(contentTerms(`${article.title} ${article.id.replace(/[-_.]/gu, ' ')}`));
    const share = [...terms].filter((term) => title.has(term)).length / terms.size;
    if (share >= bestShare && (best === null || share > bestShare)) {
      best = article;
      bestShare = share;
    }
  }
  return best;
}
