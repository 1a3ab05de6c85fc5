import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { App } from '@slack/bolt';
import { afterEach, beforeEach } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { LocalSlackServer } from '../../src/slack/local/local-slack-server.js';
import type { StoryDesk } from '../../src/story-desk.js';
import { FakeStoryDesk } from './fake-story-desk.js';

/** A running bot over Socket Mode against the local Slack server, with the lines it logged. */
export interface SocketHarness {
  readonly server: LocalSlackServer;
  readonly app: App;
  readonly desk: StoryDesk;
  readonly dataDir: string;
  readonly logLines: string[];
  stop(): Promise<void>;
}

/** Starts the real Bolt app in Socket Mode against a fresh local Slack server. */
export async function startSocketHarness(desk: StoryDesk = new FakeStoryDesk()): Promise<SocketHarness> {
  const server = await LocalSlackServer.start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'story-slack-'));
  const logLines: string[] = [];
  const app = createSlackApp({
    slack: server.slackConfig,
    desk,
    logger: createLogger({ level: 'debug', write: (line) => logLines.push(line) }),
    dataDir,
    // One retry, with no backoff of its own: a 429 then waits only for Retry-After.
    retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
  });
  await app.start();
  await server.waitForConnection();
  return {
    server,
    app,
    desk,
    dataDir,
    logLines,
    async stop() {
      await app.stop();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a suite's tests share: a fresh harness over a fresh fake desk for each test. */
export interface SocketSuite {
  readonly harness: SocketHarness;
  readonly desk: FakeStoryDesk;
}

/** Starts a harness over a new FakeStoryDesk before each test of the calling suite and stops it after. */
export function useSocketHarness(): SocketSuite {
  const suite = {} as { harness: SocketHarness; desk: FakeStoryDesk };
  beforeEach(async () => {
    suite.desk = new FakeStoryDesk();
    suite.harness = await startSocketHarness(suite.desk);
  });
  afterEach(async () => suite.harness.stop());
  return suite;
}
