import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

/** An ack the app sent for an envelope, and how long it took. */
export interface EnvelopeAck {
  readonly envelopeId: string;
  readonly payload: unknown;
  readonly ackMs: number;
}

/** A Socket Mode envelope as Slack sends it. */
export interface Envelope {
  readonly type: 'events_api' | 'slash_commands' | 'interactive';
  readonly payload: unknown;
  readonly retryAttempt?: number;
}

/** A delivered envelope: its id and the ack to come. */
export interface Delivery {
  readonly envelopeId: string;
  readonly sentAt: number;
  readonly ack: Promise<EnvelopeAck>;
}

/** The Socket Mode side of the local Slack server: `hello` on connect, envelopes out, acks in. */
export class SocketHub {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sockets: WebSocket[] = [];
  readonly #pending = new Map<string, { sentAt: number; resolve: (ack: EnvelopeAck) => void }>();
  readonly #waiters: Array<() => void> = [];
  #next = 0;

  /** Takes over an HTTP upgrade request for the Socket Mode URL. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
  }

  #accept(ws: WebSocket): void {
    this.#sockets.push(ws);
    ws.on('message', (data) => this.#onMessage(String(data)));
    ws.on('close', () => this.#sockets.splice(this.#sockets.indexOf(ws), 1));
    ws.send(JSON.stringify({ type: 'hello', num_connections: this.#sockets.length, debug_info: { host: 'local' }, connection_info: { app_id: 'A0LOCAL' } }));
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #onMessage(raw: string): void {
    let parsed: { envelope_id?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      return;
    }
    if (typeof parsed.envelope_id !== 'string') return;
    const pending = this.#pending.get(parsed.envelope_id);
    if (pending === undefined) return;
    this.#pending.delete(parsed.envelope_id);
    pending.resolve({ envelopeId: parsed.envelope_id, payload: parsed.payload, ackMs: performance.now() - pending.sentAt });
  }

  /** True once an app is connected. */
  get connected(): boolean {
    return this.#sockets.some((ws) => ws.readyState === ws.OPEN);
  }

  /** Resolves when an app has connected (immediately if one is). */
  async waitForConnection(timeoutMs = 10_000): Promise<void> {
    if (this.connected) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Expected a Socket Mode connection within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends an envelope to a connected app (round robin across connections) and returns the ack to wait on. */
  deliver(envelope: Envelope): Delivery {
    const open = this.#sockets.filter((ws) => ws.readyState === ws.OPEN);
    const target = open[this.#next++ % Math.max(open.length, 1)];
    if (target === undefined) throw new Error('Expected a connected Socket Mode app; start the app first');
    const envelopeId = randomUUID();
    const sentAt = performance.now();
    const ack = new Promise<EnvelopeAck>((resolve) => this.#pending.set(envelopeId, { sentAt, resolve }));
    target.send(JSON.stringify({
      envelope_id: envelopeId,
      type: envelope.type,
      payload: envelope.payload,
      accepts_response_payload: envelope.type !== 'events_api',
      ...(envelope.type === 'events_api' ? { retry_attempt: envelope.retryAttempt ?? 0, retry_reason: envelope.retryAttempt ? 'timeout' : '' } : {}),
    }));
    return { envelopeId, sentAt, ack };
  }

  /** Asks every connected app to reconnect, as Slack does before rotating a connection. */
  disconnectAll(): void {
    for (const ws of this.#sockets) ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  /** Closes every connection. */
  async close(): Promise<void> {
    for (const ws of [...this.#sockets]) ws.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
