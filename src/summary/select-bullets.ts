import type { Candidate } from './candidate.js';
import type { SummaryBullet, SummaryCitation } from './summary.js';
import { similarity, type TermVector } from './terms.js';

/** How bullets are picked. */
export interface SelectionOptions {
  /** Most bullets to return. */
  readonly count: number;
  /** Weight of a sentence's own score against its overlap with bullets already chosen (maximal marginal relevance). */
  readonly relevanceWeight?: number;
  /** Above this similarity a sentence says the same thing as a chosen bullet: it is cited, not repeated. Default 0.45. */
  readonly duplicateSimilarity?: number;
  /** Sentences chosen first, whatever their score (the lede). */
  readonly required?: readonly Candidate[];
  /** Who a sentence reports speaking; a second bullet for the same speaker counts for less ("who said what" spread). */
  readonly speakerOf?: ReadonlyMap<Candidate, string>;
}

/** A bullet being built: its sentence and the sentences of other articles that report the same fact. */
interface Chosen {
  readonly candidate: Candidate;
  readonly others: Candidate[];
}

/** The normalised sum of the candidates' vectors: what the set of sentences is mostly about. */
export function centroid(candidates: readonly Candidate[]): TermVector {
  const sum: TermVector = new Map();
  for (const candidate of candidates) for (const [term, weight] of candidate.vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  const norm = Math.sqrt([...sum.values()].reduce((total, weight) => total + weight * weight, 0));
  if (norm > 0) for (const [term, weight] of sum) sum.set(term, weight / norm);
  return sum;
}

function toCitation(candidate: Candidate): SummaryCitation {
  return { passageId: candidate.passageId, articleId: candidate.articleId, text: candidate.text };
}

/**
 * Picks distinct sentences by maximal marginal relevance. A sentence too close to a chosen one is not repeated:
 * when it comes from another article it becomes one more citation of that bullet, so a fact reported by several
 * articles appears once, citing all of them. Bullets come back required first, then in story order.
 */
export function selectBullets(candidates: readonly Candidate[], scores: ReadonlyMap<Candidate, number>, options: SelectionOptions): SummaryBullet[] {
  const weight = options.relevanceWeight ?? 0.7;
  const duplicate = options.duplicateSimilarity ?? 0.45;
  const chosen: Chosen[] = (options.required ?? []).map((candidate) => ({ candidate, others: [] }));
  const taken = new Set<Candidate>(chosen.map(({ candidate }) => candidate));
  const top = Math.max(1e-9, ...scores.values());
  while (chosen.length < options.count) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const candidate of candidates) {
      const score = scores.get(candidate) ?? 0;
      if (taken.has(candidate) || score <= 0) continue;
      const overlap = Math.max(0, ...chosen.map(({ candidate: other }) => similarity(candidate.vector, other.vector)));
      if (overlap >= duplicate) continue;
      const speaker = options.speakerOf?.get(candidate);
      const repeated = speaker !== undefined && chosen.some(({ candidate: other }) => options.speakerOf?.get(other) === speaker);
      const value = weight * (score / top) * (repeated ? 0.5 : 1) - (1 - weight) * overlap;
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (best === null) break;
    chosen.push({ candidate: best, others: [] });
    taken.add(best);
  }
  return toBullets(candidates, chosen.map(({ candidate }) => candidate), options.required?.length ?? 0, duplicate);
}

/**
 * Turns chosen sentences into bullets: the first `required` stay first, the rest go in story order, and each
 * sentence of another article that says the same thing (similarity at least `duplicate`) is cited on the bullet
 * it is closest to.
 */
export function toBullets(candidates: readonly Candidate[], picked: readonly Candidate[], required: number, duplicate = 0.45): SummaryBullet[] {
  const chosen: Chosen[] = picked.map((candidate) => ({ candidate, others: [] }));
  const taken = new Set(picked);
  // Same fact in another article: cite it on the bullet it is closest to.
  for (const candidate of candidates) {
    if (taken.has(candidate)) continue;
    let home: Chosen | null = null;
    let closest = duplicate;
    for (const bullet of chosen) {
      const value = similarity(candidate.vector, bullet.candidate.vector);
      if (bullet.candidate.articleId !== candidate.articleId && value >= closest) {
        closest = value;
        home = bullet;
      }
    }
    if (home !== null && !home.others.some((other) => other.articleId === candidate.articleId)) home.others.push(candidate);
  }
  const rest = chosen.slice(required).sort((a, b) => a.candidate.articleRank - b.candidate.articleRank || a.candidate.position - b.candidate.position);
  return [...chosen.slice(0, required), ...rest].map(({ candidate, others }) => ({ text: candidate.text, citations: [candidate, ...others].map(toCitation) }));
}
