// `npm run ingest` as a user runs it: the CLI as its own process against the server as its own process.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { createPostgresDatabase, testEngine } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const TOKEN = 'ingest-token';
const BASE = 'https://stories.newsgraph.test/';

let dir: string;
let stories: string;
let cleanup: () => Promise<void>;
let server: ServerProcess;

// Three short stories written for this test: front matter with a url, front matter without, none.
const FILES: Record<string, string> = {
  'harbour.md': `---
title: Harbour reopens after the storm
url: https://newsgraph.example/ingest/harbour
source: The Coastal Ledger
publishedAt: 2024-03-05
topics: ports, weather
---

The harbour at Kelmouth reopened on Friday after three days of gales, the port authority said.

"We expect the ferries to run on time from Monday," said Ada Brennan, the harbour master.
`,
  'city/council-budget.txt': `---
title: Council passes a smaller budget
language: en
---
The town council approved a budget of 12 million euros on Tuesday, 4 percent less than last year.
Mayor Tomas Reyes said the cuts would not touch the libraries.
`,
  'city/market.txt': `Night market returns to the old square

The night market will return to the old square in June, the organisers announced on Wednesday.
Stallholders said they hoped for more visitors than last summer.
`,
};

async function runIngest(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEWSGRAPH_URL: '', API_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

const ingest = (args: string[]) => runIngest(['--url', server.url, '--base-url', BASE, ...args], { API_TOKEN: TOKEN });

/** The numbers of the summary: { 'files read': 3, created: 3, ... }. */
function summary(stdout: string): Record<string, number> {
  return Object.fromEntries([...stdout.matchAll(/^ {2}(files read|created|updated|unchanged|failed) +(\d+)/gm)].map((m) => [m[1], Number(m[2])]));
}

async function article(url: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($url: String!) { article(url: $url) { title body publishedAt language source { name } topics { name } } }',
      variables: { url },
    }),
  });
  return ((await response.json()) as { data: { article: Record<string, unknown> | null } }).data.article;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-ingest-'));
  stories = path.join(dir, 'stories');
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(stories, name)), { recursive: true });
    await writeFile(path.join(stories, name), text);
  }
  await writeFile(path.join(stories, 'harbour.gold.json'), '{"not": "a story"}');
  await writeFile(path.join(stories, 'README.md'), 'Stories for the ingest test\n\nThis file describes the folder.\n');
  let env: Record<string, string>;
  if (testEngine === 'postgres') {
    const { url, dropDatabase } = await createPostgresDatabase();
    env = { DATABASE_URL: url };
    cleanup = dropDatabase;
  } else {
    env = { DATA_DIR: path.join(dir, 'pglite') };
  }
  server = await startServerProcess({ ...env, API_TOKENS: TOKEN });
});

afterAll(async () => {
  await server?.stop();
  await cleanup?.();
  await rm(dir, { recursive: true, force: true });
});

