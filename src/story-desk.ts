import type { ArticleMeta } from './corpus/article.js';
import type { Answer, Turn } from './answer/answer.js';
import type { SpeakerQuotes } from './quotes/quote.js';
import type { Summary, SummaryRequest } from './summary/summary.js';

/** An article of the loaded story, as listed by `/story sources`. */
export interface SourceListing extends ArticleMeta {
  readonly passages: number;
}

/**
 * Everything the product can say about the story. The Slack layer and the command line talk to this and
 * nothing else of the domain core.
 */
export interface StoryDesk {
  /** Answers a question from the articles, with verbatim cited sentences, or abstains. */
  answer(question: string, history?: readonly Turn[]): Promise<Answer>;
  /** The articles, in story order (oldest first, undated last). */
  sources(): readonly SourceListing[];
  /** A summary of the story, a topic or one article. */
  summarize(request?: SummaryRequest): Promise<Summary>;
  /** Quotes grouped by speaker in story order; with `speaker`, only that speaker (resolved across name forms). */
  quotes(speaker?: string): readonly SpeakerQuotes[];
}
