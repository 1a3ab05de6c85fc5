// A fresh process that loads one index cold, measures memory, and times questions against it.
// Run by run-probe.ts: node --expose-gc --import tsx load-probe.ts <input.json>; prints one JSON line.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LocalHashingEmbeddings } from '../index/index.js';
import { openBaselineEngine, openProductEngine } from './bench-engine.js';
import type { MemoryFigures, ProbeInput, ProbeResult } from './probe-protocol.js';
import { summariseLatencies, timeEach } from './stats.js';

const megabytes = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

// Polls the resident size until it stops falling (the allocator returns freed pages in the background).
async function settledRss(limitMs = 2000): Promise<number> {
  let previous = process.memoryUsage().rss;
  for (let waited = 0; waited < limitMs; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const current = process.memoryUsage().rss;
    if (current > previous - 2 ** 20) return Math.min(current, previous);
    previous = current;
  }
  return previous;
}

async function main(inputPath: string): Promise<ProbeResult> {
  const input = JSON.parse(await readFile(inputPath, 'utf8')) as ProbeInput;
  const embedder = new LocalHashingEmbeddings();
  collect();
  const rssBeforeLoad = process.memoryUsage().rss;
  const started = performance.now();
  const engine = input.mode === 'ann'
    ? await openProductEngine(dirname(input.indexDir), embedder)
    : await openBaselineEngine(input.indexDir, input.flatPath, embedder);
  const loadMs = performance.now() - started;
  collect();
  const afterLoad = process.memoryUsage();
  const rssSettled = await settledRss();

  // The first answer after start pays for lazily built structures (the quote index), so it is reported apart.
  let firstAnswerMs = performance.now();
  await engine.answer(input.questions[0] ?? 'What happened?');
  firstAnswerMs = performance.now() - firstAnswerMs;
  const retrieval = summariseLatencies(await timeEach(input.questions, (question) => engine.retrieve(question)));
  const abstainedBefore = engine.abstentions();
  const answer = summariseLatencies(await timeEach(input.questions, (question) => engine.answer(question), 0));
  const abstainedShare = (engine.abstentions() - abstainedBefore) / Math.max(1, input.questions.length);

  // The baseline is the ground truth, so its recall is 1 by construction: not worth 300 more full scans.
  let found = input.mode === 'flat' ? input.questions.length * 10 : 0;
  if (input.mode === 'ann') input.questions.forEach((question, index) => {
    const exact = new Set(input.exactTop10[index] ?? []);
    found += engine.searchVectors(question).filter((position) => exact.has(position)).length;
  });
  const memory: MemoryFigures = {
    rssBeforeLoadMB: megabytes(rssBeforeLoad),
    rssAfterLoadMB: megabytes(rssSettled),
    rssAtLoadMB: megabytes(afterLoad.rss),
    rssAfterQueriesMB: megabytes(process.memoryUsage().rss),
    heapUsedMB: megabytes(afterLoad.heapUsed),
    externalMB: megabytes(afterLoad.external),
  };
  return {
    mode: input.mode, loadMs, memory, firstAnswerMs, retrieval, answer, abstainedShare,
    recallAt10: found / Math.max(1, input.questions.length * 10), efSearch: engine.efSearch,
  };
}

main(process.argv[2] ?? '').then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
