import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { UnverifiedQuoteError, verifyVerbatim } from '../../src/answer/verify-verbatim.js';
import { isStoryError } from '../../src/errors.js';
import { useSeedStory } from './seed-story.js';

const seed = useSeedStory();

const bodyOf = (articleId: string): string => seed.get().articles.find((article) => article.id === articleId)!.body;
const passageText = (passageId: string): string | undefined => seed.get().passages.find((passage) => passage.id === passageId)?.text;

/** Every citation's pieces (split at " … ", edge ellipses removed) stand verbatim in the cited article. */
function expectCitationsVerbatim(answer: Answer): void {
  expect(answer.citations.length).toBeGreaterThan(0);
  for (const citation of answer.citations) {
    const body = bodyOf(citation.articleId);
    for (const piece of citation.text.split(' … ').map((part) => part.replace(/^…\s*|\s*…$/gu, ''))) {
      expect(piece.length).toBeGreaterThan(0);
      expect(body, `citation [${citation.n}]`).toContain(piece);
    }
  }
}

/** Every answer sentence stands in the text followed by its [n] markers, and each n names a citation. */
function expectSentencesCited(answer: Answer): void {
  const numbers = new Set(answer.citations.map((citation) => citation.n));
  for (const sentence of answer.sentences) {
    expect(sentence.citations.length).toBeGreaterThan(0);
    for (const n of sentence.citations) expect(numbers.has(n)).toBe(true);
    expect(answer.text).toContain(`${sentence.text} ${sentence.citations.map((n) => `[${n}]`).join('')}`);
  }
}

