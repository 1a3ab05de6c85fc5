import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** One 👍 or 👎, with what was asked and which passages the answer cited. */
export interface FeedbackEntry {
  readonly vote: 'up' | 'down';
  readonly question: string;
  readonly passageIds: readonly string[];
  readonly user: string;
  readonly channel: string | null;
  readonly messageTs: string | null;
}

/** Where feedback goes. */
export interface FeedbackLog {
  record(entry: FeedbackEntry): Promise<void>;
}

/** An append-only JSON-lines feedback file in the data folder (`feedback.jsonl`), created on first use. */
export function createFeedbackLog(dataDir: string): FeedbackLog {
  const file = path.join(dataDir, 'feedback.jsonl');
  return {
    async record(entry) {
      await mkdir(dataDir, { recursive: true });
      const line = JSON.stringify({
        at: new Date().toISOString(),
        vote: entry.vote,
        question: entry.question,
        passage_ids: entry.passageIds,
        user: entry.user,
        channel: entry.channel,
        message_ts: entry.messageTs,
      });
      // One write per line with O_APPEND keeps concurrent writers from interleaving within a line.
      await appendFile(file, `${line}\n`, { encoding: 'utf8', flag: 'a' });
    },
  };
}
