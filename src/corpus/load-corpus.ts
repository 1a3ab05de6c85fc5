import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { StoryError } from '../errors.js';
import type { Article, CorpusProblem, LoadedCorpus } from './article.js';
import { ARTICLE_EXTENSIONS, parseArticleFile } from './parse-article-file.js';
import { readCorpusJsonl } from './read-corpus-jsonl.js';

async function listArticleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .filter((entry) => !entry.name.startsWith('.') && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Loads a corpus from a folder of article files (plus any `*.jsonl` in it) or from one corpus.jsonl file.
 * Malformed articles are reported in `problems`; duplicate ids keep the first article.
 */
export async function loadCorpus(path: string): Promise<LoadedCorpus> {
  const info = await stat(path).catch(() => null);
  if (info === null) {
    throw new StoryError('corpus_not_found', `No corpus at ${path}: pass a folder of articles or a corpus.jsonl file (--corpus)`);
  }
  const articles: Article[] = [];
  const problems: CorpusProblem[] = [];
  const files = info.isDirectory() ? await listArticleFiles(path) : [path];
  const jsonlFiles = info.isDirectory()
    ? (await readdir(path)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(path, name))
    : [];
  for (const file of [...files, ...jsonlFiles]) {
    const content = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '');
    if (file.endsWith('.jsonl')) {
      const result = readCorpusJsonl(file, content);
      articles.push(...result.articles);
      problems.push(...result.problems);
      continue;
    }
    const result = parseArticleFile(file, content);
    if ('article' in result) articles.push(result.article);
    else problems.push(...result.problems);
  }
  const seen = new Set<string>();
  const unique = articles.filter((article) => {
    if (!seen.has(article.id)) return seen.add(article.id);
    problems.push({ location: article.origin, message: `Duplicate article id "${article.id}": give this article another id` });
    return false;
  });
  return { articles: unique, problems };
}
