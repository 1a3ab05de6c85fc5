import type { Logger } from '../logger.js';
import type { StoryDesk } from '../story-desk.js';
import type { Dedupe } from './event-dedupe.js';
import type { FeedbackLog } from './feedback-log.js';

/** What every listener receives: the domain, a logger, the duplicate filter and the feedback log. */
export interface SlackDeps {
  readonly desk: StoryDesk;
  readonly logger: Logger;
  readonly dedupe: Dedupe;
  readonly feedback: FeedbackLog;
}
