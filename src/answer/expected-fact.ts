import { tokenizeStems } from '../retrieval/tokenize.js';
import { COUNTRY_NAMES, SENTENCE_OPENERS } from './news-lexicon.js';
import { holdsTerm, type QuestionTerm } from './question-terms.js';

/** What kind of fact a question asks for, where a sentence can be checked for it. */
export type ExpectedFact = 'number' | 'duration' | 'date' | 'name' | 'any';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight';
const DATE = new RegExp(`\\b(?:(?:${MONTHS})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})(?: \\d{4})?|${DAYS}|(?:1[89]|20)\\d\\d|\\d{1,2}:\\d{2}|(?:last|next|this) (?:week|month|year))\\b`, 'giu');
const NUMBER = /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|few|once|twice|thrice)\b/giu;
const DURATION = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)?\s*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?:\s+ago)?|\bsince\b/giu;
/** A name: capitalised words in a row ("Sala", "Beppe Sala", "Department of Homeland Security"). */
const NAME = /\b\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*/gu;
const PATTERNS: Record<Exclude<ExpectedFact, 'any'>, RegExp> = { number: NUMBER, duration: DURATION, date: DATE, name: NAME };

/** Words that say what kind of fact is asked for; the answer need not stand near them. */
const TYPE_WORDS = new Set(tokenizeStems('name names full day date time year month when number long say said tell told'));
/** How many words may stand between the fact and a word of the question for the fact to be about it. */
const NEAR = 5;
/** How far into a sentence a time may stand and still date the whole sentence ("On May 21, 2013, …"). */
const OPENING_WORDS = 3;

interface Token { readonly start: number; readonly stems: ReadonlySet<string> }

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index, stems: new Set(tokenizeStems(match[0])) }));
}

/** The terms that say what a question is about, without those that say what kind of fact it wants ("name"). */
export function topicTerms(terms: readonly QuestionTerm[]): QuestionTerm[] {
  return terms.filter((term) => !term.alternatives[0]!.every((stem) => TYPE_WORDS.has(stem)));
}

/** Terms a fact can stand near: not the question's own counts ("the two people"), which are everywhere. */
function anchorTerms(terms: readonly QuestionTerm[]): QuestionTerm[] {
  return topicTerms(terms).filter((term) => !/^\d|^(one|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(term.word));
}

/** The question's terms a fact must stand near: its own, or those of the thread when it has none. */
export function focusTerms(own: readonly QuestionTerm[], thread: readonly QuestionTerm[]): QuestionTerm[] {
  const mine = anchorTerms(own);
  return mine.length > 0 ? mine : anchorTerms(thread);
}

/**
 * The part of a capitalised run that is a name. A lone capitalised word opening a sentence may be any word
 * ("Security during the Games…"), and an opener such as "Though" or "In" is not part of the name after it; a
 * country or its people ("Italy’s interior minister") says where, not who.
 */
function nameIn(text: string, match: RegExpExecArray): RegExpExecArray | null {
  let name = match[0];
  let index = match.index;
  if (!/[\p{L}\p{N}]/u.test(text.slice(0, index))) {
    const first = /^\S+/u.exec(name)![0];
    if (!SENTENCE_OPENERS.has(first.toLowerCase()) && !/\s/u.test(name)) return null;
    if (SENTENCE_OPENERS.has(first.toLowerCase())) {
      const rest = name.slice(first.length).trimStart();
      index += name.length - rest.length;
      name = rest;
    }
  }
  const bare = name.replace(/[’']s$/u, '');
  // A lone "They" or "The" after a quote's full stop opens a sentence too.
  if (bare === '' || (!/\s/u.test(bare) && (SENTENCE_OPENERS.has(bare.toLowerCase()) || COUNTRY_NAMES.has(bare.toLowerCase())))) return null;
  return Object.assign([name], { index, input: text }) as unknown as RegExpExecArray;
}

function lastWord(name: string): string {
  return (name.toLowerCase().replace(/[’']s$/u, '').match(/[\p{L}\p{N}]+/gu) ?? ['']).at(-1)!;
}

/** Where the facts of a kind stand in `text` (character offsets), leaving out those the question already holds. */
function freshFacts(text: string, question: string, expected: Exclude<ExpectedFact, 'any'>): number[] {
  const pattern = PATTERNS[expected];
  const asked = new Set([...question.matchAll(pattern)].map((match) => match[0].toLowerCase().trim()));
  const questionWords = new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  // "How long will they stay?" asks for a span ahead; "weeks ago" or "since" answers only "how long has …".
  const ahead = expected === 'duration' && !/\bhow long (?:has|have|had)\b/iu.test(question);
  const dates = expected === 'number' ? [...text.matchAll(DATE)].map((match) => [match.index, match.index + match[0].length] as const) : [];
  return [...text.matchAll(pattern)]
    .map((match) => expected === 'name' ? nameIn(text, match) : match)
    .filter((match): match is RegExpExecArray => match !== null)
    .filter((match) => match[0].trim() !== '' && !asked.has(match[0].toLowerCase().trim()))
    // "Besides Sala, who else …?" is not answered by "Beppe Sala": a name whose last word was asked is not new.
    .filter((match) => expected !== 'name' || !questionWords.has(lastWord(match[0])))
    .filter((match) => !(ahead && /\b(?:ago|since)\b/iu.test(match[0])))
    // "February 6" is a date, not a count.
    .filter((match) => !dates.some(([start, end]) => match.index >= start && match.index < end))
    .map((match) => match.index + (match[0].length - match[0].trimStart().length));
}

/**
 * True when `sentence` holds the kind of fact the question expects, about what the question asks: the fact
 * stands within a few words of one of the question's terms, or (for a time) the sentence continues one that
 * holds them ("Focus shifts to ICE agents … Though planned weeks ago, …"). "When did the shootings happen?" is not answered
 * by "The announcement, made on Tuesday, … linked to two fatal shootings": the day belongs to the announcement.
 */
export function holdsExpectedFact(
  sentence: string, previous: string | null, question: string, expected: ExpectedFact, focus: readonly QuestionTerm[],
): boolean {
  if (expected === 'any') return true;
  const facts = freshFacts(sentence, question, expected);
  if (facts.length === 0) return false;
  if (focus.length === 0) return true;
  const words = tokens(sentence);
  const near = words.flatMap((token, index) => focus.some((term) => term.alternatives.some((alt) => alt.some((stem) => token.stems.has(stem)))) ? [index] : []);
  if (near.length === 0) {
    // Only a time carries over from the sentence before; a name or a count there belongs to something else.
    if (expected !== 'date' && expected !== 'duration') return false;
    const before = previous === null ? new Set<string>() : new Set(tokenizeStems(previous));
    return focus.some((term) => holdsTerm(before, term));
  }
  return facts.some((offset) => {
    let at = words.findIndex((token) => token.start >= offset);
    if (at < 0) at = words.length - 1;
    // A time that opens the sentence ("In March 1896, …") dates all of it.
    if (at <= OPENING_WORDS && expected === 'date') return true;
    return near.some((index) => Math.abs(index - at) <= NEAR + 1);
  });
}
