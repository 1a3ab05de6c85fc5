import type { Article } from '../corpus/article.js';
import { StoryError } from '../errors.js';
import type { Passage } from '../passages/passage.js';
import type { QuoteIndex } from '../quotes/index.js';
import type { HybridRetriever, RetrievedPassage } from '../retrieval/retriever.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import type { Answer, AnswerSentence, Citation, Turn } from './answer.js';
import { basisOf, toCitation } from './build-citations.js';
import { focusTerms, topicTerms } from './expected-fact.js';
import { acronymKey } from './known-names.js';
import { unknownShare, type QuestionTerm } from './question-terms.js';
import { scoreSentences } from './score-sentences.js';
import { selectSentences, type SelectedSentence } from './select-answer.js';
import { SpeakerStatements, speakerFor } from './speaker-statements.js';
import { ASKS_EXPANSION, StoryVocabulary } from './story-vocabulary.js';
import { verifyVerbatim } from './verify-verbatim.js';

/** Longest question accepted: enough for any real question, short enough to keep retrieval fast. */
export const MAX_QUESTION_LENGTH = 1000;

/**
 * Minimum confidence (share of the question's IDF-weighted terms held by the answer sentence and its passage)
 * below which the answer abstains. Calibrated on the seed story's question set (see README, "Abstention").
 */
export const DEFAULT_ABSTAIN_BELOW = 0.1;

/**
 * Share of a question's terms the corpus never uses (under any spelling) at or above which it abstains
 * without searching: half the question is about things the story does not mention ("Will ICE agents carry
 * weapons?"). Calibrated on the seed story's question set (see README).
 */
export const UNKNOWN_SHARE_LIMIT = 0.5;

/** "When did X say / make his statement / give the interview": a question about when someone spoke. */
const STATEMENT_WORDS = /\b(?:say|said|speak|spoke|statement|remarks?|comments?|commented|interview|announce|announced|post|posted|tweet|tweeted|tell|told)\b/iu;

