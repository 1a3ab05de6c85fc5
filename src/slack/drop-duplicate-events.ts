import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../logger.js';
import type { Dedupe } from './event-dedupe.js';

/**
 * Global middleware: an event whose `event_id` was already handled (Slack's retries over HTTP or Socket Mode)
 * stops here, so it is never answered twice. Bolt itself does not de-duplicate.
 */
export function dropDuplicateEvents(dedupe: Dedupe, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !dedupe.claim(`event:${eventId}`)) {
      logger.debug('Dropped a repeated event', { eventId, retryNum: context.retryNum });
      return;
    }
    await next();
  };
}
