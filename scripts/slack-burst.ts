/**
 * Sends a burst of 200 questions to the bot through Socket Mode, against the local Slack server, and reports
 * p50 / p95 from event to chat.postMessage and the ack times. Uses the real engine on the corpus when it opens,
 * and says so when it falls back to the canned test desk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/logger.js';
import { openStoryDesk } from '../src/open-story-desk.js';
import { createSlackApp } from '../src/slack/create-slack-app.js';
import { LOCAL_IDS } from '../src/slack/local/local-identity.js';
import { LocalSlackServer } from '../src/slack/local/local-slack-server.js';
import type { StoryDesk } from '../src/story-desk.js';
import { FakeStoryDesk } from '../test/slack/fake-story-desk.js';

const BURST = 200;
// Questions arrive this many ms apart (200 a second by default); `--interval-ms 0` sends all 200 at once, which
// measures queueing in one process more than latency, as the local Slack server shares the bot's event loop.
const intervalArg = process.argv.indexOf('--interval-ms');
const INTERVAL_MS = intervalArg === -1 ? 5 : Number(process.argv[intervalArg + 1] ?? '5');
const QUESTIONS = [
  'Why is Italy protesting the ICE role?',
  'What will ICE agents do at the Winter Olympics?',
  'Who said ICE is not welcome in Milan?',
  'When do the Winter Olympics open?',
  'What did the Italian government say about the deployment?',
  'Which US agency is sending agents?',
  'Where are the Games being held?',
  'What did the mayor of Milan say?',
  'How did the US respond to the criticism?',
  'What is the diplomatic row about?',
];

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summarize(label: string, values: readonly number[]): string {
  return `${label.padEnd(28)} p50 ${percentile(values, 50).toFixed(1)} ms   p95 ${percentile(values, 95).toFixed(1)} ms   max ${Math.max(...values).toFixed(1)} ms`;
}

async function openDesk(dataDir: string): Promise<{ desk: StoryDesk; kind: string }> {
  try {
    const config = loadConfig({ CORPUS_PATH: process.env.CORPUS_PATH ?? 'corpus', DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    return { desk: await openStoryDesk(config, silentLogger), kind: 'real engine on the seed corpus' };
  } catch (error) {
    return { desk: new FakeStoryDesk(), kind: `canned test desk (the engine did not open: ${error instanceof Error ? error.message : String(error)})` };
  }
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'story-burst-'));
const { desk, kind } = await openDesk(dataDir);
const server = await LocalSlackServer.start();
const app = createSlackApp({ slack: server.slackConfig, desk, logger: silentLogger, dataDir, retryConfig: { retries: 2, factor: 1, minTimeout: 50 } });
await app.start();
await server.waitForConnection();

// One warm-up question so first-call costs (lazy loading, JIT) are not counted in the burst.
const warm = server.sendMessage({ text: `<@${LOCAL_IDS.botUser}> ${QUESTIONS[0]}` });
await server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === warm.ts, 60_000);

const started = performance.now();
const sent: Array<ReturnType<typeof server.sendMessage>> = [];
const pending: Array<Promise<Awaited<ReturnType<typeof server.waitForCall>>>> = [];
for (let index = 0; index < BURST; index += 1) {
  const message = server.sendMessage({ text: `<@${LOCAL_IDS.botUser}> ${QUESTIONS[index % QUESTIONS.length]}`, channel: `C0BURST${index % 20}` });
  sent.push(message);
  pending.push(server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === message.ts, 60_000));
  if (INTERVAL_MS > 0) await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
}
const answers = await Promise.all(pending);
const acks = await Promise.all(sent.flatMap((message) => message.deliveries.map((delivery) => delivery.ack)));
const wall = performance.now() - started;

const eventToPost = answers.map((answer, index) => answer.at - (sent[index]?.deliveries[0]?.sentAt ?? answer.at));
const failed = answers.filter((answer) => answer.result.ok !== true).length;
const extra = server.callsTo('chat.postMessage').length - 1 - BURST;
console.log(`Slack burst: ${BURST} questions as mentions over Socket Mode, ${INTERVAL_MS} ms apart (${acks.length} envelopes: app_mention + message each)`);
console.log(`desk: ${kind}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()}`);
console.log(summarize('event → chat.postMessage', eventToPost));
console.log(summarize('envelope → ack', acks.map((ack) => ack.ackMs)));
console.log(`wall time for the burst: ${wall.toFixed(0)} ms; failed posts: ${failed}; duplicate answers: ${Math.max(0, extra)}`);
console.log(percentile(eventToPost, 95) < 100 ? 'p95 under 100 ms: yes' : 'p95 under 100 ms: NO');

await app.stop();
await server.close();
await rm(dataDir, { recursive: true, force: true });
process.exit(failed > 0 || extra > 0 ? 1 : 0);
