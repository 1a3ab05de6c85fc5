import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDirFor, ingestCorpus, LocalHashingEmbeddings, readManifest } from '../../src/index/index.js';
import { buildQuoteIndex, listQuotes, type QuoteIndex } from '../../src/quotes/index.js';
import { encodeLexicalIndex, buildLexicalIndex } from '../../src/retrieval/lexical-index.js';
import { openStory, type Story } from '../../src/story/open-story.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
const embeddings = new LocalHashingEmbeddings();
let dataDir: string;
let messages: string[];
const logger = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message) };

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'story-quotes-'));
  messages = [];
});
afterEach(async () => { await rm(dataDir, { recursive: true, force: true }); });

const open = (ingest: 'auto' | 'never' = 'auto'): Promise<Story> =>
  openStory({ corpusPath: SEED_CORPUS, dataDir, embeddings, embedderId: embeddings.id, semantic: false, ingest, logger });

function expectSameQuotes(actual: QuoteIndex, expected: QuoteIndex): void {
  expect(actual.quotes).toEqual(expected.quotes);
  expect(actual.speakers).toEqual(expected.speakers);
  expect([...actual.quotesBySpeaker]).toEqual([...expected.quotesBySpeaker]);
  expect(listQuotes(actual, 'Sala')).toEqual(listQuotes(expected, 'Sala'));
}

describe('stored quote index', () => {
  it('is built at ingest, stored with the index and read back as built', async () => {
    const story = await open();
    const manifest = await readManifest(indexDirFor(dataDir));
    expect(manifest?.files.extras['quotes']).toBeDefined();
    const reopened = await open('never');
    const built = buildQuoteIndex(story.articles, story.passages);
    expect(built.quotes.length).toBeGreaterThan(5);
    expectSameQuotes(reopened.quoteIndex(), built);
    // The registry resolves the names it was built from the same way after the round trip.
    for (const speaker of built.speakers) {
      for (const text of [speaker.name, ...speaker.aliases]) {
        const mention = { kind: 'person' as const, start: 0, end: text.length, text, name: text };
        expect(reopened.quoteIndex().registry.resolve(mention)).toBe(built.registry.resolve(mention));
      }
    }
    expect(messages).toEqual([]);
    const question = 'What did Sala say?';
    expect((await reopened.engine.answer(question)).text).toBe((await story.engine.answer(question)).text);
  });

  it('is built on first use, with a note, for an index stored before quote indexes were', async () => {
    const earlier = await ingestCorpus({
      corpusPath: SEED_CORPUS, dataDir, embeddings, embedderId: embeddings.id, sparseQueries: true,
      buildExtras: (articles, passages) => ({ lexical: encodeLexicalIndex(buildLexicalIndex(articles, passages)) }),
    });
    expect(earlier.manifest.files.extras['quotes']).toBeUndefined();
    const story = await open();
    expect(story.ingest?.reused).toBe(true);
    expect(messages.join('\n')).toMatch(/no stored quote index.*npm run ingest -- --force/u);
    expectSameQuotes(story.quoteIndex(), buildQuoteIndex(story.articles, story.passages));
    expect((await story.engine.answer('What did Sala say?')).abstained).toBe(false);
  });

  it('ignores a stored quote index of another version, and builds it instead', async () => {
    await open();
    const manifest = await readManifest(indexDirFor(dataDir));
    const path = join(indexDirFor(dataDir), manifest!.files.extras['quotes']!.name);
    const bytes = await readFile(path);
    await writeFile(path, Buffer.from(bytes.toString('latin1').replace('"version":1', '"version":0'), 'latin1'));
    const story = await open('never');
    expect(messages.join('\n')).toMatch(/Ignoring the stored quote index \(quote index version 0, this version reads 1\)/u);
    expectSameQuotes(story.quoteIndex(), buildQuoteIndex(story.articles, story.passages));
  });
});
