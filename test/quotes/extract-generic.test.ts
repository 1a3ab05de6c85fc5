import { describe, expect, it } from 'vitest';
import { buildPassages } from '../../src/passages/build-passages.js';
import { buildQuoteIndex, findQuotesBySpeaker } from '../../src/quotes/index.js';

import { makeArticle } from './make-article.js';

const article = (id: string, body: string, published: string): ReturnType<typeof makeArticle> => makeArticle({ id, body, published });

// A story the extractor has never seen: nothing here is tuned to the seed names.
const first = article('a', [
  'Harbour officials closed the port on Monday after a fuel spill.',
  '“We will not reopen until the water is safe,” said Maria Lopez, the port director.',
  'According to the Port Authority, the spill covered two kilometres of shoreline.',
  'Lopez told reporters that cleanup crews had worked through the night.',
].join('\n\n'), '2025-03-03');
const second = article('b', [
  'Port director Mari Lopez warned that fishing boats would stay docked for a week.',
  'She added that the cause of the spill was still unknown.',
].join('\n\n'), '2025-03-04');

describe('quote extraction beyond the seed story', () => {
  const index = buildQuoteIndex([second, first], [...buildPassages(first), ...buildPassages(second)]);

  it('finds inverted attributions, "according to" and "told reporters", and resolves "She" to the last person named', () => {
    const [lopez] = findQuotesBySpeaker(index, 'Lopez');
    expect(lopez!.quotes.map((quote) => [quote.kind, quote.articleId, quote.speakerAsWritten])).toEqual([
      ['direct', 'a', 'Maria Lopez'],
      ['attributed', 'a', 'Lopez'],
      ['attributed', 'b', 'Port director Mari Lopez'],
      ['attributed', 'b', 'She'],
    ]);
    expect(lopez!.quotes[0]!.text).toBe('We will not reopen until the water is safe');
  });

  it('credits an "according to" statement to the organisation named', () => {
    const [authority] = findQuotesBySpeaker(index, 'Port Authority');
    expect(authority!.quotes.map((quote) => quote.text)).toEqual(['According to the Port Authority, the spill covered two kilometres of shoreline.']);
  });
});
