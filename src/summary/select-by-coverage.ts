import type { Candidate } from './candidate.js';
import { similarity } from './terms.js';

// A word said once is still news; a word said in many sentences is what the story keeps coming back to.
// Between per-sentence (0) and per-word (1) gain: long sentences earn some credit for what they carry, not all.
const LENGTH_EXPONENT = 0.75;

/** How the coverage selection weighs sentences. */
export interface CoverageOptions {
  readonly count: number;
  /** Sentences chosen first (the lede); their words count as covered. */
  readonly required: readonly Candidate[];
  /** Multiplier per sentence (length, speech, standing alone); 0 leaves a sentence out. */
  readonly weightOf: (candidate: Candidate) => number;
  /** Who a sentence reports speaking; a speaker already in a bullet earns less the second time. */
  readonly speakerOf: ReadonlyMap<Candidate, string>;
  /** Above this similarity to a chosen bullet a sentence is a repeat, not a new fact. */
  readonly duplicateSimilarity: number;
}

/**
 * Greedy concept coverage: each step takes the sentence that adds the most not-yet-covered content words, words
 * used across many sentences (the story's recurring facts) weighing more, per square root of its length. This
 * packs distinct facts into few bullets better than closeness to the centre, which favours restatements.
 */
export function selectByCoverage(candidates: readonly Candidate[], options: CoverageOptions): Candidate[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates) for (const term of candidate.counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const covered = new Set<string>();
  const chosen = [...options.required];
  for (const candidate of chosen) for (const term of candidate.counts.keys()) covered.add(term);
  while (chosen.length < options.count) {
    let best: Candidate | null = null;
    let bestGain = 0;
    for (const candidate of candidates) {
      const weight = options.weightOf(candidate);
      if (weight <= 0 || chosen.includes(candidate)) continue;
      if (chosen.some((other) => similarity(candidate.vector, other.vector) >= options.duplicateSimilarity)) continue;
      let gain = 0;
      for (const term of candidate.counts.keys()) if (!covered.has(term)) gain += 1 + 0.3 * Math.log(frequency.get(term) ?? 1);
      const speaker = options.speakerOf.get(candidate);
      const repeated = speaker !== undefined && chosen.some((other) => options.speakerOf.get(other) === speaker);
      gain = (gain / Math.pow(candidate.counts.size + 1, LENGTH_EXPONENT)) * weight * (repeated ? 0.5 : 1);
      if (gain > bestGain) {
        bestGain = gain;
        best = candidate;
      }
    }
    if (best === null) break;
    chosen.push(best);
    for (const term of best.counts.keys()) covered.add(term);
  }
  return chosen;
}
