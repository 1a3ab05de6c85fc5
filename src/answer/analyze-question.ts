import type { ExpectedFact } from './expected-fact.js';

/** What the answerer reads from a question before retrieval. */
export interface QuestionAnalysis {
  readonly expected: ExpectedFact;
  /** "what did X say" / "what has X said about …": the speaker phrase X. */
  readonly speaker: string | null;
  /** Leans on earlier turns: pronouns, "and …?", or too few words of its own. */
  readonly dependsOnThread: boolean;
  /** Capitalised words and acronyms (not sentence-initial): names the corpus must mention to answer. */
  readonly names: readonly string[];
  /** "Besides Sala, who else …": the name the answer must leave out. */
  readonly excluded: string | null;
  /** "Who is Milan's mayor?": the person asked about, whom a follow-up's "he" or "she" means. */
  readonly subject: string | null;
  /**
   * What a speaker question asks the speaker said something about: "the budget" in "What did Sala say about
   * the budget?", "he would resign" in "Did Sala say he would resign?". Null when it names no subject.
   */
  readonly speakerTopic: string | null;
  /**
   * "What is the budget for …?": the thing asked for ("budget"), when the question names one that says what it
   * is about (not "the story", "the latest", "the name"); null otherwise.
   */
  readonly head: string | null;
  /** "Who confirmed that …?": the verb whose doer the question asks for ("confirmed"), or null. */
  readonly predicate: string | null;
}

