import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { addFamily, countFeatures, createStemCache, type HashingOptions } from './hashing-features.js';

/** Settings measured on the SQuAD dev set (see the embedder measurement script in test/index). */
export const DEFAULT_HASHING_OPTIONS: HashingOptions = Object.freeze({
  dimensions: 512,
  unigramWeight: 1,
  // Bigrams measured worse at 512 dimensions (their collisions cost more than they add); kept as an option.
  bigramWeight: 0,
  charGramWeight: 1,
  minCharGram: 4,
  maxCharGram: 5,
});

// Bump when tokenising or hashing changes, so indexes built by the old code are rebuilt, not misread.
const ALGORITHM_VERSION = 'v1';

/** Options of the local embedder: hashing settings plus LangChain's caller settings. */
export interface LocalHashingEmbeddingsOptions extends Partial<HashingOptions> {
  readonly caller?: EmbeddingsParams;
}

/**
 * The default embedder: feature hashing of stemmed words, word bigrams and character n-grams into a fixed
 * number of dimensions. No network, no model weights, nothing fitted to the corpus, so the same text always
 * gets the same vector and an index never goes stale because the corpus grew.
 */
export class LocalHashingEmbeddings extends Embeddings {
  /** Identifies the algorithm and every setting, for the index manifest. */
  readonly id: string;
  readonly options: HashingOptions;
  private readonly stem = createStemCache();

  constructor(options: LocalHashingEmbeddingsOptions = {}) {
    super(options.caller ?? {});
    const { caller: _caller, ...hashing } = options;
    this.options = Object.freeze({ ...DEFAULT_HASHING_OPTIONS, ...hashing });
    if (!Number.isInteger(this.options.dimensions) || this.options.dimensions < 8) {
      throw new RangeError(`Expected dimensions to be a whole number ≥ 8, got ${this.options.dimensions}`);
    }
    const { dimensions, unigramWeight, bigramWeight, charGramWeight, minCharGram, maxCharGram } = this.options;
    this.id = `local-hash-${ALGORITHM_VERSION}-d${dimensions}-u${unigramWeight}-b${bigramWeight}-c${charGramWeight}` +
      `-n${minCharGram}${maxCharGram}`;
  }

  /** Embeds one text into an L2-normalised vector. */
  embedText(text: string): Float32Array {
    const counts = countFeatures(text, this.options, this.stem);
    const vector = new Float64Array(this.options.dimensions);
    addFamily(vector, counts.unigrams, this.options.unigramWeight);
    addFamily(vector, counts.bigrams, this.options.bigramWeight);
    addFamily(vector, counts.charGrams, this.options.charGramWeight);
    let squares = 0;
    for (const value of vector) squares += value * value;
    const result = new Float32Array(vector.length);
    // A text of stop words only has no features; a fixed unit vector keeps cosine defined for it.
    if (squares === 0) result[0] = 1;
    else {
      const scale = 1 / Math.sqrt(squares);
      for (let index = 0; index < vector.length; index += 1) result[index] = (vector[index] ?? 0) * scale;
    }
    return result;
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => Array.from(this.embedText(text)));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embedText(document));
  }
}
