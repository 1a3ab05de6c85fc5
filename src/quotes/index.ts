export type { Quote, SpeakerQuotes } from './quote.js';
export type { Speaker } from './speaker.js';
export type { QuoteIndex } from './quote-index.js';
export type { SpeakerCount } from './find-quotes.js';
export { buildQuoteIndex } from './quote-index.js';
export { countQuotesBySpeaker, findQuotesBySpeaker, listQuotes, resolveSpeakers } from './find-quotes.js';
export { orderArticles, publishedDay } from './story-order.js';
export { encodeQuoteIndex, QUOTE_INDEX_VERSION, readStoredQuoteIndex } from './stored-quote-index.js';
