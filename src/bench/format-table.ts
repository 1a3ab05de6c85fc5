import type { MachineDescription } from './machine.js';
import type { IngestFigures } from './measure-ingest.js';
import type { ProbeResult } from './probe-protocol.js';
import type { SizeResult } from './run-size.js';
import type { LatencySummary } from './stats.js';

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const megabytes = (bytes: number): string => fixed(bytes / 2 ** 20);
const latency = (summary: LatencySummary): string =>
  `${fixed(summary.p50, 2)} / ${fixed(summary.p95, 2)} / ${fixed(summary.p99, 2)}`;
// The slowest answer is shown too: a one-off cost (such as an index built on first use) hides above p99.
const latencyWithMax = (summary: LatencySummary): string => `${latency(summary)} (max ${fixed(summary.max, 0)})`;
const times = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${fixed(value, 2)}×`);

const describeIndex = ({ vectorIndex }: IngestFigures): string =>
  vectorIndex.kind === 'columns' ? 'exact, 16-bit columns'
    : vectorIndex.kind === 'exact' ? 'exact' : `HNSW M ${vectorIndex.m}, efC ${vectorIndex.efConstruction}, ef ${vectorIndex.efSearch}`;
const rss = ({ memory }: ProbeResult): string => `${fixed(memory.rssAfterLoadMB, 0)} (${fixed(memory.rssAtLoadMB, 0)})`;

/** One line describing the machine, printed above the tables. */
export function formatMachine(machine: MachineDescription): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}, load ${machine.loadAverage}`;
}

/** Markdown tables (they read in a terminal and paste into the README): the index, the baseline, the ratios. */
export function formatTables(results: readonly SizeResult[]): string {
  const index = [
    '| passages | index | ingest s | embed (passages/s) | vector index s | lexical / quote index s | disk MB | cold load ms | RSS MB settled (at load) | retrieval ms p50/p95/p99 | answer ms p50/p95/p99 | recall@10 |',
    '| ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(({ ingest, ann }) => `| ${ingest.passages} | ${describeIndex(ingest)} | ${fixed(ingest.ingestSeconds)} | ${fixed(ingest.embedPerSecond, 0)} | ` +
      `${fixed(ingest.indexBuildSeconds)} | ${fixed(ingest.lexicalBuildSeconds)} / ${fixed(ingest.quoteBuildSeconds)} | ` +
      `${megabytes(ingest.disk.total)} | ${fixed(ann.loadMs, 0)} | ${rss(ann)} | ${latency(ann.retrieval)} | ` +
      `${latencyWithMax(ann.answer)} | ${fixed(ann.recallAt10, 3)} |`),
  ];
  const baseline = [
    '| passages | flat write s | disk MB | cold load ms | RSS MB settled (at load) | retrieval ms p50/p95/p99 | answer ms p50/p95/p99 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(({ ingest, baseline: flat }) => `| ${ingest.passages} | ${fixed(ingest.baseline.buildSeconds, 2)} | ` +
      `${megabytes(ingest.baseline.totalBytes)} | ${fixed(flat.loadMs, 0)} | ${rss(flat)} | ` +
      `${latency(flat.retrieval)} | ${latencyWithMax(flat.answer)} |`),
  ];
  const ratios = [
    '| passages | build | disk | cold load | RSS | retrieval p50 | retrieval p95 | answer p95 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(({ ingest, ratios: r }) => `| ${ingest.passages} | ${times(r['build'])} | ${times(r['disk'])} | ${times(r['load'])} | ` +
      `${times(r['rss'])} | ${times(r['retrievalP50'])} | ${times(r['retrievalP95'])} | ${times(r['answerP95'])} |`),
  ];
  const hnsw = [
    '| passages | M / efC / ef | build s (passages/s) | vector search ms p50/p95/p99 | recall@10 |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap(({ ingest, hnsw: graph }) => (graph === null ? [] : [`| ${ingest.passages} | ${graph.m} / ${graph.efConstruction} / ${graph.efSearch} | ` +
      `${fixed(graph.buildSeconds)} (${fixed(graph.buildPerSecond, 0)}) | ${latency(graph.search)} | ${fixed(graph.recallAt10, 3)} |`])),
  ];
  return [
    'Product index:', ...index, '',
    'HNSW graph over the same vectors (used above the exact range; reference):', ...hnsw, '',
    'Baseline (JavaScript exact scan over the same vectors):', ...baseline, '',
    'Index ÷ baseline (below 1× the index is cheaper):', ...ratios,
  ].join('\n');
}
