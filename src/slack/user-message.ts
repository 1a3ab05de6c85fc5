/** The parts of a person's message the bot acts on. */
export interface UserMessage {
  readonly channel: string;
  readonly channelType: string | undefined;
  readonly ts: string;
  /** The thread's parent ts when the message is a reply; undefined for a top-level message. */
  readonly threadTs: string | undefined;
  readonly user: string;
  readonly text: string;
}

/**
 * Reads a message or app_mention event written by a person. Null for everything the bot must leave alone: its
 * own and other bots' messages, edits, deletions, joins and any other subtype.
 */
export function readUserMessage(event: unknown, botUserId: string | undefined): UserMessage | null {
  if (typeof event !== 'object' || event === null) return null;
  const fields = event as Record<string, unknown>;
  if (fields.subtype !== undefined || fields.bot_id !== undefined || fields.bot_profile !== undefined) return null;
  if (fields.edited !== undefined) return null;
  const { channel, ts, user, text } = fields;
  if (typeof channel !== 'string' || typeof ts !== 'string' || typeof user !== 'string' || typeof text !== 'string') return null;
  if (user === botUserId) return null;
  const threadTs = typeof fields.thread_ts === 'string' && fields.thread_ts !== ts ? fields.thread_ts : undefined;
  const channelType = typeof fields.channel_type === 'string' ? fields.channel_type : undefined;
  return { channel, channelType, ts, threadTs, user, text };
}
