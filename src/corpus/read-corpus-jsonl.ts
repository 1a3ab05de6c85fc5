import type { Article, CorpusProblem } from './article.js';
import { toArticle } from './article-fields.js';

/**
 * Reads a corpus.jsonl text (one article a line: id, title, body required; source, author, published, url
 * optional). A bad line is reported with its line number and the other lines still load.
 */
export function readCorpusJsonl(path: string, content: string): { articles: Article[]; problems: CorpusProblem[] } {
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const location = `${path}:${index + 1}`;
    let fields: unknown;
    try {
      fields = JSON.parse(line);
    } catch (error) {
      problems.push({ location, message: `Not valid JSON (${(error as Error).message}): fix or remove this line` });
      return;
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      problems.push({ location, message: 'Expected a JSON object with "id", "title" and "body"' });
      return;
    }
    const record = fields as Record<string, unknown>;
    if (typeof record['body'] !== 'string') {
      problems.push({ location, message: 'Expected "body" to be the article text as a string' });
      return;
    }
    if (typeof record['title'] !== 'string' || record['title'].trim() === '') {
      problems.push({ location, message: 'Expected "title" to be a non-empty string' });
      return;
    }
    const result = toArticle(record, record['body'], location, 'blank-lines');
    if ('article' in result) articles.push(result.article);
    else problems.push(...result.problems.map((message) => ({ location, message })));
  });
  return { articles, problems };
}
