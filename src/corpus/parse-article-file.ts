import { basename, extname } from 'node:path';
import { parseDocument } from 'yaml';
import type { Article, CorpusProblem } from './article.js';
import { toArticle, type RawFields } from './article-fields.js';

/** File endings read as articles; anything else in a corpus folder is skipped. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/u;
const FRONT_MATTER_CLOSE = /^---[ \t]*$/mu;

/**
 * Parses one article file: Markdown or plain text, with optional YAML front matter between `---` lines
 * (id, title, title_derived, source, author, published, url). Without front matter the id is the file name
 * and the title is the first line when it reads as a headline, else derived from the first sentence.
 */
export function parseArticleFile(path: string, content: string): { article: Article } | { problems: CorpusProblem[] } {
  const fallbackId = basename(path, extname(path));
  if (!FRONT_MATTER_OPEN.test(content)) {
    const firstLine = content.split('\n', 1)[0]?.trim() ?? '';
    const looksLikeHeadline = firstLine.length > 0 && firstLine.split(/\s+/u).length <= 20 && !/[.!?]$/u.test(firstLine);
    const fields: RawFields = looksLikeHeadline ? { title: firstLine } : {};
    return report(path, toArticle(fields, content, path, 'lines', fallbackId), 1);
  }
  const afterOpen = content.replace(FRONT_MATTER_OPEN, '');
  const close = FRONT_MATTER_CLOSE.exec(afterOpen);
  if (close === null) {
    return { problems: [{ location: `${path}:1`, message: 'Front matter opened with "---" is never closed: add a "---" line after the metadata' }] };
  }
  const yamlText = afterOpen.slice(0, close.index);
  const bodyStart = close.index + close[0].length;
  const body = afterOpen.slice(bodyStart).replace(/^\r?\n/u, '');
  const document = parseDocument(yamlText, { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        location: `${path}:${(error.linePos?.[0]?.line ?? 0) + 1}`,
        message: `Front matter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
      })),
    };
  }
  const fields: unknown = document.toJS();
  if (fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) {
    return { problems: [{ location: `${path}:2`, message: 'Front matter must be a list of "key: value" lines' }] };
  }
  const bodyLine = content.slice(0, content.length - body.length).split('\n').length;
  return report(path, toArticle((fields ?? {}) as RawFields, body, path, 'lines', fallbackId), bodyLine);
}

function report(
  path: string,
  result: ReturnType<typeof toArticle>,
  line: number,
): { article: Article } | { problems: CorpusProblem[] } {
  if ('article' in result) return result;
  return { problems: result.problems.map((message) => ({ location: `${path}:${line}`, message })) };
}
