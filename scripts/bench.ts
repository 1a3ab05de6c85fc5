// npm run bench [-- --quick] [--sizes 1000,10000] [--questions 300] [--hnsw-up-to 20000] [--profile] [--keep]
// Generates news-like corpora, ingests them as npm run ingest does, and measures build, disk, cold load,
// memory, latency and recall for the product's vector index and an exact-scan baseline. Writes bench-results/*.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatMachine, formatTables } from '../src/bench/format-table.js';
import { describeMachine } from '../src/bench/machine.js';
import { runSize, type SizeResult } from '../src/bench/run-size.js';

const FULL_SIZES = [1_000, 10_000, 100_000];
const QUICK_SIZES = [1_000];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      questions: { type: 'string', default: '300' },
      // The HNSW reference is built in-process up to this size: at 100k passages it takes minutes.
      'hnsw-up-to': { type: 'string', default: '20000' },
      out: { type: 'string', default: 'bench-results' },
      // CPU profiles of the load probes, written to <out>/profiles.
      profile: { type: 'boolean', default: false },
      // Keep the generated corpora and indexes (their folder is printed).
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes?.split(',').map(Number) ?? (values.quick ? QUICK_SIZES : FULL_SIZES);
  const questions = Number(values.questions);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(questions) || questions < 1) {
    throw new Error('Expected --sizes to be whole numbers ≥ 10 separated by commas, and --questions a whole number ≥ 1');
  }
  const machine = describeMachine();
  console.log(`Machine: ${formatMachine(machine)}`);
  const workRoot = await mkdtemp(join(tmpdir(), 'story-bench-'));
  const results: SizeResult[] = [];
  for (const passages of sizes) {
    results.push(await runSize({
      passages, questions, workDir: join(workRoot, String(passages)), log: (line) => console.error(line), keep: values.keep,
      hnswUpTo: Number(values['hnsw-up-to']),
      ...(values.profile ? { profileDir: join(values.out, 'profiles') } : {}),
    }));
  }
  if (values.keep) console.error(`Kept the corpora and indexes in ${workRoot}`);
  else await rm(workRoot, { recursive: true, force: true });
  const report = { generatedAt: new Date().toISOString(), quick: values.quick, machine, results };
  await mkdir(values.out, { recursive: true });
  const name = `bench-${report.generatedAt.replace(/[:.]/gu, '-')}.json`;
  const text = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(join(values.out, name), text, 'utf8');
  await writeFile(join(values.out, 'latest.json'), text, 'utf8');
  console.log(`\n${formatTables(results)}\n\nWrote ${join(values.out, name)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
