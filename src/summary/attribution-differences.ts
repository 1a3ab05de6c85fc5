import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { findMentions } from '../quotes/find-mentions.js';
import type { Mention } from '../quotes/mention.js';
import type { Difference, DifferenceSide } from './difference.js';
import type { SummaryContext } from './summary-context.js';
import { contentTerms } from './terms.js';

/** A sentence that credits an announcement or confirmation to someone. */
interface Claim {
  readonly speakerId: string;
  readonly side: DifferenceSide;
  readonly terms: Set<string>;
  readonly days: Set<string>;
}

const ANNOUNCEMENT = /\b(?:confirm\w*|announc\w*|acknowledg\w*|statement)\b/iu;
const AGENT_BEFORE = /\b(?:made|issued|released|confirmed|announced|acknowledged|given|published|disclosed)\s+by\s+(?:the\s+)?$/iu;
const AGENT_SOURCE = /\b(?:statement|announcement|confirmation)\s+from\s+(?:the\s+)?$/iu;
const VERB_AFTER = /^\s+(?:has\s+|had\s+)?(?:confirmed|announced|acknowledged)\b/iu;
const DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2})\b/giu;

function creditedMention(body: string, sentenceStart: number, mentions: readonly Mention[]): Mention | null {
  for (const mention of mentions) {
    if (mention.kind === 'pronoun' || mention.kind === 'anaphor') continue;
    const before = body.slice(sentenceStart, mention.start);
    if (AGENT_BEFORE.test(before) || AGENT_SOURCE.test(before) || VERB_AFTER.test(body.slice(mention.end, mention.end + 40))) return mention;
  }
  return null;
}

function findClaims(context: SummaryContext, article: Article, passages: readonly Passage[]): Claim[] {
  const claims: Claim[] = [];
  for (const passage of passages) {
    for (const span of passage.sentences) {
      const sentence = article.body.slice(span.start, span.end);
      if (!ANNOUNCEMENT.test(sentence)) continue;
      const { speakers, organisations } = findMentions(article.body, span.start, span.end, new Set());
      const mentions = [...speakers, ...organisations].sort((a, b) => a.start - b.start);
      const agent = creditedMention(article.body, span.start, mentions);
      const speakerId = agent === null ? null : context.quoteIndex.registry.resolve(agent);
      if (agent === null || speakerId === null) continue;
      claims.push({
        speakerId,
        side: { text: agent.text, sentence, articleId: article.id, passageId: passage.id, start: agent.start, end: agent.end },
        terms: new Set(contentTerms(sentence)),
        days: new Set((sentence.match(DAY) ?? []).map((day) => day.toLowerCase())),
      });
    }
  }
  return claims;
}

function sameEvent(a: Claim, b: Claim): boolean {
  if ([...a.days].some((day) => b.days.has(day))) return true;
  return [...a.terms].filter((term) => b.terms.has(term)).length >= 4;
}

/**
 * Finds an announcement or confirmation that two articles credit to different sources ("acknowledged by the US
 * Department of Homeland Security" / "The announcement, made by ICE"), matched by a shared day or shared words.
 */
export function findAttributionDifferences(context: SummaryContext, articles: readonly Article[], byArticle: ReadonlyMap<string, readonly Passage[]>): Difference[] {
  const claimsByArticle = articles.map((article) => findClaims(context, article, byArticle.get(article.id) ?? []));
  const differences: Difference[] = [];
  const seen = new Set<string>();
  claimsByArticle.forEach((claims, index) => {
    for (const later of claimsByArticle.slice(index + 1)) {
      for (const a of claims) {
        for (const b of later) {
          const key = [a.speakerId, b.speakerId].sort().join('|');
          if (a.speakerId === b.speakerId || seen.has(key) || !sameEvent(a, b)) continue;
          seen.add(key);
          differences.push({ kind: 'attribution', about: 'who announced or confirmed it', sides: [a.side, b.side] });
        }
      }
    }
  });
  return differences;
}
