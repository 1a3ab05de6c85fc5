import { Embeddings } from '@langchain/core/embeddings';
import { StoryError } from '../../errors.js';

/** How to describe a remote embedder in errors, and which secret must never appear in them. */
export interface EmbedderDescription {
  /** E.g. "Ollama at http://127.0.0.1:11434 (model nomic-embed-text)". */
  readonly label: string;
  /** What the person should check when a call fails. */
  readonly advice: string;
  readonly secret?: string;
}

// Provider errors sometimes echo a (partly masked) key; anything key-shaped is cut out as well as the key itself.
const KEY_SHAPED = /\b(sk|key|api)[-_][\w*-]{6,}/giu;

function redact(text: string, secret: string | undefined): string {
  const withoutSecret = secret === undefined || secret === '' ? text : text.split(secret).join('[redacted]');
  return withoutSecret.replace(KEY_SHAPED, '[redacted]');
}

/**
 * Wraps a provider's Embeddings so that any failure (server down, 401, unknown model, bad response) becomes a
 * StoryError('embedder_failed') that names the embedder and what to check, with the API key removed.
 */
export class CheckedEmbeddings extends Embeddings {
  private loaded: Promise<Embeddings> | null = null;

  /** `inner` may be a loader, so that a client library is imported only when it is first used. */
  constructor(private readonly inner: Embeddings | (() => Promise<Embeddings>), private readonly description: EmbedderDescription) {
    super({});
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    if (documents.length === 0) return [];
    const vectors = await this.guard(async () => (await this.resolveInner()).embedDocuments(documents));
    if (vectors.length !== documents.length || vectors.some((vector) => !Array.isArray(vector) || vector.length === 0)) {
      throw this.failure(`expected ${documents.length} vectors, got ${vectors.length} or empty ones`);
    }
    return vectors;
  }

  override async embedQuery(document: string): Promise<number[]> {
    const vector = await this.guard(async () => (await this.resolveInner()).embedQuery(document));
    if (!Array.isArray(vector) || vector.length === 0) throw this.failure('it returned an empty vector');
    return vector;
  }

  private resolveInner(): Promise<Embeddings> {
    this.loaded ??= typeof this.inner === 'function' ? this.inner() : Promise.resolve(this.inner);
    return this.loaded;
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw this.failure((error as Error)?.message ?? String(error));
    }
  }

  private failure(reason: string): StoryError {
    const message = `The embedder ${this.description.label} failed: ${reason} — ${this.description.advice}`;
    // The cause is left out on purpose: provider errors can carry request headers with the key.
    return new StoryError('embedder_failed', redact(message, this.description.secret));
  }
}
