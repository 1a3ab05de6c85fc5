/**
 * Endings that make one word of another: "ministry" and "minister", "diplomacy" and "diplomat", "militia" and
 * "militant". The stemmer keeps many such pairs apart ("ministri" and "minist"); a question that uses one form
 * of a word the story only uses in another still asks about the same thing.
 */
const ENDINGS = [
  'ations', 'ation', 'ative', 'ments', 'ment', 'ness', 'ities', 'ity', 'ical', 'ians', 'ian', 'ists', 'ist', 'isms',
  'ism', 'ions', 'ion', 'ies', 'ers', 'ors', 'ary', 'ries', 'ry', 'er', 'or', 'ic', 'ics', 'al', 'ally', 'ive', 'ous',
  'ence', 'ent', 'ance', 'ant', 'ate', 'ated', 'ates', 'ing', 'ed', 'es', 's', 'y', 'e', 'cy', 't',
];

/** The shortest stem two related forms must share: "minist" is one word's, "organ" would join too much. */
const MIN_SHARED = 6;

/** Other forms of `word` (lowercase) built by swapping its ending, longest shared stem first. */
export function derivedForms(word: string): string[] {
  const forms: string[] = [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (base.length < MIN_SHARED) continue;
    for (const other of ENDINGS) {
      const form = base + other;
      if (form !== word && !forms.includes(form)) forms.push(form);
    }
  }
  return forms;
}
