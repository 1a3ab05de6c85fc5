import { context, fitMessage, section } from './blocks.js';
import type { SlackMessage } from './blocks.js';

/** Formats `/story help`: what the bot does and how to ask, in a few lines. */
export function formatHelp(): SlackMessage {
  const lines = [
    '*I answer questions about the story from its own articles*, quoting the passages I rely on, numbered [1], [2]…',
    '• Mention me in a channel, or send me a direct message. Reply in my thread to follow up — no need to mention me again.',
    '• `/story <question>` — an answer only you see, with a button to share it.',
    '• `/story sources` — the articles I know.',
    '• `/story summary [topic]` or `/story summary article <number or title words>` — a cited summary.',
    '• `/story quotes [speaker]` — who was quoted, or what one person said, verbatim.',
  ];
  return fitMessage({
    text: lines.join('\n'),
    blocks: [section(lines.join('\n')), context(['When the articles do not say, I say so rather than guess. 👍/👎 on an answer tells the team how I did.'])],
  });
}

/** A short notice in a single section, for apologies and hints; `text` must already be escaped. */
export function formatNotice(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/** The apology shown when something failed inside the bot; the detail goes to the log, never to the user. */
export function formatApology(): SlackMessage {
  return formatNotice(':warning: Sorry — something went wrong while I was looking into that. Please try again in a moment; the team can see the details in the log.');
}
