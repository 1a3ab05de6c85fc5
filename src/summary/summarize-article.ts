import type { Article } from '../corpus/article.js';
import { passagesByArticle } from '../passages/passages-by-article.js';
import { buildCandidates, type Candidate } from './candidate.js';
import { describeBasis } from './footer.js';
import { selectBullets } from './select-bullets.js';
import type { SummaryContext } from './summary-context.js';
import type { Summary } from './summary.js';
import { similarity } from './terms.js';

/** Sentences in a one-article summary: news reference summaries run to three or four. */
export const ARTICLE_BULLETS = 3;
// Up to this many usable sentences, the lead is the summary: nothing else is far enough from it to matter.
const SHORT_ARTICLE = 5;

/**
 * Scores an article's sentences for its summary: a strong lead prior (news puts what matters first) times
 * forward-looking centrality — how much the rest of the article goes on to develop the sentence — which lets a
 * central later sentence replace a weak lead one (a dateline, a teaser, a repeat).
 */
export function scoreArticleSentences(candidates: readonly Candidate[]): Map<Candidate, number> {
  const centrality = candidates.map((candidate, index) =>
    candidates.slice(index + 1).reduce((sum, later) => sum + Math.max(0, similarity(candidate.vector, later.vector) - 0.05), 0));
  const top = Math.max(1e-9, ...centrality);
  return new Map(candidates.map((candidate, index) => {
    const prior = index < 3 ? 1 : 1 / (1 + 0.35 * (index - 2));
    return [candidate, prior * (0.65 + 0.35 * (centrality[index]! / top))];
  }));
}

/** Summarises one article in a few verbatim sentences, never fewer than its lead would give. */
export function summarizeArticle(context: SummaryContext, article: Article): Summary {
  const candidates = buildCandidates([article], passagesByArticle(context.passages));
  const footer = `Based on 1 article: “${article.title}” (${[article.source, describeBasis([article]).replace(/^1 article,? ?/u, '')].filter(Boolean).join(', ') || 'undated'}).`;
  if (candidates.length === 0) return { bullets: [], footer: `“${article.title}” has no sentence that could be summarised.`, empty: true };
  if (candidates.length <= SHORT_ARTICLE) {
    const lead = candidates.slice(0, ARTICLE_BULLETS);
    return { bullets: lead.map((candidate) => ({ text: candidate.text, citations: [{ passageId: candidate.passageId, articleId: candidate.articleId, text: candidate.text }] })), footer, empty: false };
  }
  const scores = scoreArticleSentences(candidates);
  const bullets = selectBullets(candidates, scores, { count: ARTICLE_BULLETS, required: [candidates[0]!], duplicateSimilarity: 0.5, relevanceWeight: 0.85 });
  return { bullets, footer, empty: false };
}
