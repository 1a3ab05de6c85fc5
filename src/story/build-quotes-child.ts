// Builds the stored quote index in a child process, beside the parent's embedding (see `buildExtras`):
// receives { articles, passages } over IPC and replies with the encoded bytes.
import type { Article } from '../corpus/article.js';
import type { Passage } from '../passages/passage.js';
import { buildQuoteIndex, encodeQuoteIndex } from '../quotes/index.js';

process.once('message', (message) => {
  const { articles, passages } = message as { articles: Article[]; passages: Passage[] };
  process.send?.(encodeQuoteIndex(buildQuoteIndex(articles, passages), articles, passages), () => process.exit(0));
});
