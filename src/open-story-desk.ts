import type { Config } from './config/config.js';
import { createEmbeddings } from './index/index.js';
import type { Logger } from './logger.js';
import { createStoryDesk } from './story/create-story-desk.js';
import { openStory } from './story/open-story.js';
import type { StoryDesk } from './story-desk.js';

/**
 * Opens the story named in `config`: ingests the corpus when the index is missing or out of date (a no-op
 * otherwise), loads the index and returns the desk that answers about it.
 */
export async function openStoryDesk(config: Config, logger: Logger): Promise<StoryDesk> {
  const { embeddings, id } = createEmbeddings(config.embedder);
  const story = await openStory({
    corpusPath: config.corpusPath,
    dataDir: config.dataDir,
    embeddings,
    embedderId: id,
    semantic: config.embedder.kind !== 'local',
    logger,
  });
  if (story.ingest !== null && !story.ingest.reused) {
    logger.info(`Indexed ${story.ingest.articles} articles, ${story.ingest.passages} passages in ${story.ingest.seconds.toFixed(1)} s`);
  }
  for (const problem of story.ingest?.problems ?? []) logger.warn(`Skipped an article: ${problem.location}: ${problem.message}`);
  logger.info(`Story loaded: ${story.articles.length} articles, ${story.passages.length} passages`);
  return createStoryDesk(story);
}
