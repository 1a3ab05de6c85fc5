/**
 * Acronyms newsrooms use without spelling them out, with what they stand for. The corpus decides whether the
 * story mentions them: "MPs" counts as mentioned when an article says "members of parliament", "IOC" does not
 * when no article names the International Olympic Committee. Acronyms a story spells out itself ("Homeland
 * Security Investigations") are found in the corpus and need no entry here.
 */
export const COMMON_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['ap', 'Associated Press'], ['afp', 'Agence France-Presse'], ['bbc', 'British Broadcasting Corporation'],
  ['ceo', 'chief executive'], ['cia', 'Central Intelligence Agency'], ['dhs', 'Department of Homeland Security'],
  ['doj', 'Department of Justice'], ['eu', 'European Union'], ['fbi', 'Federal Bureau of Investigation'],
  ['gop', 'Republican Party'], ['ice', 'Immigration and Customs Enforcement'], ['imf', 'International Monetary Fund'],
  ['ioc', 'International Olympic Committee'], ['mep', 'member of the European Parliament'], ['mp', 'member of parliament'],
  ['nato', 'North Atlantic Treaty Organization'], ['ngo', 'non-governmental organisation'], ['pm', 'prime minister'],
  ['uk', 'United Kingdom'], ['un', 'United Nations'], ['us', 'United States'], ['usa', 'United States'],
  ['who', 'World Health Organization'],
]);

/**
 * Country names and what their people and things are called. "Italian officials" and "officials in Italy", or
 * "US agencies" and "American agencies", are the same fact; stemming alone does not join them.
 */
const COUNTRIES: readonly (readonly string[])[] = [
  ['America', 'American', 'Americans', 'US', 'USA', 'United States'], ['Britain', 'British', 'UK', 'United Kingdom'],
  ['Italy', 'Italian', 'Italians'], ['France', 'French'], ['Germany', 'German', 'Germans'], ['Spain', 'Spanish'],
  ['China', 'Chinese'], ['Japan', 'Japanese'], ['Russia', 'Russian', 'Russians'], ['Ukraine', 'Ukrainian', 'Ukrainians'],
  ['Canada', 'Canadian', 'Canadians'], ['Mexico', 'Mexican', 'Mexicans'], ['India', 'Indian', 'Indians'],
  ['Brazil', 'Brazilian', 'Brazilians'], ['Israel', 'Israeli', 'Israelis'], ['Iran', 'Iranian', 'Iranians'],
  ['Turkey', 'Turkish'], ['Greece', 'Greek', 'Greeks'], ['Poland', 'Polish'], ['Switzerland', 'Swiss'],
  ['Austria', 'Austrian', 'Austrians'], ['Netherlands', 'Dutch'], ['Sweden', 'Swedish'], ['Norway', 'Norwegian'],
  ['Australia', 'Australian', 'Australians'], ['Europe', 'European', 'Europeans'], ['Africa', 'African', 'Africans'],
];

/** The other names of a country or its people, keyed by each name lowercased ("italians" → Italy, Italian…). */
export const COUNTRY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTRIES.flatMap((names) => names.map((name) => [name.toLowerCase(), names.filter((other) => other !== name)] as const)),
);

/** Words that open sentences in capitals without being part of a name ("Though Italy holds back"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set((
  'a an the this that these those some many most several all both each every no yet but and or so though although ' +
  'despite after before when while since as at in on from with without by for to of into over under during ' +
  'according notably meanwhile however also still even if because unless until once then here there today ' +
  'former current new his her their its our my your we they he she it i mayor'
).split(' '));
