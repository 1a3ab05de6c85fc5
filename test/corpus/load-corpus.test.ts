import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

const SEED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

const GOOD_ARTICLE = `---
id: good-article
title: Italy objects to ICE agents
source: Example News
published: 2026-01-27
---
The interior minister said ICE agents would not be allowed to operate on Italian soil.
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-corpus-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function makeFolder(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(folder, file), content, 'utf8');
  return folder;
}

describe('loadCorpus on the seed story', () => {
  it('loads both articles with their metadata, leaving unknown fields null', async () => {
    const { articles, problems } = await loadCorpus(SEED_CORPUS);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.id).sort()).toEqual(['toi-italy-protests-ice-role', 'us-italy-diplomatic-row-ice']);
    const toi = articles.find((article) => article.id === 'toi-italy-protests-ice-role')!;
    expect(toi.title).toBe('Italy protests ICE role in US security plan for upcoming Winter Olympics');
    expect(toi.source).toBe('The Times of India (TOI Global)');
    expect(toi.published).toBe('2026-01-27T20:26:00+05:30');
    expect(toi.titleDerived).toBe(false);
    const row = articles.find((article) => article.id === 'us-italy-diplomatic-row-ice')!;
    expect(row.titleDerived).toBe(true);
    expect(row.source).toBeNull();
    expect(row.published).toBeNull();
    expect(row.body.startsWith('A diplomatic row is brewing')).toBe(true);
  });
});

describe('loadCorpus with malformed articles', () => {
  it('reports each bad file with its line and still loads the good article', async () => {
    const folder = await makeFolder('malformed', {
      'good.md': GOOD_ARTICLE,
      'unclosed.md': '---\nid: unclosed\ntitle: Never closed\nThe body starts here without a closing line.\n',
      'bad-yaml.md': '---\nid: bad-yaml\ntitle: [unclosed bracket\nsource: x\n---\nBody text of the article.\n',
      'yesterday.md': '---\nid: yesterday\ntitle: Dated loosely\npublished: yesterday\n---\nBody text of the article.\n',
    });
    const { articles, problems } = await loadCorpus(folder);
    expect(articles.map((article) => article.id)).toEqual(['good-article']);

    const unclosed = problems.filter((problem) => problem.location.includes('unclosed.md'));
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]!.location).toBe(`${join(folder, 'unclosed.md')}:1`);
    expect(unclosed[0]!.message).toMatch(/never closed/u);

    const badYaml = problems.filter((problem) => problem.location.includes('bad-yaml.md'));
    expect(badYaml.length).toBeGreaterThan(0);
    // The broken title is on line 3 and the parser gives up at the start of line 4: either is a fair pointer.
    const line = Number(/:(\d+)$/u.exec(badYaml[0]!.location)?.[1]);
    expect(badYaml[0]!.location.startsWith(join(folder, 'bad-yaml.md'))).toBe(true);
    expect(line).toBeGreaterThanOrEqual(3);
    expect(line).toBeLessThanOrEqual(4);
    expect(badYaml[0]!.message).toMatch(/not valid YAML/u);

    const yesterday = problems.filter((problem) => problem.location.includes('yesterday.md'));
    expect(yesterday).toHaveLength(1);
    // Field problems point at the first body line (line 6), just after the front matter.
    expect(yesterday[0]!.location).toBe(`${join(folder, 'yesterday.md')}:6`);
    expect(yesterday[0]!.message).toContain('"yesterday"');
    expect(yesterday[0]!.message).toMatch(/ISO 8601/u);
  });

  it('reports a bad corpus.jsonl line as file:LINE and loads the other lines', async () => {
    const path = join(dir, 'corpus.jsonl');
    await writeFile(path, [
      JSON.stringify({ id: 'first', title: 'First', body: 'The first article body.' }),
      '{"id": "broken", "title": "Broken", "body": ',
      JSON.stringify({ id: 'third', title: 'Third', body: 'The third article body.' }),
    ].join('\n'), 'utf8');
    const { articles, problems } = await loadCorpus(path);
    expect(articles.map((article) => article.id)).toEqual(['first', 'third']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.location).toBe(`${path}:2`);
    expect(problems[0]!.message).toMatch(/Not valid JSON/u);
  });

  it('reports a duplicate id and keeps the first article', async () => {
    const folder = await makeFolder('duplicates', {
      'a.md': GOOD_ARTICLE,
      'b.md': GOOD_ARTICLE.replace('Italy objects to ICE agents', 'A second copy'),
    });
    const { articles, problems } = await loadCorpus(folder);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('Italy objects to ICE agents');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.location).toContain('b.md');
    expect(problems[0]!.message).toContain('Duplicate article id "good-article"');
  });
});
