import type { Article } from '../corpus/article.js';
import { buildPassages } from '../passages/build-passages.js';
import {
  ADJECTIVES, CONNECTORS, DETERMINERS, FAMILY_NAMES, GIVEN_NAMES, NOUNS, ORGANISATIONS, PLACES, PREPOSITIONS, rareWords,
  ROLES, TIME_PHRASES, VERBS_PAST,
} from './news-lexicon.js';
import { createRandom, type Random } from './random.js';

/** A person of the generated story; the same people recur across articles, as in a long-running story. */
export interface StoryPerson {
  readonly name: string;
  readonly role: string;
}

/** The recurring cast and setting of a generated story. */
export interface StoryWorld {
  readonly people: readonly StoryPerson[];
  readonly places: readonly string[];
  readonly rare: readonly string[];
}

/** A generated corpus: articles ready to write as corpus.jsonl, and how many passages they cut into. */
export interface GeneratedCorpus {
  readonly world: StoryWorld;
  readonly articles: readonly Article[];
  readonly passageCount: number;
}

/** Bump when the generator's output changes, so stored figures are not compared across different corpora. */
export const GENERATOR_VERSION = 1;

function createWorld(random: Random): StoryWorld {
  const people: StoryPerson[] = [];
  for (const family of FAMILY_NAMES) {
    for (let index = 0; index < 6; index += 1) people.push({ name: `${random.pick(GIVEN_NAMES)} ${family}`, role: random.pick(ROLES) });
  }
  // Shuffled, so that the most frequent people are not all from the first families of the list.
  for (let index = people.length - 1; index > 0; index -= 1) {
    const other = random.integer(0, index);
    [people[index], people[other]] = [people[other]!, people[index]!];
  }
  return { people, places: PLACES, rare: rareWords(20_000) };
}

const surname = (person: StoryPerson): string => person.name.split(' ').slice(1).join(' ');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function nounPhrase(random: Random, world: StoryWorld): string {
  const words = [random.pickRanked(DETERMINERS)];
  if (random.chance(0.4)) words.push(random.pickRanked(ADJECTIVES));
  // Rare words stand in for the long tail of a real vocabulary: names of streets, laws, ships, one-off sources.
  words.push(random.chance(0.12) ? random.pickRanked(world.rare) : random.pickRanked(NOUNS));
  return words.join(' ');
}

function modifier(random: Random, world: StoryWorld, cast: readonly StoryPerson[]): string {
  const roll = random.next();
  if (roll < 0.3) return `${random.pick(PREPOSITIONS)} ${random.pickRanked(world.places)}`;
  if (roll < 0.45) return random.pick(TIME_PHRASES);
  if (roll < 0.6) return `${random.pick(PREPOSITIONS)} ${nounPhrase(random, world)}`;
  if (roll < 0.72) return `according to ${random.pickRanked(ORGANISATIONS)}`;
  if (roll < 0.8) return `involving about ${random.integer(2, 90) * 50} people`;
  return `${random.pick(CONNECTORS)} ${nounPhrase(random, world)} ${random.pickRanked(VERBS_PAST)} ${surname(random.pick(cast))}`;
}

function subject(random: Random, world: StoryWorld, cast: readonly StoryPerson[], first: boolean): string {
  const person = random.pick(cast);
  if (random.chance(0.3)) return capitalise(nounPhrase(random, world));
  if (random.chance(0.2)) return capitalise(random.pickRanked(ORGANISATIONS));
  return first ? `${capitalise(person.role)} ${person.name}` : surname(person);
}

// News sentences run from a few words to about forty, averaging near twenty.
function sentence(random: Random, world: StoryWorld, cast: readonly StoryPerson[], first: boolean): string {
  const target = Math.max(7, Math.min(42, Math.round(8 + random.next() * 14 + random.next() * 14)));
  const parts = [subject(random, world, cast, first), random.pickRanked(VERBS_PAST), nounPhrase(random, world)];
  while (parts.join(' ').split(' ').length < target) parts.push(modifier(random, world, cast));
  const text = parts.join(' ');
  if (random.chance(0.15)) {
    const speaker = random.pick(cast);
    return `“${capitalise(text)},” said ${speaker.name}, the ${speaker.role}.`;
  }
  return `${text}.`;
}

function article(random: Random, world: StoryWorld, position: number): Article {
  // Each article follows a few people; across articles the cast recurs by Zipf rank.
  const cast = Array.from({ length: random.integer(2, 5) }, () => random.pickRanked(world.people));
  const paragraphs = Array.from({ length: random.integer(6, 16) }, (_, index) =>
    Array.from({ length: random.integer(1, 3) }, (_unused, at) => sentence(random, world, cast, index === 0 && at === 0)).join(' '));
  const lead = cast[0]!;
  const day = new Date(Date.UTC(2024, 0, 1) + position * 3_600_000 * 7);
  return {
    id: `bench-${position}`,
    title: `${lead.name} ${random.pickRanked(VERBS_PAST)} ${nounPhrase(random, world)} ${random.pick(PREPOSITIONS)} ${random.pickRanked(world.places)}`,
    titleDerived: false,
    source: random.pick(['The Ledger', 'Evening Courier', 'Wire Service', 'Il Giornale Locale', 'Daily Chronicle']),
    author: random.pick(world.people).name,
    published: day.toISOString().slice(0, 10),
    url: `https://news.example/${position}`,
    body: paragraphs.join('\n\n'),
    layout: 'blank-lines',
    origin: `generated:${position}`,
  };
}

/** Generates articles until they cut into at least `passages` passages; the same `seed` gives the same corpus. */
export function generateCorpus(passages: number, seed = 20_240_101): GeneratedCorpus {
  const random = createRandom(seed);
  const world = createWorld(random);
  const articles: Article[] = [];
  let passageCount = 0;
  while (passageCount < passages) {
    const next = article(random, world, articles.length);
    articles.push(next);
    passageCount += buildPassages(next).length;
  }
  return { world, articles, passageCount };
}

/** The corpus as corpus.jsonl lines, the format `npm run ingest` reads. */
export function toCorpusJsonl(articles: readonly Article[]): string {
  return articles.map(({ id, title, source, author, published, url, body }) =>
    JSON.stringify({ id, title, source, author, published, url, body })).join('\n') + '\n';
}
