import type { Span } from '../passages/split-sentences.js';
import type { RetrievedPassage } from '../retrieval/retriever.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import type { ScoredSentence } from './score-sentences.js';

/** An answer sentence picked from the corpus, with every passage that reports it. */
export interface SelectedSentence {
  readonly text: string;
  readonly sources: readonly { readonly retrieved: RetrievedPassage; readonly span: Span }[];
}

/** How many sentences an answer leads with, and how close to the best a further one must score. */
const MAX_SENTENCES = 3;
const SCORE_MARGIN = 0.12;
/** Share of content words two sentences must share to count as reporting the same fact. */
const SAME_FACT_OVERLAP = 0.3;

function overlap(left: string, right: string): number {
  const a = new Set(tokenizeStems(left));
  const b = new Set(tokenizeStems(right));
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Picks the answer sentences: the best-scoring sentence first, then up to two more that score nearly as well
 * and say something else. A sentence of another article that reports the same fact is cited with it rather
 * than repeated, so that every article reporting a fact is cited.
 */
export function selectSentences(candidates: readonly ScoredSentence[], threshold: number): SelectedSentence[] {
  const best = candidates[0];
  if (best === undefined) return [];
  const chosen: { head: ScoredSentence; sources: { retrieved: RetrievedPassage; span: Span }[] }[] = [];
  for (const candidate of candidates) {
    if (candidate.score < best.score - SCORE_MARGIN * 2 || candidate.confidence < threshold * 0.8) continue;
    const same = chosen.find((entry) => entry.head.text === candidate.text ||
      (entry.head.retrieved.article.id !== candidate.retrieved.article.id && overlap(entry.head.text, candidate.text) >= SAME_FACT_OVERLAP));
    if (same !== undefined) {
      const cited = same.sources.some((source) => source.retrieved.passage.id === candidate.retrieved.passage.id);
      if (!cited) same.sources.push({ retrieved: candidate.retrieved, span: candidate.span });
      continue;
    }
    if (chosen.length < MAX_SENTENCES && candidate.score >= best.score - SCORE_MARGIN) {
      chosen.push({ head: candidate, sources: [{ retrieved: candidate.retrieved, span: candidate.span }] });
    }
  }
  return chosen.map(({ head, sources }) => ({ text: head.text, sources }));
}
