/**
 * British and American spellings of one word: a reporter writes "criticised", "defence", "centre" or
 * "labelled" about wire copy that has "criticized", "defense", "center" and "labeled", and the other way
 * round. Each variant changes one ending; a variant only counts when the story uses it, so spelling out
 * non-words here costs a lookup and nothing else.
 */
const SWAPS: readonly (readonly [RegExp, string])[] = [
  [/is(e|ed|es|ing|er|ers|ation|ations)$/u, 'iz$1'],
  [/iz(e|ed|es|ing|er|ers|ation|ations)$/u, 'is$1'],
  [/ys(e|ed|es|ing)$/u, 'yz$1'],
  [/yz(e|ed|es|ing)$/u, 'ys$1'],
  [/our(s|ed|ing|able|ite|ites)?$/u, 'or$1'],
  [/or(s|ed|ing|able|ite|ites)?$/u, 'our$1'],
  [/tre(s|d)?$/u, 'ter$1'],
  [/ter(s|ed)?$/u, 'tre$1'],
  [/ence(s)?$/u, 'ense$1'],
  [/ense(s)?$/u, 'ence$1'],
  [/ll(ed|ing|er|ers)$/u, 'l$1'],
  [/([aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
  [/ogue(s)?$/u, 'og$1'],
  [/og(s)?$/u, 'ogue$1'],
  [/mme(s)?$/u, 'm$1'],
];

/** The other spellings `word` (lowercase) may have, most likely first; empty when none applies. */
export function spellingVariants(word: string): string[] {
  const variants: string[] = [];
  for (const [pattern, replacement] of SWAPS) {
    if (!pattern.test(word)) continue;
    const variant = word.replace(pattern, replacement);
    if (variant !== word && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}
