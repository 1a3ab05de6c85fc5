import { randomUUID } from 'node:crypto';
import { LOCAL_IDS } from './local-identity.js';

/** Wraps an event in the `event_callback` body Slack sends over HTTP and inside Socket Mode envelopes. */
export function buildEventCallback(event: Record<string, unknown>, eventId = `Ev${randomUUID().replace(/-/gu, '').slice(0, 12).toUpperCase()}`) {
  return {
    token: 'local-verification-token',
    team_id: LOCAL_IDS.team,
    api_app_id: LOCAL_IDS.app,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: LOCAL_IDS.team, user_id: LOCAL_IDS.botUser, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** The fields of a slash command as Slack posts them (form-encoded over HTTP, an object in Socket Mode). */
export function buildSlashCommand(options: { command: string; text: string; channel: string; user: string; responseUrl: string }): Record<string, string> {
  return {
    token: 'local-verification-token',
    team_id: LOCAL_IDS.team,
    team_domain: 'local',
    channel_id: options.channel,
    channel_name: options.channel === LOCAL_IDS.channel ? 'newsroom' : 'directmessage',
    user_id: options.user,
    user_name: 'reporter',
    command: options.command,
    text: options.text,
    api_app_id: LOCAL_IDS.app,
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: `${Date.now()}.local`,
  };
}

/** A `block_actions` payload for a click on `button` of a message. */
export function buildBlockAction(options: {
  button: { action_id: string; value?: string; block_id?: string; text?: unknown };
  channel: string;
  user: string;
  messageTs: string | undefined;
  responseUrl: string;
}) {
  return {
    type: 'block_actions',
    user: { id: options.user, username: 'reporter', name: 'reporter', team_id: LOCAL_IDS.team },
    api_app_id: LOCAL_IDS.app,
    token: 'local-verification-token',
    container: { type: 'message', message_ts: options.messageTs, channel_id: options.channel, is_ephemeral: options.messageTs === undefined },
    trigger_id: `${Date.now()}.local`,
    team: { id: LOCAL_IDS.team, domain: 'local' },
    channel: { id: options.channel, name: 'newsroom' },
    ...(options.messageTs === undefined ? {} : { message: { type: 'message', ts: options.messageTs } }),
    response_url: options.responseUrl,
    actions: [{ type: 'button', action_id: options.button.action_id, block_id: options.button.block_id ?? 'actions', text: options.button.text, value: options.button.value, action_ts: String(Date.now() / 1000) }],
  };
}

/** Finds a button by action id in a message's blocks. */
export function findButton(blocks: readonly unknown[], actionId: string): { action_id: string; value?: string; block_id?: string; text?: unknown } | null {
  for (const block of blocks as Array<{ type?: string; block_id?: string; elements?: Array<{ action_id?: string; value?: string; text?: unknown }> }>) {
    if (block.type !== 'actions') continue;
    const found = block.elements?.find((element) => element.action_id === actionId);
    if (found?.action_id !== undefined) return { ...found, action_id: found.action_id, ...(block.block_id === undefined ? {} : { block_id: block.block_id }) };
  }
  return null;
}
