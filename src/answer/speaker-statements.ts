import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { findQuotesBySpeaker, type QuoteIndex } from '../quotes/index.js';
import type { HybridRetriever, RetrievedPassage } from '../retrieval/retriever.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import type { Turn } from './answer.js';
import { holdsTerm, type QuestionTerm } from './question-terms.js';
import type { SelectedSentence } from './select-answer.js';
import type { StoryVocabulary } from './story-vocabulary.js';

/** How many retrieved passages rank a speaker's quotes by what the question asks about. */
const TOPIC_PASSAGES = 50;
/** At most this many of a speaker's statements answer one question. */
const MAX_STATEMENTS = 5;

const PRONOUN = /^(he|she|they|him|her|them)$/iu;

/**
 * The speaker a question asks about: as named, or for "What did he say?" the person an earlier turn asked
 * about ("What did Sala say about ICE?", "Who is Milan's mayor?"). Null when it asks about no speaker.
 */
export function speakerFor(analysis: QuestionAnalysis, history: readonly Turn[]): string | null {
  if (analysis.speaker === null) return null;
  if (!PRONOUN.test(analysis.speaker)) return analysis.speaker;
  for (const turn of [...history].reverse()) {
    const earlier = analyzeQuestion(turn.question);
    const person = earlier.speaker ?? earlier.subject;
    if (person !== null && !PRONOUN.test(person)) return person;
  }
  return null;
}

/** What the statements of a speaker are read from. */
export interface SpeakerStatementParts {
  readonly passages: readonly Passage[];
  readonly positions: ReadonlyMap<string, number>;
  readonly articlesById: ReadonlyMap<string, Article>;
  readonly retriever: HybridRetriever;
  readonly vocabulary: StoryVocabulary;
  /** Read on first use: the quote index is materialised only when a question needs it. */
  readonly quoteIndex: () => QuoteIndex;
}

/** A speaker's statements from the quote index, as verbatim sentences, those about what was asked first. */
export class SpeakerStatements {
  constructor(private readonly parts: SpeakerStatementParts) {}

  /** The sentences holding a speaker's statements, those about what the question asks first (at most five). */
  sentences(question: string, speaker: string): SelectedSentence[] {
    const quotes = findQuotesBySpeaker(this.parts.quoteIndex(), speaker).flatMap((entry) => entry.quotes);
    const selected: SelectedSentence[] = [];
    for (const quote of this.byTopic(quotes, question, speaker)) {
      const position = this.parts.positions.get(quote.passageId);
      const passage = position === undefined ? undefined : this.parts.passages[position];
      const article = this.parts.articlesById.get(quote.articleId);
      if (passage === undefined || article === undefined || position === undefined) continue;
      const span = passage.sentences.find((sentence) => sentence.start <= quote.start && quote.start < sentence.end);
      if (span === undefined) continue;
      const text = article.body.slice(span.start, Math.max(span.end, Math.min(quote.end, passage.end)));
      if (selected.some((entry) => entry.text === text)) continue;
      const retrieved: RetrievedPassage = { position, passage, article, score: 1, sentenceScore: 1, vectorSimilarity: 0 };
      selected.push({ text, sources: [{ retrieved, span: { start: span.start, end: span.start + text.length } }] });
      if (selected.length === MAX_STATEMENTS) break;
    }
    return selected;
  }

  /** True when the quote index reports the name saying something ("Calenda"), not only mentions it. */
  isQuoted(name: string): boolean {
    return findQuotesBySpeaker(this.parts.quoteIndex(), name).some((entry) => entry.quotes.length > 0);
  }

  /** The terms of a question about a speaker beyond the speaker and the asking: "about the militia". */
  topicBeyond(question: string, speaker: string): QuestionTerm[] {
    const asking = new Set(tokenizeStems(`${speaker} say said says tell told think thought want wanted claim state confirm deny announce`));
    return this.parts.vocabulary.termsOf(question).filter((term) => !term.alternatives[0]!.every((stem) => asking.has(stem)));
  }

  /**
   * The speaker's quotes, those in the passages the question retrieves first ("What did Sala say about the
   * militia?"), best passage first, then in story order. Retrieval ranks them rather than a pass over every
   * quote: a speaker of a long-running story has thousands.
   */
  private byTopic<T extends { readonly passageId: string; readonly text: string }>(quotes: readonly T[], question: string, speaker: string): T[] {
    const topic = this.topicBeyond(question, speaker);
    if (topic.length === 0) return [...quotes];
    const rank = new Map(this.parts.retriever.retrieve({ text: question }, TOPIC_PASSAGES).map((retrieved, index) => [retrieved.passage.id, index]));
    // Within a passage, the quote that holds the question's words leads; only quotes of ranked passages are read.
    const held = (quote: T): number => {
      const stems = new Set(tokenizeStems(quote.text));
      return topic.filter((term) => holdsTerm(stems, term)).length;
    };
    return quotes.map((quote, order) => {
      const at = rank.get(quote.passageId);
      return { quote, order, rank: at ?? TOPIC_PASSAGES, held: at === undefined ? 0 : held(quote) };
    })
      .sort((left, right) => left.rank - right.rank || right.held - left.held || left.order - right.order)
      .map(({ quote }) => quote);
  }
}
