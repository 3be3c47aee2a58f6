// The last line of defence against a frozen process. The embedded PGlite runs its SQL in this very
// thread, inside WebAssembly: PostgreSQL's statement_timeout does nothing there (measured: a 9.5 s
// statement under a 200 ms timeout ran to the end), and a statement that never ends blocks every
// request, /health and even SIGTERM. Input bounds keep the known cases out (see search/full-text.ts);
// for the unknown ones, a second thread watches the event loop's heartbeat and, when it has been
// silent for `limitMs`, kills the process so that its supervisor starts a fresh one. PGlite's
// directory survives kill -9 with every committed row, and its lock is taken over at the next start.
import { Worker } from 'node:worker_threads';

export interface Watchdog {
  stop(): Promise<void>;
}

/** How often the main thread beats, in ms: a beat is one store into shared memory. */
const BEAT_MS = 500;

// The watcher is a few lines of plain JavaScript, evaluated as a worker (no build step, no file to find).
const watcherSource = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const beats = new Int32Array(workerData.heartbeat);
let last = Atomics.load(beats, 0);
let silentSince = Date.now();
setInterval(() => {
  const now = Date.now();
  const beat = Atomics.load(beats, 0);
  if (beat !== last) { last = beat; silentSince = now; return; }
  if (now - silentSince < workerData.limitMs) return;
  // The main thread cannot log (it is the one blocked): write one pino-shaped line ourselves.
  writeSync(2, JSON.stringify({ level: 60, time: now, pid: process.pid, blockedMs: now - silentSince,
    msg: 'the event loop has been blocked for longer than EVENT_LOOP_STALL_LIMIT_MS: killing the process so it can be restarted' }) + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, Math.min(1000, Math.max(50, workerData.limitMs / 4)));
`;

/** Starts watching this thread's event loop; `limitMs` of 0 watches nothing. */
export function startWatchdog(limitMs: number): Watchdog {
  if (limitMs <= 0) return { stop: async () => {} };
  const heartbeat = new SharedArrayBuffer(4);
  const beats = new Int32Array(heartbeat);
  const beat = setInterval(() => Atomics.add(beats, 0, 1), Math.min(BEAT_MS, limitMs / 4));
  beat.unref();
  // No execArgv: the watcher needs neither tsx's loader nor the parent's --input-type.
  const worker = new Worker(watcherSource, { eval: true, execArgv: [], workerData: { heartbeat, limitMs } });
  worker.unref();
  return {
    async stop() {
      clearInterval(beat);
      await worker.terminate();
    },
  };
}