it('adds a folder of stories, then finds nothing to change when it is added again', async () => {
  const first = await ingest([stories]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(summary(first.stdout)).toEqual({ 'files read': 3, created: 3, updated: 0, unchanged: 0, failed: 0 });
  expect(first.stdout).toContain('(2 other files ignored)'); // the .gold.json and the README
  expect(first.stdout).toMatch(/stories\/s/);
  // Not a terminal: one line per file, no progress bar.
  expect(first.stdout).toMatch(/^\[1\/3\] created +(harbour\.md|city\/(council-budget|market)\.txt) +\(\d+ statements?, /m);
  expect(first.stdout).not.toMatch(/\u001b\[/);

  const second = await ingest([stories]);
  expect(second.code).toBe(0);
  expect(summary(second.stdout)).toEqual({ 'files read': 3, created: 0, updated: 0, unchanged: 3, failed: 0 });

  expect(await article('https://newsgraph.example/ingest/harbour')).toMatchObject({
    title: 'Harbour reopens after the storm',
    publishedAt: '2024-03-05T00:00:00.000Z',
    source: { name: 'The Coastal Ledger' },
    topics: expect.arrayContaining([expect.objectContaining({ name: 'ports' }), expect.objectContaining({ name: 'weather' })]),
  });
  expect(await article(`${BASE}city/council-budget`)).toMatchObject({ title: 'Council passes a smaller budget', language: 'en', source: null });
  expect(await article(`${BASE}city/market`)).toMatchObject({
    title: 'Night market returns to the old square',
    body: expect.stringMatching(/^The night market will return .*last summer\.$/s),
  });
});

it('reports each bad file with its reason, exits non-zero, and still stores the good ones', async () => {
  const bad = path.join(dir, 'mixed');
  await mkdir(bad, { recursive: true });
  await writeFile(path.join(bad, 'a-good.txt'), 'Bridge repairs finish early\n\nThe river bridge reopened two weeks ahead of plan, engineers said.\n');
  await writeFile(path.join(bad, 'b-bad-date.txt'), '---\ntitle: Bakery wins prize\npublishedAt: the fifth of May\n---\nThe bakery won first prize.\n');
  await writeFile(path.join(bad, 'c-title-only.txt'), 'Headline with nothing under it\n\n');
  await writeFile(path.join(bad, 'd-language.md'), '---\ntitle: Choir tours abroad\nlanguage: english\n---\nThe choir left for a tour on Sunday.\n');
  await writeFile(path.join(bad, 'e-good.md'), '# Swimming pool to stay open\n\nThe pool will stay open through the winter, the council said.\n');

  const run = await ingest(['--concurrency', '2', bad]);
  expect(run.code).toBe(1);
  expect(summary(run.stdout)).toEqual({ 'files read': 5, created: 2, updated: 0, unchanged: 0, failed: 3 });
  // Reasons: two found in the file itself, one a ValidationError from the server.
  expect(run.stdout).toContain('b-bad-date.txt: publishedAt "the fifth of May" is not a date');
  expect(run.stdout).toContain('c-title-only.txt: no body: nothing follows the title');
  expect(run.stdout).toContain('d-language.md: input.language: must be a two-letter ISO 639-1 code');

  expect(await article(`${BASE}a-good`)).toMatchObject({ title: 'Bridge repairs finish early' });
  expect(await article(`${BASE}e-good`)).toMatchObject({ title: 'Swimming pool to stay open' });
  expect(await article(`${BASE}c-title-only`)).toBeNull();
  expect(await article(`${BASE}d-language`)).toBeNull();
});

it('updates a story whose file changed, and --dry-run sends nothing', async () => {
  const market = path.join(stories, 'city/market.txt');
  await writeFile(market, `${FILES['city/market.txt']}The first evening is on 7 June.\n`);
  const dry = await runIngest(['--dry-run', '--base-url', BASE, stories]);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toMatch(/^\[\d\/3\] ok +city\/market\.txt +\(https:\/\/stories\.newsgraph\.test\/city\/market\)$/m);
  expect(dry.stdout).toContain('sent nothing');

  const run = await ingest([stories]);
  expect(run.code).toBe(0);
  expect(summary(run.stdout)).toEqual({ 'files read': 3, created: 0, updated: 1, unchanged: 2, failed: 0 });
  expect(((await article(`${BASE}city/market`)) as { body: string }).body).toMatch(/7 June\.$/);
});

it('stops at once on a wrong token and fails fast, naming the URL, when no server answers', async () => {
  const wrongToken = await runIngest(['--url', server.url, stories], { API_TOKEN: 'not-the-token' });
  expect(wrongToken.code).toBe(1);
  expect(wrongToken.stdout).toContain('Stopped early: the server refused the token');

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as { port: number };
  await new Promise((resolve) => closed.close(resolve));
  const url = `http://127.0.0.1:${port}/graphql`;
  const down = await runIngest(['--url', url, stories], { API_TOKEN: TOKEN });
  expect(down.code).toBe(2);
  expect(down.stdout).toBe('');
  expect(down.stderr).toContain(`cannot reach the Newsgraph server at ${url}`);
  expect(down.stderr).toContain('API_TOKENS=<token> npm start');
});
