/** Options for {@link createDedupe}. */
export interface DedupeOptions {
  /** How long a key is remembered; Slack's last retry comes about 5 minutes after the event. */
  readonly ttlMs?: number;
  /** The most keys kept; the oldest are forgotten first so memory stays bounded under load. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

/** Remembers which events were handled, so a retried or doubled event is answered once. */
export interface Dedupe {
  /** True the first time `key` is seen within the TTL, false for every repeat. */
  claim(key: string): boolean;
}

/** Creates a bounded, time-limited memory of handled event keys (event ids, channel + ts). */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const ttlMs = options.ttlMs ?? 15 * 60_000;
  const maxEntries = options.maxEntries ?? 20_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so the first entries are always the oldest.
  const seen = new Map<string, number>();
  return {
    claim(key) {
      const time = now();
      for (const [oldKey, expires] of seen) {
        if (expires > time && seen.size < maxEntries) break;
        seen.delete(oldKey);
      }
      const expires = seen.get(key);
      if (expires !== undefined && expires > time) return false;
      seen.set(key, time + ttlMs);
      return true;
    },
  };
}
