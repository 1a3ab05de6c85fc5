import { StoryError } from '../errors.js';
import type { Config, EmbedderConfig, LogLevel, SlackConfig } from './config.js';

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

function value(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? null : raw;
}

function readEmbedder(env: Env, problems: string[]): EmbedderConfig {
  const kind = (value(env, 'EMBEDDER') ?? 'local').toLowerCase();
  if (kind === 'local') return { kind: 'local' };
  if (kind === 'ollama') {
    return {
      kind: 'ollama',
      baseUrl: value(env, 'OLLAMA_BASE_URL') ?? 'http://127.0.0.1:11434',
      model: value(env, 'OLLAMA_EMBED_MODEL') ?? 'nomic-embed-text',
    };
  }
  if (kind === 'openai') {
    const apiKey = value(env, 'OPENAI_API_KEY');
    if (apiKey === null) problems.push('OPENAI_API_KEY is required when EMBEDDER=openai (create one at https://platform.openai.com/api-keys), or set EMBEDDER=local');
    return {
      kind: 'openai',
      baseUrl: value(env, 'OPENAI_BASE_URL'),
      apiKey: apiKey ?? '',
      model: value(env, 'OPENAI_EMBED_MODEL') ?? 'text-embedding-3-small',
    };
  }
  problems.push(`EMBEDDER must be local, ollama or openai, got "${kind}"`);
  return { kind: 'local' };
}

function readSlack(env: Env, problems: string[]): SlackConfig {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const apiUrl = value(env, 'SLACK_API_URL');
  if (botToken === null && appToken === null && signingSecret === null) return { mode: 'local' };
  const where = 'in your app at https://api.slack.com/apps';
  if (botToken === null) problems.push(`SLACK_BOT_TOKEN is missing: the Bot User OAuth Token (xoxb-…) from OAuth & Permissions ${where}`);
  else if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions)');
  if (appToken !== null && !appToken.startsWith('xapp-')) problems.push(`SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens ${where}, scope connections:write)`);
  if (apiUrl !== null && !/^https?:\/\//u.test(apiUrl)) problems.push(`SLACK_API_URL must be a URL such as https://slack.com/api/, got "${apiUrl}"`);
  if (appToken !== null) return { mode: 'socket', botToken: botToken ?? '', appToken, apiUrl };
  if (signingSecret === null) problems.push(`Set SLACK_APP_TOKEN for Socket Mode (Basic Information → App-Level Tokens ${where}), or SLACK_SIGNING_SECRET for HTTP mode (Basic Information → App Credentials)`);
  const portText = value(env, 'PORT') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`PORT must be a whole number from 1 to 65535, got "${portText}"`);
  return { mode: 'http', botToken: botToken ?? '', signingSecret: signingSecret ?? '', port, apiUrl };
}

/**
 * Reads and validates the configuration from `env` in one pass. Every problem is reported at once, naming the
 * variable and where to get its value. Nothing else in the product reads the environment.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const logLevel = (value(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const config: Config = {
    corpusPath: value(env, 'CORPUS_PATH') ?? 'corpus',
    dataDir: value(env, 'DATA_DIR') ?? '.data',
    embedder: readEmbedder(env, problems),
    slack: readSlack(env, problems),
    logLevel,
  };
  if (problems.length > 0) {
    throw new StoryError('config_invalid', `The configuration in .env has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return Object.freeze(config);
}
