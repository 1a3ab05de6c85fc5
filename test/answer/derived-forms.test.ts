import { describe, expect, it } from 'vitest';
import { derivedForms } from '../../src/answer/derived-forms.js';

describe('derivedForms', () => {
  it.each([
    ['ministry', 'minister'],
    ['diplomacy', 'diplomat'],
    ['politicians', 'politics'],
  ])('offers "%s" as "%s"', (word, form) => {
    expect(derivedForms(word)).toContain(form);
  });

  it('joins no forms on a stem too short to be one word\'s ("organ" is in "organism" and "organisation")', () => {
    expect(derivedForms('organism')).not.toContain('organisation');
    expect(derivedForms('army')).toEqual([]);
  });
});