/** The earlier questions a follow-up leans on (the last two), or undefined when the question stands alone. */
function threadText(analysis: QuestionAnalysis, history: readonly Turn[]): string | undefined {
  if (history.length === 0 || !analysis.dependsOnThread) return undefined;
  return history.slice(-2).map((turn) => turn.question).join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** What the engine is built from; all passed in, so tests and benchmarks can assemble their own. */
export interface StoryEngineParts {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  readonly retriever: HybridRetriever;
  readonly quoteIndex: QuoteIndex;
  /** Vector matches for a text: passage position → cosine similarity. Empty map when vectors are off. */
  readonly searchVectors: (text: string, k: number) => Promise<ReadonlyMap<number, number>>;
  readonly abstainBelow?: number;
  /** What the articles' acronyms stand for, as stored with the index (`buildAcronymTable`); built when absent. */
  readonly acronyms?: ReadonlyMap<string, string> | null;
}

/** Answers questions from the story's passages, with verbatim cited sentences, or abstains. */
export class StoryEngine {
  private readonly positions: ReadonlyMap<string, number>;
  private readonly articlesById: ReadonlyMap<string, Article>;
  private readonly threshold: number;
  private readonly vocabulary: StoryVocabulary;
  private readonly statements: SpeakerStatements;

  constructor(private readonly parts: StoryEngineParts) {
    this.positions = new Map(parts.passages.map((passage, position) => [passage.id, position]));
    this.articlesById = new Map(parts.articles.map((article) => [article.id, article]));
    this.threshold = parts.abstainBelow ?? DEFAULT_ABSTAIN_BELOW;
    this.vocabulary = new StoryVocabulary(parts.articles, parts.retriever, parts.acronyms ?? null);
    this.statements = new SpeakerStatements({
      passages: parts.passages, positions: this.positions, articlesById: this.articlesById, retriever: parts.retriever,
      vocabulary: this.vocabulary, quoteIndex: () => parts.quoteIndex,
    });
  }

  /**
   * The passages a question in its thread draws on, best first (for evaluation): for a question about what
   * someone said, the passages of the statements the answer quotes lead, as they are what it is answered from.
   */
  async retrieve(question: string, history: readonly Turn[] = [], k = 10): Promise<RetrievedPassage[]> {
    const text = this.vocabulary.corrected(question);
    const analysis = analyzeQuestion(text);
    const ranked = await this.retrieveFor(text, analysis, history, k);
    const speaker = speakerFor(analysis, history);
    if (speaker === null) return ranked;
    const leading: RetrievedPassage[] = [];
    for (const sentence of this.statements.sentences(question.trim(), speaker)) {
      for (const { retrieved } of sentence.sources) {
        if (leading.some((entry) => entry.position === retrieved.position)) continue;
        leading.push(ranked.find((entry) => entry.position === retrieved.position) ?? retrieved);
      }
    }
    return [...leading, ...ranked.filter((entry) => !leading.some((lead) => lead.position === entry.position))].slice(0, Math.max(k, leading.length));
  }

  /** Answers `question`, using the earlier turns of its thread for follow-ups. */
  async answer(question: string, history: readonly Turn[] = []): Promise<Answer> {
    const asked = question.trim();
    if (asked === '') throw new StoryError('question_empty', 'Ask a question about the story, e.g. "What did the interior minister say?"');
    if (asked.length > MAX_QUESTION_LENGTH) {
      throw new StoryError('question_too_long', `Questions are limited to ${MAX_QUESTION_LENGTH} characters (this one has ${asked.length}) — ask about one thing at a time`);
    }
    const text = this.vocabulary.corrected(asked);
    const analysis = analyzeQuestion(text);
    const speaker = speakerFor(analysis, history);
    if (speaker !== null) return this.answerAboutSpeaker(asked, analysis, speaker);
    // A question about a name the articles never mention cannot be answered from them.
    if (analysis.names.some((name) => !this.vocabulary.mentions(name))) return this.abstain(asked);
    return this.answerFromExpansion(asked) ?? this.answerFromPassages(asked, text, analysis, history);
  }

  /** What a speaker said, from the quote index; an abstention when the speaker or the subject never comes up. */
  private answerAboutSpeaker(asked: string, analysis: QuestionAnalysis, speaker: string): Answer {
    const knows = (term: QuestionTerm): boolean => this.vocabulary.knows(term);
    // "What did Sala say about the budget?" when no article mentions a budget.
    const topic = analysis.speakerTopic === null ? [] : this.statements.topicBeyond(analysis.speakerTopic, speaker);
    if (unknownShare(topic, knows) >= UNKNOWN_SHARE_LIMIT) return this.abstain(asked);
    const quoted = this.answerFromQuotes(asked, speaker);
    if (quoted !== null) return quoted;
    // The quote index holds what people, groups and organisations are reported to have said: a speaker it does
    // not know ("the mayor of Cortina", "the athletes") said nothing the articles report.
    return this.abstain(asked);
  }

  /** The sentences of the retrieved passages that answer the question, or an abstention. */
  private async answerFromPassages(asked: string, text: string, analysis: QuestionAnalysis, history: readonly Turn[]): Promise<Answer> {
    const thread = threadText(analysis, history);
    const excluded = analysis.excluded === null ? null : new RegExp(`\\b(?:${analysis.excluded.split(/\s+/u).map(escapeRegExp).join('|')})\\b`, 'u');
    const terms = this.vocabulary.termsOf(text).filter((term) => excluded === null || !excluded.test(term.word));
    const contextTerms = thread === undefined ? [] : this.vocabulary.termsOf(thread);
    const allTerms = [...terms, ...contextTerms.filter((term) => !terms.some((own) => own.alternatives[0]![0] === term.alternatives[0]![0]))];
    if (unknownShare(topicTerms(allTerms), (term) => this.vocabulary.knows(term)) >= UNKNOWN_SHARE_LIMIT) return this.abstain(asked);
    // "What is the budget for Olympic security?" when no article mentions a budget: the rest of the question
    // matching well does not make the thing asked for appear.
    const head = analysis.head === null ? undefined : terms.find((term) => term.word === analysis.head);
    if (head !== undefined && !this.vocabulary.knows(head)) return this.abstain(asked);
    const retrieved = await this.retrieveFor(text, analysis, history, 10);
    const scored = scoreSentences({
      question: text,
      terms,
      contextTerms,
      contextWeight: 1,
      expected: analysis.expected,
      focus: this.predicateFocus(terms, analysis) ?? focusTerms(terms, contextTerms),
      anchors: this.speakerAnchors(text, terms, analysis),
      idf: (stem) => this.parts.retriever.idf(stem),
    }, retrieved.slice(0, 6));
    // "Besides Sala, who else …?": nothing that mentions Sala answers it.
    const candidates = scored.filter((sentence) => sentence.hasExpectedFact && (excluded === null || !excluded.test(sentence.text)));
    const best = candidates[0];
    if (best === undefined || best.confidence < this.threshold) return this.abstain(asked);
    return this.compose(asked, selectSentences(candidates, this.threshold));
  }

  /**
   * "Who confirmed that ICE agents would be sent?": the name must stand by "confirmed", not by "agents" — when
   * the story uses the verb at all (else the usual focus, and the unknown word counts against the answer).
   */
  private predicateFocus(terms: readonly QuestionTerm[], analysis: QuestionAnalysis): QuestionTerm[] | null {
    if (analysis.predicate === null || analysis.expected !== 'name') return null;
    const verb = terms.find((term) => term.word === analysis.predicate);
    return verb !== undefined && this.vocabulary.knows(verb) ? [verb] : null;
  }

  /**
   * "When did Calenda make his statement?": the people and bodies it names who are reported saying something.
   * A date found beside someone else's statement does not answer it. Only for when-questions about a
   * statement: the sentence that dates an event or a count often does not repeat the name of what it is about.
   */
  private speakerAnchors(text: string, terms: readonly QuestionTerm[], analysis: QuestionAnalysis): QuestionTerm[] {
    if (analysis.expected !== 'date' || analysis.names.length === 0 || !STATEMENT_WORDS.test(text)) return [];
    return terms.filter((term) => analysis.names.includes(term.word) &&
      this.statements.isQuoted(term.word));
  }

  private async retrieveFor(text: string, analysis: QuestionAnalysis, history: readonly Turn[], k: number): Promise<RetrievedPassage[]> {
    const contextText = threadText(analysis, history);
    const boostPositions = new Map<number, number>();
    if (contextText !== undefined) {
      for (const id of history.at(-1)?.passageIds ?? []) {
        const position = this.positions.get(id);
        if (position !== undefined) boostPositions.set(position, 0.3);
      }
    }
    const searched = `${text}${this.vocabulary.spelledOut(text)}`;
    const vectorMatches = await this.parts.searchVectors(contextText === undefined ? searched : `${contextText} ${searched}`, 30);
    return this.parts.retriever.retrieve({ text: searched, contextText, contextWeight: 0.5, boostPositions, vectorMatches }, k);
  }

  /** "What's ICE's full name?": the sentences that spell the acronym out, verbatim. */
  private answerFromExpansion(question: string): Answer | null {
    if (!ASKS_EXPANSION.test(question)) return null;
    for (const [word] of question.matchAll(/[\p{L}\p{N}]+/gu)) {
      const key = acronymKey(word);
      const expansion = key === null ? null : this.vocabulary.expand(key);
      if (expansion === null) continue;
      const selected: SelectedSentence[] = [];
      for (const retrieved of this.parts.retriever.retrieve({ text: expansion }, 10)) {
        const body = retrieved.article.body;
        const span = retrieved.passage.sentences.find((sentence) => body.slice(sentence.start, sentence.end).includes(expansion));
        // One sentence per article: each article that spells it out is cited once.
        if (span === undefined || selected.some((entry) => entry.sources[0]!.retrieved.article.id === retrieved.article.id)) continue;
        selected.push({ text: body.slice(span.start, span.end), sources: [{ retrieved, span }] });
      }
      if (selected.length > 0) return this.compose(question, selected.slice(0, 3));
    }
    return null;
  }

  private answerFromQuotes(question: string, speaker: string): Answer | null {
    const selected = this.statements.sentences(question, speaker);
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
