// The load phase of bench/ingest.ts: many raw stories at once through concurrent addStory calls,
// while a reader sends one simple query every 20 ms, against the same read with no load in the same
// run; then one very large story (about 450 KB) while the reader goes on. Prints what a newsroom
// would notice: stories/s end to end, per-story latency, failures, SQL statements per story, and how
// much slower reads get while stories are stored.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { Database } from '../src/database/types.js';
import type { App } from '../src/server/app.js';

export interface LoadStory {
  name: string;
  title: string;
  body: string;
}

export interface LoadResult {
  stories: number;
  failures: number;
  /** First failure messages, for the report. */
  failureSamples: string[];
  storiesPerSecond: number;
  storyMs: number[];
  sqlPerStory: number;
  idleReadMs: number[];
  loadReadMs: number[];
  big: { chars: number; ms: number; ok: boolean; readMs: number[] };
  /**
   * CPU time per story during the load, in ms: this process's main thread (the server, and this
   * benchmark's clients, which are light), its other threads (the extraction pool; process CPU less the main thread's), and every
   * PostgreSQL process on the machine (null on PGlite, which runs in the main thread), and of
   * those only the server processes of this run's own database sessions (`sessions`: the stories'
   * transactions and the reads, without other jobs on a shared server nor PostgreSQL's background
   * writers).
   */
  cpuPerStory: { main: number; others: number; postgres: number | null; sessions: number | null };
}

/** CPU ms (user + system) of this process's main thread (/proc, clock ticks of 10 ms). */
function mainThreadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU ms (user + system) of this process's threads by name (/proc/self/task/<tid>/comm). */
export function threadCpuMs(): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim().replace(/[0-9]+$/, '#');
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone meanwhile
    }
  }
  return byName;
}

/** CPU ms (user + system) of one process (/proc, clock ticks of 10 ms); 0 when it is gone. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU ms of the server processes of this benchmark's own database sessions (pg_stat_activity), by
 * pid: unlike every PostgreSQL process, not inflated by other jobs' queries on a shared server.
 * Null when they cannot be read (PGlite, or a server on another machine).
 */
async function sessionsCpuMs(database: Database): Promise<Map<number, number> | null> {
  if (database.engine !== 'postgres') return null;
  const rows = await database.prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  const cpu = new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
  return [...cpu.values()].some((ms) => ms > 0) ? cpu : null;
}

/** CPU ms the sessions spent between two snapshots (a session opened meanwhile counts in full). */
function sessionsDelta(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** CPU ms (user + system) of every process named postgres (/proc, clock ticks of 10 ms); null when there is none. */
function postgresCpuMs(): number | null {
  let total = 0;
  let found = false;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
      found = true;
    } catch {
      // gone meanwhile
    }
  }
  return found ? total : null;
}

const READ = '{ statements(first: 5) { edges { node { text saidAt } } } }';
const READ_EVERY_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(app: App, token: string | undefined, body: unknown): Promise<{ data?: any; errors?: { message: string; extensions?: unknown }[] }> {
  const text = JSON.stringify(body);
  const response = await app.yoga.fetch('http://bench.newsgraph.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: text,
  });
  return (await response.json()) as never;
}

/**
 * Sends the read every 20 ms until `stop()`, whether or not the previous one has answered. Each
 * latency counts from when the read was due, not from when it could be sent: a blocked event loop
 * delays the sending too, and that wait is what a client of the server would see.
 */
