import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import { LocalSlackServer } from '../../src/slack/local/local-slack-server.js';
import { buildEventCallback, buildSlashCommand } from '../../src/slack/local/payloads.js';
import { FakeStoryDesk } from './fake-story-desk.js';
import { expectSendable } from './slack-limits.js';

const SECRET = 'local-signing-secret-0123456789abcdef';

describe('HTTP mode: signed requests to /slack/events', () => {
  let slack: LocalSlackServer;
  let app: App;
  let eventsUrl: string;
  let dataDir: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    slack = await LocalSlackServer.start();
    dataDir = await mkdtemp(path.join(tmpdir(), 'story-http-'));
    app = createSlackApp({
      slack: { mode: 'http', botToken: slack.botToken, signingSecret: SECRET, port: 0, apiUrl: slack.apiUrl },
      desk: new FakeStoryDesk(),
      logger: createLogger({ level: 'debug', secrets: [SECRET], write: (line) => logLines.push(line) }),
      dataDir,
      retryConfig: { retries: 0 },
    });
    const server = (await app.start(0)) as Server;
    eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await app.stop();
    await slack.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function post(body: string, options: { contentType?: string; timestamp?: number; secret?: string; headers?: Record<string, string> } = {}) {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', options.secret ?? SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': options.contentType ?? 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...options.headers },
      body,
    });
  }

  it('answers url_verification with the challenge', async () => {
    const response = await post(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('abc123');
  });

  it('refuses a bad signature and a stale timestamp with 401', async () => {
    const body = JSON.stringify(buildEventCallback({ type: 'app_mention', user: LOCAL_IDS.person, text: 'x', ts: '1.1', channel: LOCAL_IDS.channel }));
    expect((await post(body, { secret: 'wrong-secret' })).status).toBe(401);
    expect((await post(body, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a signed mention in its thread, and a retried delivery only once', async () => {
    const ts = '1700000100.000100';
    const body = JSON.stringify(buildEventCallback({ type: 'app_mention', user: LOCAL_IDS.person, text: `<@${LOCAL_IDS.botUser}> What did <!channel> say?`, ts, channel: LOCAL_IDS.channel }, 'EvHTTP1'));
    expect((await post(body)).status).toBe(200);
    expect((await post(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    const answer = await slack.waitForCall('chat.postMessage', (call) => call.args.thread_ts === ts);
    expect(answer.args.channel).toBe(LOCAL_IDS.channel);
    expectSendable(answer.args);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === ts)).toHaveLength(1);
  });

  it('acks a form-encoded /story command and responds through response_url', async () => {
    const fields = buildSlashCommand({ command: '/story', text: 'sources', channel: LOCAL_IDS.channel, user: LOCAL_IDS.person, responseUrl: `${slack.baseUrl}/response/http-1` });
    const response = await post(new URLSearchParams(fields).toString(), { contentType: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    const reply = await slack.waitForCall('response_url', (call) => call.args.response_id === 'http-1');
    expect(JSON.stringify(reply.args.blocks)).toContain('The Times of India');
    expect(logLines.join('\n')).not.toContain(SECRET);
    expect(logLines.join('\n')).not.toContain(slack.botToken);
  });
});
