import type { Readable, Writable } from 'node:stream';
import type { Logger } from '../../logger.js';
import type { StoryDesk } from '../../story-desk.js';
import { createSlackApp } from '../create-slack-app.js';
import { runLocalConsole } from './local-console.js';
import { LocalSlackServer } from './local-slack-server.js';

/** Options for {@link runLocalSlack}. */
export interface RunLocalSlackOptions {
  readonly desk: StoryDesk;
  readonly logger: Logger;
  readonly dataDir: string;
  readonly input: Readable;
  readonly output: Writable;
}

/**
 * Runs the bot without a Slack workspace: the same Bolt app, over Socket Mode, against a local Slack server in
 * this process, with a terminal console as the person asking. Resolves when the console's input ends.
 */
export async function runLocalSlack(options: RunLocalSlackOptions): Promise<void> {
  const server = await LocalSlackServer.start();
  const app = createSlackApp({ slack: server.slackConfig, desk: options.desk, logger: options.logger, dataDir: options.dataDir, retryConfig: { retries: 2, factor: 1, minTimeout: 100 } });
  try {
    await app.start();
    await server.waitForConnection();
    options.logger.info('Running locally: no Slack tokens are set, so a local Slack stands in', { api: server.apiUrl });
    await runLocalConsole({ server, input: options.input, output: options.output });
  } finally {
    await app.stop().catch(() => undefined);
    await server.close();
  }
}
