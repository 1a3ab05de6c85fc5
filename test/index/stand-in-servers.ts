import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalHashingEmbeddings } from '../../src/index/embeddings/local-hashing-embeddings.js';

/** A request the stand-in received, for asserting what the client really sent. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Record<string, unknown>;
}

/** A running stand-in server: its base URL, what it received, and how to stop it. */
export interface StandIn {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

// Deterministic, text-dependent vectors so that a test can tell which text a vector belongs to.
const vectors = new LocalHashingEmbeddings({ dimensions: 16 });
const embed = (text: string): number[] => Array.from(vectors.embedText(text));

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function start(handle: (request: ReceivedRequest, response: ServerResponse) => void): Promise<StandIn> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((incoming, response) => {
    let text = '';
    incoming.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    incoming.on('end', () => {
      const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: text === '' ? {} : JSON.parse(text) as Record<string, unknown> };
      requests.push(request);
      handle(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const inputs = (input: unknown): string[] => (Array.isArray(input) ? input.map(String) : [String(input)]);

/** Speaks Ollama's POST /api/embed: {model, input: string | string[]} → {model, embeddings}; unknown models → 404. */
export function startOllamaStandIn(models: readonly string[]): Promise<StandIn> {
  return start((request, response) => {
    if (request.method !== 'POST' || request.url !== '/api/embed') return send(response, 404, { error: '404 page not found' });
    const model = String(request.body['model']);
    if (!models.includes(model)) return send(response, 404, { error: `model "${model}" not found, try pulling it first` });
    send(response, 200, { model, embeddings: inputs(request.body['input']).map(embed), total_duration: 1, load_duration: 0, prompt_eval_count: 1 });
  });
}

/**
 * Speaks OpenAI's POST /v1/embeddings: bearer key checked (401 otherwise), unknown model → 404, vectors as
 * float arrays or as base64 little-endian float32 when `encoding_format` is "base64" (the openai SDK's default).
 */
export function startOpenAIStandIn(apiKey: string, models: readonly string[]): Promise<StandIn> {
  return start((request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/embeddings') return send(response, 404, { error: { message: 'Not found', type: 'invalid_request_error' } });
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      const given = String(request.headers.authorization ?? '').replace(/^Bearer /u, '');
      return send(response, 401, { error: { message: `Incorrect API key provided: ${given}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    const model = String(request.body['model']);
    if (!models.includes(model)) return send(response, 404, { error: { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: null, code: 'model_not_found' } });
    const base64 = request.body['encoding_format'] === 'base64';
    const data = inputs(request.body['input']).map((text, index) => {
      const vector = embed(text);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    send(response, 200, { object: 'list', data, model, usage: { prompt_tokens: data.length, total_tokens: data.length } });
  });
}

/** The vector the stand-ins return for `text`, for comparing with what the client decoded. */
export const standInVector = embed;
