import { findNames } from './find-names.js';
import { findRoles } from './find-roles.js';
import { ORGANISATION_ANAPHORS, UTTERANCE_NOUNS } from './lexicon.js';
import type { Mention } from './mention.js';
import { tokenize, type Token } from './tokens.js';

/** The possible speakers of one sentence, and every organisation it names (for "the agency" later on). */
export interface SentenceMentions {
  /** Non-overlapping, in text order; a role and the name it introduces are one mention. */
  readonly speakers: readonly Mention[];
  readonly organisations: readonly Mention[];
}

function findPointers(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  tokens.forEach((token, index) => {
    const lower = token.word.toLowerCase();
    const next = tokens[index + 1];
    const nextLower = next?.word.toLowerCase() ?? '';
    if (lower === 'he' || lower === 'she') {
      mentions.push({ kind: 'pronoun', start: token.start, end: token.end, text: token.word });
    } else if ((lower === 'his' || lower === 'her') && next !== undefined && UTTERANCE_NOUNS.has(nextLower)) {
      mentions.push({ kind: 'pronoun', start: token.start, end: next.end, text: text.slice(token.start, next.end) });
    } else if (lower === 'the' && next !== undefined && ORGANISATION_ANAPHORS.has(nextLower) && /^\p{Ll}/u.test(next.word)) {
      mentions.push({ kind: 'anaphor', start: token.start, end: next.end, text: text.slice(token.start, next.end) });
    }
  });
  return mentions;
}

/** Joins "Mayor Sala", "former officeholder Giuseppe Conte" and "Milan’s mayor, Beppe Sala," into one person. */
function joinRolesToNames(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let index = 0; index < mentions.length; index += 1) {
    const current = mentions[index]!;
    const next = mentions[index + 1];
    if (next !== undefined && current.kind === 'role' && next.kind === 'person') {
      const gap = text.slice(current.end, next.start);
      const title = /^[ \t\u00a0]+$/u.test(gap);
      const apposition = /^,\s*$/u.test(gap) && /^\s*,/u.test(text.slice(next.end));
      if (title || apposition) {
        joined.push({ ...next, start: current.start, text: text.slice(current.start, next.end), role: current.role!, roleText: current.roleText! });
        index += 1;
        continue;
      }
    }
    if (next !== undefined && current.kind === 'person' && next.kind === 'role' && /^,\s*$/u.test(text.slice(current.end, next.start))
      && /^\s*,/u.test(text.slice(next.end))) {
      joined.push({ ...current, end: next.end, text: text.slice(current.start, next.end), role: next.role!, roleText: next.roleText! });
      index += 1;
      continue;
    }
    joined.push(current);
  }
  return joined;
}

/** Finds the people, roles, organisations and pronouns in `text[start, end)` that could be speakers. */
export function findMentions(text: string, start: number, end: number, knownSurnames: ReadonlySet<string>): SentenceMentions {
  const tokens = tokenize(text, start, end);
  const names = findNames(text, tokens, knownSurnames);
  const all = [...names, ...findRoles(text, tokens), ...findPointers(text, tokens)].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  // Keep the widest mention where two overlap ("an ICE spokesperson" over "ICE").
  const kept: Mention[] = [];
  for (const mention of all) {
    const last = kept.at(-1);
    if (last !== undefined && mention.start < last.end) continue;
    kept.push(mention);
  }
  return { speakers: joinRolesToNames(text, kept), organisations: names.filter((mention) => mention.kind === 'organisation') };
}

/** Full names ("Giuseppe Sala") found anywhere in `text`, so that a bare "Sala" elsewhere is known as a person. */
export function findSurnames(text: string, into: Set<string>): void {
  for (const mention of findNames(text, tokenize(text), new Set())) {
    if (mention.kind !== 'person' || mention.name === undefined) continue;
    const words = mention.name.split(' ');
    if (words.length >= 2) into.add(words.at(-1)!);
  }
}
