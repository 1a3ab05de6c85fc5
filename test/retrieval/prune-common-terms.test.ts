import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';
import { generateQuestions } from '../../src/bench/generate-questions.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import { buildLexicalIndex } from '../../src/retrieval/lexical-index.js';
import { HybridRetriever, LOCAL_FUSION_WEIGHTS } from '../../src/retrieval/retriever.js';

// A generated news story at the size where pruning starts: common words ("police", "minister") fill thousands
// of passages.
const corpus = generateCorpus(20_000);
const passages = corpus.articles.flatMap((article) => buildPassages(article));
const questions = [
  ...generateQuestions(corpus.world, corpus.articles, 100),
  'people', 'government police', 'What did the minister say about the people?',
];
let exhaustive: HybridRetriever;
let pruned: HybridRetriever;

beforeAll(() => {
  const lexical = buildLexicalIndex(corpus.articles, passages);
  exhaustive = new HybridRetriever(corpus.articles, passages, lexical, LOCAL_FUSION_WEIGHTS, { pruneFromPassages: Infinity });
  pruned = new HybridRetriever(corpus.articles, passages, lexical);
});

describe('pruning common terms on large corpora', () => {
  it('finds the same top passage as the full computation, and nearly the same top 10', () => {
    expect(passages.length).toBeGreaterThanOrEqual(20_000);
    let shared = 0;
    for (const question of questions) {
      const full = exhaustive.retrieve({ text: question }, 10);
      const fast = pruned.retrieve({ text: question }, 10);
      expect(fast[0]?.passage.id, question).toBe(full[0]?.passage.id);
      const fullPositions = new Set(full.map((item) => item.position));
      shared += fast.filter((item) => fullPositions.has(item.position)).length;
      expect(fast.map((item) => item.score)).toEqual([...fast.map((item) => item.score)].sort((a, b) => b - a));
    }
    expect(shared / (questions.length * 10)).toBeGreaterThanOrEqual(0.99);
  });

  it('still finds vector matches and thread boosts that no question word reaches', () => {
    const far = passages.length - 1;
    const [top] = pruned.retrieve({ text: 'police minister people', boostPositions: new Map([[far, 10]]), vectorMatches: new Map([[far - 1, 0.9]]) }, 5);
    expect(top?.position).toBe(far);
    const again = exhaustive.retrieve({ text: 'police minister people', boostPositions: new Map([[far, 10]]) }, 5);
    expect(again[0]?.position).toBe(far);
  });
});
