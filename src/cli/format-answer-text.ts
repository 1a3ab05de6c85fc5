import type { Answer } from '../answer/answer.js';

function describeDate(published: string | null): string {
  return published === null ? 'undated' : published.slice(0, 10);
}

/** Renders an answer for a terminal: the answer text, then its numbered sources with their passages. */
export function formatAnswerText(answer: Answer): string {
  const lines = [answer.text];
  if (answer.citations.length > 0) lines.push('', 'Sources:');
  for (const citation of answer.citations) {
    const title = citation.titleDerived ? `${citation.title} (title derived from the text)` : citation.title;
    lines.push(`[${citation.n}] ${title} — ${citation.source ?? 'source unknown'}, ${describeDate(citation.published)}, paragraph ${citation.paragraph}${citation.url === null ? '' : ` — ${citation.url}`}`);
    lines.push(`    “${citation.text}”`);
  }
  if (answer.basis.length > 0) {
    lines.push('', `Based on: ${answer.basis.map((article) => `${article.title} (${describeDate(article.published)})`).join('; ')}`);
  }
  return lines.join('\n');
}
