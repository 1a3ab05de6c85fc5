import { beforeAll, describe, expect, it } from 'vitest';
import { countQuotesBySpeaker, findQuotesBySpeaker, listQuotes } from '../../src/quotes/index.js';
import type { SummaryContext } from '../../src/summary/index.js';
import { loadSeedStory } from './seed-story.js';

let story: SummaryContext;
beforeAll(async () => {
  story = await loadSeedStory();
});

describe('quote index on the seed story', () => {
  it('keeps every quote verbatim, at its offsets, inside the passage it cites', () => {
    const passages = new Map(story.passages.map((passage) => [passage.id, passage]));
    const bodies = new Map(story.articles.map((article) => [article.id, article.body]));
    expect(story.quoteIndex.quotes.length).toBeGreaterThan(15);
    for (const quote of story.quoteIndex.quotes) {
      expect(bodies.get(quote.articleId)!.slice(quote.start, quote.end)).toBe(quote.text);
      const passage = passages.get(quote.passageId)!;
      expect(passage.articleId).toBe(quote.articleId);
      expect(passage.paragraph).toBe(quote.paragraph);
      expect(passage.text).toContain(quote.text);
    }
  });

  it('extracts the direct quotation without its marks, attributed to Sala', () => {
    const direct = story.quoteIndex.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => [quote.speaker, quote.text])).toContainEqual([
      'Giuseppe Sala',
      'This is a militia that kills. They are certainly not welcome in Milan',
    ]);
  });

  it('resolves Giuseppe Sala, Beppe Sala, Sala, Mayor Sala, "he" and Milan’s mayor to one speaker', () => {
    for (const name of ['Sala', 'Giuseppe Sala', 'Beppe Sala', "Milan's mayor", 'Milan’s mayor', 'mayor']) {
      const groups = findQuotesBySpeaker(story.quoteIndex, name);
      expect(groups.map((group) => group.speaker), name).toEqual(['Giuseppe Sala']);
    }
    const [sala] = findQuotesBySpeaker(story.quoteIndex, 'Sala');
    expect(sala!.aliases).toEqual(expect.arrayContaining(['Beppe Sala', 'Mayor Sala']));
    const written = sala!.quotes.map((quote) => quote.speakerAsWritten);
    expect(written).toEqual(expect.arrayContaining(['Giuseppe Sala', 'he', 'Sala', 'Mayor Sala']));
    expect(new Set(sala!.quotes.map((quote) => quote.articleId)).size).toBe(2);
  });

  it('resolves roles and organisations: the interior minister (with "He"), an ICE spokesperson, ICE by acronym or full name', () => {
    const minister = findQuotesBySpeaker(story.quoteIndex, 'interior minister');
    expect(minister.map((group) => group.speaker)).toEqual(['Italy’s interior minister']);
    expect(minister[0]!.quotes.map((quote) => quote.text)).toEqual([
      expect.stringContaining('ICE would not be allowed to operate on Italian soil'),
      expect.stringMatching(/^He disclosed that the United States had not submitted a list/u),
    ]);
    expect(findQuotesBySpeaker(story.quoteIndex, 'ICE spokesperson')[0]!.quotes[0]!.text).toContain('remain under Italian control');
    const ice = findQuotesBySpeaker(story.quoteIndex, 'Immigration and Customs Enforcement');
    expect(ice.map((group) => group.speaker)).toEqual(['ICE']);
    expect(ice[0]!.quotes.map((quote) => quote.text)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^According to the agency/u),
      expect.stringMatching(/^The agency added that it would not conduct immigration enforcement/u),
    ]));
  });

  it('attributes reported speech and "according to" statements to named politicians', () => {
    expect(findQuotesBySpeaker(story.quoteIndex, 'Calenda')[0]!.quotes[0]!.text).toMatch(/stated that permitting ICE personnel/u);
    expect(findQuotesBySpeaker(story.quoteIndex, 'Conte')[0]!.quotes[0]!.text).toMatch(/^From former officeholder Giuseppe Conte emerged demand/u);
    const dhs = findQuotesBySpeaker(story.quoteIndex, 'Department of Homeland Security')[0]!;
    expect(dhs.quotes.map((quote) => quote.text)).toEqual(expect.arrayContaining([expect.stringContaining('acknowledged by the US Department of Homeland Security')]));
  });

  it('lists speakers in story order and counts who was quoted most', () => {
    const groups = listQuotes(story.quoteIndex);
    const storyOrder = groups.map((group) => story.quoteIndex.quotes.indexOf(group.quotes[0]!));
    expect(storyOrder).toEqual([...storyOrder].sort((a, b) => a - b));
    for (const group of groups) {
      const positions = group.quotes.map((quote) => story.quoteIndex.quotes.indexOf(quote));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(countQuotesBySpeaker(story.quoteIndex)[0]).toMatchObject({ speaker: 'Giuseppe Sala', count: 7 });
  });

  it('finds nobody for a name the articles never use', () => {
    expect(findQuotesBySpeaker(story.quoteIndex, 'Emmanuel Macron')).toEqual([]);
    expect(listQuotes(story.quoteIndex, 'Macron')).toEqual([]);
  });
});
