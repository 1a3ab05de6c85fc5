import type { Article } from '../corpus/article.js';
import { classifyFurniture } from './furniture.js';
import type { Passage } from './passage.js';
import { splitParagraphs } from './split-paragraphs.js';
import { countWords, splitSentences, type Span } from './split-sentences.js';

/** How passages are cut. */
export interface PassageOptions {
  /** Upper bound on a passage's length in words (a single longer sentence is kept whole). Default 200. */
  readonly maxWords?: number;
  /** Paragraphs shorter than this are packed with their neighbours. Default 25. */
  readonly minWords?: number;
}

interface Unit {
  readonly paragraph: number;
  readonly sentences: Span[];
  readonly words: number;
}

function sentencesWords(body: string, sentences: readonly Span[]): number {
  return sentences.reduce((sum, span) => sum + countWords(body.slice(span.start, span.end)), 0);
}

/** Cuts an over-long paragraph into near-equal runs of whole sentences, each within `maxWords` where possible. */
function splitLongParagraph(body: string, paragraph: number, sentences: Span[], maxWords: number): Unit[] {
  const total = sentencesWords(body, sentences);
  const parts = Math.ceil(total / maxWords);
  const target = total / parts;
  const units: Unit[] = [];
  let run: Span[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const sentenceWords = countWords(body.slice(sentence.start, sentence.end));
    // Past the target the run closes while parts remain; past maxWords it always closes, so that one very long
    // sentence does not drag its neighbours over the limit.
    const closes = (words >= target && units.length < parts - 1) || words + sentenceWords > maxWords;
    if (run.length > 0 && closes) {
      units.push({ paragraph, sentences: run, words });
      run = [];
      words = 0;
    }
    run.push(sentence);
    words += sentenceWords;
  }
  if (run.length > 0) units.push({ paragraph, sentences: run, words });
  return units;
}

/** Bump when passage cutting changes, so stored indexes built the old way are rebuilt. */
export const PASSAGE_VERSION = 2;

/**
 * Turns an article into passages: furniture left out, sentence-aligned, inside paragraph boundaries (short
 * paragraphs packed together), at most about `maxWords` words, each with offsets into the verbatim body.
 */
export function buildPassages(article: Article, options: PassageOptions = {}): Passage[] {
  const maxWords = options.maxWords ?? 200;
  const minWords = options.minWords ?? 25;
  const body = article.body;
  const paragraphs = splitParagraphs(body, article.layout);
  const furniture = classifyFurniture(paragraphs, article.title);
  const units: Unit[] = [];
  let paragraphNumber = 0;
  paragraphs.forEach((paragraph, index) => {
    if (furniture[index] !== null) return;
    paragraphNumber += 1;
    const sentences = splitSentences(body, paragraph.start, paragraph.end, article.layout === 'lines');
    const words = sentencesWords(body, sentences);
    if (words > maxWords * 1.1) units.push(...splitLongParagraph(body, paragraphNumber, sentences, maxWords));
    else units.push({ paragraph: paragraphNumber, sentences, words });
  });

  // Pack runs of short paragraphs so that no passage is a stray line, without crossing maxWords.
  const packed: { units: Unit[]; words: number }[] = [];
  for (const unit of units) {
    const last = packed.at(-1);
    const lastIsShort = last !== undefined && last.words < minWords;
    if (last !== undefined && (lastIsShort || unit.words < minWords) && last.words + unit.words <= maxWords) {
      last.units.push(unit);
      last.words += unit.words;
    } else {
      packed.push({ units: [unit], words: unit.words });
    }
  }

  const partsPerParagraph = new Map<number, number>();
  for (const unit of units) partsPerParagraph.set(unit.paragraph, (partsPerParagraph.get(unit.paragraph) ?? 0) + 1);
  const seenParts = new Map<number, number>();
  return packed.map(({ units: group }) => {
    const first = group[0]!;
    const sentences = group.flatMap((unit) => unit.sentences);
    const start = sentences[0]!.start;
    const end = sentences.at(-1)!.end;
    const part = (seenParts.get(first.paragraph) ?? 0) + 1;
    for (const unit of group) seenParts.set(unit.paragraph, (seenParts.get(unit.paragraph) ?? 0) + 1);
    const split = (partsPerParagraph.get(first.paragraph) ?? 1) > 1;
    return {
      id: split ? `${article.id}:${first.paragraph}.${part}` : `${article.id}:${first.paragraph}`,
      articleId: article.id,
      paragraph: first.paragraph,
      start,
      end,
      text: body.slice(start, end),
      sentences,
    };
  });
}
