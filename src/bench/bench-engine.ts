import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoryEngine } from '../answer/story-engine.js';
import { LocalHashingEmbeddings, readManifest } from '../index/index.js';
import { decodeLexicalIndex } from '../retrieval/lexical-index.js';
import { HybridRetriever, LOCAL_FUSION_WEIGHTS } from '../retrieval/retriever.js';
import { formatAnswer } from '../slack/format/answer-message.js';
import { acronymTableFrom, openStory, quoteIndexFor } from '../story/open-story.js';
import { loadFlat } from './load-flat.js';

/** The calls whose latency the benchmark reports. */
export interface BenchEngine {
  /** Hybrid retrieval as the answer step runs it: question analysis, vector search, lexical fusion. */
  retrieve(question: string): Promise<unknown>;
  /** The full answer as the bot posts it: the engine's answer, then the Slack Block Kit message. */
  answer(question: string): Promise<unknown>;
  /** The underlying vector search, for recall against the exact top 10. */
  searchVectors(question: string): number[];
  readonly efSearch: number | null;
  /** How many answers so far abstained: latency over abstentions alone would flatter the engine. */
  readonly abstentions: () => number;
}

function wrap(engine: StoryEngine, searchVectors: (question: string) => number[], efSearch: number | null): BenchEngine {
  let abstained = 0;
  return {
    retrieve: (question) => engine.retrieve(question),
    answer: async (question) => {
      const answer = await engine.answer(question);
      if (answer.abstained) abstained += 1;
      return formatAnswer(answer);
    },
    searchVectors,
    efSearch,
    abstentions: () => abstained,
  };
}

/** Opens the product's story from a stored index exactly as the bot does (no ingest). */
export async function openProductEngine(dataDir: string, embedder: LocalHashingEmbeddings): Promise<BenchEngine> {
  const story = await openStory({ corpusPath: '', dataDir, embeddings: embedder, embedderId: embedder.id, semantic: false, ingest: 'never' });
  const index = story.vectorIndex;
  return wrap(story.engine, (question) => index.search(embedder.embedText(question), 10).map((match) => match.position),
    index.kind === 'exact' ? null : index.ef);
}

/**
 * The baseline engine: the same articles, passages, lexical index and answer code, with an exact scan in place
 * of the HNSW graph, so the two differ only in how vectors are searched and stored.
 */
export async function openBaselineEngine(indexDir: string, flatPath: string, embedder: LocalHashingEmbeddings): Promise<BenchEngine> {
  const { articles, passages, flat } = await loadFlat(indexDir, flatPath);
  const manifest = await readManifest(indexDir);
  const lexicalFile = manifest?.files.extras['lexical'];
  if (lexicalFile === undefined) throw new Error(`Expected a lexical index in ${indexDir}`);
  const lexical = decodeLexicalIndex(await readFile(join(indexDir, lexicalFile.name)));
  const quotesFile = manifest?.files.extras['quotes'];
  const quoteIndex = quoteIndexFor(quotesFile === undefined ? undefined : await readFile(join(indexDir, quotesFile.name)), articles, passages);
  const acronymsFile = manifest?.files.extras['acronyms'];
  const acronyms = acronymTableFrom(acronymsFile === undefined ? undefined : await readFile(join(indexDir, acronymsFile.name)));
  const retriever = new HybridRetriever(articles, passages, lexical, LOCAL_FUSION_WEIGHTS);
  const engine = new StoryEngine({
    articles, passages, retriever, acronyms,
    // Read on first use, as in the product.
    get quoteIndex() { return quoteIndex(); },
    searchVectors: async (text, k) =>
      new Map(flat.search(embedder.embedText(text), k).map((match) => [match.position, match.similarity])),
  });
  return wrap(engine, (question) => flat.search(embedder.embedText(question), 10).map((match) => match.position), null);
}