describe('StoryEngine answers from the seed story', () => {
  it('answers "What did the interior minister say?" with the cited, verbatim statement', async () => {
    const answer = await seed.get().engine.answer('What did the interior minister say?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('would not be allowed to operate on Italian soil');
    expectSentencesCited(answer);
    expectCitationsVerbatim(answer);
    for (const citation of answer.citations) {
      expect(citation.title.length).toBeGreaterThan(0);
      expect(citation.paragraph).toBeGreaterThanOrEqual(1);
      expect(seed.get().passages.find((passage) => passage.id === citation.passageId)?.paragraph).toBe(citation.paragraph);
    }
    expect(answer.basis.map((ref) => ref.articleId)).toEqual([...new Set(answer.citations.map((citation) => citation.articleId))]);
  });

  it.each(['How many ICE agents are being sent?', 'What did Meloni say?'])('abstains on "%s", which the articles do not answer', async (question) => {
    const answer = await seed.get().engine.answer(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The articles don't say/u);
    expect(answer.citations).toEqual([]);
    expect(answer.sentences).toEqual([]);
  });

  it('cites both articles when both report what is asked', async () => {
    const answer = await seed.get().engine.answer("What did Milan's mayor say about ICE?");
    expect(answer.abstained).toBe(false);
    expect(new Set(answer.citations.map((citation) => citation.articleId)).size).toBeGreaterThanOrEqual(2);
    expectCitationsVerbatim(answer);
    expectSentencesCited(answer);
  });

  it('answers a follow-up from the thread: "Where did he say it?" after a question about Milan\'s mayor', async () => {
    const first = await seed.get().engine.answer("What did Milan's mayor say about ICE?");
    const followUp = await seed.get().engine.answer('Where did he say it?', [
      { question: "What did Milan's mayor say about ICE?", passageIds: first.citations.map((citation) => citation.passageId) },
    ]);
    expect(followUp.abstained).toBe(false);
    expect(followUp.citations.some((citation) => /RTL 102\.5|told reporters/u.test(citation.text))).toBe(true);
    expectCitationsVerbatim(followUp);
  });
});

describe('StoryEngine abstains on what the story does not say', () => {
  it.each([
    'Will ICE agents carry weapons?',
    'Which hotel will the US delegation stay in?',
    'What did the Olympic athletes say about ICE?',
    "What is the interior minister's name?",
    'When did the Minneapolis shootings happen?',
    'Who were the two people killed in Minneapolis?',
    'What did the IOC say?',
    // The thing asked for never comes up, however well "Olympic security" matches.
    'What is the budget for Olympic security?',
    // A date beside another statement (DHS's, on Tuesday) does not date Calenda's.
    'When did Calenda make his statement?',
    // "chant" asks what protesters said; the articles quote no protester.
    'What did the protesters in Milan chant?',
  ])('abstains on "%s"', async (question) => {
    const answer = await seed.get().engine.answer(question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.citations).toEqual([]);
  });

  it('abstains on a speaker the articles never quote: "What did the mayor of Cortina say?"', async () => {
    expect((await seed.get().engine.answer('What did the mayor of Cortina say?')).abstained).toBe(true);
  });

  it.each(['What did Sala say about the budget?', 'Did Sala say he would resign?'])('abstains on "%s": the speaker is quoted, the subject never comes up', async (question) => {
    const answer = await seed.get().engine.answer(question);
    expect(answer.abstained).toBe(true);
  });

  it('abstains on "What\'s his name?" after a question about the unnamed interior minister', async () => {
    const answer = await seed.get().engine.answer("What's his name?", [{ question: 'What did the interior minister say?', passageIds: [] }]);
    expect(answer.abstained).toBe(true);
  });
});

describe('StoryEngine answers paraphrased questions', () => {
  it('reads an acronym the articles only spell out: DHS is the Department of Homeland Security', async () => {
    const answer = await seed.get().engine.answer("What's DHS's justification for sending ICE?");
    expect(answer.abstained).toBe(false);
    expect(answer.sentences[0]?.text).toContain('The Department of Homeland Security states that the agents will perform non-immigration enforcement duties');
    expectCitationsVerbatim(answer);
  });

  it('answers "What\'s ICE\'s full name?" with the sentences that spell it out, one per article', async () => {
    const answer = await seed.get().engine.answer("What's ICE's full name, for the first reference?");
    expect(answer.abstained).toBe(false);
    expect(answer.sentences.every((sentence) => sentence.text.includes('Immigration and Customs Enforcement'))).toBe(true);
    expect(new Set(answer.citations.map((citation) => citation.articleId)).size).toBe(2);
    expectSentencesCited(answer);
  });

  it('counts "MPs" as the members of parliament the article names', async () => {
    const answer = await seed.get().engine.answer("What's the worry among MPs about foreign enforcement?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Some parliament members suggest foreign enforcement roles could challenge national authority.');
  });

  it('leads a "when" question with the sentence that dates what was asked', async () => {
    const answer = await seed.get().engine.answer('What day was the deployment announced?');
    expect(answer.sentences[0]?.text).toMatch(/Tuesday/u);
    const opening = await seed.get().engine.answer('When do the Games open?');
    expect(opening.sentences[0]?.text).toContain('February 6');
  });

  it('resolves "he" to the person an earlier "Who is …?" asked about', async () => {
    const answer = await seed.get().engine.answer('What did he say on the radio?', [{ question: "Who is Milan's mayor?", passageIds: [] }]);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('In an interview aired on RTL 102.5, he questioned the fit between such agencies and national values.');
  });

  it('reads "What does the article say about …?" as a question about the subject, not about a speaker', async () => {
    const answer = await seed.get().engine.answer('What does the article say about the interior minister?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('would not be allowed to operate on Italian soil');
  });

  it('answers "Did ICE say …?" from what ICE said', async () => {
    const answer = await seed.get().engine.answer('Did ICE say it would arrest migrants in Italy?');
    expect(answer.text).toContain('The agency added that it would not conduct immigration enforcement activities outside US territory.');
  });

  it('retrieves, for a question about what someone said, the passages of the statements it quotes first', async () => {
    const retrieved = await seed.get().engine.retrieve('Did ICE say it would arrest migrants in Italy?', [], 10);
    const top = retrieved.slice(0, 4).map((entry) => entry.passage.text);
    expect(top.some((text) => text.includes('The agency added that it would not conduct immigration enforcement activities outside US territory.'))).toBe(true);
  });

  it('leads a speaker\'s statements with those about what the question names', async () => {
    const answer = await seed.get().engine.answer('What did Sala say about the militia?');
    expect(answer.sentences[0]?.text).toContain('“This is a militia that kills.');
  });

  it('reads through a typo: "interior minster" is the interior minister', async () => {
    const answer = await seed.get().engine.answer('What did the interior minster say?');
    expect(answer.abstained).toBe(false);
    expect(answer.question).toBe('What did the interior minster say?');
    expect(answer.text).toContain('would not be allowed to operate on Italian soil');
  });

  it('does not "correct" an everyday word the story lacks into one it has: "tried" is not "tied"', async () => {
    const answer = await seed.get().engine.answer('How has ICE tried to calm things down with the Italians?');
    expect(answer.text).not.toContain('tied to migrant oversight');
  });

  it.each([
    // Read as "Is this formal?", it was answered with "In a formal statement, …".
    'Is this normal?',
    // Read as "Who is stating in Rome?", it was answered with what embassy officials in Rome noted.
    'Who is staying in Rome?',
  ])('does not "correct" an everyday English word into a story word one letter away: "%s"', async (question) => {
    const answer = await seed.get().engine.answer(question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it('reads another form of a word the story uses: the "Interior Ministry" is the interior minister', async () => {
    const answer = await seed.get().engine.answer("What's the Interior Ministry's position?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('would not be allowed to operate on Italian soil');
  });

  it('answers "Who confirmed …?" with who did the confirming, not with names that stand by the rest', async () => {
    const answer = await seed.get().engine.answer('Who confirmed that ICE agents would be sent?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('personnel movement was acknowledged by the US Department of Homeland Security');
    expect(answer.text).not.toContain('Focus shifts to ICE agents being sent');
  });

  it('reads a British spelling in an American-spelled story: "criticised" finds "criticizing"', async () => {
    const answer = await seed.get().engine.answer('Who has criticised the plans?');
    expect(answer.sentences[0]?.text).toContain('Italian officials and citizens are criticizing plans for ICE agents');
  });

  it('answers "who else" with a named politician, not a sentence that only starts with a capital', async () => {
    const answer = await seed.get().engine.answer('Besides Sala, who else in Italian politics is pushing back?');
    expect(answer.sentences[0]?.text).toContain('Carlo Calenda');
  });
});

describe('StoryEngine input checks', () => {
  it('refuses an empty question with question_empty and a message saying what to do', async () => {
    const error = await seed.get().engine.answer('   ').catch((caught: unknown) => caught);
    expect(isStoryError(error, 'question_empty')).toBe(true);
    expect((error as Error).message).toMatch(/Ask a question/u);
  });

  it('refuses a 5,000-character question with question_too_long', async () => {
    const error = await seed.get().engine.answer(`What did the minister say? ${'x'.repeat(5000)}`).catch((caught: unknown) => caught);
    expect(isStoryError(error, 'question_too_long')).toBe(true);
  });

  it('handles Slack markup such as <!channel> in a question without throwing', async () => {
    const answer = await seed.get().engine.answer('<!channel> what did the interior minister say?');
    if (!answer.abstained) {
      expectCitationsVerbatim(answer);
      expect(answer.text).toContain('would not be allowed to operate on Italian soil');
    } else {
      expect(answer.citations).toEqual([]);
    }
  });
});

describe('verifyVerbatim', () => {
  it('accepts a real answer and throws when one word of a citation is changed', async () => {
    const answer = await seed.get().engine.answer('What did the interior minister say?');
    expect(() => verifyVerbatim(answer, passageText)).not.toThrow();
    const [citation, ...rest] = answer.citations;
    expect(citation?.text).toContain('Italian soil');
    const tampered: Answer = { ...answer, citations: [{ ...citation!, text: citation!.text.replace('Italian soil', 'French soil') }, ...rest] };
    expect(() => verifyVerbatim(tampered, passageText)).toThrow(UnverifiedQuoteError);
  });

  it('throws when an answer sentence is changed', async () => {
    const answer = await seed.get().engine.answer('What did the interior minister say?');
    const [sentence, ...rest] = answer.sentences;
    const tampered: Answer = { ...answer, sentences: [{ ...sentence!, text: sentence!.text.replace('not be allowed', 'be allowed') }, ...rest] };
    expect(() => verifyVerbatim(tampered, passageText)).toThrow(UnverifiedQuoteError);
  });
});
