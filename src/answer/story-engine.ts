import type { Article } from '../corpus/article.js';
import { StoryError } from '../errors.js';
import type { Passage } from '../passages/passage.js';
import { findQuotesBySpeaker, type QuoteIndex } from '../quotes/index.js';
import type { HybridRetriever, RetrievedPassage } from '../retrieval/retriever.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import type { Answer, AnswerSentence, Citation, Turn } from './answer.js';
import { basisOf, toCitation } from './build-citations.js';
import { acronymKey, collectAcronyms } from './known-names.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import { scoreSentences } from './score-sentences.js';
import { selectSentences, type SelectedSentence } from './select-answer.js';
import { verifyVerbatim } from './verify-verbatim.js';

/** Longest question accepted: enough for any real question, short enough to keep retrieval fast. */
export const MAX_QUESTION_LENGTH = 1000;

/**
 * Minimum confidence (share of the question's IDF-weighted terms held by the answer sentence and its passage)
 * below which the answer abstains. Calibrated on the seed story's question set and SQuAD (see README).
 */
export const DEFAULT_ABSTAIN_BELOW = 0.3;

/** What the engine is built from; all passed in, so tests and benchmarks can assemble their own. */
export interface StoryEngineParts {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly retriever: HybridRetriever;
  readonly quoteIndex: QuoteIndex;
  /** Vector matches for a text: passage position → cosine similarity. Empty map when vectors are off. */
  readonly searchVectors: (text: string, k: number) => Promise<ReadonlyMap<number, number>>;
  readonly abstainBelow?: number;
}

/** Answers questions from the story's passages, with verbatim cited sentences, or abstains. */
export class StoryEngine {
  private readonly positions: ReadonlyMap<string, number>;
  private readonly articlesById: ReadonlyMap<string, Article>;
  private readonly threshold: number;

  constructor(private readonly parts: StoryEngineParts) {
    this.positions = new Map(parts.passages.map((passage, position) => [passage.id, position]));
    this.articlesById = new Map(parts.articles.map((article) => [article.id, article]));
    this.threshold = parts.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
  }

  /** The passages retrieval ranks for a question in its thread, best first (for evaluation). */
  async retrieve(question: string, history: readonly Turn[] = [], k = 10): Promise<RetrievedPassage[]> {
    const analysis = analyzeQuestion(question);
    return this.retrieveFor(question, analysis, history, k);
  }

  /** Answers `question`, using the earlier turns of its thread for follow-ups. */
  async answer(question: string, history: readonly Turn[] = []): Promise<Answer> {
    const text = question.trim();
    if (text === '') throw new StoryError('question_empty', 'Ask a question about the story, e.g. "What did the interior minister say?"');
    if (text.length > MAX_QUESTION_LENGTH) {
      throw new StoryError('question_too_long', `Questions are limited to ${MAX_QUESTION_LENGTH} characters (this one has ${text.length}) — ask about one thing at a time`);
    }
    const analysis = analyzeQuestion(text);
    const speaker = this.speakerFor(analysis, history);
    if (speaker !== null) {
      const quoted = this.answerFromQuotes(text, speaker);
      if (quoted !== null) return quoted;
    }
    // A question about a name the articles never mention cannot be answered from them.
    if (analysis.names.some((name) => !this.mentions(name))) return this.abstain(text);
    const retrieved = await this.retrieveFor(text, analysis, history, 10);
    const followUp = history.length > 0 && analysis.dependsOnThread;
    const scored = scoreSentences({
      question: text,
      contextText: followUp ? history.slice(-2).map((turn) => turn.question).join(' ') : '',
      contextWeight: 1,
      expected: analysis.expected,
      idf: (stem) => this.parts.retriever.idf(stem),
    }, retrieved.slice(0, 6));
    const candidates = scored.filter((sentence) => sentence.hasExpectedFact);
    const best = candidates[0];
    if (best === undefined || best.confidence < this.threshold) return this.abstain(text);
    return this.compose(text, selectSentences(candidates, this.threshold));
  }

