import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import { buildExtras, EXTRA_BUILDERS } from '../../src/story/build-extras.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

describe('building the extras of an ingest', () => {
  it('builds the same quote index in a child process as in this one', async () => {
    const { articles } = await loadCorpus(SEED_CORPUS);
    const passages = articles.flatMap((article) => buildPassages(article));
    const warnings: string[] = [];
    const inChild = await buildExtras(articles, passages, { quotesInChildFromPassages: 0, logger: { warn: (message) => warnings.push(message) } });
    expect(warnings).toEqual([]);
    const here = await buildExtras(articles, passages);
    expect(Object.keys(inChild).sort()).toEqual(['acronyms', 'lexical', 'quotes']);
    expect(Buffer.from(inChild['quotes'] as Uint8Array).equals(Buffer.from(EXTRA_BUILDERS.quotes(articles, passages)))).toBe(true);
    expect(inChild).toEqual(here);
  });
});
