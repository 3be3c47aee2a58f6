// The watchdog, in a real child process whose event loop we block for good: it must be killed, with
// one log line saying why, instead of hanging forever.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';

const children: ReturnType<typeof spawn>[] = [];

// A child whose loop is blocked must never outlive its test, whatever the test's outcome.
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function runChild(script: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return { child, stderr: () => stderr };
}

it('kills a process whose event loop stays blocked past the limit', async () => {
  const { child, stderr } = runChild(`
    import { startWatchdog } from './src/server/watchdog.ts';
    startWatchdog(400);
    setTimeout(() => { for (;;) {} }, 100); // a statement that never ends, as PGlite's would
  `);
  const started = Date.now();
  const [code, signal] = await once(child, 'exit');
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(stderr()).toContain('EVENT_LOOP_STALL_LIMIT_MS');
});

it('leaves a process alone while its event loop turns, and lets it exit', async () => {
  const { child, stderr } = runChild(`
    import { startWatchdog } from './src/server/watchdog.ts';
    const watchdog = startWatchdog(400);
    // Busy for 200 ms at a time, under the limit, for 1.5 s.
    const until = Date.now() + 1500;
    const work = () => { const end = Date.now() + 200; while (Date.now() < end); if (Date.now() < until) setTimeout(work, 10); else watchdog.stop().then(() => process.exit(7)); };
    work();
  `);
  const [code] = await once(child, 'exit');
  expect(code).toBe(7);
  expect(stderr()).not.toContain('EVENT_LOOP_STALL_LIMIT_MS');
});
