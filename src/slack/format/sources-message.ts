import type { types } from '@slack/bolt';
import type { SourceListing } from '../../story-desk.js';
import { context, fitMessage, header, section } from './blocks.js';
import type { SlackMessage } from './blocks.js';
import { escapeText, formatDate, formatLink, truncateAtSentence } from './text.js';

function describeListing(listing: SourceListing, position: number): string {
  const title = formatLink(listing.url, `*${escapeText(truncateAtSentence(listing.title, 300))}*`);
  const derived = listing.titleDerived ? ' _(title taken from its first sentence)_' : '';
  const source = escapeText(listing.source ?? 'source unknown');
  const date = formatDate(listing.published) ?? 'undated';
  const passages = `${listing.passages} passage${listing.passages === 1 ? '' : 's'}`;
  return `${position}. ${title}${derived}\n${source} · ${escapeText(date)} · ${passages}`;
}

/** Formats `/story sources`: the story's articles in story order with source, date and passage count. */
export function formatSources(listings: readonly SourceListing[]): SlackMessage {
  if (listings.length === 0) return { text: 'No articles are loaded yet.', blocks: [section('No articles are loaded yet.')] };
  const blocks: types.KnownBlock[] = [header(`The story's ${listings.length} article${listings.length === 1 ? '' : 's'}`)];
  // Several listings share a section so that long stories stay within 50 blocks.
  let current = '';
  listings.forEach((listing, index) => {
    const line = describeListing(listing, index + 1);
    if (current.length + line.length + 2 > 2900) {
      blocks.push(section(current));
      current = '';
    }
    current = current === '' ? line : `${current}\n\n${line}`;
  });
  if (current !== '') blocks.push(section(current));
  blocks.push(context(['Oldest first; undated articles last. Ask with `/story <question>` or mention me.']));
  const text = listings.map((listing, index) => `${index + 1}. ${escapeText(listing.title)}`).join('\n');
  return fitMessage({ text, blocks });
}
