import { expect } from 'vitest';
import type { types } from '@slack/bolt';
import { findLimitProblems } from '../../src/slack/format/limits.js';

/** Asserts a posted message is within Slack's limits and pings nobody. */
export function expectSendable(args: Record<string, unknown>): void {
  const blocks = (args.blocks ?? []) as types.KnownBlock[];
  expect(findLimitProblems(blocks)).toEqual([]);
  const everything = JSON.stringify([args.text, blocks]);
  expect(everything).not.toMatch(/<!(channel|here|everyone)>/u);
  expect(everything).not.toMatch(/<@U123>/u);
  expect(typeof args.text).toBe('string');
}
