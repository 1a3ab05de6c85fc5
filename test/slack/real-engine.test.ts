import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { silentLogger } from '../../src/logger.js';
import { openStoryDesk } from '../../src/open-story-desk.js';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import type { StoryDesk } from '../../src/story-desk.js';
import { startSocketHarness } from './harness.js';
import { expectSendable } from './slack-limits.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the real engine on the seed corpus, through Socket Mode', () => {
  it('answers a mention in its thread with cited passages within Slack limits', async (context) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'story-real-'));
    let desk: StoryDesk;
    try {
      desk = await openStoryDesk(loadConfig({ CORPUS_PATH: path.join(repoRoot, 'corpus'), DATA_DIR: dataDir }), silentLogger);
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      // Shown as skipped, with the reason, until the engine's factory exists; any other failure fails the test.
      if (error instanceof Error && error.message === 'not implemented') return context.skip('openStoryDesk is not implemented yet');
      throw error;
    }
    const harness = await startSocketHarness(desk);
    try {
      const sent = harness.server.sendMessage({ text: `<@${LOCAL_IDS.botUser}> Why is Italy protesting the ICE role?` });
      const post = await harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === sent.ts, 20_000);
      expectSendable(post.args);
      expect(JSON.stringify(post.args.blocks)).toMatch(/\[1\]/u);
    } finally {
      await harness.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
