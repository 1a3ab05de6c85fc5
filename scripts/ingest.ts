// npm run ingest [-- --corpus DIR|FILE.jsonl] [--force] [--data DIR]
// Builds the index under <data>/index from the corpus; does nothing when the index is already up to date.
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.js';
import { createEmbeddings, indexDirFor, ingestCorpus, type IngestProgress } from '../src/index/index.js';
import { buildExtras } from '../src/story/open-story.js';

function createProgressBar(stream: NodeJS.WriteStream): (progress: IngestProgress) => void {
  // Only on a terminal: in a log file a bar is just noise.
  if (!stream.isTTY) return () => {};
  let lastDrawn = 0;
  return ({ stage, done, total }) => {
    const now = Date.now();
    if (done < total && now - lastDrawn < 100) return;
    lastDrawn = now;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    stream.write(`\r${stage.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (stage === 'saving') stream.write('\r\x1b[K');
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, data: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const config = loadConfig(process.env);
  const corpusPath = values.corpus ?? config.corpusPath;
  const dataDir = values.data ?? config.dataDir;
  const { embeddings, id } = createEmbeddings(config.embedder);
  const result = await ingestCorpus({
    corpusPath, dataDir, embeddings, embedderId: id, force: values.force, onProgress: createProgressBar(process.stderr),
    buildExtras,
  });
  for (const problem of result.problems) console.error(`${problem.location}: ${problem.message}`);
  if (result.reused) {
    console.log(`Index is up to date (${result.articles} articles, ${result.passages} passages) — nothing to do`);
  } else {
    console.log(`Indexed ${result.articles} articles, ${result.passages} passages in ${result.seconds.toFixed(1)} s into ${indexDirFor(dataDir)} (embedder ${id})`);
  }
  if (result.problems.length > 0) console.error(`${result.problems.length} article(s) skipped: fix them and run npm run ingest again`);
}

main().catch((error: unknown) => {
  // People read these: the message says what to do; a stack trace would bury it.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
