import type { Article } from './article.js';
import { splitSentences } from '../passages/split-sentences.js';

/** Raw metadata as found in front matter or a JSONL line, before validation. */
export type RawFields = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

function optionalString(fields: RawFields, key: string, problems: string[]): string | null {
  const value = fields[key];
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') {
    problems.push(`Expected "${key}" to be a string, got ${typeof value}`);
    return null;
  }
  return value.trim();
}

/** A title made from the body's first sentence, cut at a word boundary, for articles that give none. */
export function deriveTitle(body: string): string {
  const first = splitSentences(body)[0];
  const sentence = first === undefined ? '' : body.slice(first.start, first.end).replace(/\s+/gu, ' ');
  const words = sentence.split(' ');
  return words.length <= 14 ? sentence : `${words.slice(0, 12).join(' ')}…`;
}

/**
 * Validates metadata and body into an Article, or returns the problems found. `fallbackId` is used when the
 * fields have no id (a file's name).
 */
export function toArticle(
  fields: RawFields,
  body: string,
  origin: string,
  layout: Article['layout'],
  fallbackId?: string,
): { article: Article } | { problems: string[] } {
  const problems: string[] = [];
  const id = optionalString(fields, 'id', problems) ?? fallbackId ?? null;
  if (id === null) problems.push('Missing "id": every article needs a stable id');
  else if (!/^[\w.-]+$/u.test(id)) problems.push(`Expected "id" to use letters, digits, "-", "_" or "." only, got "${id}"`);
  if (body.trim() === '') problems.push('The article has no text');
  const published = optionalString(fields, 'published', problems);
  if (published !== null && !ISO_DATE.test(published)) {
    problems.push(`Expected "published" to be an ISO 8601 date such as 2026-01-27 or 2026-01-27T20:26:00+05:30, got "${published}"`);
  }
  const givenTitle = optionalString(fields, 'title', problems);
  const url = optionalString(fields, 'url', problems);
  if (url !== null && !/^https?:\/\//u.test(url)) problems.push(`Expected "url" to start with http:// or https://, got "${url}"`);
  const source = optionalString(fields, 'source', problems);
  const author = optionalString(fields, 'author', problems);
  if (problems.length > 0 || id === null) return { problems };
  const titleDerived = givenTitle === null || fields['title_derived'] === true || fields['titleDerived'] === true;
  return {
    article: {
      id,
      title: givenTitle ?? deriveTitle(body),
      titleDerived,
      source,
      author,
      published,
      url,
      body,
      layout,
      origin,
    },
  };
}
