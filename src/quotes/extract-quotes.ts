import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { findMentions } from './find-mentions.js';
import { findSpeaker, type MaskedSentence, type ResolvedMention } from './find-speaker.js';
import type { Mention } from './mention.js';
import { FINITE_CUE, INVERTED_VERB, QUOTATION } from './speech-cues.js';

/** A quotation or statement found in an article, before its speaker is matched across the story. */
export interface ExtractedQuote {
  /** The mention as written where the quote is ("he", "Milan’s mayor, Beppe Sala"). */
  readonly asWritten: Mention;
  /** Who the mention stands for (a name or role, never a pronoun). */
  readonly referent: Mention;
  readonly kind: 'direct' | 'attributed';
  readonly articleId: string;
  readonly passageId: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** What an article yields: its quotes, and every name, role and organisation it mentions (for aliases). */
export interface ArticleQuotes {
  readonly quotes: ExtractedQuote[];
  readonly mentions: Mention[];
}

const isHuman = (mention: Mention): boolean => mention.kind === 'person' || mention.kind === 'role';
const MIN_QUOTED_WORDS = 3;

/** Tracks who "he", "she" and "the agency" can point back to, in reading order through an article. */
class Antecedents {
  private lastPerson: Mention | null = null;
  private lastOrganisation: Mention | null = null;
  lastOrganisationSpeaker: Mention | null = null;

  /** Resolves the sentence's mentions in order, updating what later pointers refer to. */
  resolve(speakers: readonly Mention[], organisations: readonly Mention[]): { resolved: ResolvedMention[]; personBefore: (at: number) => Mention | null } {
    const timeline: { at: number; person: Mention | null }[] = [{ at: -1, person: this.lastPerson }];
    const resolved: ResolvedMention[] = [];
    const events = [...speakers.map((mention) => ({ mention, speaker: true })), ...organisations.map((mention) => ({ mention, speaker: false }))]
      .sort((a, b) => a.mention.start - b.mention.start);
    for (const { mention, speaker } of events) {
      if (mention.kind === 'organisation') this.lastOrganisation = mention;
      if (!speaker) continue;
      let referent: Mention | null = mention;
      if (mention.kind === 'pronoun') referent = this.lastPerson;
      if (mention.kind === 'anaphor') referent = this.lastOrganisationSpeaker ?? this.lastOrganisation;
      if (referent === null) continue;
      if (isHuman(referent)) {
        this.lastPerson = referent;
        timeline.push({ at: mention.start, person: referent });
      }
      resolved.push({ mention, referent });
    }
    const personBefore = (at: number): Mention | null => timeline.filter((entry) => entry.at < at).at(-1)?.person ?? null;
    return { resolved, personBefore };
  }
}

function quotationsIn(body: string, start: number, end: number): { start: number; end: number; open: number; close: number }[] {
  const sentence = body.slice(start, end);
  QUOTATION.lastIndex = 0;
  return [...sentence.matchAll(QUOTATION)].map((match) => {
    const open = start + match.index;
    const close = open + match[0].length;
    let innerStart = open + 1;
    let innerEnd = close - 1;
    while (innerStart < innerEnd && /\s/u.test(body[innerStart]!)) innerStart += 1;
    while (innerEnd > innerStart && /[\s,;:]/u.test(body[innerEnd - 1]!)) innerEnd -= 1;
    return { start: innerStart, end: innerEnd, open, close };
  });
}

/** The speaker named right next to a quotation: "“…,” Sala told reporters", "“…,” said Sala", "Sala said: “…”". */
function adjacentSpeaker(body: string, quote: { open: number; close: number }, mentions: readonly ResolvedMention[]): ResolvedMention | null {
  const after = mentions.find(({ mention }) => mention.start >= quote.close);
  if (after !== undefined) {
    const gap = body.slice(quote.close, after.mention.start);
    FINITE_CUE.lastIndex = 0;
    const verbFollows = FINITE_CUE.exec(body.slice(after.mention.end, after.mention.end + 30))?.index === 1;
    if (INVERTED_VERB.test(gap) && (/\p{L}/u.test(gap) || verbFollows)) return after;
  }
  const before = mentions.filter(({ mention }) => mention.end <= quote.open).at(-1);
  if (before !== undefined && /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}+[^“"«]{0,60}[:,]\s*$/u.test(body.slice(before.mention.end, quote.open))) {
    FINITE_CUE.lastIndex = 0;
    if (FINITE_CUE.test(body.slice(before.mention.end, quote.open))) return before;
  }
  return null;
}

function maskQuotations(body: string, start: number, end: number, quotes: readonly { open: number; close: number }[]): MaskedSentence {
  let masked = body.slice(start, end);
  for (const quote of quotes) {
    masked = masked.slice(0, quote.open - start) + ' '.repeat(quote.close - quote.open) + masked.slice(quote.close - start);
  }
  return { start, masked };
}

/**
 * Extracts every direct quotation and attributed statement of one article, in reading order. A direct quotation
 * is the words between the marks; an attributed statement is the whole sentence that reports it, so the words
 * shown are always the article's own.
 */
export function extractQuotes(article: Article, passages: readonly Passage[], knownSurnames: ReadonlySet<string>): ArticleQuotes {
  const body = article.body;
  const antecedents = new Antecedents();
  const quotes: ExtractedQuote[] = [];
  const mentions: Mention[] = [];
  for (const passage of passages) {
    let previousSpeaker: ResolvedMention | null = null;
    for (const span of passage.sentences) {
      const place = { articleId: article.id, passageId: passage.id, paragraph: passage.paragraph };
      const { speakers, organisations } = findMentions(body, span.start, span.end, knownSurnames);
      const { resolved, personBefore } = antecedents.resolve(speakers, organisations);
      mentions.push(...speakers.filter((mention) => mention.kind !== 'pronoun' && mention.kind !== 'anaphor'), ...organisations);
      const quotations = quotationsIn(body, span.start, span.end);
      const masked = maskQuotations(body, span.start, span.end, quotations);
      const outside = resolved.filter(({ mention }) => !quotations.some((quote) => mention.start >= quote.open && mention.end <= quote.close));
      const sentenceSpeaker = findSpeaker(body, masked, outside, personBefore);
      let direct = 0;
      for (const quotation of quotations) {
        if (body.slice(quotation.start, quotation.end).split(/\s+/u).length < MIN_QUOTED_WORDS) continue;
        const speaker: ResolvedMention | null = adjacentSpeaker(body, quotation, outside) ?? sentenceSpeaker ?? previousSpeaker;
        if (speaker === null) continue;
        quotes.push({ asWritten: speaker.mention, referent: speaker.referent, kind: 'direct', ...place, start: quotation.start, end: quotation.end });
        previousSpeaker = speaker;
        direct += 1;
      }
      if (direct === 0 && sentenceSpeaker !== null) {
        quotes.push({ asWritten: sentenceSpeaker.mention, referent: sentenceSpeaker.referent, kind: 'attributed', ...place, start: span.start, end: span.end });
        previousSpeaker = sentenceSpeaker;
      }
      const latest: ExtractedQuote | undefined = quotes.at(-1);
      if (latest !== undefined && latest.start >= span.start && latest.referent.kind === 'organisation') {
        antecedents.lastOrganisationSpeaker = latest.referent;
      }
    }
  }
  return { quotes, mentions };
}
