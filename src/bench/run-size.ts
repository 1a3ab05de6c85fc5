import { rm } from 'node:fs/promises';
import { generateQuestions } from './generate-questions.js';
import { measureHnsw, type HnswReference } from './measure-hnsw.js';
import { measureIngest, type IngestFigures } from './measure-ingest.js';
import type { ProbeResult } from './probe-protocol.js';
import { runProbe } from './run-probe.js';

/** Everything measured at one corpus size. */
export interface SizeResult {
  /** The size asked for; `ingest.passages` is what the generated articles actually cut into. */
  readonly targetPassages: number;
  readonly questions: number;
  readonly ingest: IngestFigures;
  readonly ann: ProbeResult;
  readonly baseline: ProbeResult;
  /** The HNSW graph over the same vectors (measured up to `hnswUpTo` passages; null above). */
  readonly hnsw: HnswReference | null;
  /** ANN figure ÷ baseline figure: below 1 means the index beats the scan. Robust to a noisy shared machine. */
  readonly ratios: Readonly<Record<string, number | null>>;
}

/** Options of one size's run. */
export interface SizeOptions {
  readonly passages: number;
  readonly questions: number;
  readonly workDir: string;
  readonly log: (line: string) => void;
  /** Also build and measure the HNSW graph up to this many passages (at 100k it takes minutes). */
  readonly hnswUpTo: number;
  /** Write CPU profiles of the probes here. */
  readonly profileDir?: string;
  /** Keep the generated corpus and index (for profiling by hand) instead of removing them. */
  readonly keep?: boolean;
}

const ratio = (ann: number | undefined, baseline: number | undefined): number | null =>
  ann === undefined || baseline === undefined || baseline === 0 ? null : ann / baseline;

/** Generates, ingests and probes one size (ANN index and flat baseline), then removes its files. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { passages, workDir, log } = options;
  try {
    log(`${passages}: generating and ingesting…`);
    const ingested = await measureIngest(passages, workDir);
    const questions = generateQuestions(ingested.corpus.world, ingested.corpus.articles, options.questions);
    const queries = questions.map((question) => ingested.embedder.embedText(question));
    const exactTop10 = queries.map((query) => ingested.flat.search(query, 10).map((match) => match.position));
    const input = { indexDir: ingested.indexDir, flatPath: ingested.flatPath, questions, exactTop10 };
    log(`${passages}: ingested ${ingested.figures.passages} passages in ${ingested.figures.ingestSeconds.toFixed(1)} s; probing the index…`);
    const ann = await runProbe({ ...input, mode: 'ann' }, workDir, options.profileDir);
    log(`${passages}: probing the exact-scan baseline…`);
    const baseline = await runProbe({ ...input, mode: 'flat' }, workDir, options.profileDir);
    const { figures } = ingested;
    let hnsw: HnswReference | null = null;
    if (figures.passages <= options.hnswUpTo) {
      log(`${passages}: building the HNSW graph for reference…`);
      hnsw = measureHnsw(ingested.flat, queries, exactTop10);
    }
    return {
      targetPassages: passages,
      questions: questions.length,
      ingest: figures,
      ann,
      baseline,
      hnsw,
      ratios: {
        build: ratio(figures.indexBuildSeconds, figures.baseline.buildSeconds),
        disk: ratio(figures.disk.total, figures.baseline.totalBytes),
        load: ratio(ann.loadMs, baseline.loadMs),
        rss: ratio(ann.memory.rssAfterLoadMB, baseline.memory.rssAfterLoadMB),
        retrievalP50: ratio(ann.retrieval.p50, baseline.retrieval.p50),
        retrievalP95: ratio(ann.retrieval.p95, baseline.retrieval.p95),
        answerP95: ratio(ann.answer.p95, baseline.answer.p95),
      },
    };
  } finally {
    if (options.keep !== true) await rm(workDir, { recursive: true, force: true });
  }
}
