import { stemmer } from 'stemmer';

// Function words carry no fact; leaving them out keeps similarity about content.
const STOPWORDS = new Set(`a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor
not now of off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says say told would could will
yet however notably also still even though although despite since upon within without across toward towards amid`.split(/\s+/u));

/** A bag of stemmed content words with their counts. */
export type TermCounts = Map<string, number>;

/** Stemmed, lowercased content words of `text` (stopwords dropped, numbers kept). */
export function contentTerms(text: string): string[] {
  const words = text.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  return words
    .map((word) => word.replace(/'s$/u, '').replace(/'/gu, ''))
    .filter((word) => word.length > 1 && !STOPWORDS.has(word))
    .map((word) => (/^\d/u.test(word) ? word : stemmer(word)));
}

/** Counts of the content terms of `text`. */
export function countTerms(text: string): TermCounts {
  const counts: TermCounts = new Map();
  for (const term of contentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** A sparse tf-idf vector, normalised to length 1. */
export type TermVector = Map<string, number>;

/** Weights counts by inverse document frequency and normalises; unknown terms get the highest idf. */
export function toVector(counts: TermCounts, idf: ReadonlyMap<string, number>, maxIdf: number): TermVector {
  const vector: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? maxIdf);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two normalised vectors. */
export function similarity(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Inverse document frequencies over a set of documents (smoothed so no weight is zero). */
export function inverseDocumentFrequency(documents: readonly TermCounts[]): { idf: Map<string, number>; maxIdf: number } {
  const frequency = new Map<string, number>();
  for (const document of documents) for (const term of document.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of frequency) idf.set(term, Math.log((1 + documents.length) / count) + 1);
  return { idf, maxIdf: Math.log(1 + documents.length) + 1 };
}
