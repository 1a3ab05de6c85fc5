import { createHash } from 'node:crypto';
import type { Article } from '../../corpus/article.js';
import { PASSAGE_VERSION } from '../../passages/build-passages.js';

/**
 * Version of how passages are cut (owned by src/passages), so that existing indexes are reported stale instead
 * of serving passages the current code would not build.
 */
export const PASSAGE_BUILD_VERSION = `passages-v${PASSAGE_VERSION}`;

/** sha256 over the passage-building version and every article's id, metadata and body, in corpus order. */
export function fingerprintCorpus(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  hash.update(`${PASSAGE_BUILD_VERSION}\n`);
  for (const article of articles) {
    // JSON of a fixed field list: unambiguous separators, and `origin` (a file path) is left out on purpose so
    // that moving the corpus folder does not force a rebuild.
    hash.update(JSON.stringify([
      article.id, article.title, article.titleDerived, article.source, article.author, article.published, article.url,
      article.layout, article.body,
    ]));
    hash.update('\n');
  }
  return hash.digest('hex');
}
