import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../src/answer/spelling-variants.js';

describe('spellingVariants', () => {
  it.each([
    ['criticised', 'criticized'],
    ['organization', 'organisation'],
    ['defence', 'defense'],
    ['centre', 'center'],
    ['labelled', 'labeled'],
    ['traveled', 'travelled'],
    ['colour', 'color'],
    ['analyse', 'analyze'],
    ['catalogue', 'catalog'],
    ['programme', 'program'],
  ])('offers "%s" as "%s"', (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });

  it('offers nothing for a word with no British or American form', () => {
    expect(spellingVariants('agents')).toEqual([]);
    expect(spellingVariants('shootings')).toEqual([]);
  });
});
