import type { Article } from '../../corpus/article.js';
import type { Passage } from '../../passages/passage.js';

/**
 * A passage on disk: [article position, paragraph, start, end, id suffix, sentence offsets relative to start
 * as a flat start/end list]. The text is not stored: it is `body.slice(start, end)` of the stored article.
 */
export type EncodedPassage = [number, number, number, number, string, number[]];

/** Encodes passages compactly; `articles` must contain every passage's article. */
export function encodePassages(passages: readonly Passage[], articles: readonly Article[]): EncodedPassage[] {
  const positions = new Map(articles.map((article, position) => [article.id, position]));
  return passages.map((passage) => {
    const position = positions.get(passage.articleId);
    const prefix = `${passage.articleId}:`;
    if (position === undefined || !passage.id.startsWith(prefix)) {
      throw new Error(`Expected passage ${passage.id} to belong to a stored article and be named "<articleId>:…"`);
    }
    const sentences = passage.sentences.flatMap((span) => [span.start - passage.start, span.end - passage.start]);
    return [position, passage.paragraph, passage.start, passage.end, passage.id.slice(prefix.length), sentences];
  });
}

/** Rebuilds the passages written by `encodePassages`; throws when an entry does not fit its article. */
export function decodePassages(encoded: unknown, articles: readonly Article[]): Passage[] {
  if (!Array.isArray(encoded)) throw new Error('Expected the passages file to hold a JSON array');
  return encoded.map((entry: unknown, index) => {
    const [position, paragraph, start, end, suffix, flat] = Array.isArray(entry) ? entry : [];
    const article = typeof position === 'number' ? articles[position] : undefined;
    if (article === undefined || typeof paragraph !== 'number' || typeof start !== 'number' || typeof end !== 'number'
      || typeof suffix !== 'string' || !Array.isArray(flat) || end > article.body.length) {
      throw new Error(`Passage ${index} in the passages file is malformed`);
    }
    const sentences = [];
    for (let at = 0; at + 1 < flat.length; at += 2) {
      sentences.push({ start: start + (flat[at] as number), end: start + (flat[at + 1] as number) });
    }
    return {
      id: `${article.id}:${suffix}`,
      articleId: article.id,
      paragraph,
      start,
      end,
      text: article.body.slice(start, end),
      sentences,
    };
  });
}
