import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate-corpus.js';

const run = promisify(execFile);

// Shape only: timings on a shared CI machine are noise, so no test asserts on them.
describe('npm run bench -- --quick', () => {
  it('ingests the small corpus, probes index and baseline in child processes, and writes the JSON report and tables', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bench-out-'));
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--questions', '60', '--out', out], { timeout: 60_000 });
      expect(stdout).toMatch(/^Machine: .+ cores/mu);
      expect(stdout).toContain('Product index:');
      expect(stdout).toContain('Index ÷ baseline');
      expect((await readdir(out)).sort()).toEqual([expect.stringMatching(/^bench-.+\.json$/u), 'latest.json']);
      const report = JSON.parse(await readFile(join(out, 'latest.json'), 'utf8'));
      expect(report.machine).toMatchObject({ cores: expect.any(Number), node: process.version });
      expect(report.results).toHaveLength(1);
      const [result] = report.results;
      expect(result.ingest.passages).toBeGreaterThanOrEqual(1000);
      expect(result.ingest.disk.total).toBeGreaterThan(result.ingest.disk.vectors);
      // At 1k passages the local embedder's vectors stay in hnswlib's exact scan (columns only from 20k), with the
      // quote index stored beside it.
      expect(result.ingest.vectorIndex.kind).toBe('exact');
      expect(result.ingest.quoteBuildSeconds).toBeGreaterThan(0);
      for (const probe of [result.ann, result.baseline]) {
        expect(probe.memory.rssAfterLoadMB).toBeGreaterThan(0);
        expect(probe.memory.rssAtLoadMB).toBeGreaterThan(0);
        expect(probe.retrieval).toMatchObject({ count: 60, p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) });
        expect(probe.answer.count).toBe(60);
        // Some generated questions must be answered, or answer latency would only time abstentions.
        expect(probe.abstainedShare).toBeLessThan(0.9);
      }
      // The baseline is exact by construction; the index at its default breadth must find nearly all of it.
      expect(result.baseline.recallAt10).toBe(1);
      expect(result.ann.recallAt10).toBeGreaterThanOrEqual(0.99);
      expect(Object.keys(result.ratios)).toEqual(expect.arrayContaining(['load', 'rss', 'retrievalP95', 'answerP95']));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('generates the same corpus from the same seed, with people and places that recur across articles', () => {
    const first = generateCorpus(300);
    const again = generateCorpus(300);
    expect(again.articles.map((article) => article.body)).toEqual(first.articles.map((article) => article.body));
    expect(first.passageCount).toBeGreaterThanOrEqual(300);
    const lead = first.world.people[0]!.name;
    expect(first.articles.filter((article) => article.body.includes(lead.split(' ').at(-1)!)).length).toBeGreaterThan(2);
  });
});
