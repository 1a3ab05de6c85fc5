/** Escapes the three characters Slack treats as markup, so text from people or articles cannot ping or link. */
export function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Length of `text` once escaped, which is what counts against Slack's limits. */
export function escapedLength(text: string): number {
  let length = text.length;
  for (const character of text) {
    if (character === '&') length += 4;
    else if (character === '<' || character === '>') length += 3;
  }
  return length;
}

// A sentence ends at . ! ? or … optionally followed by closing quotes or brackets, then whitespace.
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+/u;

/**
 * Shortens raw text to at most `max` characters once escaped, cutting at a sentence boundary (or a word
 * boundary when the first sentence alone is too long) and marking the cut with "…". The kept text is verbatim.
 */
export function truncateAtSentence(text: string, max: number): string {
  if (escapedLength(text) <= max) return text;
  const sentences = text.split(SENTENCE_END);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept === '' ? sentence : `${kept} ${sentence}`;
    if (escapedLength(next) + 2 > max) break;
    kept = next;
  }
  if (kept !== '') return `${kept} …`;
  const words = text.split(/\s+/u);
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (escapedLength(next) + 1 > max) break;
    kept = next;
  }
  if (kept === '') kept = text.slice(0, Math.max(0, Math.floor((max - 1) / 5)));
  return `${kept}…`;
}

/** Escapes and shortens in one step: the usual way corpus or user text enters a message. */
export function safeText(text: string, max: number): string {
  return escapeText(truncateAtSentence(text, max));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Renders an article date as "27 Jan 2026" from the date as written, without shifting time zones. */
export function formatDate(published: string | null): string | null {
  if (published === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return published;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A mrkdwn link to `url` labelled with escaped `label`, or just the label when the URL is not http(s). */
export function formatLink(url: string | null, label: string): string {
  if (url === null || !/^https?:\/\/\S+$/u.test(url)) return label;
  const safeUrl = url.replace(/&/gu, '&amp;').replace(/</gu, '%3C').replace(/>/gu, '%3E').replace(/\|/gu, '%7C');
  return `<${safeUrl}|${label}>`;
}

/** "Title — Source, 27 Jan 2026" with every part escaped; unknown parts are left out rather than guessed. */
export function describeArticle(article: { title: string; source: string | null; published: string | null }): string {
  const parts = [article.source, formatDate(article.published)].filter((part): part is string => part !== null);
  const title = escapeText(article.title);
  return parts.length === 0 ? title : `${title} — ${escapeText(parts.join(', '))}`;
}
