import type { Article } from '../corpus/article.js';
import type { StoryWorld } from './generate-corpus.js';
import { NOUNS } from './news-lexicon.js';
import { createRandom, type Random } from './random.js';

// How people phrase questions to the bot: who/what/when/why, about a person, a place, or a topic.
const TEMPLATES: readonly ((parts: QuestionParts) => string)[] = [
  ({ person, topic }) => `What did ${person} say about the ${topic}?`,
  ({ surname, topic }) => `Why did ${surname} criticise the ${topic}?`,
  ({ place, topic }) => `What happened with the ${topic} in ${place}?`,
  ({ place }) => `When did the protests in ${place} start?`,
  ({ person, role }) => `Who is ${person}, the ${role}?`,
  ({ topic, other }) => `How many people were involved in the ${topic} and the ${other}?`,
  ({ surname, place }) => `Did ${surname} visit ${place}?`,
  ({ topic }) => `${topic}`,
  ({ surname, topic }) => `${surname} ${topic}`,
  ({ person, place, topic, other }) => `Summarise what ${person} and officials in ${place} said about the ${topic} after the ${other} was announced.`,
  ({ role, place }) => `What has the ${role} in ${place} done so far?`,
  ({ topic, place }) => `Is the ${topic} in ${place} still going on?`,
];

interface QuestionParts {
  readonly person: string;
  readonly surname: string;
  readonly role: string;
  readonly place: string;
  readonly topic: string;
  readonly other: string;
}

function wordsOf(article: Article, random: Random): string[] {
  const words = article.body.toLowerCase().match(/[a-z]{5,}/gu) ?? [];
  const known = words.filter((word) => NOUNS.includes(word));
  return known.length > 0 ? known : [random.pick(NOUNS)];
}

/**
 * `count` varied questions about the generated story, each anchored in a random article (its people, places
 * and words), so that most have real answers and none is repeated verbatim by chance of the template alone.
 */
export function generateQuestions(world: StoryWorld, articles: readonly Article[], count: number, seed = 99): string[] {
  const random = createRandom(seed);
  const questions: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const article = random.pick(articles);
    const people = world.people.filter((person) => article.body.includes(person.name.split(' ').slice(1).join(' ')));
    const person = people.length > 0 ? random.pick(people) : random.pickRanked(world.people);
    const places = world.places.filter((place) => article.body.includes(place));
    const words = wordsOf(article, random);
    const parts: QuestionParts = {
      person: person.name,
      surname: person.name.split(' ').slice(1).join(' '),
      role: person.role,
      place: places.length > 0 ? random.pick(places) : random.pickRanked(world.places),
      topic: random.pick(words),
      other: random.pick(words),
    };
    questions.push(random.pick(TEMPLATES)(parts));
  }
  return questions;
}
