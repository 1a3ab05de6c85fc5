import { describe, expect, it } from 'vitest';
import { buildAcronymTable, decodeAcronymTable, encodeAcronymTable } from '../../src/answer/known-names.js';
import { holdsTerm, questionTerms, unknownShare } from '../../src/answer/question-terms.js';
import { tokenizeStems } from '../../src/retrieval/tokenize.js';
import type { Article } from '../../src/corpus/article.js';

const article = (body: string): Article => ({ id: 'a', title: 'Row over agents', body } as Article);

describe('questionTerms', () => {
  it('leaves out the words that only frame a spoken question, and "people" that means the members of a name', () => {
    const terms = questionTerms('So what are the ICE people actually going to do at the Olympics?', () => null);
    expect(terms.map((term) => term.word)).toEqual(['ICE', 'Olympics']);
  });

  it('keeps "people" that means people, and drops hedges', () => {
    const terms = questionTerms('How many people were likely shot in Minneapolis?', () => null);
    expect(terms.map((term) => term.word)).toEqual(['people', 'shot', 'Minneapolis']);
  });

  it('spells out an acronym and joins a country to its people', () => {
    const terms = questionTerms("What's DHS's line on the Italians?", (key) => (key === 'dhs' ? 'Department of Homeland Security' : null));
    const stems = new Set(tokenizeStems('The Department of Homeland Security spoke to officials in Italy'));
    expect(terms.map((term) => term.word)).toEqual(['DHS', 'line', 'Italians']);
    expect(holdsTerm(stems, terms[0]!)).toBe(true);
    expect(holdsTerm(stems, terms[1]!)).toBe(false);
    expect(holdsTerm(stems, terms[2]!)).toBe(true);
  });

  it('measures the share of a question the corpus never mentions', () => {
    const vocabulary = new Set(tokenizeStems('ICE agents were sent to the Winter Olympics in Italy'));
    const known = (term: { alternatives: readonly (readonly string[])[] }): boolean => term.alternatives.some((stems) => stems.every((stem) => vocabulary.has(stem)));
    expect(unknownShare(questionTerms('Will ICE agents carry weapons?', () => null), known)).toBe(0.5);
    expect(unknownShare(questionTerms('Were ICE agents sent to Italy?', () => null), known)).toBe(0);
  });
});

describe('buildAcronymTable', () => {
  it('maps acronyms to their most frequent spelling, joiners skipped, sentence openers never a first word', () => {
    const table = buildAcronymTable([article(
      'The US Department of Homeland Security confirmed it. Homeland Security Investigations is a unit. In Rome the Department of Homeland Security added more.',
    )]);
    expect(table.get('dhs')).toBe('Department of Homeland Security');
    expect(table.get('hsi')).toBe('Homeland Security Investigations');
    expect(table.get('hs')).toBe('Homeland Security');
    expect(table.has('ir')).toBe(false);
    expect(table.has('ioc')).toBe(false);
    expect(decodeAcronymTable(encodeAcronymTable(table))).toEqual(table);
    expect(() => decodeAcronymTable(new TextEncoder().encode('{"dhs": 1}'))).toThrow(RangeError);
  });
});

describe('oneEditAway', () => {
  it('reaches a word from its usual typos: a swap, a dropped, a wrong and an extra letter', async () => {
    const { oneEditAway } = await import('../../src/answer/one-edit-away.js');
    for (const typo of ['deploymnet', 'deploymet', 'deplyoment', 'deploymentt', 'dsployment']) {
      expect(oneEditAway(typo), typo).toContain('deployment');
    }
    expect(oneEditAway('deployment')).not.toContain('deployment');
    expect(oneEditAway('weapons')).not.toContain('deployment');
  });
});
