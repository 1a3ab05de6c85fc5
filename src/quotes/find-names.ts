import {
  COUNTRY_ACRONYMS, FUNCTION_WORDS, HONORIFICS, NON_ACRONYMS, NON_PERSON_WORDS, ORGANISATION_WORDS, ROLE_MODIFIERS,
} from './lexicon.js';
import type { Mention } from './mention.js';
import { roleNounAt } from './find-roles.js';
import type { Token } from './tokens.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'the']);
// Organisations usually written as one ordinary word; any other single word needs to be an acronym.
const SINGLE_WORD_ORGANISATIONS = new Set(['Reuters', 'Parliament', 'Congress', 'Senate', 'Interpol', 'Europol', 'Bloomberg']);
const NAME_PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'van', 'von', 'der', 'du', 'dos', 'le', 'la', 'bin']);

const isConnector = (token: Token): boolean => CONNECTORS.has(token.word) || NAME_PARTICLES.has(token.word);
const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.word);
const isAcronym = (word: string): boolean => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(word) && !NON_ACRONYMS.has(word);
const spaceBetween = (text: string, left: Token, right: Token): boolean =>
  !left.possessive && /^[ \t\u00a0]+$/u.test(text.slice(left.end, right.start));

/** Runs of capitalised words, with inner connectors ("Department of Homeland Security"); a possessive ends a run. */
function capitalisedRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index]!;
    if (!isCapitalised(first)) {
      index += 1;
      continue;
    }
    const run = [first];
    let next = index + 1;
    while (next < tokens.length) {
      const last = run.at(-1)!;
      const candidate = tokens[next]!;
      if (!spaceBetween(text, last, candidate)) break;
      if (isCapitalised(candidate)) {
        run.push(candidate);
        next += 1;
        continue;
      }
      // Up to two connectors may join capitalised words: "Department of State", "CNN and the Associated Press".
      let look = next;
      while (look < tokens.length && look - next < 2 && isConnector(tokens[look]!) && (look === next || spaceBetween(text, tokens[look - 1]!, tokens[look]!))) look += 1;
      const after = tokens[look];
      if (look === next || after === undefined || !isCapitalised(after) || !spaceBetween(text, tokens[look - 1]!, after)) break;
      run.push(...tokens.slice(next, look + 1));
      next = look + 1;
    }
    runs.push(run);
    index = next;
  }
  return runs;
}

/** The acronym form of an organisation name: "Department of Homeland Security" → "DHS". */
export function organisationKey(words: readonly string[]): string {
  const meaningful = words.filter((word, index) => !(index === 0 && COUNTRY_ACRONYMS.has(word)) && /^\p{Lu}/u.test(word));
  if (meaningful.length === 1 && isAcronym(meaningful[0]!)) return meaningful[0]!.replace(/\./gu, '');
  return meaningful.map((word) => word[0]).join('');
}

function isOrganisationRun(words: readonly string[]): boolean {
  if (words.length === 1) return SINGLE_WORD_ORGANISATIONS.has(words[0]!) || (isAcronym(words[0]!) && !COUNTRY_ACRONYMS.has(words[0]!));
  return words.some((word) => ORGANISATION_WORDS.has(word) || (isAcronym(word) && !COUNTRY_ACRONYMS.has(word)));
}

/** How many leading tokens form a title such as "Prime Minister" or "Mayor" (0 when none). */
function leadingTitleLength(tokens: readonly Token[]): number {
  let length = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const nounLength = roleNounAt(tokens, index)?.length ?? 0;
    if (nounLength > 0) {
      index += nounLength - 1;
      length = index + 1;
    } else if (!ROLE_MODIFIERS.has(tokens[index]!.word.toLowerCase())) break;
  }
  return length;
}

function classifyRun(text: string, run: Token[], knownSurnames: ReadonlySet<string>): Mention | null {
  let tokens = run;
  let titled = false;
  // Sentence openers, honorifics and titles ("Mayor", "Prime Minister") are not part of the name itself.
  for (;;) {
    const word = tokens[0]?.word;
    if (word === undefined) break;
    if (HONORIFICS.has(word)) titled = true;
    else if (!FUNCTION_WORDS.has(word) && !CONNECTORS.has(word.toLowerCase())) {
      const titleLength = leadingTitleLength(tokens);
      if (titleLength === 0) break;
      titled = true;
      tokens = tokens.slice(titleLength);
      continue;
    }
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  const words = tokens.map((token) => token.word);
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  const written = text.slice(start, end);
  const andAt = words.indexOf('and');
  if (andAt > 0 && isOrganisationRun(words.slice(0, andAt)) && isOrganisationRun(words.slice(andAt + 1))) {
    const key = `${organisationKey(words.slice(0, andAt))}+${organisationKey(words.slice(andAt + 1).filter((word) => word !== 'the'))}`;
    return { kind: 'organisation', start, end, text: written, organisation: key };
  }
  if (isOrganisationRun(words)) {
    if (words.length === 1 && COUNTRY_ACRONYMS.has(words[0]!)) return null;
    return { kind: 'organisation', start, end, text: written, organisation: organisationKey(words) };
  }
  if (words.some((word) => NON_PERSON_WORDS.has(word) || CONNECTORS.has(word))) return null;
  if (words.some((word) => /^\p{Lu}+$/u.test(word))) return null;
  const name = words.join(' ');
  if (words.length >= 2 && words.length <= 4) return { kind: 'person', start, end, text: written, name };
  if (words.length === 1 && (titled || knownSurnames.has(words[0]!))) return { kind: 'person', start, end, text: written, name };
  return null;
}

/**
 * Finds people ("Giuseppe Sala", and a bare surname when it is a known one or follows a title) and
 * organisations ("the US Department of Homeland Security", "ICE") among the tokens of a sentence.
 */
export function findNames(text: string, tokens: readonly Token[], knownSurnames: ReadonlySet<string>): Mention[] {
  return capitalisedRuns(text, tokens)
    .map((run) => classifyRun(text, run, knownSurnames))
    .filter((mention): mention is Mention => mention !== null);
}
