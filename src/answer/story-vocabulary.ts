import type { Article } from '../corpus/article.js';
import type { HybridRetriever } from '../retrieval/retriever.js';
import { tokenizeStems } from '../retrieval/tokenize.js';
import { acronymKey, buildAcronymTable } from './known-names.js';
import { COMMON_ACRONYMS } from './news-lexicon.js';
import { oneEditAway } from './one-edit-away.js';
import { spellingVariants } from './spelling-variants.js';
import { derivedForms } from './derived-forms.js';
import { isCommonWord } from './common-words.js';
import { FRAME_WORDS, questionTerms, type QuestionTerm } from './question-terms.js';

/** "What's ICE's full name?": the question asks for what an acronym stands for. */
export const ASKS_EXPANSION = /\b(full name|stand(?:s)? for|short for|spelled out|acronym)\b/iu;

/**
 * What the story's articles say in so many words: which words and names they use, what their acronyms stand
 * for, and the word a question most likely meant when it mistypes one. Reads the retriever's index and the
 * acronym table stored with it (built from the articles on first need for an index stored without one).
 */
export class StoryVocabulary {
  private acronyms: ReadonlyMap<string, string> | null;
  private readonly unknownIdf: number;

  constructor(
    private readonly articles: readonly Article[],
    private readonly retriever: HybridRetriever,
    acronyms: ReadonlyMap<string, string> | null = null,
  ) {
    this.unknownIdf = retriever.idf('\u0000');
    this.acronyms = acronyms;
  }

  /** What an acronym key ("dhs") stands for: as the articles spell it out, or as newsrooms commonly use it. */
  expand(key: string): string | null {
    return this.spelledOutInArticles(key) ?? COMMON_ACRONYMS.get(key) ?? null;
  }

  private spelledOutInArticles(key: string): string | null {
    this.acronyms ??= buildAcronymTable(this.articles);
    return this.acronyms.get(key) ?? null;
  }

  /** The content terms of a question, with its acronyms' expansions. */
  termsOf(text: string): QuestionTerm[] {
    return questionTerms(text, (key) => this.expand(key));
  }

  /**
   * The spelled-out names of the text's acronyms that the articles do not use as written ("DHS" →
   * "Department of Homeland Security"), or of all of them when it asks what one stands for.
   */
  spelledOut(text: string): string {
    const all = ASKS_EXPANSION.test(text);
    let added = '';
    for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const key = acronymKey(word);
      const expansion = key === null ? null : this.expand(key);
      if (expansion !== null && (all || !this.retriever.mentions(word))) added += ` ${expansion}`;
    }
    return added;
  }

  /**
   * The text with each word the story never uses, but that it spells another way ("criticised" →
   * "criticized"), that is one slip from a word it does ("deploymnet" → "deployment"; the most common
   * correction wins), or that it uses in another form ("ministry" → "minister"), corrected.
   */
  corrected(text: string): string {
    return text.replace(/\p{L}{5,}/gu, (word) => {
      const lower = word.toLowerCase();
      const stems = tokenizeStems(lower);
      // Stop and frame words ("where", "tried") are in no index, and are no typos: "tried" is not "tied".
      if (stems.length === 0 || FRAME_WORDS.has(lower) || this.retriever.mentions(lower) || this.knowsStems(stems)) return word;
      const respelled = spellingVariants(lower).find((variant) => this.knowsStems(tokenizeStems(variant)));
      if (respelled !== undefined) return matchCase(respelled, word);
      let best = word;
      let bestIdf = this.unknownIdf;
      // An everyday word the story lacks is no slip: "normal" is not "formal", "staying" is not "stating".
      const slips = isCommonWord(lower) ? [] : oneEditAway(lower);
      for (const candidate of slips) {
        if (!this.retriever.mentions(candidate)) continue;
        const idf = this.retriever.idf(tokenizeStems(candidate)[0] ?? candidate);
        if (idf < bestIdf) { best = candidate; bestIdf = idf; }
      }
      if (best !== word) return matchCase(best, word);
      // "Interior Ministry" when the story only speaks of the interior minister.
      const derived = derivedForms(lower).find((form) => this.retriever.mentions(form));
      return derived === undefined ? word : matchCase(derived, word);
    });
  }

  /** True when some passage holds the term, as written or under one of its spellings. */
  knows(term: QuestionTerm): boolean {
    return this.retriever.mentions(term.word) || term.alternatives.some((stems) => this.knowsStems(stems));
  }

  /** True when the articles mention a name: as written, by a stem, or as the acronym of what they spell out. */
  mentions(name: string): boolean {
    if (this.retriever.mentions(name) || tokenizeStems(name).some((stem) => this.retriever.idf(stem) < this.unknownIdf)) return true;
    const key = acronymKey(name);
    if (key === null) return false;
    if (this.spelledOutInArticles(key) !== null) return true;
    // "MPs" when the articles say "members of parliament"; not "IOC" when they never name the committee.
    const common = COMMON_ACRONYMS.get(key);
    return common !== undefined && this.knowsStems(tokenizeStems(common));
  }

  private knowsStems(stems: readonly string[]): boolean {
    return stems.length > 0 && stems.every((stem) => this.retriever.idf(stem) < this.unknownIdf);
  }
}

/** `word` capitalised as `like` is: a corrected word keeps the capital it was typed with. */
function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}
