import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { runLocalSlack } from '../../src/slack/local/run-local-slack.js';
import { FakeStoryDesk } from './fake-story-desk.js';

describe('local mode console', () => {
  it('handles piped lines in order — question, thread reply, /story — prints readable answers and ends at EOF', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'story-console-'));
    const desk = new FakeStoryDesk();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const input = Readable.from(['Why is Italy angry <!channel>?\n', '> and the US?\n', '/story sources\n']);
    await runLocalSlack({ desk, logger: silentLogger, dataDir, input, output });
    await rm(dataDir, { recursive: true, force: true });
    expect(desk.questions.map((question) => question.question)).toEqual(['Why is Italy angry @channel?', 'and the US?']);
    expect(desk.questions[1]?.history).toHaveLength(1);
    expect(printed).toContain('> <follow-up>');
    expect(printed).toContain('[1] Italy protests ICE role in US security plan (https://example.com/toi?a=1&b=2)');
    expect(printed).toContain('storydesk (only you can see this):');
    expect(printed).toContain('14 passages');
    expect(printed).not.toContain('&amp;');
  });
});