  private async retrieveFor(text: string, analysis: QuestionAnalysis, history: readonly Turn[], k: number): Promise<RetrievedPassage[]> {
    const followUp = history.length > 0 && analysis.dependsOnThread;
    const contextText = followUp ? history.slice(-2).map((turn) => turn.question).join(' ') : undefined;
    const boostPositions = new Map<number, number>();
    if (followUp) {
      for (const id of history.at(-1)?.passageIds ?? []) {
        const position = this.positions.get(id);
        if (position !== undefined) boostPositions.set(position, 0.3);
      }
    }
    const vectorMatches = await this.parts.searchVectors(contextText === undefined ? text : `${contextText} ${text}`, 30);
    return this.parts.retriever.retrieve({ text, contextText, contextWeight: 0.5, boostPositions, vectorMatches }, k);
  }

  private acronyms: Set<string> | null = null;

  private mentions(name: string): boolean {
    const { retriever } = this.parts;
    if (retriever.mentions(name) || tokenizeStems(name).some((stem) => retriever.idf(stem) < retriever.idf('\u0000'))) return true;
    const key = acronymKey(name);
    if (key === null) return false;
    // Built on first need: most questions never ask about an acronym the corpus only spells out.
    this.acronyms ??= collectAcronyms(this.parts.articles);
    return this.acronyms.has(key);
  }

  private speakerFor(analysis: QuestionAnalysis, history: readonly Turn[]): string | null {
    if (analysis.speaker === null) return null;
    if (!/^(he|she|they|him|her|them)$/iu.test(analysis.speaker)) return analysis.speaker;
    for (const turn of [...history].reverse()) {
      const earlier = analyzeQuestion(turn.question).speaker;
      if (earlier !== null && !/^(he|she|they|him|her|them)$/iu.test(earlier)) return earlier;
    }
    return null;
  }

  private answerFromQuotes(question: string, speaker: string): Answer | null {
    const found = findQuotesBySpeaker(this.parts.quoteIndex, speaker);
    const quotes = found.flatMap((entry) => entry.quotes);
    if (quotes.length === 0) return null;
    const selected: SelectedSentence[] = [];
    for (const quote of quotes) {
      const position = this.positions.get(quote.passageId);
      const passage = position === undefined ? undefined : this.parts.passages[position];
      const article = this.articlesById.get(quote.articleId);
      if (passage === undefined || article === undefined || position === undefined) continue;
      const span = passage.sentences.find((sentence) => sentence.start <= quote.start && quote.start < sentence.end);
      if (span === undefined) continue;
      const text = article.body.slice(span.start, Math.max(span.end, Math.min(quote.end, passage.end)));
      if (selected.some((entry) => entry.text === text)) continue;
      const retrieved: RetrievedPassage = { position, passage, article, score: 1, sentenceScore: 1, vectorSimilarity: 0 };
      selected.push({ text, sources: [{ retrieved, span: { start: span.start, end: span.start + text.length } }] });
      if (selected.length === 5) break;
    }
    return selected.length === 0 ? null : this.compose(question, selected);
  }

  private compose(question: string, selected: readonly SelectedSentence[]): Answer {
    const citations: Citation[] = [];
    const spansByPassage = new Map<string, { start: number; end: number }[]>();
    for (const entry of selected) {
      for (const { retrieved, span } of entry.sources) {
        const spans = spansByPassage.get(retrieved.passage.id) ?? [];
        spans.push(span);
        spansByPassage.set(retrieved.passage.id, spans);
      }
    }
    const numberOf = new Map<string, number>();
    const sentences: AnswerSentence[] = selected.map((entry) => ({
      text: entry.text,
      citations: entry.sources.map(({ retrieved }) => {
        let n = numberOf.get(retrieved.passage.id);
        if (n === undefined) {
          n = citations.length + 1;
          numberOf.set(retrieved.passage.id, n);
          citations.push(toCitation(n, retrieved.article, retrieved.passage, spansByPassage.get(retrieved.passage.id) ?? []));
        }
        return n;
      }),
    }));
    const text = sentences.map((sentence) => `${sentence.text} ${sentence.citations.map((n) => `[${n}]`).join('')}`).join(' ');
    const answer: Answer = { question, abstained: false, text, sentences, citations, basis: basisOf(citations) };
    verifyVerbatim(answer, (passageId) => {
      const position = this.positions.get(passageId);
      return position === undefined ? undefined : this.parts.passages[position]?.text;
    });
    return answer;
  }

  private abstain(question: string): Answer {
    const count = this.parts.articles.length;
    const text = `The articles don't say. None of the ${count} article${count === 1 ? '' : 's'} on this story answers “${question}”`;
    return { question, abstained: true, text, sentences: [], citations: [], basis: [] };
  }
}
