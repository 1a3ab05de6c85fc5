import { describe, expect, it } from 'vitest';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import { useSocketHarness } from './harness.js';
import { expectSendable } from './slack-limits.js';

const MENTION = `<@${LOCAL_IDS.botUser}>`;

describe('Socket Mode: a mention in a channel', () => {
  const suite = useSocketHarness();

  it('acks the envelopes and answers once, in the message thread, with escaped sources', async () => {
    const sent = suite.harness.server.sendMessage({ text: `${MENTION} Why is Italy angry <!channel> &amp; who said so?` });
    const acks = await Promise.all(sent.deliveries.map((delivery) => delivery.ack));
    expect(acks).toHaveLength(2); // app_mention and message, both acked
    const post = await suite.harness.server.waitForCall('chat.postMessage');
    expect(post.args.channel).toBe(LOCAL_IDS.channel);
    expect(post.args.thread_ts).toBe(sent.ts);
    expect(post.args.unfurl_links).toBe('false');
    expectSendable(post.args);
    expect(suite.desk.questions[0]?.question).toBe('Why is Italy angry @channel & who said so?');
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('Lawmakers &lt;!channel&gt; said Italy &amp; the US disagree.');
    expect(blocks).toContain('Based on 2 articles');
    expect(blocks).toContain('27 Jan 2026');
    expect((post.args.metadata as { event_type: string }).event_type).toBe('story_answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(suite.harness.server.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a mention inside an existing thread in that thread, with the thread as context', async () => {
    const first = suite.harness.server.sendMessage({ text: `${MENTION} What did Italy say?` });
    await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === first.ts);
    const second = suite.harness.server.sendMessage({ text: `${MENTION} and the US?`, threadTs: first.ts });
    const reply = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === first.ts && call !== suite.harness.server.callsTo('chat.postMessage')[0]);
    expect(reply.args.thread_ts).toBe(first.ts);
    expect(second.ts).not.toBe(first.ts);
    expect(suite.desk.questions[1]?.history).toEqual([{ question: 'What did Italy say?', passageIds: ['toi:p1', 'row:p2'] }]);
  });

  it('answers a retried event only once', async () => {
    const event = { type: 'app_mention', user: LOCAL_IDS.person, text: `${MENTION} retry?`, ts: '1700000000.000100', channel: LOCAL_IDS.channel };
    const first = suite.harness.server.sendEvent(event, { eventId: 'EvRETRY1' });
    const retry = suite.harness.server.sendEvent(event, { eventId: 'EvRETRY1', retryAttempt: 1 });
    await Promise.all([first.ack, retry.ack]);
    await suite.harness.server.waitForCall('chat.postMessage');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(suite.harness.server.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('gives a short apology in the thread when the engine fails, and keeps tokens out of the log', async () => {
    const sent = suite.harness.server.sendMessage({ text: `${MENTION} please explode` });
    const post = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === sent.ts);
    expect(String(post.args.text)).toMatch(/^:warning: Sorry/u);
    expect(String(post.args.text)).not.toContain('exploded');
    const log = suite.harness.logLines.join('\n');
    expect(log).toContain('engine exploded');
    expect(log).not.toMatch(/xox[bp]-|xapp-/u);
  });
});
