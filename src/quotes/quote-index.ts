import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { passagesByArticle } from '../passages/passages-by-article.js';
import { extractQuotes, type ExtractedQuote } from './extract-quotes.js';
import { findSurnames } from './find-mentions.js';
import type { Mention } from './mention.js';
import type { Quote } from './quote.js';
import type { Speaker } from './speaker.js';
import { buildSpeakerRegistry, type SpeakerRegistry } from './speaker-registry.js';
import { orderArticles } from './story-order.js';

/** Every quote of the story with its resolved speaker, built once when the corpus is loaded. */
export interface QuoteIndex {
  /** All quotes in story order (articles oldest first, then reading order). */
  readonly quotes: readonly Quote[];
  /** Everyone the articles name, quoted or not, for resolving names and roles in questions and topics. */
  readonly speakers: readonly Speaker[];
  /** Quotes by speaker id, each list in story order. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  readonly registry: SpeakerRegistry;
}

/**
 * Extracts every direct quotation and attributed statement from the articles and resolves each speaker across
 * name variants and roles. Linear in the size of the corpus; `passages` are those of all the articles.
 */
export function buildQuoteIndex(articles: readonly Article[], passages: readonly Passage[]): QuoteIndex {
  const ordered = orderArticles(articles);
  const byArticle = passagesByArticle(passages);
  // A bare surname is read as a person only when some article gives the full name.
  const surnames = new Set<string>();
  for (const article of ordered) findSurnames(article.body, surnames);
  const extracted: ExtractedQuote[] = [];
  const mentions: Mention[] = [];
  for (const article of ordered) {
    const result = extractQuotes(article, byArticle.get(article.id) ?? [], surnames);
    extracted.push(...result.quotes);
    mentions.push(...result.mentions);
  }
  const registry = buildSpeakerRegistry(mentions);
  const names = new Map(registry.speakers.map((speaker) => [speaker.id, speaker.name]));
  const bodies = new Map(ordered.map((article) => [article.id, article.body]));
  const quotesBySpeaker = new Map<string, Quote[]>();
  const quotes = extracted.flatMap((found): Quote[] => {
    const id = registry.resolve(found.referent);
    if (id === null) return [];
    const quote: Quote = {
      speaker: names.get(id) ?? found.referent.text,
      speakerAsWritten: found.asWritten.text,
      text: bodies.get(found.articleId)!.slice(found.start, found.end),
      kind: found.kind,
      articleId: found.articleId,
      passageId: found.passageId,
      paragraph: found.paragraph,
      start: found.start,
      end: found.end,
    };
    const list = quotesBySpeaker.get(id);
    if (list === undefined) quotesBySpeaker.set(id, [quote]);
    else list.push(quote);
    return [quote];
  });
  return { quotes, speakers: registry.speakers, quotesBySpeaker, registry };
}
