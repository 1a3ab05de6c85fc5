import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logger.js';

function join(parts: unknown[]): string {
  return parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
}

/**
 * Adapts the product's logger for Bolt and its SDKs. Their routine chatter (connections, pings) goes to debug so
 * the info log stays about the bot's own work; everything passes through the product logger's redaction.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.DEBUG;
  return {
    debug: (...parts: unknown[]) => logger.debug(`[slack] ${join(parts)}`),
    info: (...parts: unknown[]) => logger.debug(`[slack] ${join(parts)}`),
    warn: (...parts: unknown[]) => logger.warn(`[slack] ${join(parts)}`),
    error: (...parts: unknown[]) => logger.error(`[slack] ${join(parts)}`),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
