import { describe, expect, it } from 'vitest';
import { buildPassages } from '../../src/passages/build-passages.js';
import { buildQuoteIndex } from '../../src/quotes/index.js';
import { summarizeArticle } from '../../src/summary/index.js';

import { makeArticle } from '../quotes/make-article.js';

const article = (body: string): ReturnType<typeof makeArticle> => makeArticle({ id: 'x', title: 'A test article', source: 'Wire', published: '2025-05-01', body });

function summaryOf(body: string): string[] {
  const subject = article(body);
  const passages = buildPassages(subject);
  return summarizeArticle({ articles: [subject], passages, quoteIndex: buildQuoteIndex([subject], passages) }, subject).bullets.map((bullet) => bullet.text);
}

describe('single-article summaries', () => {
  it('is the lead on a short article', () => {
    const sentences = [
      'The city council approved a new tram line on Thursday after two years of debate.',
      'The line will link the airport with the central station by 2028.',
      'Construction is expected to cost 1.2 billion euros, paid partly by the state.',
      'Shop owners along the route fear months of disruption during the works.',
    ];
    expect(summaryOf(sentences.join(' '))).toEqual(sentences.slice(0, 3));
  });

  it('skips page furniture and keeps the lede on a long article', () => {
    const body = [
      'Scroll down for video.',
      'Floods forced thousands of residents to leave their homes in the north of the country on Sunday.',
      'Rivers burst their banks after three days of heavy rain, officials said.',
      'Emergency crews rescued dozens of people from rooftops in the worst-hit towns.',
      'The floods are the worst the region has seen in forty years, according to the weather service.',
      'A local baker said the water reached the first floor of his shop within an hour.',
      'Schools in the region will stay closed until Wednesday.',
      'The government has promised emergency funds for residents who lost their homes in the floods.',
      'Forecasters expect more rain later in the week.',
    ].join('\n\n');
    const bullets = summaryOf(body);
    expect(bullets).toHaveLength(3);
    expect(bullets[0]).toMatch(/^Floods forced thousands/u);
    expect(bullets.join(' ')).not.toContain('Scroll down');
  });
});
