// The index layer: embeddings, the vector index, the stored index and the ingest pipeline.
export { createEmbeddings, type ConfiguredEmbeddings, type RemoteOptions } from './embeddings/create-embeddings.js';
export { CheckedEmbeddings, type EmbedderDescription } from './embeddings/checked-embeddings.js';
export {
  DEFAULT_HASHING_OPTIONS, LocalHashingEmbeddings, type LocalHashingEmbeddingsOptions,
} from './embeddings/local-hashing-embeddings.js';
export type { HashingOptions } from './embeddings/hashing-features.js';
export {
  VECTOR_INDEX_DEFAULTS, VectorIndex, type VectorIndexKind, type VectorIndexOptions, type VectorMatch,
} from './vector-index.js';
export { fingerprintCorpus, PASSAGE_BUILD_VERSION } from './store/corpus-fingerprint.js';
export { INDEX_FORMAT_VERSION, type IndexManifest, type StoredFile } from './store/manifest.js';
export { saveStoredIndex, MANIFEST_NAME, type StoredIndexContents } from './store/save-stored-index.js';
export { loadStoredIndex, readManifest, type IndexExpectations, type LoadedIndex } from './store/load-stored-index.js';
export { indexDirFor, ingestCorpus, type IngestOptions, type IngestProgress, type IngestResult } from './ingest-corpus.js';
