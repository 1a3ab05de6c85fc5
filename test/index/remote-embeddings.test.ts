import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStoryError } from '../../src/errors.js';
import { createEmbeddings } from '../../src/index/index.js';
import { standInVector, startOllamaStandIn, startOpenAIStandIn, type StandIn } from './stand-in-servers.js';

const API_KEY = 'sk-test-4f9a1c2b7d3e8f6a5b0c9d8e7f6a5b4c';

async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(isStoryError(error, 'embedder_failed'), `expected embedder_failed, got ${String(error)}`).toBe(true);
  return error as Error & { code?: string };
}

const closeEnough = (actual: number[] | undefined, expected: number[]): void => {
  expect(actual).toHaveLength(expected.length);
  actual!.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 5));
};

describe('ollama embedder', () => {
  let server: StandIn;
  beforeAll(async () => { server = await startOllamaStandIn(['nomic-embed-text']); });
  afterAll(async () => { await server.close(); });

  it('embeds documents and queries through POST /api/embed', async () => {
    const { embeddings, id } = createEmbeddings({ kind: 'ollama', baseUrl: server.url, model: 'nomic-embed-text' });
    expect(id).toBe('ollama:nomic-embed-text');
    const vectors = await embeddings.embedDocuments(['ICE agents in Milan', 'Winter Olympics']);
    closeEnough(vectors[0], standInVector('ICE agents in Milan'));
    closeEnough(vectors[1], standInVector('Winter Olympics'));
    closeEnough(await embeddings.embedQuery('markets'), standInVector('markets'));
    expect(server.requests.at(-1)).toMatchObject({ url: '/api/embed', body: { model: 'nomic-embed-text', input: ['markets'] } });
  });

  it('says to pull an unknown model', async () => {
    const { embeddings } = createEmbeddings({ kind: 'ollama', baseUrl: server.url, model: 'no-such-model' });
    const error = await failure(embeddings.embedQuery('x'));
    expect(error.message).toMatch(/model "no-such-model" not found.*ollama pull no-such-model/su);
  });

  it('says to start Ollama when nothing listens', async () => {
    const down = await startOllamaStandIn([]);
    await down.close();
    const { embeddings } = createEmbeddings({ kind: 'ollama', baseUrl: down.url, model: 'nomic-embed-text' }, { maxRetries: 0 });
    const error = await failure(embeddings.embedDocuments(['x']));
    expect(error.message).toContain(`Ollama at ${down.url}`);
    expect(error.message).toMatch(/ollama serve/u);
  });
});

describe('openai embedder', () => {
  let server: StandIn;
  beforeAll(async () => { server = await startOpenAIStandIn(API_KEY, ['text-embedding-3-small']); });
  afterAll(async () => { await server.close(); });
  const config = (overrides: { apiKey?: string; model?: string; baseUrl?: string } = {}) => ({
    kind: 'openai' as const, baseUrl: `${server.url}/v1`, apiKey: API_KEY, model: 'text-embedding-3-small', ...overrides,
  });

  it('embeds through POST /v1/embeddings, decoding base64 vectors', async () => {
    const { embeddings, id } = createEmbeddings(config());
    expect(id).toBe('openai:text-embedding-3-small');
    const vectors = await embeddings.embedDocuments(['ICE agents in Milan', 'Winter Olympics']);
    closeEnough(vectors[0], standInVector('ICE agents in Milan'));
    closeEnough(vectors[1], standInVector('Winter Olympics'));
    closeEnough(await embeddings.embedQuery('markets'), standInVector('markets'));
    const last = server.requests.at(-1)!;
    expect(last.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(last.body).toMatchObject({ model: 'text-embedding-3-small' });
    // The stand-in only exercises the base64 path if the client asks for it; record which one ran.
    expect(server.requests.some((request) => request.body['encoding_format'] === 'base64')).toBe(true);
  });

  it('reports a wrong API key without leaking it', async () => {
    const wrongKey = 'sk-wrong-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b';
    const { embeddings } = createEmbeddings(config({ apiKey: wrongKey }));
    const error = await failure(embeddings.embedQuery('x'));
    expect(error.message).toMatch(/OPENAI_API_KEY/u);
    expect(error.message).not.toContain(wrongKey);
    expect(error.message).not.toContain(wrongKey.slice(3, 20));
    expect(JSON.stringify(error)).not.toContain(wrongKey.slice(3, 20));
  });

  it('reports an unknown model', async () => {
    const { embeddings } = createEmbeddings(config({ model: 'text-embedding-9' }));
    const error = await failure(embeddings.embedDocuments(['x']));
    expect(error.message).toMatch(/text-embedding-9.*OPENAI_EMBED_MODEL/su);
  });

  it('reports a server that is down, without the key', async () => {
    const down = await startOpenAIStandIn(API_KEY, []);
    await down.close();
    const { embeddings } = createEmbeddings(config({ baseUrl: `${down.url}/v1` }), { maxRetries: 0 });
    const error = await failure(embeddings.embedDocuments(['x']));
    expect(error.message).toContain(`${down.url}/v1`);
    expect(error.message).not.toContain(API_KEY);
  });
});
