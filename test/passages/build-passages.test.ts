import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { readCorpusJsonl } from '../../src/corpus/read-corpus-jsonl.js';
import { buildPassages } from '../../src/passages/build-passages.js';
import type { Passage } from '../../src/passages/passage.js';
import { countWords, splitSentences } from '../../src/passages/split-sentences.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));
// The shared datasets sit beside the repository (../shared), as the README's evaluation commands expect.
const SQUAD_CORPUS = fileURLToPath(new URL('../../../shared/datasets/squad-dev/corpus.jsonl', import.meta.url));

let articles: readonly Article[];
let passages: Passage[];

beforeAll(async () => {
  ({ articles } = await loadCorpus(SEED_CORPUS));
  passages = articles.flatMap((article) => buildPassages(article));
});

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('buildPassages on the seed story', () => {
  it('gives offsets that point at the verbatim passage text in the article body', () => {
    expect(passages.length).toBe(20);
    for (const passage of passages) {
      const article = articles.find((candidate) => candidate.id === passage.articleId)!;
      expect(article.body.slice(passage.start, passage.end)).toBe(passage.text);
      for (const sentence of passage.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(passage.start);
        expect(sentence.end).toBeLessThanOrEqual(passage.end);
      }
    }
  });

  it('leaves out page furniture: labels, bylines, link and tag lists, the repeated headline', () => {
    const toiTitle = 'Italy protests ICE role in US security plan for upcoming Winter Olympics';
    const furniture = ['TL;DR', 'Tags:', 'Read also:', 'TOI GLOBAL DESK', 'How ICPC tackles', '•', toiTitle];
    for (const passage of passages) {
      for (const piece of furniture) expect(passage.text, `passage ${passage.id}`).not.toContain(piece);
    }
    // The headline line is in the TOI body (twice), so leaving it out is the classifier's doing.
    const toi = articles.find((article) => article.id === 'toi-italy-protests-ice-role')!;
    expect(toi.body).toContain(toi.title);
    expect(passages.filter((passage) => passage.articleId === toi.id)[0]!.text).toMatch(/^The planned deployment of US ICE agents/u);
  });

  it('gives unique ids that are the same on a rebuild', () => {
    const ids = passages.map((passage) => passage.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rebuilt = articles.flatMap((article) => buildPassages(article)).map((passage) => passage.id);
    expect(rebuilt).toEqual(ids);
    expect(ids).toContain('us-italy-diplomatic-row-ice:7');
  });
});

describe('buildPassages on long paragraphs', () => {
  it('splits a paragraph of over 300 words at sentence boundaries into passages of at most ~220 words', () => {
    const sentence = (index: number): string =>
      `Sentence number ${index} reports that the delegation met officials in Rome to discuss security arrangements for the Games.`;
    const paragraph = Array.from({ length: 20 }, (_, index) => sentence(index + 1)).join(' ');
    expect(countWords(paragraph)).toBeGreaterThan(300);
    const opening = 'The opening paragraph sets the scene: Italian officials and citizens are criticizing plans for ICE agents to assist US security at the Winter Olympics, citing recent incidents in Minneapolis.';
    const body = `${opening}\n\n${paragraph}\n`;
    const article: Article = {
      id: 'long', title: 'Long paragraph', titleDerived: false, source: null, author: null, published: null,
      url: null, body, layout: 'blank-lines', origin: 'test',
    };
    const built = buildPassages(article);
    const parts = built.filter((passage) => passage.text.includes('Sentence number'));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.map((passage) => passage.paragraph)).toEqual(parts.map(() => 2));
    expect(parts.map((passage) => passage.id)).toEqual(parts.map((_, index) => `long:2.${index + 1}`));
    for (const part of parts) {
      expect(countWords(part.text)).toBeLessThanOrEqual(220);
      expect(part.text).toMatch(/^Sentence number \d+ /u);
      expect(part.text.endsWith('for the Games.')).toBe(true);
    }
    // Every sentence lands in exactly one part, in order.
    expect(parts.flatMap((part) => sentencesOf(part.text))).toEqual(sentencesOf(paragraph));
  });

  async function squadPassages(): Promise<{ body: string; passage: Passage }[]> {
    const { articles: squad, problems } = readCorpusJsonl(SQUAD_CORPUS, await readFile(SQUAD_CORPUS, 'utf8'));
    expect(problems).toEqual([]);
    expect(squad.length).toBeGreaterThan(10);
    return squad.flatMap((article) => buildPassages(article).map((passage) => ({ body: article.body, passage })));
  }

  it('keeps SQuAD dev passages within 220 words unless one sentence alone is over the limit', async () => {
    for (const { body, passage } of await squadPassages()) {
      const longestSentence = Math.max(...passage.sentences.map((span) => countWords(body.slice(span.start, span.end))));
      if (longestSentence <= 200) expect(countWords(passage.text), passage.id).toBeLessThanOrEqual(220);
    }
  });

  // squad-05 paragraph 54 has sentences of 62, 229 and 36 words: the over-long sentence stands alone and its
  // short neighbour gets a passage of its own instead of being glued on past the limit.
  it('keeps every SQuAD dev passage within 220 words unless it is one over-long sentence', async () => {
    const over = (await squadPassages()).filter(({ passage }) => countWords(passage.text) > 220);
    for (const { passage } of over) expect(passage.sentences, passage.id).toHaveLength(1);
    expect(over.length).toBeLessThan(3);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at "U.S." before a capitalised word', () => {
    const text = 'Officials of U.S. Immigration and Customs Enforcement will travel to Milan. Italy objected.';
    expect(sentencesOf(text)).toEqual([
      'Officials of U.S. Immigration and Customs Enforcement will travel to Milan.',
      'Italy objected.',
    ]);
  });

  it('keeps a quotation of several sentences in curly quotes together', () => {
    const text = '“This is a militia that kills. They are certainly not welcome in Milan,” Sala told reporters. The remark spread.';
    expect(sentencesOf(text)).toEqual([
      '“This is a militia that kills. They are certainly not welcome in Milan,” Sala told reporters.',
      'The remark spread.',
    ]);
  });
});
