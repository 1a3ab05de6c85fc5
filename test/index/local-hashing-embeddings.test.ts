import { describe, expect, it } from 'vitest';
import { LocalHashingEmbeddings } from '../../src/index/index.js';

const cosine = (a: number[], b: number[]): number => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);

describe('local hashing embeddings', () => {
  it('is deterministic across instances and returns unit vectors of the configured size', async () => {
    const text = 'The interior minister said ICE agents would not be allowed to operate on Italian soil.';
    const [first] = await new LocalHashingEmbeddings().embedDocuments([text]);
    const second = await new LocalHashingEmbeddings().embedQuery(text);
    expect(first).toEqual(second);
    expect(first).toHaveLength(512);
    expect(cosine(first!, first!)).toBeCloseTo(1, 5);
    expect(new LocalHashingEmbeddings().id).toBe('local-hash-v1-d512-u1-b0-c1-n45');
    expect(new LocalHashingEmbeddings({ dimensions: 256 }).id).not.toBe(new LocalHashingEmbeddings().id);
  });

  it('puts related texts closer than unrelated ones, across inflections and accents', async () => {
    const embeddings = new LocalHashingEmbeddings();
    const [question, related, unrelated, accented] = await embeddings.embedDocuments([
      'Which agents were deployed to Milan for the Olympics?',
      'ICE agents will be deploying to Milan during the Winter Olympics, officials said.',
      'European stock markets fell sharply as bond yields climbed.',
      'Beyoncé released a new album.',
    ]);
    expect(cosine(question!, related!)).toBeGreaterThan(cosine(question!, unrelated!) + 0.2);
    expect(cosine(await embeddings.embedQuery('Beyonce album'), accented!)).toBeGreaterThan(0.5);
  });

  it('gives stop-word-only and empty texts a defined unit vector', async () => {
    const [empty, stops] = await new LocalHashingEmbeddings().embedDocuments(['', 'what is it?']);
    expect(cosine(empty!, empty!)).toBeCloseTo(1, 5);
    expect(stops).toEqual(empty);
  });
});
