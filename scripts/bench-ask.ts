// npm run bench:ask [-- --questions FILE.jsonl] [--repeat 5] [--cold-runs 5]
// How fast `npm run ask` answers on the story in corpus/: the wall time of a whole cold command (process start,
// index load, one answer) and, once loaded, the time per question over a question set, answered in its threads.
import 'dotenv/config';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs, promisify } from 'node:util';
import { describeMachine } from '../src/bench/machine.js';
import { summariseLatencies, type LatencySummary } from '../src/bench/stats.js';
import { loadConfig } from '../src/config/load-config.js';
import { parseEvalQuestions } from '../src/eval/eval-questions.js';
import { createEmbeddings } from '../src/index/index.js';
import { openStory } from '../src/story/open-story.js';

const run = promisify(execFile);

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${value}"`);
  return parsed;
}

const line = (label: string, figures: LatencySummary): string =>
  `${label}: p50 ${figures.p50.toFixed(2)} ms, p95 ${figures.p95.toFixed(2)} ms, p99 ${figures.p99.toFixed(2)} ms, max ${figures.max.toFixed(2)} ms (n ${figures.count})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: 'test/fixtures/seed-questions.jsonl' },
      repeat: { type: 'string', default: '5' }, 'cold-runs': { type: 'string', default: '5' },
    },
  });
  const repeat = positiveInteger('repeat', values.repeat);
  const coldRuns = positiveInteger('cold-runs', values['cold-runs']);
  const machine = describeMachine();
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage}`);

  // The first run may ingest; the timed runs load the saved index as a reporter's command would.
  // Through npm, as the README tells a reporter to run it: npm's own start-up is part of the wait.
  const ask = [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'ask', '--', 'What did the interior minister say?']] as const;
  await run(...ask);
  const cold: number[] = [];
  for (let index = 0; index < coldRuns; index += 1) {
    const started = performance.now();
    await run(...ask);
    cold.push(performance.now() - started);
  }
  console.log(line('Cold `npm run ask` (process start, load, one answer)', summariseLatencies(cold)));

  const config = loadConfig(process.env);
  const { embeddings, id } = createEmbeddings(config.embedder);
  const story = await openStory({
    corpusPath: config.corpusPath, dataDir: config.dataDir, embeddings, embedderId: id, semantic: config.embedder.kind !== 'local',
  });
  const questions = parseEvalQuestions(values.questions, await readFile(values.questions, 'utf8'));
  const ask1 = (question: (typeof questions)[number]) =>
    story.engine.answer(question.question, question.history.map((earlier) => ({ question: earlier, passageIds: [] })));
  for (const question of questions) await ask1(question);
  const warm: number[] = [];
  for (let round = 0; round < repeat; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      await ask1(question);
      warm.push(performance.now() - started);
    }
  }
  console.log(line(`Loaded, per question (${questions.length} questions × ${repeat})`, summariseLatencies(warm)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
