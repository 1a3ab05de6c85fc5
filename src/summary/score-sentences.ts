import type { Quote } from '../quotes/quote.js';
import type { Candidate } from './candidate.js';

/** Bullets longer than this are hard to read in Slack; they are chosen only when nothing shorter says as much. */
export const BULLET_CHARACTERS = 300;

const LEDE_FACTOR = 1.8;
// Past this, a bullet takes most of a Slack screen line budget; fine only when it carries much.
const LONG_BULLET = 240;

// A sentence that opens on a pronoun or "the agency" needs the sentence before it to make sense.
const DEPENDENT_OPENING = /^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|The agency|The organisation|The organization|Such)\b/u;

/** True when a sentence can stand alone as a bullet. */
export function standsAlone(candidate: Candidate): boolean {
  return !DEPENDENT_OPENING.test(candidate.text);
}

/** The speaker each sentence reports (the first quote inside it), by speaker name. */
export function speakersOfCandidates(candidates: readonly Candidate[], quotes: readonly Quote[]): Map<Candidate, string> {
  const byArticle = new Map<string, Quote[]>();
  for (const quote of quotes) byArticle.set(quote.articleId, [...(byArticle.get(quote.articleId) ?? []), quote]);
  const speakers = new Map<Candidate, string>();
  for (const candidate of candidates) {
    const quote = (byArticle.get(candidate.articleId) ?? []).find((found) => found.start < candidate.end && found.end > candidate.start);
    if (quote !== undefined) speakers.set(candidate, quote.speaker);
  }
  return speakers;
}

/**
 * How much a sentence is worth as a story bullet beyond its words: it must stand alone, long ones are hard to
 * read in Slack, and a sentence that reports who said what is worth more (a named person most, a group least).
 */
export function storyWeight(candidate: Candidate, speakers: ReadonlyMap<Candidate, string>, kinds: ReadonlyMap<string, string>): number {
  if (!standsAlone(candidate)) return 0;
  const length = candidate.end - candidate.start;
  const lengthFactor = length > BULLET_CHARACTERS ? 0.35 : length > LONG_BULLET ? 0.75 : length < 70 ? 0.7 : 1;
  const speaker = speakers.get(candidate);
  const kind = speaker === undefined ? undefined : kinds.get(speaker);
  // A named person is the clearest "who said what"; an unnamed role or an organisation less so.
  const speechFactor = kind === 'person' ? 2 : kind === 'role' ? 1.5 : kind === 'organisation' ? 1.4 : 1;
  // Each article's opening sentence is its lede: the writer's own summary of what matters.
  const ledeFactor = candidate.position === 0 ? LEDE_FACTOR : 1;
  return (lengthFactor * speechFactor * ledeFactor) / (1 + 0.02 * candidate.position);
}
