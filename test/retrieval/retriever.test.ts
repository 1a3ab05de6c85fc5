import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import type { Passage } from '../../src/passages/passage.js';
import { buildLexicalIndex, decodeLexicalIndex, encodeLexicalIndex, type LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { HybridRetriever } from '../../src/retrieval/retriever.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

let articles: readonly Article[];
let passages: Passage[];
let lexical: LexicalIndex;
let retriever: HybridRetriever;

beforeAll(async () => {
  ({ articles } = await loadCorpus(SEED_CORPUS));
  passages = articles.flatMap((article) => buildPassages(article));
  lexical = buildLexicalIndex(articles, passages);
  retriever = new HybridRetriever(articles, passages, lexical);
});

const ranking = (engine: HybridRetriever, question: string): string[] =>
  engine.retrieve({ text: question }, 10).map((item) => item.passage.id);

describe('HybridRetriever on the seed story', () => {
  it('ranks the interior minister\'s statement first for "What did the interior minister say?"', () => {
    const [top] = retriever.retrieve({ text: 'What did the interior minister say?' }, 10);
    expect(top?.passage.text).toContain('would not be allowed to operate on Italian soil');
    expect(top?.article.id).toBe(top?.passage.articleId);
  });

  it('ranks the RTL 102.5 interview in the top 2 for "Where did Sala give his interview?"', () => {
    const top = retriever.retrieve({ text: 'Where did Sala give his interview?' }, 10);
    expect(top.slice(0, 2).some((item) => item.passage.text.includes('RTL 102.5'))).toBe(true);
  });

  it('returns at most k passages, best first, without duplicates', () => {
    const top = retriever.retrieve({ text: 'ICE agents Winter Olympics Milan' }, 5);
    expect(top).toHaveLength(5);
    expect(new Set(top.map((item) => item.passage.id)).size).toBe(5);
    for (let index = 1; index < top.length; index += 1) expect(top[index - 1]!.score).toBeGreaterThanOrEqual(top[index]!.score);
  });
});

describe('lexical index encoding', () => {
  it('ranks identically after an encode → decode round trip', () => {
    const decoded = new HybridRetriever(articles, passages, decodeLexicalIndex(encodeLexicalIndex(lexical)));
    for (const question of ['What did the interior minister say?', 'Where did Sala give his interview?', 'Who is Carlo Calenda?', 'When do the Games open?']) {
      const before = retriever.retrieve({ text: question }, 10);
      const after = decoded.retrieve({ text: question }, 10);
      expect(after.map((item) => item.passage.id)).toEqual(before.map((item) => item.passage.id));
      expect(after.map((item) => item.score)).toEqual(before.map((item) => item.score));
    }
  });

  it('throws on damaged bytes instead of returning a broken index', () => {
    const bytes = encodeLexicalIndex(lexical);
    expect(() => decodeLexicalIndex(bytes.slice(0, Math.floor(bytes.length / 2)))).toThrow(RangeError);
    expect(() => decodeLexicalIndex(new Uint8Array([1, 2]))).toThrow(RangeError);
    const scrambled = bytes.slice();
    scrambled.set(new TextEncoder().encode('XXXXXXXXXX'), 4);
    expect(() => decodeLexicalIndex(scrambled)).toThrow(RangeError);
  });
});

describe('HybridRetriever on named people', () => {
  it('puts the passage naming Carlo Calenda first for "Who is Carlo Calenda?"', () => {
    const [first] = ranking(retriever, 'Who is Carlo Calenda?');
    expect(passages.find((passage) => passage.id === first)?.text).toContain('Carlo Calenda');
  });
});
