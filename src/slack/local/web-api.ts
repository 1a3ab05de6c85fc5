import type { types } from '@slack/bolt';
import { findLimitProblems } from '../format/limits.js';
import { LOCAL_IDS } from './local-identity.js';
import type { MessageStore, StoredMessage } from './message-store.js';
import { isTrue } from './parse-body.js';

/** What the Web API handlers need from the server. */
export interface WebApiContext {
  readonly store: MessageStore;
  readonly botToken: string;
  readonly appToken: string;
  socketUrl(): string;
}

type ApiResult = Record<string, unknown>;

function withoutMetadata(message: StoredMessage, includeMetadata: boolean): Record<string, unknown> {
  const { metadata, ...rest } = message;
  return includeMetadata && metadata !== undefined ? { ...rest, metadata, type: 'message' } : { ...rest, type: 'message' };
}

function checkBlocks(args: Record<string, unknown>): string | null {
  if (args.blocks === undefined) return typeof args.text === 'string' && args.text !== '' ? null : 'no_text';
  if (!Array.isArray(args.blocks)) return 'invalid_blocks_format';
  return findLimitProblems(args.blocks as types.KnownBlock[]).length === 0 ? null : 'invalid_blocks';
}

function postMessage(context: WebApiContext, args: Record<string, unknown>): ApiResult {
  if (typeof args.channel !== 'string') return { ok: false, error: 'channel_not_found' };
  const problem = checkBlocks(args);
  if (problem !== null) return { ok: false, error: problem };
  const message = context.store.add({
    channel: args.channel,
    ts: context.store.nextTs(),
    user: LOCAL_IDS.botUser,
    bot_id: LOCAL_IDS.botId,
    text: typeof args.text === 'string' ? args.text : '',
    ...(Array.isArray(args.blocks) ? { blocks: args.blocks as unknown[] } : {}),
    ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
    ...(args.metadata === undefined ? {} : { metadata: args.metadata }),
  });
  return { ok: true, channel: message.channel, ts: message.ts, message: withoutMetadata(message, false) };
}

const HANDLERS: Readonly<Record<string, (context: WebApiContext, args: Record<string, unknown>) => ApiResult>> = {
  'auth.test': () => ({ ok: true, url: 'http://localhost/', team: 'Local newsroom', user: 'storydesk', team_id: LOCAL_IDS.team, user_id: LOCAL_IDS.botUser, bot_id: LOCAL_IDS.botId }),
  'chat.postMessage': postMessage,
  'chat.postEphemeral': (context, args) => {
    const problem = checkBlocks(args);
    return problem === null ? { ok: true, message_ts: context.store.nextTs() } : { ok: false, error: problem };
  },
  'chat.update': (context, args) => {
    const found = typeof args.channel === 'string' && typeof args.ts === 'string' ? context.store.find(args.channel, args.ts) : undefined;
    if (found === undefined) return { ok: false, error: 'message_not_found' };
    const problem = checkBlocks(args);
    if (problem !== null) return { ok: false, error: problem };
    found.text = typeof args.text === 'string' ? args.text : found.text;
    if (Array.isArray(args.blocks)) found.blocks = args.blocks as unknown[];
    return { ok: true, channel: found.channel, ts: found.ts, text: found.text };
  },
  'conversations.replies': (context, args) => {
    if (typeof args.channel !== 'string' || typeof args.ts !== 'string') return { ok: false, error: 'invalid_arguments' };
    const thread = context.store.thread(args.channel, args.ts);
    if (thread.length === 0) return { ok: false, error: 'thread_not_found' };
    const includeMetadata = isTrue(args.include_all_metadata);
    return { ok: true, messages: thread.map((message) => withoutMetadata(message, includeMetadata)), has_more: false, response_metadata: { next_cursor: '' } };
  },
  'reactions.add': () => ({ ok: true }),
  'users.info': (_context, args) => ({ ok: true, user: { id: args.user, name: 'reporter', real_name: 'Local Reporter', is_bot: false } }),
};

/** Answers one Web API call as Slack would, checking the token kind each method needs. */
export function handleApiCall(context: WebApiContext, method: string, token: string | undefined, args: Record<string, unknown>): ApiResult {
  if (token === undefined) return { ok: false, error: 'not_authed' };
  if (method === 'apps.connections.open') {
    return token === context.appToken ? { ok: true, url: context.socketUrl() } : { ok: false, error: 'invalid_auth' };
  }
  if (token !== context.botToken) return { ok: false, error: 'invalid_auth' };
  const handler = HANDLERS[method];
  return handler === undefined ? { ok: false, error: 'unknown_method' } : handler(context, args);
}
