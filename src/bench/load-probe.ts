// A fresh process that loads one index cold, measures memory, and times questions against it.
// Run by run-probe.ts: node --expose-gc --import tsx load-probe.ts <input.json>; prints one JSON line.
import { readFile } from 'node:fs/promises';
import { LocalHashingEmbeddings, loadStoredIndex } from '../index/index.js';
import { openBenchEngine, type BenchEngine } from './bench-engine.js';
import { loadFlat } from './load-flat.js';
import type { MemoryFigures, ProbeInput, ProbeResult } from './probe-protocol.js';
import { summariseLatencies, timeEach } from './stats.js';

const megabytes = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

async function main(inputPath: string): Promise<ProbeResult> {
  const input = JSON.parse(await readFile(inputPath, 'utf8')) as ProbeInput;
  const embedder = new LocalHashingEmbeddings();
  collect();
  const rssBeforeLoad = process.memoryUsage().rss;
  const started = performance.now();
  let engine: BenchEngine;
  let search: (question: string) => number[];
  let efSearch: number | null = null;
  if (input.mode === 'ann') {
    const loaded = await loadStoredIndex(input.indexDir, { embedderId: embedder.id });
    efSearch = loaded.vectorIndex.ef;
    search = (question) => loaded.vectorIndex.search(embedder.embedText(question), 10).map((match) => match.position);
    engine = await openBenchEngine({ ...loaded, search: (vector, k) => loaded.vectorIndex.search(vector, k) }, embedder);
  } else {
    const loaded = await loadFlat(input.indexDir, input.flatPath);
    search = (question) => loaded.flat.search(embedder.embedText(question), 10).map((match) => match.position);
    engine = await openBenchEngine({ ...loaded, search: (vector, k) => loaded.flat.search(vector, k) }, embedder);
  }
  const loadMs = performance.now() - started;
  collect();
  const afterLoad = process.memoryUsage();

  let firstQueryMs = performance.now();
  await engine.retrieve(input.questions[0] ?? 'first question');
  firstQueryMs = performance.now() - firstQueryMs;
  const retrieval = summariseLatencies(await timeEach(input.questions, (question) => engine.retrieve(question)));
  const answer = engine.answer === null
    ? null
    : summariseLatencies(await timeEach(input.questions, (question) => engine.answer!(question)));

  let found = 0;
  input.questions.forEach((question, index) => {
    const exact = new Set(input.exactTop10[index] ?? []);
    found += search(question).filter((position) => exact.has(position)).length;
  });
  const memory: MemoryFigures = {
    rssBeforeLoadMB: megabytes(rssBeforeLoad),
    rssAfterLoadMB: megabytes(afterLoad.rss),
    rssAfterQueriesMB: megabytes(process.memoryUsage().rss),
    heapUsedMB: megabytes(afterLoad.heapUsed),
    externalMB: megabytes(afterLoad.external),
  };
  return {
    mode: input.mode, loadMs, memory, firstQueryMs, retrieval, retrievalKind: engine.retrievalKind, answer,
    answerNote: engine.answerNote, recallAt10: found / Math.max(1, input.questions.length * 10), efSearch,
  };
}

main(process.argv[2] ?? '').then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
