// npm run ask -- "question" [--json] [--corpus DIR|FILE.jsonl] [--data DIR]
// Answers one question from the story's articles, with verbatim cited passages.
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { formatAnswerText } from '../src/cli/format-answer-text.js';
import { loadConfig } from '../src/config/load-config.js';
import { createEmbeddings } from '../src/index/index.js';
import { openStory } from '../src/story/open-story.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, corpus: { type: 'string' }, data: { type: 'string' } },
  });
  const question = positionals.join(' ');
  const config = loadConfig(process.env);
  const { embeddings, id } = createEmbeddings(config.embedder);
  const story = await openStory({
    corpusPath: values.corpus ?? config.corpusPath, dataDir: values.data ?? config.dataDir,
    embeddings, embedderId: id, semantic: config.embedder.kind !== 'local',
  });
  const answer = await story.engine.answer(question);
  if (!values.json) {
    console.log(formatAnswerText(answer));
    return;
  }
  console.log(JSON.stringify({
    question: answer.question,
    abstained: answer.abstained,
    text: answer.text,
    citations: answer.citations.map(({ n, passageId, articleId, title, source, published, paragraph, text }) =>
      ({ n, passageId, articleId, title, source, published, paragraph, text })),
  }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
