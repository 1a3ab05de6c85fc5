import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeInput, ProbeResult } from './probe-protocol.js';

const PROBE_SCRIPT = fileURLToPath(new URL('./load-probe.ts', import.meta.url));

/**
 * Runs a load probe in a fresh Node process, so that load time and resident memory are those of a bot
 * starting cold, not of the benchmark that just built the index (and still holds its vectors).
 * `profileDir` turns on V8's CPU profiler in the child.
 */
export async function runProbe(input: ProbeInput, workDir: string, profileDir?: string): Promise<ProbeResult> {
  const inputPath = join(workDir, `probe-${input.mode}.json`);
  await writeFile(inputPath, JSON.stringify(input), 'utf8');
  // With a profile folder, V8 writes a .cpuprofile of the whole probe (load and questions) for DevTools.
  const profile = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${input.mode}-${input.questions.length}q-${Date.now()}.cpuprofile`];
  const child = spawn(process.execPath, ['--expose-gc', ...profile, '--import', 'tsx', PROBE_SCRIPT, inputPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`The ${input.mode} load probe failed (exit ${code}): ${stderr.trim().slice(-2000) || lastLine}`);
  }
  return JSON.parse(lastLine) as ProbeResult;
}
