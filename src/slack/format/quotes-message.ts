import type { types } from '@slack/bolt';
import type { Quote, SpeakerQuotes } from '../../quotes/quote.js';
import type { SourceListing } from '../../story-desk.js';
import { context, divider, fitMessage, header, section } from './blocks.js';
import type { SlackMessage } from './blocks.js';
import { packLines } from './pack-lines.js';
import { escapeText, safeText } from './text.js';

function quoteLine(quote: Quote, listings: ReadonlyMap<string, { position: number; listing: SourceListing }>): string {
  const found = listings.get(quote.articleId);
  const where = found === undefined ? escapeText(quote.articleId) : `article ${found.position}, _${safeText(found.listing.title, 120)}_`;
  // Only words the speaker said go in quotation marks; an attributed statement is the article's own wording.
  const body = quote.kind === 'direct' ? `“${safeText(quote.text, 900)}”` : `${safeText(quote.text, 900)} _(reported)_`;
  const asWritten = quote.speakerAsWritten === quote.speaker ? '' : ` — as “${safeText(quote.speakerAsWritten, 80)}”`;
  return `• ${body}\n    ${where}, ¶ ${quote.paragraph}${asWritten}`;
}

function indexListings(listings: readonly SourceListing[]): Map<string, { position: number; listing: SourceListing }> {
  return new Map(listings.map((listing, index) => [listing.articleId, { position: index + 1, listing }]));
}

/** Formats `/story quotes <speaker>`: each matching speaker's quotes verbatim, in story order, with article and paragraph. */
export function formatSpeakerQuotes(speaker: string, groups: readonly SpeakerQuotes[], listings: readonly SourceListing[]): SlackMessage {
  if (groups.length === 0) {
    const text = `I found no quotes from ${safeText(speaker, 200)} in the story's articles. \`/story quotes\` lists who was quoted.`;
    return { text, blocks: [section(text)] };
  }
  const byArticle = indexListings(listings);
  const blocks: types.KnownBlock[] = [];
  for (const group of groups.slice(0, 5)) {
    if (blocks.length > 0) blocks.push(divider());
    blocks.push(header(`${group.speaker}: ${group.quotes.length} quote${group.quotes.length === 1 ? '' : 's'}`));
    if (group.aliases.length > 0) blocks.push(context([`Also written as: ${group.aliases.map((alias) => safeText(alias, 80)).join(', ')}`]));
    blocks.push(...packLines(group.quotes.map((quote) => quoteLine(quote, byArticle)), 9000 / Math.min(groups.length, 5), 'quotes'));
  }
  const first = groups[0];
  const text = first === undefined ? '' : `Quotes from ${escapeText(first.speaker)}: ${first.quotes.length}`;
  return fitMessage({ text, blocks });
}

/** Formats `/story quotes`: who was quoted and how often, most quoted first. */
export function formatQuoteIndex(groups: readonly SpeakerQuotes[]): SlackMessage {
  if (groups.length === 0) return { text: 'I found no quotes in the story.', blocks: [section('I found no quotes in the story.')] };
  const ranked = groups.map((group, order) => ({ group, order })).sort((a, b) => b.group.quotes.length - a.group.quotes.length || a.order - b.order);
  const lines = ranked.map(({ group }) => {
    const direct = group.quotes.filter((quote) => quote.kind === 'direct').length;
    const aliases = group.aliases.length === 0 ? '' : ` _(also ${group.aliases.slice(0, 4).map((alias) => safeText(alias, 60)).join(', ')})_`;
    return `• *${safeText(group.speaker, 120)}* — ${group.quotes.length} (${direct} direct)${aliases}`;
  });
  const blocks: types.KnownBlock[] = [
    header(`Who was quoted: ${groups.length} speaker${groups.length === 1 ? '' : 's'}`),
    ...packLines(lines, 9000, 'speakers'),
    context(['`/story quotes <name>` shows what one person said, word for word.']),
  ];
  return fitMessage({ text: lines.slice(0, 20).join('\n'), blocks });
}
