import { describe, expect, it } from 'vitest';
import { createDedupe } from '../../src/slack/event-dedupe.js';
import { findLimitProblems } from '../../src/slack/format/limits.js';
import { escapeText, formatDate, truncateAtSentence } from '../../src/slack/format/text.js';
import { formatAnswer } from '../../src/slack/format/answer-message.js';
import { cleanQuestion } from '../../src/slack/question-text.js';
import { FakeStoryDesk } from './fake-story-desk.js';

describe('Slack text helpers', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeText('<!channel> & <@U123> > x')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; x');
  });

  it('shortens at a sentence boundary, keeping the kept text verbatim and counting escapes', () => {
    const text = 'First sentence & more. Second sentence is here. Third.';
    expect(truncateAtSentence(text, 40)).toBe('First sentence & more. …');
    expect(escapeText(truncateAtSentence('a&'.repeat(100), 50)).length).toBeLessThanOrEqual(50);
  });

  it('renders article dates as written, without shifting time zones', () => {
    expect(formatDate('2026-01-27T20:26:00+05:30')).toBe('27 Jan 2026');
    expect(formatDate(null)).toBeNull();
  });

  it('turns Slack markup in a question into plain words and drops the bot mention', () => {
    expect(cleanQuestion('<@U0BOT> is <!here> &lt;ok&gt; &amp; <#C1|news>?', 'U0BOT')).toBe('is @here <ok> & #news?');
  });

  it('remembers handled events for a while, within a bounded size', () => {
    let now = 0;
    const dedupe = createDedupe({ ttlMs: 1000, maxEntries: 2, now: () => now });
    expect(dedupe.claim('a')).toBe(true);
    expect(dedupe.claim('a')).toBe(false);
    now = 2000;
    expect(dedupe.claim('a')).toBe(true);
    dedupe.claim('b');
    dedupe.claim('c');
    expect(dedupe.claim('a')).toBe(true); // the oldest was forgotten to stay within two entries
  });

  it('keeps oversized answers within every Slack limit', async () => {
    const answer = await new FakeStoryDesk().answer('a long question');
    const message = formatAnswer(answer, { restateFor: 'you', shareButton: true });
    expect(findLimitProblems(message.blocks)).toEqual([]);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });
});
