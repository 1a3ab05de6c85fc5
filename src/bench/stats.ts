/** Latency figures of a run of timed calls, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank, so it is a real sample). */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank]!;
}

/** Summarises per-call milliseconds; p99 over a few hundred samples is the slowest few calls, so read it as such. */
export function summariseLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Times `call` once per input, after `warmUp` untimed calls so the JIT and caches are warm as in a running bot. */
export async function timeEach<T>(inputs: readonly T[], call: (input: T) => unknown, warmUp = 20): Promise<number[]> {
  for (const input of inputs.slice(0, warmUp)) await call(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await call(input);
    samples.push(performance.now() - started);
  }
  return samples;
}
