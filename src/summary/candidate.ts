import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { countTerms, inverseDocumentFrequency, toVector, type TermCounts, type TermVector } from './terms.js';

/** A sentence that could become a bullet, with where it stands and what it is about. */
export interface Candidate {
  readonly articleId: string;
  /** Position of the article in story order (0 = oldest). */
  readonly articleRank: number;
  readonly passageId: string;
  /** Position of the sentence among the article's text sentences (0 = first). */
  readonly position: number;
  /** Offsets of the (cleaned) sentence in the article body. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly counts: TermCounts;
  vector: TermVector;
}

// A leading connective reads oddly out of context; dropping it keeps the rest verbatim.
const LEADING_CONNECTIVE = /^(?:Notably|However|Meanwhile|Yet|Still|Also|Moreover|Furthermore|Indeed|Nonetheless|Nevertheless|Separately|Additionally|In addition|But|And|So|Now),?\s+(?=[\p{Lu}\d“"])/u;
// Lines that are page furniture rather than reporting, common in scraped news.
const JUNK = /^(?:By\s|Scroll down|Click here|Read more|Follow\s|Sign up|Subscribe|Share this|Photo:|Image:|Video:|Watch:|Advertisement|Last updated|Published:|Updated:|PUBLISHED|UPDATED)|@\w|https?:\/\//iu;

/** The sentence span without a leading connective ("Notably, Carlo Calenda …" → "Carlo Calenda …"). */
export function cleanSpan(body: string, start: number, end: number): { start: number; end: number } {
  const match = LEADING_CONNECTIVE.exec(body.slice(start, end));
  return match === null ? { start, end } : { start: start + match[0].length, end };
}

/** True when a sentence is too short, a question, or page furniture to stand as a bullet. */
export function isJunkSentence(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return words < 6 || JUNK.test(text) || /\?["”’]?$/u.test(text) || !/[.!"”’)]$/u.test(text);
}

/** Every usable sentence of the given articles (in the order given), with tf-idf vectors over that set. */
export function buildCandidates(articles: readonly Article[], passagesByArticle: ReadonlyMap<string, readonly Passage[]>): Candidate[] {
  const candidates: Candidate[] = [];
  articles.forEach((article, articleRank) => {
    let position = 0;
    for (const passage of passagesByArticle.get(article.id) ?? []) {
      for (const sentence of passage.sentences) {
        const span = cleanSpan(article.body, sentence.start, sentence.end);
        const text = article.body.slice(span.start, span.end);
        position += 1;
        if (isJunkSentence(text)) continue;
        candidates.push({ articleId: article.id, articleRank, passageId: passage.id, position: position - 1, ...span, text, counts: countTerms(text), vector: new Map() });
      }
    }
  });
  const { idf, maxIdf } = inverseDocumentFrequency(candidates.map((candidate) => candidate.counts));
  for (const candidate of candidates) candidate.vector = toVector(candidate.counts, idf, maxIdf);
  return candidates;
}
