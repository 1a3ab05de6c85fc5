import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A few short articles in corpus.jsonl form, with distinct topics so that retrieval can be checked. */
export const ARTICLES = [
  { id: 'rome-ice', title: 'Italy objects to ICE agents', body: 'The interior minister said ICE agents would not be allowed to operate on Italian soil.\n\nMilan\'s mayor told reporters the city would protest the deployment at the consulate.' },
  { id: 'olympics', title: 'Winter Olympics open in Milan', body: 'The Winter Olympics opened in Milan and Cortina with a ceremony at the San Siro stadium.\n\nSkiers and skaters from ninety nations paraded before the crowd of sixty thousand spectators.' },
  { id: 'markets', title: 'Markets fall', body: 'European stock markets fell sharply on Tuesday as bond yields climbed to a ten-year high.\n\nBank shares led the decline, with investors selling lenders exposed to commercial property.' },
];

/** Creates a temporary folder with a corpus.jsonl of `articles`; call `cleanup` when done. */
export async function makeTempCorpus(articles: readonly object[] = ARTICLES): Promise<{ dir: string; corpusPath: string; dataDir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'story-index-'));
  const corpusPath = join(dir, 'corpus.jsonl');
  await writeFile(corpusPath, articles.map((article) => JSON.stringify(article)).join('\n'), 'utf8');
  return { dir, corpusPath, dataDir: join(dir, '.data'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
