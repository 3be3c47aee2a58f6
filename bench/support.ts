// What the benchmarks that run servers share: cleanup that also runs on SIGINT/SIGTERM, child
// servers started as `npm start` does (their URL read from the log), their RSS and CPU time, and a
// temporary PostgreSQL database dropped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/config.js';

export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';

const cleanups: (() => Promise<void>)[] = [];

/** Registers `work` to run at the end (last registered, first run), on failure and on SIGINT/SIGTERM. */
export function atCleanup(work: () => Promise<void>) {
  cleanups.push(work);
}

/** How much is registered now: `cleanUp(mark)` later runs only what was registered after it. */
export const cleanupMark = () => cleanups.length;

export async function cleanUp(mark = 0) {
  while (cleanups.length > mark) {
    const work = cleanups.pop()!;
    await work().catch((error) => console.error(`cleanup: ${(error as Error).message}`));
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and removing temporary databases...`);
    void cleanUp().finally(() => process.exit(130));
  });
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU time (user + system) the process has used so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface ChildServer {
  name: string;
  child: ChildProcess;
  origin: string;
  /** Lines the child wrote after it was ready (warnings, errors), the last 200. */
  log: string[];
  stop(): Promise<void>;
}

/** The Node flags `npm start` gives the server (package.json), so benchmarks run it the same way. */
function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const words = start.split(/\s+/);
  return words.slice(1, words.indexOf('--import'));
}

/**
 * Starts `script` (a server that logs `"url":"http://…"` when it listens) as a child process. Our
 * server gets the Node flags of `npm start`; another server gets them with `startFlags` (a peer
 * measured against ours on the same Node, tuned alike).
 */
export async function startChildServer(options: { name: string; script: string; env: NodeJS.ProcessEnv; cpuProfDir?: string; startFlags?: boolean }): Promise<ChildServer> {
  const { name, script, env } = options;
  // One file per thread (tsx's loader runs in a worker): CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile.
  const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`] : [];
  const flags = script === 'src/server/main.ts' || options.startFlags ? startFlags() : [];
  const child = spawn(process.execPath, [...flags, ...profile, '--import', 'tsx', script], { cwd: repoRoot, env: { DEMO_DATA: 'off', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  let ready = false;
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(timer);
  };
  atCleanup(stop);
  if (profile.length) console.log(`  ${name} runs as pid ${child.pid} (its CPU profile is CPU.*.${child.pid}.*.cpuprofile)`);
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 180 s:\n${log.join('\n')}`)), 180_000);
    let buffered = '';
    const onLine = (line: string) => {
      if (!line.trim()) return;
      if (!ready) {
        const url = /"url":"(http:\/\/[^"]+)"/.exec(line)?.[1];
        if (url) {
          ready = true;
          clearTimeout(timer);
          resolve(new URL(url).origin);
          return;
        }
      }
      log.push(line);
      if (log.length > 200) log.shift();
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    child.once('exit', (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`${name} exited with code ${code} before listening:\n${log.join('\n')}`));
      }
    });
  });
  return { name, child, origin, log, stop };
}

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new, empty database on the PostgreSQL server of `adminUrl`, dropped at cleanup. */
export async function temporaryPostgres(prefix: string): Promise<{ url: string; name: string; version: string }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const version = (await admin<{ server_version: string }>('SHOW server_version'))[0].server_version;
  await admin(`CREATE DATABASE ${name}`);
  atCleanup(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`dropped database ${name}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, version };
}
