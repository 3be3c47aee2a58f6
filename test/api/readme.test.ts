// The README's tour runs as written: its curl commands (a query, a search, an SSE subscription and
// a write with a token) against a real server process, with only the port changed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { createServerStorage, type ServerStorage } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const tour = readme.slice(readme.indexOf('## A ten-minute tour'), readme.indexOf('\n## ', readme.indexOf('## A ten-minute tour') + 5));
const commands = [...tour.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim()).filter((block) => block.startsWith('curl'));

let storage: ServerStorage;
let server: ServerProcess;

beforeAll(async () => {
  storage = await createServerStorage();
  // The tour's first command: a token to write with; the demo stories on either engine.
  expect(tour).toContain('API_TOKENS=change-me npm start');
  server = await startServerProcess({ ...storage.env, API_TOKENS: 'change-me', DEMO_DATA: 'on' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await storage?.remove();
});

/** Runs a README command in a shell, against this test's server instead of port 4000. */
function shell(command: string) {
  const local = command.replaceAll('http://127.0.0.1:4000', new URL(server.url).origin);
  const child = spawn('sh', ['-c', local], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    output: () => output,
    exited,
    stop: () => process.kill(-child.pid!, 'SIGTERM'),
  };
}

async function json(command: string) {
  const run = shell(command);
  expect(await run.exited, run.output()).toBe(0);
  return JSON.parse(run.output()) as { data?: any; errors?: unknown[] };
}

async function until(check: () => boolean, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('has four curl commands in its tour: a query, a search, a subscription, a write', () => {
  expect(commands).toHaveLength(4);
  expect(commands[2]).toContain('text/event-stream');
  expect(commands[3]).toContain('Bearer change-me');
});

it("finds one person's statements by name", async () => {
  const { data, errors } = await json(commands[0]!);
  expect(errors).toBeUndefined();
  expect(data.entity.name).toBe('Helena Voss');
  expect(data.entity.statements.edges.length).toBe(3);
});

it('searches, with scores and highlighted snippets', async () => {
  const { data, errors } = await json(commands[1]!);
  expect(errors).toBeUndefined();
  expect(data.search.edges[0].score).toBeGreaterThan(0);
  expect(data.search.edges[0].snippet.some((part: { highlighted: boolean }) => part.highlighted)).toBe(true);
});

it('streams the statements of a story added with the token while the SSE command runs', async () => {
  const subscription = shell(commands[2]!);
  try {
    // Yoga answers an SSE request at once with its headers and a first keep-alive comment.
    await until(() => subscription.output().includes(':'), 'the event stream to open');
    const { data, errors } = await json(commands[3]!);
    expect(errors).toBeUndefined();
    expect(data.addStory).toMatchObject({ __typename: 'AddStoryPayload', created: true });
    expect(data.addStory.newStatements).toBeGreaterThan(0);
    await until(() => subscription.output().includes('run again from May'), 'the new statement on the event stream');
    expect(subscription.output()).toMatch(/event: next\ndata: \{"data":\{"statementAdded":\{"cursor":"[^"]+","node":\{"text":"[^"]*run again from May/);
  } finally {
    subscription.stop();
  }
});
