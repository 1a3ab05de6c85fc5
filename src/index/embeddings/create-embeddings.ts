import type { Embeddings } from '@langchain/core/embeddings';
import type { EmbedderConfig } from '../../config/config.js';
import { CheckedEmbeddings } from './checked-embeddings.js';
import { LocalHashingEmbeddings } from './local-hashing-embeddings.js';

/** An embedder and the id recorded in the index manifest (an index only answers queries from the same id). */
export interface ConfiguredEmbeddings {
  readonly embeddings: Embeddings;
  readonly id: string;
}

/** Tuning for remote embedders. */
export interface RemoteOptions {
  /** Attempts after the first on transient failures. Default 2: a dead server should fail fast, not in minutes. */
  readonly maxRetries?: number;
}

// The ollama client reports HTTP status as `status_code`, which LangChain's retry policy does not read, so an
// unknown model (404) would be retried with backoff for seconds before failing.
function stopOnClientError(error: unknown): void {
  const status = (error as { status_code?: unknown } | null)?.status_code;
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) throw error;
}

/** Builds the configured embedder: the local hashing one, Ollama, or an OpenAI-compatible API. */
export function createEmbeddings(config: EmbedderConfig, options: RemoteOptions = {}): ConfiguredEmbeddings {
  const maxRetries = options.maxRetries ?? 2;
  switch (config.kind) {
    case 'local': {
      const embeddings = new LocalHashingEmbeddings();
      return { embeddings, id: embeddings.id };
    }
    case 'ollama': {
      // Client libraries load on first use: the default local setup never pays for importing them.
      const inner = async (): Promise<Embeddings> => {
        const { OllamaEmbeddings } = await import('@langchain/ollama');
        return new OllamaEmbeddings({ baseUrl: config.baseUrl, model: config.model, maxRetries, onFailedAttempt: stopOnClientError });
      };
      const embeddings = new CheckedEmbeddings(inner, {
        label: `Ollama at ${config.baseUrl} (model ${config.model})`,
        advice: `check that Ollama is running there (ollama serve), OLLAMA_BASE_URL, and that the model is pulled (ollama pull ${config.model})`,
      });
      return { embeddings, id: `ollama:${config.model}` };
    }
    case 'openai': {
      const baseURL = config.baseUrl ?? undefined;
      const inner = async (): Promise<Embeddings> => {
        const { OpenAIEmbeddings } = await import('@langchain/openai');
        return new OpenAIEmbeddings({
          apiKey: config.apiKey,
          model: config.model,
          maxRetries,
          configuration: baseURL === undefined ? {} : { baseURL },
        });
      };
      const embeddings = new CheckedEmbeddings(inner, {
        label: `OpenAI at ${baseURL ?? 'https://api.openai.com/v1'} (model ${config.model})`,
        advice: 'check OPENAI_API_KEY, OPENAI_EMBED_MODEL and OPENAI_BASE_URL, and that the API is reachable',
        secret: config.apiKey,
      });
      return { embeddings, id: `openai:${config.model}` };
    }
  }
}
