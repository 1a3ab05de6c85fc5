/** A message as the local Slack server keeps it. */
export interface StoredMessage {
  readonly channel: string;
  readonly ts: string;
  readonly user: string;
  text: string;
  blocks?: unknown[];
  readonly thread_ts?: string;
  readonly bot_id?: string;
  readonly metadata?: unknown;
}

/** Channel and thread history for the local Slack server, so `conversations.replies` returns real threads. */
export class MessageStore {
  readonly #byChannel = new Map<string, StoredMessage[]>();
  #counter = 0;

  /** A new message timestamp, unique and increasing like Slack's `seconds.micro` ts. */
  nextTs(): string {
    this.#counter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.#counter).padStart(6, '0')}`;
  }

  /** Stores a message and returns it. */
  add(message: StoredMessage): StoredMessage {
    const list = this.#byChannel.get(message.channel) ?? [];
    list.push(message);
    this.#byChannel.set(message.channel, list);
    return message;
  }

  /** Finds one message by channel and ts. */
  find(channel: string, ts: string): StoredMessage | undefined {
    return this.#byChannel.get(channel)?.find((message) => message.ts === ts);
  }

  /** The thread whose parent is `ts`: the parent first, then its replies in order. Empty when unknown. */
  thread(channel: string, ts: string): StoredMessage[] {
    const list = this.#byChannel.get(channel) ?? [];
    const parent = list.find((message) => message.ts === ts);
    if (parent === undefined) return [];
    return [parent, ...list.filter((message) => message.thread_ts === ts && message.ts !== ts)];
  }
}
