// npm run eval -- --corpus DIR|FILE.jsonl --questions FILE.jsonl [--k 10] [--out FILE.json]
// Ingests the corpus into its own cache folder (never the bot's index), answers every question in its thread,
// prints the metrics of the eval format and optionally writes every result.
import 'dotenv/config';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.js';
import { parseEvalQuestions } from '../src/eval/eval-questions.js';
import { runEval } from '../src/eval/run-eval.js';
import { createEmbeddings } from '../src/index/index.js';
import { openStory } from '../src/story/open-story.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' }, questions: { type: 'string' }, k: { type: 'string', default: '10' },
      out: { type: 'string' }, data: { type: 'string' },
    },
  });
  if (values.corpus === undefined || values.questions === undefined) {
    throw new Error('Usage: npm run eval -- --corpus DIR|FILE.jsonl --questions FILE.jsonl [--k 10] [--out FILE.json]');
  }
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1) throw new Error(`--k must be a whole number of at least 1, got "${values.k}"`);
  const started = performance.now();
  const config = loadConfig(process.env);
  const { embeddings, id } = createEmbeddings(config.embedder);
  const cacheKey = createHash('sha256').update(resolve(values.corpus)).digest('hex').slice(0, 12);
  const dataDir = values.data ?? join(config.dataDir, 'eval', cacheKey);
  const story = await openStory({ corpusPath: values.corpus, dataDir, embeddings, embedderId: id, semantic: config.embedder.kind !== 'local' });
  const questions = parseEvalQuestions(values.questions, await readFile(values.questions, 'utf8'));
  const { metrics, results } = await runEval(story.engine, questions, Math.max(k, 10), (done, total) => {
    if (process.stderr.isTTY && (done % 200 === 0 || done === total)) process.stderr.write(`\ranswered ${done}/${total}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const seconds = (performance.now() - started) / 1000;
  const percent = (value: number): string => value.toFixed(3);
  console.log(`Corpus ${values.corpus}: ${story.articles.length} articles, ${story.passages.length} passages (embedder ${id})`);
  console.log(`Questions ${values.questions}: ${metrics.questions} (${metrics.answerable} answerable, ${metrics.unanswerable} not)`);
  console.log(`Hits@1 ${percent(metrics.hitsAt1)}  Hits@4 ${percent(metrics.hitsAt4)}  Hits@10 ${percent(metrics.hitsAt10)}  MRR@10 ${percent(metrics.mrrAt10)}  Evidence recall@10 ${percent(metrics.evidenceRecallAt10)}`);
  console.log(`Answer hit ${percent(metrics.answerHit)}  Answered when answerable ${percent(metrics.answeredWhenAnswerable)}  Abstained when unanswerable ${metrics.unanswerable === 0 ? 'n/a' : percent(metrics.abstainedWhenUnanswerable)}`);
  console.log(`Whole run ${seconds.toFixed(1)} s (index build included)`);
  if (values.out !== undefined) {
    await writeFile(values.out, `${JSON.stringify({ metrics, results: results.map((result) => ({ ...result, retrieved: result.retrieved.slice(0, Math.max(k, 10)) })) }, null, 1)}\n`);
    console.log(`Results written to ${values.out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
