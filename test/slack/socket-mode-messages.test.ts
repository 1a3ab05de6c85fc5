import { describe, expect, it } from 'vitest';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import { useSocketHarness } from './harness.js';
import { expectSendable } from './slack-limits.js';

const MENTION = `<@${LOCAL_IDS.botUser}>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('Socket Mode: direct messages, thread follow-ups, and what the bot leaves alone', () => {
  const suite = useSocketHarness();

  it('answers a direct message, and a reply in its thread as a follow-up', async () => {
    const dm = suite.harness.server.sendMessage({ channel: LOCAL_IDS.directMessage, text: 'Who protested?' });
    await Promise.all(dm.deliveries.map((delivery) => delivery.ack));
    const answer = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.channel === LOCAL_IDS.directMessage);
    expect(answer.args.thread_ts).toBeUndefined();
    expectSendable(answer.args);
    // The person replies in the thread of the bot's answer.
    const parentTs = String(answer.result.ts);
    suite.harness.server.sendMessage({ channel: LOCAL_IDS.directMessage, text: 'And when?', threadTs: parentTs });
    const followUp = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === parentTs);
    expectSendable(followUp.args);
    expect(suite.desk.questions[1]).toEqual({ question: 'And when?', history: [{ question: 'Who protested?', passageIds: ['toi:p1', 'row:p2'] }] });
  });

  it('answers a reply in its channel thread without a mention, reading the turns from conversations.replies', async () => {
    const first = suite.harness.server.sendMessage({ text: `${MENTION} What did Italy say?` });
    await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === first.ts);
    suite.harness.server.sendMessage({ text: 'What about <!here> the US?', threadTs: first.ts });
    await suite.harness.server.waitForCall('chat.postMessage', () => suite.harness.server.callsTo('chat.postMessage').length === 2);
    const replies = suite.harness.server.callsTo('conversations.replies');
    expect(replies.at(-1)?.args).toMatchObject({ channel: LOCAL_IDS.channel, ts: first.ts, include_all_metadata: 'true' });
    const followUp = suite.harness.server.callsTo('chat.postMessage')[1];
    expect(followUp?.args.thread_ts).toBe(first.ts);
    expect(suite.desk.questions[1]?.question).toBe('What about @here the US?');
    expect(suite.desk.questions[1]?.history).toHaveLength(1);
  });

  it('leaves alone replies to someone else, threads it is not in, bots, edits, deletions and joins', async () => {
    const first = suite.harness.server.sendMessage({ text: `${MENTION} What did Italy say?` });
    await suite.harness.server.waitForCall('chat.postMessage');
    suite.harness.server.sendMessage({ text: '<@U0EDITOR> can you check this?', threadTs: first.ts });
    const unrelated = suite.harness.server.sendMessage({ text: 'Lunch anyone?' });
    suite.harness.server.sendMessage({ text: 'I will bring sandwiches', threadTs: unrelated.ts });
    const base = { channel: LOCAL_IDS.channel, channel_type: 'channel', ts: '1700000001.000001', user: LOCAL_IDS.person, text: `${MENTION} hi` };
    suite.harness.server.sendEvent({ type: 'message', subtype: 'bot_message', bot_id: 'B0OTHER', ...base });
    suite.harness.server.sendEvent({ type: 'app_mention', bot_id: 'B0OTHER', ...base, ts: '1700000001.000002' });
    suite.harness.server.sendEvent({ type: 'message', subtype: 'message_changed', ...base, ts: '1700000001.000003', thread_ts: first.ts });
    suite.harness.server.sendEvent({ type: 'message', subtype: 'message_deleted', ...base, ts: '1700000001.000004', thread_ts: first.ts });
    suite.harness.server.sendEvent({ type: 'message', subtype: 'channel_join', ...base, ts: '1700000001.000005' });
    suite.harness.server.sendEvent({ type: 'message', channel_type: 'channel', channel: LOCAL_IDS.channel, user: LOCAL_IDS.botUser, bot_id: LOCAL_IDS.botId, ts: '1700000001.000006', thread_ts: first.ts, text: 'my own answer' });
    await settle();
    expect(suite.harness.server.callsTo('chat.postMessage')).toHaveLength(1);
    expect(suite.desk.questions).toHaveLength(1);
  });

  it('waits out a 429 from chat.postMessage and then posts the answer', async () => {
    suite.harness.server.rateLimitNext('chat.postMessage', 1, 1);
    const sent = suite.harness.server.sendMessage({ text: `${MENTION} rate limited?` });
    const post = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === sent.ts);
    const limited = suite.harness.server.callsTo('chat.postMessage:rate_limited')[0];
    expect(limited).toBeDefined();
    expect(post.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });
});

