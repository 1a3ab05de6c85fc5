import { articleMeta, type Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import type { Span } from '../passages/split-sentences.js';
import type { ArticleRef, Citation } from './answer.js';

/** Passages up to this many words are shown whole in a citation; longer ones are cut to the cited sentences. */
const WHOLE_PASSAGE_WORDS = 90;

/**
 * The passage text for a citation: whole when short, otherwise the cited sentences (and their neighbours when
 * that stays short), joined by " … " where sentences were left out. Only ever whole sentences, never a changed word.
 */
export function citationText(article: Article, passage: Passage, cited: readonly Span[]): string {
  if (passage.text.split(/\s+/u).length <= WHOLE_PASSAGE_WORDS || cited.length === 0) return passage.text;
  const keep = new Set<number>();
  passage.sentences.forEach((sentence, index) => {
    if (cited.some((span) => span.start < sentence.end && sentence.start < span.end)) keep.add(index);
  });
  const pieces: string[] = [];
  let previous = -1;
  [...keep].sort((a, b) => a - b).forEach((index) => {
    const sentence = passage.sentences[index]!;
    if (previous >= 0 && index === previous + 1) {
      // Adjacent sentences are shown as they stand in the article, with the original spacing.
      const last = pieces.pop()!;
      pieces.push(last + article.body.slice(passage.sentences[previous]!.end, sentence.end));
    } else {
      pieces.push(article.body.slice(sentence.start, sentence.end));
    }
    previous = index;
  });
  const startsAtFirst = keep.has(0);
  const endsAtLast = keep.has(passage.sentences.length - 1);
  return `${startsAtFirst ? '' : '… '}${pieces.join(' … ')}${endsAtLast ? '' : ' …'}`;
}

/** A numbered citation for a passage. */
export function toCitation(n: number, article: Article, passage: Passage, cited: readonly Span[]): Citation {
  return {
    n,
    passageId: passage.id,
    ...articleMeta(article),
    paragraph: passage.paragraph,
    text: citationText(article, passage, cited),
  };
}

/** The distinct articles behind a set of citations, oldest first, undated last. */
export function basisOf(citations: readonly Citation[]): ArticleRef[] {
  const seen = new Map<string, ArticleRef>();
  for (const citation of citations) {
    if (!seen.has(citation.articleId)) {
      seen.set(citation.articleId, {
        articleId: citation.articleId, title: citation.title, source: citation.source, published: citation.published,
      });
    }
  }
  return [...seen.values()].sort((left, right) =>
    (left.published ?? '9999').localeCompare(right.published ?? '9999'));
}
