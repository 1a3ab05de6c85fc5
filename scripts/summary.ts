import { parseArgs } from 'node:util';
import { summarize } from '../src/summary/index.js';
import { exitOnStoryError, loadStory, STORY_OPTIONS } from './load-story.js';

const USAGE = 'Usage: npm run summary -- [--topic T] [--article ID|N|title words] [--corpus DIR|FILE.jsonl] [--json]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      topic: { type: 'string' },
      article: { type: 'string' },
      ...STORY_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const context = await loadStory(values.corpus);
  const request = { ...(values.topic === undefined ? {} : { topic: values.topic }), ...(values.article === undefined ? {} : { article: values.article }) };
  const summary = summarize(context, request);
  if (values.json) {
    const bullets = summary.bullets.map((bullet) => ({ text: bullet.text, citations: bullet.citations }));
    process.stdout.write(`${JSON.stringify({ bullets, footer: summary.footer, ...(summary.differences === undefined ? {} : { differences: summary.differences }) }, null, 2)}\n`);
    return;
  }
  for (const bullet of summary.bullets) {
    process.stdout.write(`• ${bullet.text}\n    [${bullet.citations.map((citation) => citation.passageId).join('; ')}]\n`);
  }
  for (const difference of summary.differences ?? []) {
    process.stdout.write(`≠ Sources differ on ${difference.about}:\n`);
    for (const side of difference.sides) process.stdout.write(`    “${side.text}” — ${side.passageId}\n`);
  }
  process.stdout.write(`${summary.footer}\n`);
}

main().catch(exitOnStoryError);
