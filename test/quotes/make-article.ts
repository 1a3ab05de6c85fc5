import type { Article } from '../../src/corpus/article.js';
import { readCorpusJsonl } from '../../src/corpus/read-corpus-jsonl.js';

/** An article built the way a corpus.jsonl line is read, so tests follow the corpus layer's own defaults. */
export function makeArticle(fields: { id: string; body: string; title?: string; published?: string | null; source?: string | null }): Article {
  const line = JSON.stringify({ title: fields.id, ...fields });
  const { articles, problems } = readCorpusJsonl('test.jsonl', line);
  if (articles[0] === undefined) throw new Error(`Expected a valid test article, got ${problems.map((problem) => problem.message).join('; ')}`);
  return articles[0];
}
