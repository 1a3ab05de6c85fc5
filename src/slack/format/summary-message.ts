import type { types } from '@slack/bolt';
import type { SourceListing } from '../../story-desk.js';
import type { Summary, SummaryRequest } from '../../summary/summary.js';
import { context, divider, fitMessage, header, section } from './blocks.js';
import type { SlackMessage } from './blocks.js';
import { packLines } from './pack-lines.js';
import { describeArticle, escapeText, safeText } from './text.js';

function title(request: SummaryRequest): string {
  if (request.article !== undefined) return `Summary of article: ${request.article}`;
  if (request.topic !== undefined) return `Summary: ${request.topic}`;
  return 'Summary of the story';
}

/** Formats a summary: each bullet verbatim with its numbered citations, the cited articles, and the footer. */
export function formatSummary(summary: Summary, request: SummaryRequest, listings: readonly SourceListing[]): SlackMessage {
  if (summary.empty || summary.bullets.length === 0) {
    const text = escapeText(summary.footer);
    return fitMessage({ text, blocks: [header(title(request)), section(text)] });
  }
  const articles = new Map(listings.map((listing) => [listing.articleId, listing]));
  const numbers = new Map<string, number>();
  const sourceLines: string[] = [];
  const bulletLines = summary.bullets.map((bullet) => {
    const markers = bullet.citations.map((citation) => {
      let n = numbers.get(citation.passageId);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(citation.passageId, n);
        const listing = articles.get(citation.articleId);
        const article = listing === undefined ? escapeText(citation.articleId) : describeArticle(listing);
        // Another article's wording of the same fact is shown verbatim, so nothing paraphrased looks quoted.
        const wording = citation.text.trim() === bullet.text.trim() ? '' : `\n>${safeText(citation.text, 400)}`;
        sourceLines.push(`[${n}] ${article}${wording}`);
      }
      return `[${n}]`;
    });
    return `• ${safeText(bullet.text, 1200)} ${markers.join('')}`.trim();
  });
  const blocks: types.KnownBlock[] = [
    header(title(request)),
    ...packLines(bulletLines, 6000, 'bullets'),
    divider(),
    section('*Sources*'),
    ...packLines(sourceLines, 3500, 'sources'),
    context([escapeText(summary.footer)]),
  ];
  const text = `${escapeText(title(request))}\n${bulletLines.slice(0, 10).join('\n')}`;
  return fitMessage({ text, blocks });
}
