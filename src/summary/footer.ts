import type { Article } from '../corpus/article.js';
import { publishedDay } from '../quotes/story-order.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "27 Jan 2026" from "2026-01-27…", or the text as given when it is not a date. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(day);
  if (match === null) return day;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/**
 * What a summary rests on: "2 articles, 27 Jan 2026 – 29 Jan 2026", with the undated ones counted, so a reader
 * knows how current it is.
 */
export function describeBasis(articles: readonly Article[]): string {
  const days = articles.map(publishedDay).filter((day): day is string => day !== null).sort();
  const undated = articles.length - days.length;
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  const first = days[0];
  const last = days.at(-1);
  let range = '';
  if (first !== undefined && last !== undefined) range = first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
  const undatedNote = undated === 0 ? '' : undated === articles.length ? 'undated' : `${undated} undated`;
  const parts = [range, undatedNote].filter(Boolean);
  return parts.length === 0 ? count : `${count}, ${parts.join(' + ')}`;
}
