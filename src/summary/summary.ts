import type { Difference } from './difference.js';

/** A source cited by a summary bullet or quote. */
export interface SummaryCitation {
  readonly passageId: string;
  readonly articleId: string;
  /** The verbatim corpus text cited (the bullet's sentence as it stands in that passage). */
  readonly text: string;
}

/** One bullet of a summary: verbatim corpus text with every passage that reports it. */
export interface SummaryBullet {
  readonly text: string;
  readonly citations: readonly SummaryCitation[];
}

/** What to summarise. With neither field, the whole story. */
export interface SummaryRequest {
  /** A person, organisation, place or event. */
  readonly topic?: string;
  /** An article id, a 1-based article number in story order, or words of its title. */
  readonly article?: string;
}

/** A summary: bullets in story order, and a footer saying what it rests on ("2 articles, 27 Jan 2026 – …"). */
export interface Summary {
  readonly bullets: readonly SummaryBullet[];
  readonly footer: string;
  /** True when nothing in the articles matches the topic or article asked for; `footer` says so. */
  readonly empty: boolean;
  /** Where the articles give different versions of a fact (names, who announced what), each side with its source. */
  readonly differences?: readonly Difference[];
}
