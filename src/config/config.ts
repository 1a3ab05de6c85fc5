/** Which embedder turns passages and questions into vectors. */
export type EmbedderConfig =
  | { readonly kind: 'local' }
  | { readonly kind: 'ollama'; readonly baseUrl: string; readonly model: string }
  | { readonly kind: 'openai'; readonly baseUrl: string | null; readonly apiKey: string; readonly model: string };

/** How the bot reaches Slack. `local` runs an in-process Slack stand-in with a terminal console. */
export type SlackConfig =
  | { readonly mode: 'socket'; readonly botToken: string; readonly appToken: string; readonly apiUrl: string | null }
  | { readonly mode: 'http'; readonly botToken: string; readonly signingSecret: string; readonly port: number; readonly apiUrl: string | null }
  | { readonly mode: 'local' };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The whole configuration, read once from the environment and frozen. */
export interface Config {
  /** Folder of article files, or a corpus.jsonl file. */
  readonly corpusPath: string;
  /** Git-ignored folder for the index, its manifest and the feedback log. */
  readonly dataDir: string;
  readonly embedder: EmbedderConfig;
  readonly slack: SlackConfig;
  readonly logLevel: LogLevel;
}
