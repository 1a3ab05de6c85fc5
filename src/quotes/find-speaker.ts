import type { Mention } from './mention.js';
import {
  ACCORDING_CUE, FINITE_CUE, FROM_CUE, FROM_FOLLOWER, INTRO_OPENER, NEGATION, PARTICIPLE_CUE, PASSIVE_CUE, VIEW_CUE,
} from './speech-cues.js';

/** A mention as written, and who it stands for (itself, or the person a "he" points back to). */
export interface ResolvedMention {
  readonly mention: Mention;
  readonly referent: Mention;
}

/** A sentence with its quotations blanked out, so that words inside them are never read as reporting verbs. */
export interface MaskedSentence {
  /** Body offset of the sentence start. */
  readonly start: number;
  /** Sentence text with quoted words replaced by spaces (same length as the sentence). */
  readonly masked: string;
}

const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
// ", an experienced figure in Italian politics," between a name and its verb.
const APPOSITION = /^\s*,[^,]{1,80},\s*(?:\p{Ll}+ly\s+)?$/u;

function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

function mentionStartingAt(mentions: readonly ResolvedMention[], position: number, body: string): ResolvedMention | undefined {
  // "acknowledged by the US Department …": the article is not part of the organisation's mention.
  const skip = /^the\s+/iu.exec(body.slice(position, position + 4))?.[0].length ?? 0;
  return mentions.find(({ mention }) => mention.start === position || mention.start === position + skip);
}

/** The speaker named right after "according to", "acknowledged by" or "From … emerged". */
function findFollowingSpeaker(sentence: MaskedSentence, mentions: readonly ResolvedMention[], body: string): ResolvedMention | null {
  for (const pattern of [ACCORDING_CUE, PASSIVE_CUE]) {
    for (const match of matchesOf(pattern, sentence.masked)) {
      const found = mentionStartingAt(mentions, sentence.start + match.index + match[0].length, body);
      if (found !== undefined) return found;
    }
  }
  for (const match of matchesOf(FROM_CUE, sentence.masked)) {
    const found = mentionStartingAt(mentions, sentence.start + match.index + match[0].length, body);
    if (found !== undefined && FROM_FOLLOWER.test(body.slice(found.mention.end))) return found;
  }
  return null;
}

/** The subject of the reporting verb at `cue` (a body offset), or null when none is close enough. */
function subjectOfCue(sentence: MaskedSentence, mentions: readonly ResolvedMention[], cue: number, participle: boolean): ResolvedMention | null {
  const before = sentence.masked.slice(0, cue - sentence.start);
  const afterComma = participle && /,\s*(?:\p{Ll}+ly\s+)?$/u.test(before);
  if (afterComma) {
    // ", stressing that …" reports what the subject of the main clause said.
    const commaAt = before.indexOf(',');
    const mainStart = INTRO_OPENER.test(before) && commaAt >= 0 ? sentence.start + commaAt + 1 : sentence.start;
    const subject = mentions.find(({ mention }) => mention.start >= mainStart && mention.end <= cue);
    if (subject === undefined) return null;
    return NEGATION.test(sentence.masked.slice(subject.mention.end - sentence.start, cue - sentence.start)) ? null : subject;
  }
  const candidates = mentions.filter(({ mention }) => mention.end <= cue);
  const nearest = candidates.at(-1);
  if (nearest === undefined) return null;
  const gap = sentence.masked.slice(nearest.mention.end - sentence.start, cue - sentence.start);
  if (NEGATION.test(gap)) return null;
  return countWords(gap) <= 3 || APPOSITION.test(gap) ? nearest : null;
}

/**
 * Finds who a sentence reports as speaking: the name after "according to" / "by", the subject of a reporting
 * verb ("Calenda … stated", "critics questioned", "…, stressing that"), or the person behind "in his view".
 * `personBefore` gives the person last named before a body offset, for "his".
 */
export function findSpeaker(
  body: string,
  sentence: MaskedSentence,
  mentions: readonly ResolvedMention[],
  personBefore: (position: number) => Mention | null,
): ResolvedMention | null {
  const following = findFollowingSpeaker(sentence, mentions, body);
  if (following !== null) return following;
  const cues = [
    ...matchesOf(FINITE_CUE, sentence.masked).map((match) => ({ at: sentence.start + match.index, participle: false })),
    ...matchesOf(PARTICIPLE_CUE, sentence.masked).map((match) => ({ at: sentence.start + match.index, participle: true })),
  ].sort((a, b) => a.at - b.at);
  for (const cue of cues) {
    const subject = subjectOfCue(sentence, mentions, cue.at, cue.participle);
    if (subject !== null) return subject;
  }
  for (const match of matchesOf(VIEW_CUE, sentence.masked)) {
    const at = sentence.start + match.index;
    const referent = personBefore(at);
    if (referent === null) continue;
    const pronounAt = at + match[0].search(/\b(?:his|her)\b/iu);
    const pronoun: Mention = { kind: 'pronoun', start: pronounAt, end: pronounAt + 3, text: body.slice(pronounAt, pronounAt + 3) };
    return { mention: pronoun, referent };
  }
  return null;
}
