import type { LogLevel } from './config/config.js';

/** Structured detail attached to a log line. */
export type LogDetail = Readonly<Record<string, unknown>>;

/** The small logging surface every part of the product receives as a dependency. */
export interface Logger {
  debug(message: string, detail?: LogDetail): void;
  info(message: string, detail?: LogDetail): void;
  warn(message: string, detail?: LogDetail): void;
  error(message: string, detail?: LogDetail): void;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** Lines below this level are dropped. */
  readonly level: LogLevel;
  /** Exact values to hide wherever they appear, such as the signing secret (tokens are caught by pattern). */
  readonly secrets?: readonly string[];
  /** Where lines go; stderr by default so that console output on stdout stays readable. */
  readonly write?: (line: string) => void;
}

const LEVEL_ORDER: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

// Bot, user, app-level and refresh tokens, in any text that might reach a log or an error message.
const TOKEN_PATTERN = /\b(?:xox[abepr]|xapp)-[A-Za-z0-9-]+/gu;

/** Replaces anything that looks like a Slack token, and every listed secret, with a placeholder. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text.replace(TOKEN_PATTERN, '[redacted]');
  for (const secret of secrets) {
    if (secret.length >= 6) result = result.split(secret).join('[redacted]');
  }
  return result;
}

/** Turns an unknown thrown value into loggable fields; the stack only when asked, since it is noise at info. */
export function describeError(error: unknown, withStack = false): LogDetail {
  if (!(error instanceof Error)) return { error: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    error: error.message,
    ...(code === undefined ? {} : { code: String(code) }),
    ...(withStack && error.stack !== undefined ? { stack: error.stack } : {}),
  };
}

function serialize(detail: LogDetail | undefined): string {
  if (detail === undefined || Object.keys(detail).length === 0) return '';
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ' [unserializable detail]';
  }
}

/** Creates a logger writing one redacted line per call: time, level, message and JSON detail. */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = LEVEL_ORDER[options.level];
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: LogLevel) => (message: string, detail?: LogDetail) => {
    if (LEVEL_ORDER[level] < threshold) return;
    write(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${serialize(detail)}`, secrets));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
