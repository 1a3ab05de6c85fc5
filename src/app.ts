import 'dotenv/config';
import { loadConfig } from './config/load-config.js';
import type { Config } from './config/config.js';
import { isStoryError } from './errors.js';
import { createLogger, redact } from './logger.js';
import { openStoryDesk } from './open-story-desk.js';
import { createSlackApp } from './slack/create-slack-app.js';
import { runLocalSlack } from './slack/local/run-local-slack.js';

function secretsOf(config: Config): string[] {
  if (config.slack.mode === 'local') return [];
  return config.slack.mode === 'http' ? [config.slack.botToken, config.slack.signingSecret] : [config.slack.botToken, config.slack.appToken];
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const desk = await openStoryDesk(config, logger);
  if (config.slack.mode === 'local') {
    await runLocalSlack({ desk, logger, dataDir: config.dataDir, input: process.stdin, output: process.stdout });
    process.exit(0);
  }
  const app = createSlackApp({ slack: config.slack, desk, logger, dataDir: config.dataDir });
  if (config.slack.mode === 'http') {
    await app.start(config.slack.port);
    logger.info('Story Desk is listening for Slack', { port: config.slack.port, path: '/slack/events' });
  } else {
    await app.start();
    logger.info('Story Desk is connected to Slack over Socket Mode');
  }
}

main().catch((error: unknown) => {
  // Problems a person can fix are printed as written, without a stack trace.
  const message = isStoryError(error) || !(error instanceof Error) ? String(error instanceof Error ? error.message : error) : `Could not start: ${error.message}`;
  process.stderr.write(`${redact(message)}\n`);
  process.exit(1);
});
