import type { VectorMatch } from './vector-index.js';

/** The best `k` (position, similarity) pairs offered so far, best first: k is 10–50, so insertion beats sorting. */
export class BestMatches {
  private readonly positions: number[] = [];
  private readonly values: number[] = [];

  constructor(private readonly k: number) {}

  /** Considers one scored position; an equal score keeps the earlier position ahead. */
  offer(position: number, score: number): void {
    const { positions, values, k } = this;
    if (values.length === k && score <= values[k - 1]!) return;
    let at = values.length === k ? k - 1 : values.length;
    while (at > 0 && values[at - 1]! < score) {
      values[at] = values[at - 1]!;
      positions[at] = positions[at - 1]!;
      at -= 1;
    }
    values[at] = score;
    positions[at] = position;
  }

  /** The matches kept, best first. */
  matches(): VectorMatch[] {
    return this.positions.map((position, rank) => ({ position, similarity: this.values[rank]! }));
  }
}

/** The `k` highest of `scores` as matches, best first. */
export function topMatches(scores: ArrayLike<number>, k: number): VectorMatch[] {
  const best = new BestMatches(k);
  if (k > 0) for (let position = 0; position < scores.length; position += 1) best.offer(position, scores[position]!);
  return best.matches();
}
