import type { webApi } from '@slack/bolt';
import type { Turn } from '../answer/answer.js';

/** What the bot needs to know about a thread: whether it answered there, and its earlier turns. */
export interface ThreadHistory {
  readonly botAnswered: boolean;
  readonly turns: Turn[];
}

const MAX_PAGES = 5;

function readTurn(message: Record<string, unknown>): Turn | null {
  const metadata = message.metadata as { event_type?: unknown; event_payload?: Record<string, unknown> } | undefined;
  if (metadata?.event_type !== 'story_answer' || metadata.event_payload === undefined) return null;
  const { question, passage_ids: passageIds } = metadata.event_payload;
  if (typeof question !== 'string' || !Array.isArray(passageIds)) return null;
  return { question, passageIds: passageIds.filter((id): id is string => typeof id === 'string') };
}

/**
 * Reads a thread from Slack with its message metadata. Slack is the shared memory here, so every running bot
 * process sees the same turns and nothing is lost on restart.
 */
export async function readThreadHistory(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  botUserId: string | undefined,
): Promise<ThreadHistory> {
  const turns: Turn[] = [];
  let botAnswered = false;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await client.conversations.replies({
      channel,
      ts: threadTs,
      include_all_metadata: true,
      limit: 200,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const message of (response.messages ?? []) as Record<string, unknown>[]) {
      const turn = readTurn(message);
      if (turn !== null) turns.push(turn);
      if (turn !== null || (botUserId !== undefined && message.user === botUserId)) botAnswered = true;
    }
    cursor = response.response_metadata?.next_cursor || undefined;
    if (cursor === undefined) break;
  }
  return { botAnswered, turns };
}
