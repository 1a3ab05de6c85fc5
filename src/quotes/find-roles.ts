import { COUNTRY_ACRONYMS, DETERMINERS, FUNCTION_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.js';
import type { Mention } from './mention.js';
import type { Token } from './tokens.js';

/** A role noun found at a token: its singular form, whether it was plural, and how many tokens it spans. */
export interface RoleNoun {
  readonly singular: string;
  readonly plural: boolean;
  readonly length: number;
}

const SINGULAR = new Map<string, string>();
const PLURAL = new Map<string, string>();
for (const [singular, plural] of ROLE_NOUNS) {
  SINGULAR.set(singular, singular);
  PLURAL.set(plural, singular);
}

/** The role noun starting at `tokens[index]` ("mayor", "officials", "members of parliament"), or null. */
export function roleNounAt(tokens: readonly Token[], index: number): RoleNoun | null {
  const word = tokens[index]?.word.toLowerCase();
  if (word === undefined) return null;
  const second = tokens[index + 1]?.word.toLowerCase();
  const third = tokens[index + 2]?.word.toLowerCase();
  // "members of parliament" and "parliament members" are one role.
  if ((word === 'member' || word === 'members') && second === 'of' && (third === 'parliament' || third === 'congress')) {
    return { singular: `${third} member`, plural: word === 'members', length: 3 };
  }
  if ((word === 'parliament' || word === 'congress') && (second === 'member' || second === 'members')) {
    return { singular: `${word} member`, plural: second === 'members', length: 2 };
  }
  const singular = SINGULAR.get(word);
  if (singular !== undefined) return { singular, plural: false, length: 1 };
  const fromPlural = PLURAL.get(word);
  return fromPlural === undefined ? null : { singular: fromPlural, plural: true, length: 1 };
}

const onlySpaces = (text: string, left: Token, right: Token): boolean => /^[ \t\u00a0]+$/u.test(text.slice(left.end, right.start));

/**
 * Finds role phrases — "Milan’s mayor", "Italy’s interior minister", "an ICE spokesperson", "US embassy
 * officials", "some members of parliament" — with a key that ignores articles and possessive marks, so the same
 * role written twice gets the same key ("mayor@milan").
 */
export function findRoles(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const noun = roleNounAt(tokens, index);
    if (noun === null) continue;
    const last = tokens[index + noun.length - 1]!;
    const following = tokens[index + noun.length];
    // A single "authority" is a power, not a speaker ("national authority").
    if (noun.singular === 'authority' && !noun.plural) continue;
    // "official statements": the word is an adjective here.
    if (noun.singular === 'official' && !noun.plural && following !== undefined && onlySpaces(text, last, following)
      && /^\p{Ll}/u.test(following.word)) continue;
    const modifiers: string[] = [];
    const places: string[] = [];
    let first = index;
    for (let back = index - 1; back >= 0 && index - back <= 4; back -= 1) {
      const token = tokens[back]!;
      if (!onlySpaces(text, token, tokens[back + 1]!)) break;
      const lower = token.word.toLowerCase();
      if (DETERMINERS.has(lower)) {
        first = back;
        break;
      }
      if (ROLE_MODIFIERS.has(lower)) modifiers.unshift(lower);
      else if (/^\p{Lu}/u.test(token.word) && !FUNCTION_WORDS.has(token.word)) {
        places.unshift(COUNTRY_ACRONYMS.has(token.word) ? 'us' : lower.replace(/\./gu, ''));
      } else break;
      first = back;
      if (token.possessive) break;
    }
    const start = tokens[first]!.start;
    const end = last.end;
    const written = text.slice(start, end);
    const role = `${[...modifiers, noun.singular].join(' ')}${places.length > 0 ? `@${places.join(' ')}` : ''}`;
    const roleText = written.replace(/^(?:the|a|an|some|several|many|other|two|three|both)\s+/iu, '');
    mentions.push({ kind: noun.plural ? 'group' : 'role', start, end, text: written, role, roleText });
    index += noun.length - 1;
  }
  return mentions;
}
