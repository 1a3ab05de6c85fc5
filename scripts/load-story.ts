import { loadCorpus } from '../src/corpus/load-corpus.js';
import { StoryError } from '../src/errors.js';
import { buildPassages } from '../src/passages/build-passages.js';
import { buildQuoteIndex } from '../src/quotes/index.js';
import type { SummaryContext } from '../src/summary/index.js';

/** The options every story script takes, beside its own: `parseArgs({ options: { ...own, ...STORY_OPTIONS } })`. */
export const STORY_OPTIONS = {
  corpus: { type: 'string', default: 'corpus' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Loads a corpus folder or corpus.jsonl and builds what summaries and quotes need (no vector index). */
export async function loadStory(path: string): Promise<SummaryContext> {
  const { articles, problems } = await loadCorpus(path);
  for (const problem of problems) process.stderr.write(`Skipped ${problem.location}: ${problem.message}\n`);
  if (articles.length === 0) throw new StoryError('corpus_empty', `No articles could be read from ${path}: add article files or fix the problems above`);
  const passages = articles.flatMap((article) => buildPassages(article));
  return { articles, passages, quoteIndex: buildQuoteIndex(articles, passages) };
}

/** Prints a StoryError's message (it says what to do) and exits non-zero; anything else is rethrown. */
export function exitOnStoryError(error: unknown): never {
  if (error instanceof StoryError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
