import { organisationKey } from './find-names.js';
import type { Speaker } from './speaker.js';
import { normaliseName } from './tokens.js';

const singular = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
const wordsOf = (text: string): string[] => normaliseName(text).split(' ').filter(Boolean).map(singular);

function scoreSpeaker(speaker: Speaker, query: string, queryWords: readonly string[]): number {
  const key = speaker.id.startsWith('org:') ? speaker.id.slice(4) : null;
  if (key !== null) {
    const capitalised = query.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
    if (query.trim().toUpperCase() === key || (capitalised.length > 1 && organisationKey(capitalised) === key)) return 3;
  }
  let best = 0;
  for (const form of [speaker.name, ...speaker.aliases]) {
    const formWords = wordsOf(form);
    if (formWords.join(' ') === queryWords.join(' ')) return 3;
    if (queryWords.every((word) => formWords.includes(word))) best = 2;
  }
  return best;
}

/**
 * The speakers a name or role refers to: an exact name, alias or acronym first ("Beppe Sala", "ICE",
 * "Immigration and Customs Enforcement"), else every speaker whose name or alias contains all its words ("Sala",
 * "interior minister", "officials"). Empty when nobody matches.
 */
export function matchSpeakers(speakers: readonly Speaker[], query: string): Speaker[] {
  const queryWords = wordsOf(query);
  if (queryWords.length === 0) return [];
  const scored = speakers.map((speaker) => ({ speaker, score: scoreSpeaker(speaker, query, queryWords) }));
  const top = Math.max(0, ...scored.map(({ score }) => score));
  return top === 0 ? [] : scored.filter(({ score }) => score === top).map(({ speaker }) => speaker);
}
