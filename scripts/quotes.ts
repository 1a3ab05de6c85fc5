import { parseArgs } from 'node:util';
import { countQuotesBySpeaker, listQuotes } from '../src/quotes/index.js';
import { exitOnStoryError, loadStory, STORY_OPTIONS } from './load-story.js';

const USAGE = 'Usage: npm run quotes -- [--speaker S] [--corpus DIR|FILE.jsonl] [--json]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      speaker: { type: 'string' },
      ...STORY_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { quoteIndex } = await loadStory(values.corpus);
  const groups = listQuotes(quoteIndex, values.speaker);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(values.speaker === undefined ? { speakers: countQuotesBySpeaker(quoteIndex), quotes: groups } : { quotes: groups }, null, 2)}\n`);
    return;
  }
  if (groups.length === 0) {
    process.stdout.write(`Nobody matching “${values.speaker ?? ''}” is quoted in the articles.\n`);
    return;
  }
  if (values.speaker === undefined) {
    process.stdout.write('Who is quoted, and how often:\n');
    for (const count of countQuotesBySpeaker(quoteIndex)) process.stdout.write(`  ${count.speaker}: ${count.count}\n`);
    process.stdout.write('\n');
  }
  for (const group of groups) {
    const aka = group.aliases.length > 0 ? ` (also: ${group.aliases.join(', ')})` : '';
    process.stdout.write(`${group.speaker}${aka}\n`);
    for (const quote of group.quotes) {
      // Only words that stood between quotation marks are shown in quotation marks.
      const text = quote.kind === 'direct' ? `“${quote.text}”` : quote.text;
      process.stdout.write(`  - ${text}\n      [${quote.passageId}, paragraph ${quote.paragraph}, as “${quote.speakerAsWritten}”]\n`);
    }
  }
}

main().catch(exitOnStoryError);
