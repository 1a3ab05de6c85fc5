import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { Bm25Index, type Bm25Arrays } from './bm25-index.js';
import { packArrays, unpackArrays } from './pack-arrays.js';
import { bigrams, stemWords, tokenizeStems, tokenizeWords } from './tokenize.js';

/** The lexical signals retrieval fuses, each a BM25 index over a different view of the corpus. */
export interface LexicalIndex {
  /** Passage text, stemmed. */
  readonly passageStems: Bm25Index;
  /** Passage text, words as written: rewards the exact form a question uses. */
  readonly passageWords: Bm25Index;
  /** Adjacent stem pairs: rewards phrases. */
  readonly passageBigrams: Bm25Index;
  /** Every sentence on its own: a question usually targets one sentence. */
  readonly sentenceStems: Bm25Index;
  /** Whole articles (title + body): which article is about the question's subject. */
  readonly articleStems: Bm25Index;
  /** Passage position of each sentence of `sentenceStems`. */
  readonly sentencePassage: Uint32Array;
  /** Article position of each passage. */
  readonly passageArticle: Uint32Array;
}

const PARTS = ['passageStems', 'passageWords', 'passageBigrams', 'sentenceStems', 'articleStems'] as const;

/** Builds the lexical index over passages (in vector-index order) and their articles. */
export function buildLexicalIndex(articles: readonly Article[], passages: readonly Passage[]): LexicalIndex {
  const articlePosition = new Map(articles.map((article, index) => [article.id, index]));
  const bodies = new Map(articles.map((article) => [article.id, article.body]));
  const sentencePassage: number[] = [];
  const sentenceTokens: string[][] = [];
  const passageWords = passages.map((passage, position) => {
    const body = bodies.get(passage.articleId) ?? '';
    const sentenceWords = passage.sentences.map((span) => tokenizeWords(body.slice(span.start, span.end)));
    for (const words of sentenceWords) {
      sentencePassage.push(position);
      sentenceTokens.push(stemWords(words));
    }
    return sentencesTilePassage(passage, body) ? sentenceWords.flat() : tokenizeWords(passage.text);
  });
  const stems = passageWords.map(stemWords);
  return {
    passageStems: Bm25Index.build(stems),
    passageWords: Bm25Index.build(passageWords),
    passageBigrams: Bm25Index.build(stems.map(bigrams)),
    sentenceStems: Bm25Index.build(sentenceTokens),
    articleStems: Bm25Index.build(articles.map((article) => tokenizeStems(`${article.title}\n${article.body}`))),
    sentencePassage: Uint32Array.from(sentencePassage),
    passageArticle: Uint32Array.from(passages, (passage) => articlePosition.get(passage.articleId) ?? 0),
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

// True when the passage's words are its sentences' words in turn: only non-word characters lie outside and
// between the sentences, and no two sentences meet inside a word. The text is then tokenised once, not twice.
function sentencesTilePassage(passage: Passage, body: string): boolean {
  let at = passage.start;
  for (const span of passage.sentences) {
    if (span.start < at || span.end > passage.end) return false;
    if (WORD_CHARACTER.test(body.slice(at, span.start))) return false;
    if (span.start === at && at > passage.start && WORD_CHARACTER.test(body[at - 1] ?? '') && WORD_CHARACTER.test(body[at] ?? '')) return false;
    at = span.end;
  }
  return !WORD_CHARACTER.test(body.slice(at, passage.end));
}

/** Serialises the lexical index into one compact binary payload for the index store. */
export function encodeLexicalIndex(index: LexicalIndex): Uint8Array {
  const arrays: Record<string, Uint32Array | Uint16Array> = {
    sentencePassage: index.sentencePassage,
    passageArticle: index.passageArticle,
  };
  for (const part of PARTS) {
    for (const [key, array] of Object.entries(index[part].arrays as Bm25Arrays)) arrays[`${part}.${key}`] = array;
  }
  return packArrays(arrays);
}

/** Reads a payload written by `encodeLexicalIndex`; throws a RangeError when it is damaged. */
export function decodeLexicalIndex(bytes: Uint8Array): LexicalIndex {
  const { arrays } = unpackArrays(bytes);
  const take = <T extends Uint32Array | Uint16Array>(name: string, type: new (...args: never[]) => T): T => {
    const array = arrays[name];
    if (!(array instanceof type)) throw new RangeError(`lexical index lacks ${name}`);
    return array;
  };
  const bm25 = (part: string): Bm25Index => new Bm25Index({
    terms: take(`${part}.terms`, Uint32Array),
    offsets: take(`${part}.offsets`, Uint32Array),
    docs: take(`${part}.docs`, Uint32Array),
    frequencies: take(`${part}.frequencies`, Uint16Array),
    lengths: take(`${part}.lengths`, Uint32Array),
  });
  return {
    passageStems: bm25('passageStems'),
    passageWords: bm25('passageWords'),
    passageBigrams: bm25('passageBigrams'),
    sentenceStems: bm25('sentenceStems'),
    articleStems: bm25('articleStems'),
    sentencePassage: take('sentencePassage', Uint32Array),
    passageArticle: take('passageArticle', Uint32Array),
  };
}
