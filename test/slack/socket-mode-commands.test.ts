import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/action-ids.js';
import { LOCAL_IDS } from '../../src/slack/local/local-identity.js';
import { useSocketHarness } from './harness.js';
import { expectSendable } from './slack-limits.js';

describe('Socket Mode: /story and the answer buttons', () => {
  const suite = useSocketHarness();

  async function runStory(text: string) {
    const command = suite.harness.server.sendSlashCommand({ text });
    const ack = await command.ack;
    const response = await suite.harness.server.waitForCall('response_url', (call) => call.args.response_id === command.responseId);
    expectSendable(response.args);
    return { ack, response, envelopeId: command.envelopeId };
  }

  it('acks at once, then answers only the asker, restating the question, with a share button', async () => {
    const { ack, response, envelopeId } = await runStory('Why did Italy protest <@U123>?');
    expect(ack.envelopeId).toBe(envelopeId);
    expect(response.at).toBeGreaterThan(0);
    expect(response.args.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(response.args.blocks);
    expect(blocks).toContain('*You asked:* Why did Italy protest @U123?');
    expect(blocks).toContain(ACTION_IDS.shareAnswer);
    expect(suite.desk.questions[0]?.question).toBe('Why did Italy protest @U123?');
  });

  it('shares the answer in the channel when the button is clicked, and removes the private copy', async () => {
    const { response } = await runStory('Why did Italy protest?');
    const click = suite.harness.server.clickButton({ blocks: response.args.blocks as unknown[], actionId: ACTION_IDS.shareAnswer });
    await click.ack;
    const shared = await suite.harness.server.waitForCall('chat.postMessage');
    expect(shared.args.channel).toBe(LOCAL_IDS.channel);
    expect(shared.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(shared.args.blocks)).toContain(`<@${LOCAL_IDS.person}> asked:`);
    expectSendable(shared.args);
    const removed = await suite.harness.server.waitForCall('response_url', (call) => call.args.response_id === click.responseId);
    expect(removed.args.delete_original).toBe(true);
  });

  it('records 👍 / 👎 with the question and cited passages, and thanks the clicker', async () => {
    const sent = suite.harness.server.sendMessage({ text: `<@${LOCAL_IDS.botUser}> What did Italy say?` });
    const answer = await suite.harness.server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === sent.ts);
    const click = suite.harness.server.clickButton({ blocks: answer.args.blocks as unknown[], actionId: ACTION_IDS.feedbackDown, messageTs: String(answer.result.ts) });
    await click.ack;
    const thanks = await suite.harness.server.waitForCall('response_url', (call) => call.args.response_id === click.responseId);
    expect(thanks.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const lines = (await readFile(path.join(suite.harness.dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ vote: 'down', question: 'What did Italy say?', passage_ids: ['toi:p1', 'row:p2'], user: LOCAL_IDS.person, message_ts: answer.result.ts });
  });

  it('lists the sources with title, source, date and passages', async () => {
    const { response } = await runStory('sources');
    const text = JSON.stringify(response.args.blocks);
    expect(text).toContain('The Times of India · 27 Jan 2026 · 14 passages');
    expect(text).toContain('A diplomatic row is brewing &amp; growing &lt;fast&gt;');
    expect(text).toContain('source unknown · undated · 9 passages');
  });

  it('explains itself with help, and treats an unknown subcommand as a question', async () => {
    const help = await runStory('help');
    expect(String(help.response.args.text)).toContain('/story sources');
    await runStory('frobnicate the budget');
    expect(suite.desk.questions.at(-1)?.question).toBe('frobnicate the budget');
  });

  it('formats summaries with cited bullets and the footer, and topics with no match', async () => {
    const { response } = await runStory('summary');
    const text = JSON.stringify(response.args.blocks);
    expect(text).toContain('• Bullet 0: Italy &amp; the US &lt;disagree&gt; about ICE. [1][2]');
    expect(text).toContain('2 articles, 27 Jan 2026 – undated');
    const empty = await runStory('summary nothing');
    expect(JSON.stringify(empty.response.args.blocks)).toContain('Nothing in the 2 articles mentions');
    const long = await runStory('summary long');
    expect(JSON.stringify(long.response.args.blocks)).toContain('more bullets not shown');
    await runStory('summary article 2');
  });

  it('formats quotes by speaker verbatim, and who was quoted how often', async () => {
    const speaker = await runStory('quotes sala');
    const text = JSON.stringify(speaker.response.args.blocks);
    expect(text).toContain('“They are not welcome in Milan &amp; we say so &lt;!channel&gt;”');
    expect(text).toContain('article 1');
    expect(text).toContain('¶ 3');
    const index = await runStory('quotes');
    expect(JSON.stringify(index.response.args.blocks)).toContain('*Giuseppe Sala* — 2 (1 direct)');
    const nobody = await runStory('quotes Nobody');
    expect(String(nobody.response.args.text)).toContain('no quotes from Nobody');
  });

  it('keeps an oversized answer within Slack limits', async () => {
    const { response } = await runStory('a long question');
    const blocks = response.args.blocks as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const text = JSON.stringify(blocks);
    expect(text).toContain('40 more sources not shown');
    expect(text).toContain('Based on 2 articles');
    expect(text).not.toContain('left out to fit');
  });
});
