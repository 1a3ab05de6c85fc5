import { tokenizeStems } from '../retrieval/tokenize.js';
import { acronymKey } from './known-names.js';
import { COUNTRY_NAMES } from './news-lexicon.js';

/**
 * Words that frame a question rather than name what it is about: fillers of spoken questions ("actually",
 * "so"), hedges ("likely", "perhaps"), light verbs ("get", "go", "happen", "think") and particles of phrasal
 * verbs ("blow up", "calm down").
 * An article never has to contain them to answer, so they count neither for nor against an answer.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set((
  'actually really exactly exact just also even still ever else besides anything something everything nothing ' +
  'thing things stuff kind sort lot need needs want wants please tell me give know think thinks thought ' +
  'done doing going gonna go goes went gone get gets got getting try tried trying happen happens happened happening ' +
  'take takes taking took so up down off out over there here now then whom whose s d ll re ve t can could would will ' +
  'should may might likely unlikely probably possibly perhaps maybe ' +
  'must shall much many most more'
).split(' '));

/** Words that, after a name, mean its members: "the ICE people" are ICE's agents, not people at large. */
const MEMBERS = /^(?:people|folks?|guys|lot|crowd|bunch)$/iu;

/** One term of a question, with the spellings a sentence may use for it. */
export interface QuestionTerm {
  /** The word as asked. */
  readonly word: string;
  /**
   * Each alternative is a list of stems that must all be present: the word's stem, its acronym's expansion, or
   * another name of the same country ("Italians" → "Italy").
   */
  readonly alternatives: readonly (readonly string[])[];
}

/** Looks up what the corpus spells out for an acronym key ("dhs"); null when it spells out nothing. */
export type ExpandAcronym = (key: string) => string | null;

/** The content terms of a question: its words without stop and frame words, acronyms with their expansions. */
export function questionTerms(text: string, expand: ExpandAcronym): QuestionTerm[] {
  const terms: QuestionTerm[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const after = previous;
    previous = word;
    const [stem] = tokenizeStems(word);
    if (stem === undefined || FRAME_WORDS.has(word.toLowerCase()) || seen.has(stem)) continue;
    // "the ICE people", "the DHS guys": the members of what was named, not people in general.
    if (MEMBERS.test(word) && /^\p{Lu}/u.test(after) && match.index > after.length + 1) continue;
    seen.add(stem);
    const key = acronymKey(word);
    const expansion = key === null ? null : expand(key);
    const alternatives = [[stem]];
    if (expansion !== null) alternatives.push(tokenizeStems(expansion));
    for (const name of COUNTRY_NAMES.get(word.toLowerCase()) ?? []) alternatives.push(tokenizeStems(name));
    terms.push({ word, alternatives });
  }
  return terms;
}

/** True when a set of stems holds the term under one of its spellings. */
export function holdsTerm(stems: ReadonlySet<string>, term: QuestionTerm): boolean {
  return term.alternatives.some((alternative) => alternative.length > 0 && alternative.every((stem) => stems.has(stem)));
}

/**
 * The share of a question's terms that no passage of the corpus holds under any spelling. A question about
 * "weapons" or "the hotel" in a story that never mentions either cannot be answered from it, however well the
 * rest of its words match.
 */
export function unknownShare(terms: readonly QuestionTerm[], known: (term: QuestionTerm) => boolean): number {
  if (terms.length === 0) return 0;
  let unknown = 0;
  for (const term of terms) if (!known(term)) unknown += 1;
  return unknown / terms.length;
}
