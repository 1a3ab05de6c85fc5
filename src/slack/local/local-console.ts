import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { LocalSlackServer, RecordedCall } from './local-slack-server.js';
import { LOCAL_IDS } from './local-identity.js';
import { renderBlocks } from './render-plain.js';

/** Options for {@link runLocalConsole}. */
export interface LocalConsoleOptions {
  readonly server: LocalSlackServer;
  readonly input: Readable;
  readonly output: Writable;
  /** How long to wait for the bot before moving to the next line. */
  readonly answerTimeoutMs?: number;
}

const GREETING = `Story Desk — local Slack. You are a reporter in #newsroom; the bot is @storydesk.
  <question>         ask in the channel (a new thread, mentioning the bot)
  > <follow-up>      reply in the last thread, without mentioning the bot
  /story <...>       the slash command: a question, sources, help, summary [topic], quotes [speaker]
  Ctrl-D or /quit    leave
`;

function print(output: Writable, call: RecordedCall): void {
  const body = renderBlocks(call.args.blocks, typeof call.args.text === 'string' ? call.args.text : '');
  const label = call.method === 'response_url' ? 'storydesk (only you can see this)' : 'storydesk';
  output.write(`\n${label}:\n${body.split('\n').map((line) => `  ${line}`).join('\n')}\n\n`);
}

/**
 * A terminal for the local Slack server: each line is a message or command from a person; the bot's replies are
 * printed readably. Lines are handled one at a time, waiting for each answer, so piped input works; resolves at
 * end of input.
 */
export async function runLocalConsole(options: LocalConsoleOptions): Promise<void> {
  const { server, output } = options;
  const timeoutMs = options.answerTimeoutMs ?? 30_000;
  const lines = createInterface({ input: options.input, terminal: false });
  let lastThread: string | undefined;
  output.write(GREETING);
  for await (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (line === '/quit') break;
    try {
      if (line.startsWith('/story')) {
        const command = server.sendSlashCommand({ text: line.slice('/story'.length).trim() });
        print(output, await server.waitForCall('response_url', (call) => call.args.response_id === command.responseId, timeoutMs));
        continue;
      }
      const isReply = line.startsWith('>') && lastThread !== undefined;
      const text = isReply ? line.slice(1).trim() : `<@${LOCAL_IDS.botUser}> ${line.replace(/^>\s*/u, '')}`;
      // What a person types reaches Slack apps with &, < and > escaped.
      const escaped = text.replace(/&(?!amp;|lt;|gt;)/gu, '&amp;');
      const sent = server.sendMessage({ text: escaped, ...(isReply ? { threadTs: lastThread } : {}) });
      const thread = isReply ? lastThread : sent.ts;
      lastThread = thread;
      const seen = server.callsTo('chat.postMessage').length;
      const answer = await server.waitForCall('chat.postMessage', (call) => call.args.thread_ts === thread && server.callsTo('chat.postMessage').indexOf(call) >= seen, timeoutMs);
      print(output, answer);
    } catch (error) {
      output.write(`\n(no answer: ${error instanceof Error ? error.message : String(error)})\n\n`);
    }
  }
  lines.close();
}
