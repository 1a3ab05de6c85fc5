import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 60_000;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'story-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs a script with tsx from the repo root; the local embedder keeps it offline whatever the caller's env says. */
function run(script: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, EMBEDDER: 'local' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('scripts/ask.ts', () => {
  it('prints a cited answer as JSON', async () => {
    const result = await run('scripts/ask.ts', ['What did the interior minister say?', '--json', '--corpus', 'corpus', '--data', join(dir, 'ask-data')]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(['abstained', 'citations', 'question', 'text']);
    expect(output['question']).toBe('What did the interior minister say?');
    expect(output['abstained']).toBe(false);
    expect(output['text']).toContain('would not be allowed to operate on Italian soil');
    const citations = output['citations'] as Record<string, unknown>[];
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      expect(Object.keys(citation).sort()).toEqual(['articleId', 'n', 'paragraph', 'passageId', 'published', 'source', 'text', 'title']);
      expect(typeof citation['n']).toBe('number');
      expect(typeof citation['paragraph']).toBe('number');
      expect(typeof citation['text']).toBe('string');
      expect(output['text']).toContain(`[${String(citation['n'])}]`);
    }
  }, TIMEOUT);

  it('exits 1 on an empty question with a friendly message and no stack trace', async () => {
    const result = await run('scripts/ask.ts', ['', '--json', '--corpus', 'corpus', '--data', join(dir, 'ask-empty')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Ask a question');
    expect(result.stderr).not.toContain('    at ');
    expect(result.stdout).toBe('');
  }, TIMEOUT);
});

describe('scripts/eval.ts', () => {
  it('writes metrics and per-question results with at least 10 retrieved passages each', async () => {
    const out = join(dir, 'out.json');
    const result = await run('scripts/eval.ts', [
      '--corpus', 'corpus', '--questions', 'test/fixtures/seed-questions.jsonl', '--out', out, '--data', join(dir, 'eval-data'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Hits@1 \d\.\d{3}/u);
    const written = JSON.parse(await readFile(out, 'utf8')) as {
      metrics: Record<string, number>;
      results: { id: string; retrieved: { passageId: string; text: string }[]; answer: { abstained: boolean; text: string; citations: unknown[] } }[];
    };
    expect(written.metrics['questions']).toBe(written.results.length);
    expect(written.results.length).toBeGreaterThan(0);
    for (const key of ['hitsAt1', 'hitsAt4', 'hitsAt10', 'mrrAt10', 'evidenceRecallAt10', 'answerHit']) {
      expect(written.metrics[key]).toBeGreaterThanOrEqual(0);
      expect(written.metrics[key]).toBeLessThanOrEqual(1);
    }
    // The seed corpus has 20 passages, so ten can always be retrieved.
    for (const entry of written.results) {
      expect(entry.retrieved.length, entry.id).toBeGreaterThanOrEqual(10);
      expect(typeof entry.answer.abstained).toBe('boolean');
      expect(typeof entry.answer.text).toBe('string');
      expect(Array.isArray(entry.answer.citations)).toBe(true);
    }
    const s01 = written.results.find((entry) => entry.id === 's01');
    expect(s01?.answer.text).toContain('would not be allowed to operate on Italian soil');
  }, TIMEOUT);
});
