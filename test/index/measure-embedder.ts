// Measures the local hashing embedder, dense retrieval only, on a corpus.jsonl + questions.jsonl pair:
//   npx tsx test/index/measure-embedder.ts DATASET_DIR [--sample N] [--variants JSON]
// Exact (brute-force) search, so the figures are the embedder's, not the ANN index's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import { LocalHashingEmbeddings, type LocalHashingEmbeddingsOptions } from '../../src/index/embeddings/local-hashing-embeddings.js';

interface Question { readonly question: string; readonly answerable: boolean; readonly expect: readonly string[] }

const squeeze = (text: string): string => text.replace(/\s+/gu, '');
const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

const dataset = process.argv[2] ?? '';
const sample = Number(argument('--sample') ?? 'Infinity');
const variants = JSON.parse(argument('--variants') ?? '[{}]') as LocalHashingEmbeddingsOptions[];

const { articles } = await loadCorpus(join(dataset, 'corpus.jsonl'));
const passages = articles.flatMap((article) => buildPassages(article));
const squeezedPassages = passages.map((passage) => squeeze(passage.text));
const allQuestions = (await readFile(join(dataset, 'questions.jsonl'), 'utf8')).split('\n').filter(Boolean)
  .map((line) => JSON.parse(line) as Question).filter((question) => question.answerable && question.expect.length > 0);
// Every k-th question rather than the first N, so a subsample spans all articles.
const step = Math.max(1, Math.floor(allQuestions.length / Math.min(sample, allQuestions.length)));
const questions = allQuestions.filter((_, index) => index % step === 0).slice(0, sample);
const relevant = questions.map((question) => {
  const wanted = question.expect.map(squeeze);
  return new Set(squeezedPassages.flatMap((text, index) => (wanted.some((want) => text.includes(want)) ? [index] : [])));
});

for (const variant of variants) {
  const embeddings = new LocalHashingEmbeddings(variant);
  const dimensions = embeddings.options.dimensions;
  const started = performance.now();
  const matrix = new Float32Array(passages.length * dimensions);
  passages.forEach((passage, index) => matrix.set(embeddings.embedText(passage.text), index * dimensions));
  const passageSeconds = (performance.now() - started) / 1000;
  let hits1 = 0, hits4 = 0, hits10 = 0, reciprocal = 0;
  const queryStarted = performance.now();
  questions.forEach((question, questionIndex) => {
    const query = embeddings.embedText(question.question);
    const scores = new Float32Array(passages.length);
    for (let row = 0; row < passages.length; row += 1) {
      let dot = 0;
      const offset = row * dimensions;
      for (let column = 0; column < dimensions; column += 1) dot += (matrix[offset + column] ?? 0) * (query[column] ?? 0);
      scores[row] = dot;
    }
    const top = Array.from(scores.keys()).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0)).slice(0, 10);
    const rank = top.findIndex((index) => relevant[questionIndex]?.has(index));
    if (rank === 0) hits1 += 1;
    if (rank >= 0 && rank < 4) hits4 += 1;
    if (rank >= 0) { hits10 += 1; reciprocal += 1 / (rank + 1); }
  });
  const querySeconds = (performance.now() - queryStarted) / 1000;
  const n = questions.length;
  console.log([
    embeddings.id.padEnd(44),
    `H@1 ${(hits1 / n).toFixed(3)}`, `H@4 ${(hits4 / n).toFixed(3)}`, `H@10 ${(hits10 / n).toFixed(3)}`,
    `MRR@10 ${(reciprocal / n).toFixed(3)}`, `${Math.round(passages.length / passageSeconds)} passages/s`,
    `queries+scan ${querySeconds.toFixed(1)} s`, `(${n} questions, ${passages.length} passages)`,
  ].join('  '));
}
