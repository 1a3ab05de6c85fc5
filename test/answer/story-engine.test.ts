import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { UnverifiedQuoteError, verifyVerbatim } from '../../src/answer/verify-verbatim.js';
import { isStoryError } from '../../src/errors.js';
import { createEmbeddings } from '../../src/index/index.js';
import { openStory, type Story } from '../../src/story/open-story.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

let dataDir: string;
let story: Story;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'story-engine-'));
  const { embeddings, id } = createEmbeddings({ kind: 'local' });
  story = await openStory({ corpusPath: SEED_CORPUS, dataDir, embeddings, embedderId: id, semantic: false });
}, 60_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const bodyOf = (articleId: string): string => story.articles.find((article) => article.id === articleId)!.body;
const passageText = (passageId: string): string | undefined => story.passages.find((passage) => passage.id === passageId)?.text;

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
    const answer = await story.engine.answer('What did the interior minister say?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('would not be allowed to operate on Italian soil');
    expectSentencesCited(answer);
    expectCitationsVerbatim(answer);
    for (const citation of answer.citations) {
      expect(citation.title.length).toBeGreaterThan(0);
      expect(citation.paragraph).toBeGreaterThanOrEqual(1);
      expect(story.passages.find((passage) => passage.id === citation.passageId)?.paragraph).toBe(citation.paragraph);
    }
    expect(answer.basis.map((ref) => ref.articleId)).toEqual([...new Set(answer.citations.map((citation) => citation.articleId))]);
  });

  it.each(['How many ICE agents are being sent?', 'What did Meloni say?'])('abstains on "%s", which the articles do not answer', async (question) => {
    const answer = await story.engine.answer(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The articles don't say/u);
    expect(answer.citations).toEqual([]);
    expect(answer.sentences).toEqual([]);
  });

  it('cites both articles when both report what is asked', async () => {
    const answer = await story.engine.answer("What did Milan's mayor say about ICE?");
    expect(answer.abstained).toBe(false);
    expect(new Set(answer.citations.map((citation) => citation.articleId)).size).toBeGreaterThanOrEqual(2);
    expectCitationsVerbatim(answer);
    expectSentencesCited(answer);
  });

  it('answers a follow-up from the thread: "Where did he say it?" after a question about Milan\'s mayor', async () => {
    const first = await story.engine.answer("What did Milan's mayor say about ICE?");
    const followUp = await story.engine.answer('Where did he say it?', [
      { question: "What did Milan's mayor say about ICE?", passageIds: first.citations.map((citation) => citation.passageId) },
    ]);
    expect(followUp.abstained).toBe(false);
    expect(followUp.citations.some((citation) => /RTL 102\.5|told reporters/u.test(citation.text))).toBe(true);
    expectCitationsVerbatim(followUp);
  });
});

describe('StoryEngine input checks', () => {
  it('refuses an empty question with question_empty and a message saying what to do', async () => {
    const error = await story.engine.answer('   ').catch((caught: unknown) => caught);
    expect(isStoryError(error, 'question_empty')).toBe(true);
    expect((error as Error).message).toMatch(/Ask a question/u);
  });

  it('refuses a 5,000-character question with question_too_long', async () => {
    const error = await story.engine.answer(`What did the minister say? ${'x'.repeat(5000)}`).catch((caught: unknown) => caught);
    expect(isStoryError(error, 'question_too_long')).toBe(true);
  });

  it('handles Slack markup such as <!channel> in a question without throwing', async () => {
    const answer = await story.engine.answer('<!channel> what did the interior minister say?');
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
    const answer = await story.engine.answer('What did the interior minister say?');
    expect(() => verifyVerbatim(answer, passageText)).not.toThrow();
    const [citation, ...rest] = answer.citations;
    expect(citation?.text).toContain('Italian soil');
    const tampered: Answer = { ...answer, citations: [{ ...citation!, text: citation!.text.replace('Italian soil', 'French soil') }, ...rest] };
    expect(() => verifyVerbatim(tampered, passageText)).toThrow(UnverifiedQuoteError);
  });

  it('throws when an answer sentence is changed', async () => {
    const answer = await story.engine.answer('What did the interior minister say?');
    const [sentence, ...rest] = answer.sentences;
    const tampered: Answer = { ...answer, sentences: [{ ...sentence!, text: sentence!.text.replace('not be allowed', 'be allowed') }, ...rest] };
    expect(() => verifyVerbatim(tampered, passageText)).toThrow(UnverifiedQuoteError);
  });
});
