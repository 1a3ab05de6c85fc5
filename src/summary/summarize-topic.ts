import type { Article } from '../corpus/article.js';
import { passagesByArticle } from '../passages/passages-by-article.js';
import { resolveSpeakers } from '../quotes/find-quotes.js';
import { orderArticles } from '../quotes/story-order.js';
import { buildCandidates, type Candidate } from './candidate.js';
import { describeBasis } from './footer.js';
import { centroid, selectBullets } from './select-bullets.js';
import type { SummaryContext } from './summary-context.js';
import type { Summary } from './summary.js';
import { contentTerms, similarity } from './terms.js';

/** Most bullets for a topic summary. */
export const TOPIC_BULLETS = 6;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’]/gu, "['’]");

/** The sentences about a topic: naming it (any of its speakers' names or roles), quoting it, or using all its words. */
function matchTopic(context: SummaryContext, candidates: readonly Candidate[], topic: string): Candidate[] {
  const speakers = resolveSpeakers(context.quoteIndex, topic);
  const forms = speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases]).filter((form) => form.length > 1);
  const pattern = forms.length === 0 ? null : new RegExp(`(?<![\\p{L}])(?:${forms.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const quotes = speakers.flatMap((speaker) => context.quoteIndex.quotesBySpeaker.get(speaker.id) ?? []);
  const terms = contentTerms(topic);
  return candidates.filter((candidate) => {
    if (pattern?.test(candidate.text) === true) return true;
    if (quotes.some((quote) => quote.articleId === candidate.articleId && quote.start < candidate.end && quote.end > candidate.start)) return true;
    return terms.length > 0 && terms.every((term) => candidate.counts.has(term));
  });
}

/**
 * Summarises only what the articles say about a person, organisation, place or event; empty, saying so, when
 * no sentence is about it.
 */
export function summarizeTopic(context: SummaryContext, topic: string, articles: readonly Article[] = context.articles): Summary {
  const ordered = orderArticles(articles);
  const candidates = buildCandidates(ordered, passagesByArticle(context.passages));
  const matched = matchTopic(context, candidates, topic);
  if (matched.length === 0) return { bullets: [], footer: `The articles say nothing about ${topic}.`, empty: true };
  const centre = centroid(matched);
  const scores = new Map<Candidate, number>(matched.map((candidate) => [candidate, (0.2 + similarity(candidate.vector, centre)) / (1 + 0.02 * candidate.position)]));
  const bullets = selectBullets(matched, scores, { count: TOPIC_BULLETS, duplicateSimilarity: 0.5 });
  const citedIds = new Set(bullets.flatMap((bullet) => bullet.citations.map((citation) => citation.articleId)));
  const cited = ordered.filter((article) => citedIds.has(article.id));
  return { bullets, footer: `What ${cited.length} of ${ordered.length} articles say about ${topic} (${describeBasis(cited)}).`, empty: false };
}
