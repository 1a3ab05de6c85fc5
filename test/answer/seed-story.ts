import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { createEmbeddings } from '../../src/index/index.js';
import { openStory, type Story } from '../../src/story/open-story.js';

export const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

/** Opens the seed story, ingested into a temporary folder, for the tests of one file; `get()` once it is open. */
export function useSeedStory(): { get: () => Story } {
  let dataDir: string;
  let story: Story | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'seed-story-'));
    const { embeddings, id } = createEmbeddings({ kind: 'local' });
    story = await openStory({ corpusPath: SEED_CORPUS, dataDir, embeddings, embedderId: id, semantic: false });
  }, 60_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  return { get: () => story! };
}
