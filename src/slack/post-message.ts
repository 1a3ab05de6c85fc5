import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './format/blocks.js';

/**
 * Posts a formatted message, in a thread when `threadTs` is given. Links never unfurl (source links would
 * otherwise expand into large previews), and `parse`/`link_names` stay unset so nothing is turned into a ping.
 */
export async function postMessage(
  client: webApi.WebClient,
  channel: string,
  threadTs: string | undefined,
  message: SlackMessage,
): Promise<string | undefined> {
  const response = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
    // Slack accepts arrays in metadata payloads; the SDK's type only lists objects.
    ...(message.metadata === undefined ? {} : { metadata: message.metadata as unknown as webApi.ChatPostMessageArguments['metadata'] }),
    unfurl_links: false,
    unfurl_media: false,
  });
  return response.ts;
}