/** "Who is X?" where X is a short name or title (not "Who is ICE working with on the ground in Italy?"). */
const WHO_IS = /^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+was)\s+((?:[\p{L}\p{N}’'.-]+\s+){0,3}[\p{L}\p{N}’'.-]+)\s*\?*\s*$/iu;

// No i flag: it would let \p{Lu} match lowercase words too.
const EXCLUDING = /\b(?:[Bb]esides|[Oo]ther than|[Aa]part from|[Aa]side from|[Ee]xcept(?: for)?)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;

/**
 * "What is the budget for …", "What's the total cost of …": the noun phrase asked for, up to a preposition or
 * the end. No i flag: a phrase with a name ("the US embassy's line") has no head read from it.
 */
const WHAT_IS_THE = /^\s*(?:[Aa]nd\s+|[Ss]o\s+)?[Ww]hat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+((?:\p{Ll}+\s+){0,3}?\p{Ll}+)(?=\s+(?:of|for|in|on|at|to|from|that|which|who|with|between|behind|about|over)\b|\s*\?*\s*$)/u;
/**
 * Heads that frame a question rather than name its subject: "What's the story with …", "What's the line on …"
 * ask about whatever follows, so the articles need not use the word.
 */
const FRAMING_HEADS = new Set((
  'story deal situation issue issues problem matter thing point reason reasons background context latest update ' +
  'updates status reaction response position stance view views line take argument case news row fuss worry ' +
  'worries concern concerns fear fears idea plan plans outcome result upshot gist bottom name names ' +
  'date time day number difference link connection relationship role impact effect effects consequence ' +
  'consequences significance mood feeling sentiment criticism complaint objection backlash'
).split(' '));

/** "Who confirmed …", "Who first reported …": a verb right after "who" (not "who is", "who did"). */
const WHO_DID = /^\s*(?:and\s+|so\s+)?who\s+(?:first\s+|actually\s+)?(?!(?:is|was|are|were|else|has|have|had|did|does|do|will|would|can|could|should|may|might)\b)(\p{L}+(?:ed|ied))\b/iu;

const DURATION_QUESTION = /\bhow long\b/iu;
const NUMBER_QUESTION = /\b(how (many|much|old|far|big|large)|what (number|percentage|share|amount))\b/iu;
const DATE_QUESTION = /\b(when|what (day|date|year|month|time)|which (day|date|year|month))\b/iu;
const NAME_QUESTION = /\bnames?\b(?! (?:of|for) (?:the )?(?:agency|organi[sz]ation|unit|department|platform|outlet))|^\s*who (?:is|was|were|are) (?:the|two|three|an?)\b|\bwho (?:confirmed|announced|made|leads|runs|heads|won)\b|\bwho else\b|^\s*(?:and\s+)?(?:which|what)\s+(?:other\s+)?(?:politicians?|officials?|leaders?|ministers?|lawmakers?|mps|members of parliament|people|persons?|critics|spokes(?:person|man|woman)|reporters?|journalists?)\b/iu;
/** "Need Sala's exact words", "what's Conte's quote": a request for a speaker's own words. */
const WORDS_OF_SPEAKER = /\b(\p{Lu}[\p{L}-]+)['’]s\s+(?:exact\s+|own\s+|actual\s+)?(?:words|quotes?|remarks)\b/u;
/** "Who announced it, ICE or DHS?": the answer is one of the names asked, so it needs no new name. */
const ALTERNATIVES = /\b\p{Lu}[\p{L}]*,?\s+or\s+\p{Lu}/u;
const SPEAKER_QUESTION = /^\s*(?:and\s+)?what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|think|thought|claim|claimed|state|stated|warn|warned|want|wanted|demand|demanded|chant|chanted|shout|shouted|post|posted|write|wrote|tweet|tweeted|insist|insisted|argue|argued)\b/iu;
/** "Did ICE say it would …?", "Has Sala said whether …": a yes-or-no question about what someone said. */
// No i flag: it would let \p{Lu} match lowercase words too.
const DID_SPEAKER_SAY = /^\s*(?:[Aa]nd\s+|[Ss]o\s+)?(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ave|[Hh]ad)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*|[\p{L}’'-]+\s+(?:spokesperson|spokesman|spokeswoman|minister|mayor|officials?|embassy))(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(?:say|said|claim|claimed|state|stated|confirm|confirmed|deny|denied|announce|announced)\b/u;
/** "What does the article say about …?": the articles themselves, not a speaker. */
const THE_ARTICLES = /^(?:articles?|stor(?:y|ies)|reports?|reporting|coverage|pieces?|papers?|texts?|sources?|press)$/iu;
const THREAD_WORDS = /\b(he|she|they|him|her|his|hers|them|their|it|its|this|that|these|those|there|then)\b/iu;
const CONTINUATION = /^\s*(and|but|so|also|what about|how about)\b/iu;
const QUESTION_WORDS = new Set(['What', 'Who', 'Whom', 'Whose', 'When', 'Where', 'Why', 'How', 'Which', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Will', 'Would', 'Can', 'Could', 'Should', 'And', 'But', 'So', 'I']);

function speakerOf(phrase: string | undefined): string | null {
  const speaker = phrase?.replace(/^(the|a|an|this|these|both)\s+/iu, '').trim() ?? '';
  return speaker === '' || THE_ARTICLES.test(speaker) ? null : speaker;
}

function speakerTopicOf(question: string): string | null {
  const did = DID_SPEAKER_SAY.exec(question);
  if (did !== null) return question.slice(did.index + did[0].length).replace(/^\s*(?:that|whether|if)\b/iu, '').trim() || null;
  if (SPEAKER_QUESTION.exec(question) === null) return null;
  return /\b(?:about|on the (?:subject|question|issue) of|regarding|concerning)\s+(.+)$/iu.exec(question)?.[1]?.trim() ?? null;
}

function headOf(question: string): string | null {
  // The last word of "the hottest temperature record" is what is asked for.
  const head = WHAT_IS_THE.exec(question)?.[1]?.split(/\s+/u).at(-1) ?? null;
  return head === null || FRAMING_HEADS.has(head) ? null : head;
}

/** Classifies a question: the fact it expects, a speaker it asks about, names, and whether it needs its thread. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const speakerMatch = SPEAKER_QUESTION.exec(question) ?? WORDS_OF_SPEAKER.exec(question) ?? DID_SPEAKER_SAY.exec(question);
  const expected: ExpectedFact = DURATION_QUESTION.test(question) ? 'duration'
    : NUMBER_QUESTION.test(question) ? 'number'
      : DATE_QUESTION.test(question) ? 'date'
        : NAME_QUESTION.test(question) && !ALTERNATIVES.test(question) ? 'name' : 'any';
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const names = words.filter((word, index) => /^\p{Lu}/u.test(word) && !(index === 0 || QUESTION_WORDS.has(word)))
    .map((word) => word.replace(/['’]s$/u, '').replace(/\.$/u, ''));
  const contentWords = words.filter((word) => word.length > 3 && !THREAD_WORDS.test(word));
  return {
    expected,
    speaker: speakerOf(speakerMatch?.[1]),
    dependsOnThread: THREAD_WORDS.test(question) || CONTINUATION.test(question) || contentWords.length <= 2,
    names,
    excluded: EXCLUDING.exec(question)?.[1] ?? null,
    subject: WHO_IS.exec(question)?.[1]?.replace(/^(the|a|an)\s+/iu, '') ?? null,
    speakerTopic: speakerTopicOf(question),
    predicate: WHO_DID.exec(question)?.[1] ?? null,
    head: headOf(question),
  };
}
