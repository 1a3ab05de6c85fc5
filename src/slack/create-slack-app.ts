import { App } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config/config.js';
import type { Logger } from '../logger.js';
import { describeError } from '../logger.js';
import type { StoryDesk } from '../story-desk.js';
import { toBoltLogger } from './bolt-logger.js';
import { createDedupe } from './event-dedupe.js';
import type { Dedupe } from './event-dedupe.js';
import { createFeedbackLog } from './feedback-log.js';
import { registerListeners } from './register-listeners.js';

/** Options for {@link createSlackApp}. */
export interface SlackAppOptions {
  /** Socket Mode or HTTP, with tokens; local mode is turned into Socket Mode against the local server first. */
  readonly slack: Exclude<SlackConfig, { mode: 'local' }>;
  readonly desk: StoryDesk;
  readonly logger: Logger;
  /** The data folder, where `feedback.jsonl` is appended. */
  readonly dataDir: string;
  /** Web API retry policy (429s are retried after Retry-After within it); the SDK's default when absent. */
  readonly retryConfig?: webApi.RetryOptions;
  /** Replaces the in-memory duplicate filter, e.g. to share one between apps in a test. */
  readonly dedupe?: Dedupe;
}

function clientOptions(apiUrl: string | null, retryConfig: webApi.RetryOptions | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl === null ? {} : { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` }),
    ...(retryConfig === undefined ? {} : { retryConfig }),
  };
}

/** Builds the Bolt app for the configured transport with every listener registered; `app.start()` connects it. */
export function createSlackApp(options: SlackAppOptions): App {
  const { slack, logger } = options;
  const common = {
    token: slack.botToken,
    logger: toBoltLogger(logger),
    clientOptions: clientOptions(slack.apiUrl, options.retryConfig),
  };
  const app = slack.mode === 'socket'
    ? new App({ ...common, appToken: slack.appToken, socketMode: true })
    : new App({ ...common, signingSecret: slack.signingSecret, endpoints: '/slack/events' });
  app.error(async (error) => {
    logger.error('Unhandled error in a Slack listener', describeError(error, true));
  });
  registerListeners(app, {
    desk: options.desk,
    logger,
    dedupe: options.dedupe ?? createDedupe(),
    feedback: createFeedbackLog(options.dataDir),
  });
  return app;
}
