import type { Article } from '../corpus/article.js';
import { passagesByArticle } from '../passages/passages-by-article.js';
import { orderArticles } from '../quotes/story-order.js';
import { buildCandidates } from './candidate.js';
import { findDifferences } from './find-differences.js';
import { describeBasis } from './footer.js';
import { speakersOfCandidates, standsAlone, storyWeight } from './score-sentences.js';
import { selectByCoverage } from './select-by-coverage.js';
import { toBullets } from './select-bullets.js';
import type { SummaryContext } from './summary-context.js';
import type { Summary } from './summary.js';

/** Bullets in a whole-story summary: enough for the distinct facts, few enough for one Slack screen. */
export const STORY_BULLETS = 8;
// Two sentences this close report the same fact: one bullet, both cited.
const DUPLICATE_SIMILARITY = 0.35;
// Lower bar for citing another article's sentence on a bullet: it need only report the same fact, not repeat it.
const SAME_FACT_SIMILARITY = 0.22;

function emptySummary(footer: string): Summary {
  return { bullets: [], footer, empty: true };
}

/**
 * Summarises the whole story: the lede (first sentence of the earliest article) and then the most central
 * distinct facts across all articles, each verbatim with every article that reports it, plus the places where
 * the articles disagree.
 */
export function summarizeStory(context: SummaryContext, articles: readonly Article[] = context.articles): Summary {
  const ordered = orderArticles(articles);
  if (ordered.length === 0) return emptySummary('No articles are loaded.');
  const candidates = buildCandidates(ordered, passagesByArticle(context.passages));
  const lede = candidates.find(standsAlone);
  if (lede === undefined) return emptySummary(`Based on ${describeBasis(ordered)}: no sentence could be summarised.`);
  const speakerOf = speakersOfCandidates(candidates, context.quoteIndex.quotes);
  const kinds = new Map(context.quoteIndex.speakers.map((speaker) => [speaker.name, speaker.kind]));
  const picked = selectByCoverage(candidates, {
    count: STORY_BULLETS,
    required: [lede],
    weightOf: (candidate) => storyWeight(candidate, speakerOf, kinds),
    speakerOf,
    duplicateSimilarity: DUPLICATE_SIMILARITY,
  });
  const bullets = toBullets(candidates, picked, 1, SAME_FACT_SIMILARITY);
  const differences = findDifferences(context, ordered);
  const summary: Summary = { bullets, footer: `Based on ${describeBasis(ordered)}.`, empty: false };
  return differences.length === 0 ? summary : { ...summary, differences };
}
