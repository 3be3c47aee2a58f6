// Clients that vanish without closing (a killed process) leave nothing behind: their connections,
// subscriptions and feed listeners go, and the server's heap returns near where it started.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { useLiveServer } from '../helpers/live.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const server = useLiveServer();

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition never held: ${JSON.stringify(server.app.liveStats())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Connects `clients` subscribers in another process, kills it, and waits until the server forgot them. */
async function connectAndKill(clients: number) {
  const before = await settledHeap();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/vanishing-clients.ts', server.wsUrl, String(clients)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await waitFor(() => server.app.liveStats().subscriptions === clients, 60_000);
    expect(server.app.liveStats()).toEqual({ connections: clients, subscriptions: clients, listeners: clients });
    const peak = await settledHeap();
    child.kill('SIGKILL');
    await once(child, 'exit');
    await waitFor(() => server.app.liveStats().connections === 0, 30_000);
    expect(server.app.liveStats()).toEqual({ connections: 0, subscriptions: 0, listeners: 0 });
    return { before, peak, after: await settledHeap() };
  } finally {
    child.kill('SIGKILL');
  }
}

it('forgets 1,000 killed clients: connections, subscriptions, listeners and memory', async () => {
  // A first, small round warms up what is allocated once (compiled code, parsed documents).
  await connectAndKill(100);
  const { before, peak, after } = await connectAndKill(1_000);
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  console.log(`heap: before ${mb(before)} MB, with 1000 clients ${mb(peak)} MB, after they vanished ${mb(after)} MB`);
  // What the clients held is given back: at most a tenth of it stays.
  expect(peak - before).toBeGreaterThan(5e6);
  expect(after - before).toBeLessThan((peak - before) / 10);
}, 120_000);
