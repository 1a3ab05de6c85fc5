import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlackConfig } from '../../config/config.js';
import { findLimitProblems } from '../format/limits.js';
import type { types } from '@slack/bolt';
import { LOCAL_IDS } from './local-identity.js';
import { MessageStore } from './message-store.js';
import type { StoredMessage } from './message-store.js';
import { parseApiBody, readBody } from './parse-body.js';
import { buildBlockAction, buildEventCallback, buildSlashCommand, findButton } from './payloads.js';
import { SocketHub } from './socket-hub.js';
import type { Delivery } from './socket-hub.js';
import { handleApiCall } from './web-api.js';

/** A Web API call (or a response_url post, as method `response_url`) the bot made. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** `performance.now()` when the call arrived. */
  readonly at: number;
  /** What the server answered, e.g. `{ ok: true, ts }` for chat.postMessage. */
  readonly result: Record<string, unknown>;
}

/**
 * A Slack stand-in on 127.0.0.1: the Web API methods the bot uses, a response_url endpoint and a Socket Mode
 * WebSocket, with real thread history. Tests, the local console and the burst benchmark drive it as a person would.
 */
export class LocalSlackServer {
  readonly botToken = 'xoxb-local-bot-token';
  readonly appToken = 'xapp-local-app-token';
  /** Every call the bot made, in arrival order. */
  readonly calls: RecordedCall[] = [];
  readonly store = new MessageStore();
  readonly #hub = new SocketHub();
  readonly #server: Server;
  readonly #listeners = new Set<(call: RecordedCall) => void>();
  readonly #rateLimits = new Map<string, { times: number; retryAfterSeconds: number }>();

  private constructor() {
    this.#server = createServer((request, response) => void this.#handle(request, response));
    this.#server.on('upgrade', (request, socket, head) => {
      if ((request.url ?? '').startsWith('/socket-mode')) this.#hub.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
  }

