import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDifferences, summarize, type Summary, type SummaryContext } from '../../src/summary/index.js';
import { loadSeedStory } from '../quotes/seed-story.js';

interface KeyFact {
  readonly id: string;
  readonly anyOf: readonly (readonly string[])[];
}
const checklist = JSON.parse(readFileSync('test/fixtures/seed-key-facts.json', 'utf8')) as { facts: KeyFact[] };

let story: SummaryContext;
beforeAll(async () => {
  story = await loadSeedStory();
});

/** Every bullet and citation is the corpus's own words, inside the passage cited. */
function expectVerbatim(summary: Summary): void {
  const passages = new Map(story.passages.map((passage) => [passage.id, passage]));
  for (const bullet of summary.bullets) {
    expect(bullet.citations.length).toBeGreaterThan(0);
    expect(bullet.citations[0]!.text).toBe(bullet.text);
    for (const citation of bullet.citations) {
      const passage = passages.get(citation.passageId)!;
      expect(passage.articleId).toBe(citation.articleId);
      expect(passage.text).toContain(citation.text);
    }
  }
}

const covers = (summary: Summary, fact: KeyFact): boolean =>
  summary.bullets.some((bullet) => fact.anyOf.some((patterns) => patterns.every((pattern) => new RegExp(pattern, 'iu').test(bullet.text))));

describe('/story summary on the seed story', () => {
  it('opens with the lede, gives 5–8 short distinct verbatim bullets and says what it rests on', () => {
    const summary = summarize(story);
    expect(summary.empty).toBe(false);
    expect(summary.bullets.length).toBeGreaterThanOrEqual(5);
    expect(summary.bullets.length).toBeLessThanOrEqual(8);
    expect(summary.bullets[0]!.text).toMatch(/^The planned deployment of US ICE agents/u);
    expect(new Set(summary.bullets.map((bullet) => bullet.text)).size).toBe(summary.bullets.length);
    for (const bullet of summary.bullets) expect(bullet.text.length).toBeLessThanOrEqual(300);
    expectVerbatim(summary);
    expect(summary.footer).toBe('Based on 2 articles, 27 Jan 2026 + 1 undated.');
  });

  it('cites every article that reports a fact on that fact’s one bullet', () => {
    const summary = summarize(story);
    const shared = summary.bullets.filter((bullet) => new Set(bullet.citations.map((citation) => citation.articleId)).size > 1);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('covers at least 80% of the key-facts checklist', () => {
    const summary = summarize(story);
    const covered = checklist.facts.filter((fact) => covers(summary, fact));
    expect(checklist.facts.length).toBeGreaterThanOrEqual(12);
    expect(covered.length / checklist.facts.length).toBeGreaterThanOrEqual(0.8);
  });

  it('shows where the articles differ: who confirmed the deployment, and the mayor’s first name', () => {
    const differences = summarize(story).differences ?? [];
    expect(differences).toEqual(findDifferences(story));
    const attribution = differences.find((difference) => difference.kind === 'attribution')!;
    expect(attribution.sides.map((side) => side.text)).toEqual(['US Department of Homeland Security', 'ICE']);
    const name = differences.find((difference) => difference.kind === 'name')!;
    expect(name.sides.map((side) => [side.text, side.articleId])).toEqual([
      ['Giuseppe Sala', 'toi-italy-protests-ice-role'],
      ['Beppe Sala', 'us-italy-diplomatic-row-ice'],
    ]);
    const bodies = new Map(story.articles.map((article) => [article.id, article.body]));
    for (const side of differences.flatMap((difference) => difference.sides)) {
      expect(bodies.get(side.articleId)!.slice(side.start, side.end)).toBe(side.text);
      expect(side.sentence).toContain(side.text);
    }
  });
});

describe('/story summary <topic>', () => {
  it('summarises a named person from both articles, whatever form of the name is asked for', () => {
    for (const topic of ['Sala', 'Beppe Sala']) {
      const summary = summarize(story, { topic });
      expectVerbatim(summary);
      expect(new Set(summary.bullets.flatMap((bullet) => bullet.citations.map((citation) => citation.articleId))).size).toBe(2);
      expect(summary.bullets.some((bullet) => bullet.text.includes('militia that kills'))).toBe(true);
      expect(summary.bullets.every((bullet) => /Sala|mayor|his|he /u.test(bullet.text))).toBe(true);
    }
  });

  it('summarises an organisation by acronym or full name', () => {
    for (const topic of ['ICE', 'Immigration and Customs Enforcement']) {
      const summary = summarize(story, { topic });
      expect(summary.empty).toBe(false);
      expectVerbatim(summary);
      expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
      expect(summary.bullets.every((bullet) => /ICE|Immigration and Customs Enforcement|the agency/iu.test(bullet.text))).toBe(true);
    }
  });

  it('says the articles say nothing about a topic they never mention', () => {
    const summary = summarize(story, { topic: 'Paris Fashion Week' });
    expect(summary).toMatchObject({ empty: true, bullets: [], footer: 'The articles say nothing about Paris Fashion Week.' });
  });

  it('finds a place by its words', () => {
    const summary = summarize(story, { topic: 'Minneapolis' });
    expect(summary.bullets.map((bullet) => bullet.text)).toEqual(expect.arrayContaining([expect.stringContaining('two fatal shootings in Minneapolis')]));
  });
});

describe('/story summary article <n or title words>', () => {
  it('summarises one article, chosen by number, id or title words, citing only it', () => {
    const byNumber = summarize(story, { article: '2' });
    const byTitle = summarize(story, { article: 'diplomatic row' });
    const byId = summarize(story, { article: 'us-italy-diplomatic-row-ice' });
    expect(byTitle).toEqual(byNumber);
    expect(byId).toEqual(byNumber);
    expectVerbatim(byNumber);
    expect(byNumber.bullets.length).toBe(3);
    expect(byNumber.bullets[0]!.text).toMatch(/^A diplomatic row is brewing/u);
    expect(byNumber.bullets.every((bullet) => bullet.citations.every((citation) => citation.articleId === 'us-italy-diplomatic-row-ice'))).toBe(true);
  });

  it('says so when no article matches', () => {
    expect(summarize(story, { article: '9' })).toMatchObject({ empty: true, bullets: [] });
  });
});
