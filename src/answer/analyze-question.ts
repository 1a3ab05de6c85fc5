/** What kind of fact a question asks for, where a sentence can be checked for it. */
export type ExpectedFact = 'number' | 'date' | 'name' | 'any';

/** What the answerer reads from a question before retrieval. */
export interface QuestionAnalysis {
  readonly expected: ExpectedFact;
  /** "what did X say" / "what has X said about …": the speaker phrase X. */
  readonly speaker: string | null;
  /** Leans on earlier turns: pronouns, "and …?", or too few words of its own. */
  readonly dependsOnThread: boolean;
  /** Capitalised words and acronyms (not sentence-initial): names the corpus must mention to answer. */
  readonly names: readonly string[];
}

const NUMBER_QUESTION = /\b(how (many|much|old|long|far|big|large)|what (number|percentage|share|amount)|how many)\b/iu;
const DATE_QUESTION = /\b(when|what (day|date|year|month|time)|which (day|date|year|month))\b/iu;
const NAME_QUESTION = /\bnames?\b(?! (?:of|for) (?:the )?(?:agency|organi[sz]ation|unit|department|platform|outlet))|^\s*who (?:is|was|were|are) (?:the|two|three|an?)\b|\bwho (?:confirmed|announced|made|leads|runs|heads|won)\b/iu;
const SPEAKER_QUESTION = /^\s*(?:and\s+)?what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|think|thought|claim|claimed|state|stated|warn|warned|want|wanted|demand|demanded)\b/iu;
const THREAD_WORDS = /\b(he|she|they|him|her|his|hers|them|their|it|its|this|that|these|those|there|then)\b/iu;
const CONTINUATION = /^\s*(and|but|so|also|what about|how about)\b/iu;
const QUESTION_WORDS = new Set(['What', 'Who', 'Whom', 'Whose', 'When', 'Where', 'Why', 'How', 'Which', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Will', 'Would', 'Can', 'Could', 'Should', 'And', 'But', 'So', 'I']);

/** Classifies a question: the fact it expects, a speaker it asks about, names, and whether it needs its thread. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const speakerMatch = SPEAKER_QUESTION.exec(question);
  const expected: ExpectedFact = NUMBER_QUESTION.test(question) ? 'number'
    : DATE_QUESTION.test(question) ? 'date'
      : NAME_QUESTION.test(question) ? 'name' : 'any';
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const names = words.filter((word, index) => /^\p{Lu}/u.test(word) && !(index === 0 || QUESTION_WORDS.has(word)))
    .map((word) => word.replace(/['’]s$/u, '').replace(/\.$/u, ''));
  const contentWords = words.filter((word) => word.length > 3 && !THREAD_WORDS.test(word));
  return {
    expected,
    speaker: speakerMatch?.[1]?.replace(/^(the|a|an)\s+/iu, '').trim() ?? null,
    dependsOnThread: THREAD_WORDS.test(question) || CONTINUATION.test(question) || contentWords.length <= 2,
    names,
  };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight';
const DATE_IN_SENTENCE = new RegExp(`\\b(${MONTHS}|${DAYS})\\b|\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(last|next|this) (week|month|year)\\b`, 'iu');
const NUMBER_IN_SENTENCE = /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds?|thousands?|millions?|billions?|several|few)\b/iu;

/** True when `sentence` holds the kind of fact the question expects (beyond what the question itself says). */
export function sentenceHasExpectedFact(sentence: string, question: string, expected: ExpectedFact): boolean {
  if (expected === 'any') return true;
  const fresh = (pattern: RegExp): boolean => {
    const global = new RegExp(pattern.source, 'giu');
    const asked = new Set((question.match(global) ?? []).map((match) => match.toLowerCase()));
    return (sentence.match(global) ?? []).some((match) => !asked.has(match.toLowerCase()));
  };
  if (expected === 'number') return fresh(NUMBER_IN_SENTENCE);
  if (expected === 'date') return fresh(DATE_IN_SENTENCE);
  // A name: two capitalised words in a row that the question does not already contain.
  return fresh(/\b\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]+)+/u);
}
