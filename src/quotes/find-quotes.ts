import { matchSpeakers } from './match-speakers.js';
import type { QuoteIndex } from './quote-index.js';
import type { SpeakerQuotes } from './quote.js';
import type { Speaker } from './speaker.js';

/** How often one speaker is quoted. */
export interface SpeakerCount {
  readonly speaker: string;
  readonly aliases: readonly string[];
  readonly count: number;
}

function toSpeakerQuotes(index: QuoteIndex, speaker: Speaker): SpeakerQuotes {
  return { speaker: speaker.name, aliases: speaker.aliases, quotes: index.quotesBySpeaker.get(speaker.id) ?? [] };
}

function firstQuoteRank(index: QuoteIndex, speaker: Speaker): number {
  const first = index.quotesBySpeaker.get(speaker.id)?.[0];
  return first === undefined ? Number.MAX_SAFE_INTEGER : index.quotes.indexOf(first);
}

/**
 * Resolves a name or role ("Sala", "Milan's mayor", "the interior minister", "ICE") to the speakers it stands
 * for and returns their quotes in story order, each with its passage id. Empty when nobody matching was quoted.
 * The answer engine uses this for "what did X say", so answers and `/story quotes` agree.
 */
export function findQuotesBySpeaker(index: QuoteIndex, name: string): SpeakerQuotes[] {
  const quoted = index.speakers.filter((speaker) => index.quotesBySpeaker.has(speaker.id));
  return matchSpeakers(quoted, name)
    .sort((a, b) => firstQuoteRank(index, a) - firstQuoteRank(index, b))
    .map((speaker) => toSpeakerQuotes(index, speaker));
}

/** Quotes grouped by speaker, speakers in the order they are first quoted; with `speaker`, only the matching ones. */
export function listQuotes(index: QuoteIndex, speaker?: string): SpeakerQuotes[] {
  if (speaker !== undefined && speaker.trim() !== '') return findQuotesBySpeaker(index, speaker);
  return index.speakers
    .filter((candidate) => index.quotesBySpeaker.has(candidate.id))
    .sort((a, b) => firstQuoteRank(index, a) - firstQuoteRank(index, b))
    .map((candidate) => toSpeakerQuotes(index, candidate));
}

/** Who was quoted and how often, most quoted first (ties in story order). */
export function countQuotesBySpeaker(index: QuoteIndex): SpeakerCount[] {
  return listQuotes(index)
    .map((group) => ({ speaker: group.speaker, aliases: group.aliases, count: group.quotes.length }))
    .sort((a, b) => b.count - a.count);
}

/** Every speaker (quoted or only mentioned) a name, role or organisation refers to; for topic summaries. */
export function resolveSpeakers(index: QuoteIndex, name: string): Speaker[] {
  return matchSpeakers(index.speakers, name);
}
