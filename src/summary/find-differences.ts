import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { passagesByArticle } from '../passages/passages-by-article.js';
import { orderArticles } from '../quotes/story-order.js';
import type { Difference, DifferenceSide } from './difference.js';
import { findAttributionDifferences } from './attribution-differences.js';
import type { SummaryContext } from './summary-context.js';
import { roleNounAt } from '../quotes/find-roles.js';
import { tokenize } from '../quotes/tokens.js';

const PLAIN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+$/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The first place a span of text occurs in the articles' passages, as a difference side. */
export function locate(text: string, articles: readonly Article[], byArticle: ReadonlyMap<string, readonly Passage[]>): DifferenceSide | null {
  const pattern = new RegExp(`(?<![\\p{L}])${escape(text)}(?![\\p{L}])`, 'u');
  for (const article of articles) {
    for (const passage of byArticle.get(article.id) ?? []) {
      const match = pattern.exec(passage.text);
      if (match === null) continue;
      const start = passage.start + match.index;
      const sentence = passage.sentences.find((span) => span.start <= start && span.end > start) ?? passage;
      return { text, sentence: article.body.slice(sentence.start, sentence.end), articleId: article.id, passageId: passage.id, start, end: start + text.length };
    }
  }
  return null;
}

/** People the articles name in more than one way ("Giuseppe Sala" / "Beppe Sala"), each form where it first appears. */
function findNameDifferences(context: SummaryContext, articles: readonly Article[], byArticle: ReadonlyMap<string, readonly Passage[]>): Difference[] {
  const differences: Difference[] = [];
  for (const speaker of context.quoteIndex.speakers) {
    if (speaker.kind !== 'person') continue;
    const surname = speaker.name.split(' ').at(-1);
    const forms = [speaker.name, ...speaker.aliases].filter((form) => {
      const tokens = tokenize(form);
      return PLAIN_NAME.test(form) && form.split(' ').at(-1) === surname && roleNounAt(tokens, 0) === null;
    });
    const firstNames = new Set(forms.map((form) => form.split(' ')[0]));
    if (firstNames.size < 2) continue;
    const sides = forms.map((form) => locate(form, articles, byArticle)).filter((side): side is DifferenceSide => side !== null);
    if (sides.length >= 2) differences.push({ kind: 'name', about: `how ${speaker.name} is named`, sides });
  }
  return differences;
}

/**
 * Finds where the articles give different versions of the same fact: a person named in different forms, or an
 * announcement credited to different sources. Each side is a verbatim span with its article and passage.
 */
export function findDifferences(context: SummaryContext, articles: readonly Article[] = context.articles): Difference[] {
  const ordered = orderArticles(articles);
  const byArticle = passagesByArticle(context.passages);
  return [...findAttributionDifferences(context, ordered, byArticle), ...findNameDifferences(context, ordered, byArticle)];
}