  /** Starts a server on a free loopback port. */
  static async start(): Promise<LocalSlackServer> {
    const server = new LocalSlackServer();
    await new Promise<void>((resolve) => server.#server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  /** The base URL to give the app as `slackApiUrl`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** Socket Mode settings that point the app at this server. */
  get slackConfig(): Extract<SlackConfig, { mode: 'socket' }> {
    return { mode: 'socket', botToken: this.botToken, appToken: this.appToken, apiUrl: this.apiUrl };
  }

  /** The next `times` calls to `method` get a 429 with Retry-After, as Slack's rate limiter answers. */
  rateLimitNext(method: string, times = 1, retryAfterSeconds = 1): void {
    this.#rateLimits.set(method, { times, retryAfterSeconds });
  }

  /** Resolves when the app has connected over Socket Mode. */
  async waitForConnection(timeoutMs?: number): Promise<void> {
    await this.#hub.waitForConnection(timeoutMs);
  }

  /** Delivers an event in an events_api envelope; reuse `eventId` with `retryAttempt` to simulate Slack's retries. */
  sendEvent(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number } = {}): Delivery & { eventId: string } {
    const payload = buildEventCallback(event, options.eventId);
    const delivery = this.#hub.deliver({ type: 'events_api', payload, ...(options.retryAttempt === undefined ? {} : { retryAttempt: options.retryAttempt }) });
    return { ...delivery, eventId: payload.event_id };
  }

  /**
   * A person posts a message: stored in history, then delivered as Slack would — a `message` event, plus an
   * `app_mention` when it mentions the bot in a channel. Channels starting with D are direct messages.
   */
  sendMessage(options: { text: string; channel?: string; threadTs?: string; user?: string }): { ts: string; channel: string; deliveries: Delivery[] } {
    const channel = options.channel ?? LOCAL_IDS.channel;
    const user = options.user ?? LOCAL_IDS.person;
    const isDirect = channel.startsWith('D');
    const message = this.store.add({ channel, user, ts: this.store.nextTs(), text: options.text, ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }) });
    const event = { user, text: message.text, ts: message.ts, channel, ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }) };
    const deliveries: Delivery[] = [];
    if (!isDirect && options.text.includes(`<@${LOCAL_IDS.botUser}>`)) deliveries.push(this.sendEvent({ type: 'app_mention', ...event }));
    deliveries.push(this.sendEvent({ type: 'message', channel_type: isDirect ? 'im' : 'channel', ...event }));
    return { ts: message.ts, channel, deliveries };
  }

  /** A person runs a slash command; its `respond()` calls are recorded as `response_url` calls with this `responseId`. */
  sendSlashCommand(options: { text: string; command?: string; channel?: string; user?: string }): Delivery & { responseId: string } {
    const responseId = randomUUID();
    const payload = buildSlashCommand({
      command: options.command ?? '/story',
      text: options.text,
      channel: options.channel ?? LOCAL_IDS.channel,
      user: options.user ?? LOCAL_IDS.person,
      responseUrl: `${this.baseUrl}/response/${responseId}`,
    });
    return { ...this.#hub.deliver({ type: 'slash_commands', payload }), responseId };
  }

  /** A person clicks the button `actionId` of a message (`messageTs` undefined for a message only they saw). */
  clickButton(options: { blocks: readonly unknown[]; actionId: string; channel?: string; messageTs?: string; user?: string }): Delivery & { responseId: string } {
    const button = findButton(options.blocks, options.actionId);
    if (button === null) throw new Error(`Expected a button with action_id ${options.actionId} in the message`);
    const responseId = randomUUID();
    const payload = buildBlockAction({
      button,
      channel: options.channel ?? LOCAL_IDS.channel,
      user: options.user ?? LOCAL_IDS.person,
      messageTs: options.messageTs,
      responseUrl: `${this.baseUrl}/response/${responseId}`,
    });
    return { ...this.#hub.deliver({ type: 'interactive', payload }), responseId };
  }

  /** Calls the bot made to `method` so far. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call to `method` (already made or still to come) that matches `predicate`. */
  async waitForCall(method: string, predicate: (call: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    const matches = (call: RecordedCall) => call.method === method && predicate(call);
    const existing = this.calls.find(matches);
    if (existing !== undefined) return existing;
    return new Promise<RecordedCall>((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`Expected a ${method} call within ${timeoutMs} ms; calls so far: ${this.calls.map((call) => call.method).join(', ') || 'none'}`));
      }, timeoutMs);
      const unsubscribe = this.onCall((call) => {
        if (!matches(call)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(call);
      });
    });
  }

  /** Calls `listener` for every call from now on; returns the unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A thread as stored: parent first, then replies. */
  thread(channel: string, ts: string): StoredMessage[] {
    return this.store.thread(channel, ts);
  }

  /** Closes connections and the server. */
  async close(): Promise<void> {
    await this.#hub.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #record(method: string, args: Record<string, unknown>, result: Record<string, unknown>): void {
    const call: RecordedCall = { method, args, at: performance.now(), result };
    this.calls.push(call);
    for (const listener of [...this.#listeners]) listener(call);
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const raw = await readBody(request);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    try {
      const args = parseApiBody(raw, request.headers['content-type']);
      if (url.pathname.startsWith('/response/')) {
        const blocks = Array.isArray(args.blocks) ? (args.blocks as types.KnownBlock[]) : [];
        const result = findLimitProblems(blocks).length === 0 ? { ok: true } : { ok: false, error: 'invalid_blocks' };
        this.#record('response_url', { ...args, response_id: url.pathname.slice('/response/'.length) }, result);
        return reply(result.ok ? 200 : 400, result);
      }
      const method = url.pathname.replace(/^\/api\//u, '');
      const limit = this.#rateLimits.get(method);
      if (limit !== undefined && limit.times > 0) {
        limit.times -= 1;
        this.#record(`${method}:rate_limited`, args, { ok: false, error: 'ratelimited' });
        return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfterSeconds) });
      }
      const token = /^Bearer (.+)$/u.exec(request.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined);
      const result = handleApiCall({ store: this.store, botToken: this.botToken, appToken: this.appToken, socketUrl: () => `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}/socket-mode?ticket=${randomUUID()}` }, method, token, args);
      this.#record(method, args, result);
      return reply(200, result);
    } catch {
      return reply(400, { ok: false, error: 'invalid_request' });
    }
  }
}
