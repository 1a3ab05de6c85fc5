import type { ArticleRef } from '../../answer/answer.js';
import { describeArticle, formatDate } from './text.js';

/** The "as of" line: how many articles an answer rests on, their date range, and which they are. */
export function describeBasis(basis: readonly ArticleRef[]): string {
  const dates = basis.map((article) => article.published).filter((date): date is string => date !== null).sort();
  const first = formatDate(dates[0] ?? null);
  const last = formatDate(dates.at(-1) ?? null);
  const range = first === null ? 'undated' : first === last ? first : `${first} – ${last}`;
  const count = `${basis.length} article${basis.length === 1 ? '' : 's'}`;
  const listed = basis.slice(0, 8).map((article) => describeArticle(article)).join(' · ');
  const more = basis.length > 8 ? ` · and ${basis.length - 8} more` : '';
  const line = `Based on ${count} (${range}): ${listed}${more}`;
  // The list is escaped already; cut at a separator so no entity is split.
  return line.length <= 2900 ? line : `${line.slice(0, line.lastIndexOf(' · ', 2900))} · …`;
}
