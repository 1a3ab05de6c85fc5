import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import { FakeStoryDesk } from './fake-story-desk.js';
import { startSocketHarness } from './harness.js';
import type { SocketHarness } from './harness.js';
import { expectSendable } from './slack-limits.js';

const MENTION = `<@${LOCAL_IDS.botUser}>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('Socket Mode: direct messages, thread follow-ups, and what the bot leaves alone', () => {
  let harness: SocketHarness;
  let desk: FakeStoryDesk;
  beforeEach(async () => {
    desk = new FakeStoryDesk();
    harness = await startSocketHarness(desk);
  });
  afterEach(async () => harness.stop());

  it('answers a direct message, and a reply in its thread as a follow-up', async () => {
    const dm = harness.server.sendMessage({ channel: LOCAL_IDS.directMessage, text: 'Who protested?' });
    await Promise.all(dm.deliveries.map((delivery) => delivery.ack));
    const answer = await harness.server.waitForCall('chat.postMessage', (call) => call.args.channel === LOCAL_IDS.directMessage);
    expect(answer.args.thread_ts).toBeUndefined();
    expectSendable(answer.args);
    // The person replies in the thread of the bot's answer.
    const parentTs = String(answer.result.ts);
    harness.server.sendMessage({ channel: LOCAL_IDS.directMessage, text: 'And when?', threadTs: parentTs });
    const followUp = await harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === parentTs);
    expectSendable(followUp.args);
    expect(desk.questions[1]).toEqual({ question: 'And when?', history: [{ question: 'Who protested?', passageIds: ['toi:p1', 'row:p2'] }] });
  });

  it('answers a reply in its channel thread without a mention, reading the turns from conversations.replies', async () => {
    const first = harness.server.sendMessage({ text: `${MENTION} What did Italy say?` });
    await harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === first.ts);
    harness.server.sendMessage({ text: 'What about <!here> the US?', threadTs: first.ts });
    await harness.server.waitForCall('chat.postMessage', () => harness.server.callsTo('chat.postMessage').length === 2);
    const replies = harness.server.callsTo('conversations.replies');
    expect(replies.at(-1)?.args).toMatchObject({ channel: LOCAL_IDS.channel, ts: first.ts, include_all_metadata: 'true' });
    const followUp = harness.server.callsTo('chat.postMessage')[1];
    expect(followUp?.args.thread_ts).toBe(first.ts);
    expect(desk.questions[1]?.question).toBe('What about @here the US?');
    expect(desk.questions[1]?.history).toHaveLength(1);
  });

  it('leaves alone replies to someone else, threads it is not in, bots, edits, deletions and joins', async () => {
    const first = harness.server.sendMessage({ text: `${MENTION} What did Italy say?` });
    await harness.server.waitForCall('chat.postMessage');
    harness.server.sendMessage({ text: '<@U0EDITOR> can you check this?', threadTs: first.ts });
    const unrelated = harness.server.sendMessage({ text: 'Lunch anyone?' });
    harness.server.sendMessage({ text: 'I will bring sandwiches', threadTs: unrelated.ts });
    const base = { channel: LOCAL_IDS.channel, channel_type: 'channel', ts: '1700000001.000001', user: LOCAL_IDS.person, text: `${MENTION} hi` };
    harness.server.sendEvent({ type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER', ...base });
    harness.server.sendEvent({ type: 'app_mention', bot_id: 'B0OTHER', ...base, ts: '1700000001.000002' });
    harness.server.sendEvent({ type: 'message', subtype: 'message_changed', ...base, ts: '1700000001.000003', thread_ts: first.ts });
    harness.server.sendEvent({ type: 'message', subtype: 'message_deleted', ...base, ts: '1700000001.000004', thread_ts: first.ts });
    harness.server.sendEvent({ type: 'message', subtype: 'channel_join', ...base, ts: '1700000001.000005' });
    harness.server.sendEvent({ type: 'message', channel_type: 'channel', channel: LOCAL_IDS.channel, user: LOCAL_IDS.botUser, bot_id: LOCAL_IDS.botId, ts: '1700000001.000006', thread_ts: first.ts, text: 'my own answer' });
    await settle();
    expect(harness.server.callsTo('chat.postMessage')).toHaveLength(1);
    expect(desk.questions).toHaveLength(1);
  });

  it('waits out a 429 from chat.postMessage and then posts the answer', async () => {
    harness.server.rateLimitNext('chat.postMessage', 1, 1);
    const sent = harness.server.sendMessage({ text: `${MENTION} rate limited?` });
    const post = await harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === sent.ts);
    const limited = harness.server.callsTo('chat.postMessage:rate_limited')[0];
    expect(limited).toBeDefined();
    expect(post.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });
});

