import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildAcronymTable, encodeAcronymTable } from '../answer/known-names.js';
import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { buildQuoteIndex, encodeQuoteIndex } from '../quotes/index.js';
import { buildLexicalIndex, encodeLexicalIndex } from '../retrieval/lexical-index.js';

/** What an ingest saves beside the vectors, in the same atomic write, by name: the lexical and quote indexes, the acronyms. */
export const EXTRA_BUILDERS = {
  acronyms: (articles: readonly Article[]) => encodeAcronymTable(buildAcronymTable(articles)),
  lexical: (articles: readonly Article[], passages: readonly Passage[]) => encodeLexicalIndex(buildLexicalIndex(articles, passages)),
  quotes: (articles: readonly Article[], passages: readonly Passage[]) => encodeQuoteIndex(buildQuoteIndex(articles, passages), articles, passages),
} as const;

/** From this many passages the quote index is built in a child process, on another core, while this one embeds. */
export const QUOTES_IN_CHILD_FROM_PASSAGES = 20_000;

/** Where the extras are built. */
export interface BuildExtrasOptions {
  /** Build the quote index in a child process from this many passages on. Default `QUOTES_IN_CHILD_FROM_PASSAGES`. */
  readonly quotesInChildFromPassages?: number;
  /** Told when the child fails and the quote index is built in this process instead. */
  readonly logger?: { warn(message: string): void };
}

const CHILD = fileURLToPath(new URL('./build-quotes-child.ts', import.meta.url));

/**
 * Builds every extra of `EXTRA_BUILDERS` (ingest's `buildExtras`). On large corpora the quote index (15 s at
 * 100k passages) is built in a child process while this one builds the lexical index and embeds; when the child
 * cannot run, the quote index is built here instead. The bytes are the same either way.
 */
export async function buildExtras(
  articles: readonly Article[], passages: readonly Passage[], options: BuildExtrasOptions = {},
): Promise<Record<string, unknown>> {
  let quotes: Promise<Uint8Array> | null = null;
  if (passages.length >= (options.quotesInChildFromPassages ?? QUOTES_IN_CHILD_FROM_PASSAGES)) {
    const child = startChild(articles, passages);
    // The articles must be through the pipe before this process turns to the lexical index and the
    // embeddings: a busy event loop writes nothing more to it.
    quotes = child.sent.then(() => child.bytes).catch((error: unknown) => {
      options.logger?.warn(`Building the quote index in this process: its child process failed (${(error as Error).message})`);
      return EXTRA_BUILDERS.quotes(articles, passages);
    });
    await child.sent.catch(() => {});
  }
  const lexical = EXTRA_BUILDERS.lexical(articles, passages);
  const acronyms = EXTRA_BUILDERS.acronyms(articles);
  return { lexical, acronyms, quotes: (await quotes) ?? EXTRA_BUILDERS.quotes(articles, passages) };
}

function startChild(articles: readonly Article[], passages: readonly Passage[]): { sent: Promise<void>; bytes: Promise<Uint8Array> } {
  let child: ReturnType<typeof fork>;
  try {
    child = fork(CHILD, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  } catch (error) {
    const failed = Promise.reject(error as Error);
    failed.catch(() => {});
    return { sent: failed, bytes: failed };
  }
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    child.once('message', (message) => (message instanceof Uint8Array ? resolve(message) : reject(new Error('Expected the quote index bytes from the child'))));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The quote index child exited with code ${code}`)));
  });
  bytes.catch(() => {});
  const sent = new Promise<void>((resolve, reject) => {
    child.send({ articles, passages }, (error) => (error === null ? resolve() : reject(error)));
  });
  return { sent, bytes };
}