function reader(app: App) {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let running = true;
  const loop = (async () => {
    const start = performance.now();
    for (let k = 0; running; k++) {
      const due = start + k * READ_EVERY_MS;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      pending.push(
        post(app, undefined, { query: READ }).then((result) => {
          if (result.errors) throw new Error(`read failed: ${JSON.stringify(result.errors)}`);
          latencies.push(performance.now() - due);
        }),
      );
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await Promise.all(pending);
      return latencies;
    },
  };
}

export async function runLoad(
  app: App,
  database: Database,
  options: {
    token: string;
    addStory: string;
    stories: LoadStory[];
    concurrency: number;
    label: string;
    /** Where to write a CPU profile of the main thread during the load (not the 450 KB story). */
    cpuProfile?: string;
  },
): Promise<LoadResult> {
  let sql = 0;
  database.prisma.$on('query' as never, () => sql++);
  const add = async (input: Record<string, unknown>) => {
    const started = performance.now();
    const result = await post(app, options.token, { query: options.addStory, variables: { input } });
    const payload = result.data?.addStory;
    const ok = !result.errors && payload?.__typename === 'AddStoryPayload';
    return { ms: performance.now() - started, ok, error: ok ? '' : JSON.stringify(result.errors ?? payload).slice(0, 300) };
  };

  // Warm up (extractor, plans, connections) with one story, then the read alone for 2 s.
  await add({ url: `https://bench.newsgraph.test/${options.label}/warm-up`, title: options.stories[0]!.title, body: options.stories[0]!.body });
  const idle = reader(app);
  const sqlIdle = sql;
  await sleep(2_000);
  const idleReadMs = await idle.stop();
  // The reads' own SQL, to leave out of the stories' count below.
  const sqlPerRead = (sql - sqlIdle) / idleReadMs.length;

  const queue = options.stories.map((story, i) => ({
    url: `https://bench.newsgraph.test/${options.label}/load/${i}/${story.name}`,
    title: story.title,
    body: story.body,
    source: 'Newsgraph bench',
  }));
  const storyMs: number[] = [];
  const failureSamples: string[] = [];
  let failures = 0;
  const busy = reader(app);
  const sqlBefore = sql;
  const session = options.cpuProfile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpuMs();
  const threadsBefore = threadCpuMs();
  const postgresBefore = database.engine === 'postgres' ? postgresCpuMs() : null;
  const sessionsBefore = await sessionsCpuMs(database);
  // BENCH_LOOP=1: the event loop's delay and the main thread's GC pauses during the load.
  const loopDelay = process.env.BENCH_LOOP ? monitorEventLoopDelay({ resolution: 5 }) : undefined;
  const gcPauses: number[] = [];
  const gcObserver = loopDelay ? new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((entry) => entry.duration))) : undefined;
  loopDelay?.enable();
  gcObserver?.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < queue.length) {
        const outcome = await add(queue[next++]!);
        storyMs.push(outcome.ms);
        if (!outcome.ok) {
          failures++;
          if (failureSamples.length < 3) failureSamples.push(outcome.error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (loopDelay) {
    loopDelay.disable();
    gcObserver!.disconnect();
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    gcPauses.sort((a, b) => b - a);
    console.log(
      `event loop delay p50 / p99 / max ms: ${ms(loopDelay.percentile(50))} / ${ms(loopDelay.percentile(99))} / ${ms(loopDelay.max)}; ` +
        `GC: ${gcPauses.length} pauses, ${gcPauses.reduce((n, d) => n + d, 0).toFixed(0)} ms, longest ${gcPauses.slice(0, 3).map((d) => d.toFixed(1)).join(', ')} ms`,
    );
  }
  const cpu = process.cpuUsage(cpuBefore);
  const mainMs = mainThreadCpuMs() - mainBefore;
  if (process.env.BENCH_THREADS) {
    const after = threadCpuMs();
    console.log([...after].map(([name, ms]) => `${name} ${((ms - (threadsBefore.get(name) ?? 0)) / queue.length).toFixed(1)}`).join(', '));
  }
  const postgresAfter = database.engine === 'postgres' ? postgresCpuMs() : null;
  const sessionsAfter = await sessionsCpuMs(database);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    // A missing folder would fail here, after the load, and the reads still in flight would then
    // report the dropped database instead of this error.
    await mkdir(dirname(options.cpuProfile!), { recursive: true });
    await writeFile(options.cpuProfile!, JSON.stringify(profile));
    session.disconnect();
  }
  const cpuPerStory = {
    main: mainMs / queue.length,
    others: Math.max(0, (cpu.user + cpu.system) / 1000 - mainMs) / queue.length,
    postgres: postgresBefore !== null && postgresAfter !== null ? (postgresAfter - postgresBefore) / queue.length : null,
    sessions: ((delta) => (delta === null ? null : delta / queue.length))(sessionsDelta(sessionsBefore, sessionsAfter)),
  };
  const loadReadMs = await busy.stop();
  const sqlPerStory = (sql - sqlBefore - sqlPerRead * loadReadMs.length) / queue.length;

  // One very large story: the reads go on meanwhile.
  const paragraphs: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 450_000; i++) {
    const body = options.stories[i % options.stories.length]!.body;
    paragraphs.push(body);
    chars += body.length + 2;
  }
  const bigBody = paragraphs.join('\n\n').slice(0, 450_000);
  const bigReader = reader(app);
  await sleep(200);
  const big = await add({ url: `https://bench.newsgraph.test/${options.label}/big`, title: 'A very long story', body: bigBody });
  await sleep(200);
  const bigReadMs = await bigReader.stop();
  if (!big.ok) failureSamples.push(`450 KB story: ${big.error}`);

  return {
    stories: queue.length,
    failures,
    failureSamples,
    storiesPerSecond: queue.length / seconds,
    storyMs,
    sqlPerStory,
    idleReadMs,
    loadReadMs,
    big: { chars: bigBody.length, ms: big.ms, ok: big.ok, readMs: bigReadMs },
    cpuPerStory,
  };
}
