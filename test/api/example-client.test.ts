// The example client (examples/client/watch.ts) runs as its README line says, against a real
// server: it looks a person up by name, prints their statements as they arrive over graphql-ws, and
// with `--after` replays what it missed, in order.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { TOKEN } from '../helpers/app.js';
import { useLiveServer } from '../helpers/live.js';

const server = useLiveServer();

function watch(...extra: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/client/watch.ts', '--url', server.url, ...extra], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exit = once(child, 'exit') as Promise<[number | null]>;
  return { output: () => output, exit, kill: () => child.kill('SIGKILL') };
}

async function addStory(url: string, body: string) {
  const text = JSON.stringify({
    query: 'mutation($input: AddStoryInput!) { addStory(input: $input) { __typename } }',
    variables: { input: { url, title: 'Harbour news', body } },
  });
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: text });
  expect(((await response.json()) as any).data.addStory.__typename).toBe('AddStoryPayload');
}

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("follows one person's statements live, then replays them from a cursor", async () => {
  const live = watch('--name', 'Marta Quell', '--events', '2');
  try {
    await until(() => live.output().includes('Nobody called "Marta Quell" yet'), 'the lookup');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the subscription starts after the lookup
    // Another speaker first: the subscription's speakerName filter keeps her out.
    await addStory(
      'https://example-client.test/1',
      '"Nothing changes," said Ola Brand. The ferry will run again from May, Marta Quell said. "We waited long enough," Quell said.',
    );
    const [code] = await live.exit;
    expect(code, live.output()).toBe(0);
  } finally {
    live.kill();
  }
  const events = live.output().split('\n').filter((line) => line.startsWith('new '));
  expect(events).toHaveLength(2);
  expect(events[0]).toMatch(/^new INDIRECT from Marta Quell: the ferry will run again from May {2}\[cursor \S+\]$/i);
  expect(events[1]).toMatch(/^new DIRECT from Marta Quell: "We waited long enough,"/);

  // From the first event's cursor: the second again, and nothing before it.
  const cursor = /\[cursor (\S+)\]/.exec(events[0]!)![1]!;
  const replay = watch('--name', 'Marta Quell', '--after', cursor, '--events', '1');
  try {
    const [code] = await replay.exit;
    expect(code, replay.output()).toBe(0);
  } finally {
    replay.kill();
  }
  expect(replay.output()).toContain('Marta Quell (no title): 2 statements');
  expect(replay.output().split('\n').filter((line) => line.startsWith('new '))).toEqual([events[1]]);
}, 60_000);
