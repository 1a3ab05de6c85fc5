import { describe, expect, it } from 'vitest';
import { focusTerms, holdsExpectedFact } from '../../src/answer/expected-fact.js';
import { questionTerms } from '../../src/answer/question-terms.js';

const noAcronyms = (): null => null;

function holds(question: string, expected: Parameters<typeof holdsExpectedFact>[3], sentence: string, previous: string | null = null): boolean {
  return holdsExpectedFact(sentence, previous, question, expected, focusTerms(questionTerms(question, noAcronyms), []));
}

describe('holdsExpectedFact', () => {
  const announcement = 'The announcement, made by ICE on Tuesday, immediately sparked anger and concern in Italy, where critics questioned the presence of an agency recently linked to two fatal shootings in Minneapolis.';

  it('takes a day that stands by what was asked, not one that belongs to something else in the sentence', () => {
    expect(holds('What day was the deployment announced?', 'date', announcement)).toBe(true);
    expect(holds('When did the Minneapolis shootings happen?', 'date', announcement)).toBe(false);
  });

  it('lets a time that opens a sentence date all of it', () => {
    expect(holds('When did Tesla start experimenting with X-ray imaging?', 'date',
      "In March 1896, after hearing of Wilhelm Röntgen's discovery of X-ray and X-ray imaging (radiography), Tesla proceeded to do his own experiments in X-ray imaging.")).toBe(true);
  });

  it('does not count a date as a number', () => {
    expect(holds('How many agents will be deployed?', 'number', 'Agents will be deployed before the Games open on February 6.')).toBe(false);
    expect(holds('How many agents will be deployed?', 'number', 'About 40 agents will be deployed.')).toBe(true);
  });

  it('finds names, not capitalised sentence openers, pronouns or countries', () => {
    expect(holds('Who else in Italian politics is pushing back?', 'name',
      'Though Italy holds back on declaring a move to revise security plans, rising demands within politics indicate silence won’t last long.')).toBe(false);
    expect(holds('Who else in Italian politics is pushing back?', 'name',
      'Notably, Carlo Calenda, an experienced figure in Italian politics, stated that permitting ICE personnel to act within Italy would be inappropriate.')).toBe(true);
    expect(holds("What is the interior minister's name?", 'name',
      'Despite these assurances, Italy’s interior minister adopted a tougher position.')).toBe(false);
    expect(holds('Who killed them?', 'name', '“This is a militia that kills. They are certainly not welcome.”')).toBe(false);
  });

  it('answers "how long has …" with "weeks ago", but not "how long will …"', () => {
    const previous = 'Focus shifts to ICE agents being sent to assist U.S. safety operations.';
    const sentence = 'Though planned weeks ago, the move now draws criticism from Italian officials.';
    expect(holds('How long has the ICE deployment been in the works?', 'duration', sentence, previous)).toBe(true);
    expect(holds('How long will the ICE agents stay?', 'duration', sentence, previous)).toBe(false);
  });

  it('accepts any sentence when no kind of fact is expected', () => {
    expect(holds('What happened?', 'any', 'Nothing with a date.')).toBe(true);
  });
});
