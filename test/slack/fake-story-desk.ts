import type { Answer, Citation, Turn } from '../../src/answer/answer.js';
import type { SpeakerQuotes } from '../../src/quotes/quote.js';
import type { SourceListing, StoryDesk } from '../../src/story-desk.js';
import type { Summary, SummaryRequest } from '../../src/summary/summary.js';

const ARTICLES: SourceListing[] = [
  { articleId: 'toi', title: 'Italy protests ICE role in US security plan', titleDerived: false, source: 'The Times of India', published: '2026-01-27T20:26:00+05:30', url: 'https://example.com/toi?a=1&b=2', passages: 14 },
  { articleId: 'row', title: 'A diplomatic row is brewing & growing <fast>', titleDerived: true, source: null, published: null, url: null, passages: 9 },
];

const LONG_SENTENCE = 'The minister said the plan would be reviewed again next week by the security committee in Rome. ';

function citation(n: number, text: string): Citation {
  const article = ARTICLES[n % 2 === 1 ? 0 : 1] ?? ARTICLES[0]!;
  return { n, passageId: `${article.articleId}:p${n}`, articleId: article.articleId, title: article.title, titleDerived: article.titleDerived, source: article.source, published: article.published, url: article.url, paragraph: n + 2, text };
}

/** A canned answer; questions containing "long" get oversized ones, "unknown" an abstention. */
function cannedAnswer(question: string): Answer {
  if (question.includes('unknown')) {
    return { question, abstained: true, text: 'The articles do not say.', sentences: [], citations: [], basis: [] };
  }
  const long = question.includes('long');
  const count = long ? 60 : 2;
  const citations = Array.from({ length: count }, (_, index) =>
    citation(index + 1, long ? LONG_SENTENCE.repeat(40) : index === 0 ? 'Lawmakers <!channel> said Italy & the US disagree. <@U123> agreed.' : 'ICE agents would support security operations.'));
  const sentences = long
    ? Array.from({ length: 80 }, (_, index) => ({ text: `${LONG_SENTENCE.trim()} Number ${index} & more.`, citations: [(index % count) + 1] }))
    : [{ text: 'Italy objected to the ICE role & asked for talks <!here>.', citations: [1, 2] }];
  const text = sentences.map((sentence) => `${sentence.text} ${sentence.citations.map((n) => `[${n}]`).join('')}`).join(' ');
  return { question, abstained: false, text, sentences, citations, basis: [ARTICLES[0]!, ARTICLES[1]!] };
}

const QUOTES: SpeakerQuotes[] = [
  {
    speaker: 'Giuseppe Sala',
    aliases: ['Beppe Sala', "Milan's mayor"],
    quotes: [
      { speaker: 'Giuseppe Sala', speakerAsWritten: 'Beppe Sala', text: 'They are not welcome in Milan & we say so <!channel>', kind: 'direct', articleId: 'toi', passageId: 'toi:p3', paragraph: 3, start: 10, end: 60 },
      { speaker: 'Giuseppe Sala', speakerAsWritten: "Milan's mayor", text: 'the mayor said the city had not been consulted', kind: 'attributed', articleId: 'row', passageId: 'row:p2', paragraph: 2, start: 5, end: 40 },
    ],
  },
  { speaker: 'Antonio Tajani', aliases: [], quotes: [{ speaker: 'Antonio Tajani', speakerAsWritten: 'Antonio Tajani', text: 'ICE will not operate in Italy', kind: 'direct', articleId: 'toi', passageId: 'toi:p5', paragraph: 5, start: 1, end: 30 }] },
];

/** A StoryDesk with canned content that exercises escaping and Slack's limits; it records what it was asked. */
export class FakeStoryDesk implements StoryDesk {
  readonly questions: Array<{ question: string; history: readonly Turn[] }> = [];
  /** Questions containing this text make the engine throw. */
  failOn = 'explode';

  async answer(question: string, history: readonly Turn[] = []): Promise<Answer> {
    this.questions.push({ question, history });
    if (question.includes(this.failOn)) throw new Error('engine exploded at /secret/path xoxb-123-456');
    return cannedAnswer(question);
  }

  sources(): readonly SourceListing[] {
    return ARTICLES;
  }

  async summarize(request: SummaryRequest = {}): Promise<Summary> {
    if (request.topic === 'nothing') return { bullets: [], footer: 'Nothing in the 2 articles mentions "nothing".', empty: true };
    const bulletCount = request.topic === 'long' ? 120 : 2;
    const bullets = Array.from({ length: bulletCount }, (_, index) => ({
      text: `Bullet ${index}: Italy & the US <disagree> about ICE.${request.topic === 'long' ? ` ${LONG_SENTENCE.repeat(3)}` : ''}`,
      citations: [
        { passageId: `toi:p${index}`, articleId: 'toi', text: `Bullet ${index}: Italy & the US <disagree> about ICE.` },
        { passageId: `row:p${index}`, articleId: 'row', text: 'Rome and Washington differ on the ICE deployment.' },
      ],
    }));
    return { bullets, footer: '2 articles, 27 Jan 2026 – undated', empty: false };
  }

  quotes(speaker?: string): readonly SpeakerQuotes[] {
    if (speaker === undefined) return QUOTES;
    const wanted = speaker.toLowerCase();
    return QUOTES.filter((group) => [group.speaker, ...group.aliases].some((name) => name.toLowerCase().includes(wanted)));
  }
}
