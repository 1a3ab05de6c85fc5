import type { Config } from './config/config.js';
import type { Logger } from './logger.js';
import type { StoryDesk } from './story-desk.js';

/** Opens the story: loads the corpus and index named in `config` and returns the desk that answers about it. */
export async function openStoryDesk(config: Config, logger: Logger): Promise<StoryDesk> {
  void config;
  void logger;
  throw new Error('not implemented');
}
