// The read benchmark of issue 5: the three reads of schema/operations/bench.graphql served two ways
// on the same freshly seeded database, in the same run:
//   ours   src/server/main.ts, the real GraphQL server (POST /graphql, JSON), as a child process;
//   cached ours with RESPONSE_CACHE_TTL_MS set (PostgreSQL only): a separate row, not the target;
//   floor  bench/floor-server.ts, one hand-written SQL query per read + JSON.stringify, a child process;
//   preparedFloor the floor with its queries as named prepared statements (PostgreSQL only), as
//          ours has them (DATABASE_PREPARED_STATEMENTS): the ratio against it is ours' own overhead.
//   postgraphile  bench/postgraphile-server.ts, PostGraphile v5 (amber preset, production mode, the
//          same pool size) answering bench/postgraphile.graphql, a child process on the same Node
//          (PostgreSQL only): the strongest GraphQL peer we know of. Its answers are turned into our
//          shape (bench/postgraphile-answers.ts) and must equal the floor's like ours.
// This process only creates the database, seeds it (bench/seed.ts), starts the servers, checks that
// they give the same answers (fails loudly otherwise) and drives them with autocannon: per server and
// operation a warm-up, then N rounds of S seconds with C connections, rounds interleaved across
// operations and servers so that drift (other jobs, caches) weighs on all alike.
//
//   npm run bench:read                                   # PostgreSQL then PGlite
//   npm run bench:read -- --engine postgres --seconds 10 --rounds 3 --connections 50 --warmup 5
//   npm run bench:read -- --json /tmp/read.json          # also write every figure as JSON
//   npm run bench:read -- --cpu-prof /tmp/profiles        # servers run with node --cpu-prof
//   npm run bench:read -- --engine postgres --unguarded   # adds `unguarded`: ours with rate limits and the
//                                                         # connection cap off, to see what those guards cost
//   npm run bench:read -- --engine postgres --compiled    # adds `compiled`: ours with GRAPHQL_JIT=on
//                                                         # (graphql-jit), to see what compiled queries gain
//
// PostgreSQL: a new database on TEST_POSTGRES_URL's server (default postgresql://root@127.0.0.1:5432),
// dropped at the end, on failure and on SIGINT/SIGTERM; both servers run at once, each with a pool of
// --pool connections (default 10, the app's default). PGlite: a temporary directory. PGlite is one
// process's database (one connection, no sharing between processes), so the servers take turns on
// the same directory: ours answers the check queries and stops, the floor starts, is checked
// against ours and measured, stops, then ours starts again and is measured. Each server has the
// machine to itself while it is measured (on PostgreSQL too: the other one idles).
//
// Q2 rotates over 100 article IDs spread evenly over the articles (1, 51, 101, ...), Q3 over the
// first 100 speakers (lowest IDs) with at least 50 statements: a shared counter in the load process
// picks the next ID for every request. RSS is each server's VmRSS (/proc/<pid>/status) after each
// round. The load generator runs in this process, on the same 2-core machine as the servers and
// PostgreSQL: absolute figures are lower than on separate machines; the ratio is the point.
process.env.LOG_LEVEL ??= 'warn';

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { repoRoot } from '../src/config.js';
import { BenchQ1LatestStatementsDocument, BenchQ2ArticleDocument, BenchQ3SpeakerStatementsDocument } from '../src/generated/operations/graphql.js';
import { postgraphileDocument, toOurShape } from './postgraphile-answers.js';
import { seedBench, type SeedResult } from './seed.js';
import { atCleanup, cleanUp, cleanupMark, rssMb, startChildServer, temporaryPostgres, type ChildServer } from './support.js';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    pool: { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
    unguarded: { type: 'boolean', default: false },
    compiled: { type: 'boolean', default: false },
  },
});
const engines = (args.engine === 'both' ? ['postgres', 'pglite'] : [args.engine]) as Engine[];
if (!engines.every((engine) => engine === 'postgres' || engine === 'pglite')) {
  console.error('--engine must be postgres, pglite or both');
  process.exit(2);
}
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const WARMUP = Number(args.warmup);
const POOL = Number(args.pool);
const SETTLE_MS = 2000;

type Engine = 'postgres' | 'pglite';
type ServerName = 'ours' | 'cached' | 'postgraphile' | 'floor' | 'preparedFloor' | 'unguarded' | 'compiled';
const serverNames: ServerName[] = ['ours', 'cached', 'postgraphile', 'floor', 'preparedFloor', 'unguarded', 'compiled'];
/** Ours, with or without its response cache or guards: the rows the ratio columns are for. */
const speaksGraphQL = (name: ServerName) => name === 'ours' || name === 'cached' || name === 'unguarded' || name === 'compiled';
/** How a server is asked: our GraphQL API, PostGraphile's, or the floor's GET routes. */
const dialect = (name: ServerName): 'ours' | 'postgraphile' | 'floor' => (speaksGraphQL(name) ? 'ours' : name === 'postgraphile' ? 'postgraphile' : 'floor');
type OpName = 'Q1' | 'Q2' | 'Q3';

// ---------------------------------------------------------------------------------------------
// Child servers

type Server = ChildServer & { name: ServerName };

async function startServer(name: ServerName, database: { url?: string; dir?: string }): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    // The load comes from one address: the rate limit stays on (its cost is measured) but never refuses.
    // RATE_LIMIT_REQUESTS_PER_MINUTE=0 in the environment turns it off, to compare.
    RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000000',
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_POOL_SIZE: String(POOL),
    LOG_LEVEL: 'info',
    API_TOKENS: '',
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (database.url) env.DATABASE_URL = database.url;
  else env.DATA_DIR = database.dir;
  const script = speaksGraphQL(name) ? 'src/server/main.ts' : name === 'postgraphile' ? 'bench/postgraphile-server.ts' : 'bench/floor-server.ts';
  if (name === 'preparedFloor') env.FLOOR_PREPARED = '1';
  // A separate row, never the target: ours with graphql-yoga's response cache (see src/server/response-cache.ts).
  if (name === 'cached') env.RESPONSE_CACHE_TTL_MS = '60000';
  // --unguarded: ours without the per-request guards of issue 14 (rate limits, connection cap), same run.
  if (name === 'unguarded') Object.assign(env, { RATE_LIMIT_REQUESTS_PER_MINUTE: '0', RATE_LIMIT_WRITES_PER_MINUTE: '0', HTTP_MAX_CONNECTIONS: '0' });
  // --compiled: ours with queries compiled by graphql-jit (src/server/compiled-queries.ts), same run.
  if (name === 'compiled') env.GRAPHQL_JIT = 'on';
  // PostGraphile gets the Node flags `npm start` gives ours: the same Node, tuned alike.
  return (await startChildServer({ name, script, env, cpuProfDir: args['cpu-prof'], startFlags: name === 'postgraphile' })) as Server;
}

// ---------------------------------------------------------------------------------------------
// The operations, as each server takes them

interface Operation {
  name: OpName;
  label: string;
  /** The request for the i-th ID of the rotation (one fixed request for Q1). */
  ours: (i: number) => { path: string; body?: string };
  floor: (i: number) => { path: string; body?: string };
  postgraphile: (i: number) => { path: string; body?: string };
  rotation: number;
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

function operations(seed: SeedResult): Operation[] {
  const graphql = (document: Parameters<typeof print>[0], operationName: string, variables?: Record<string, unknown>) =>
    JSON.stringify({ query: print(document), operationName, ...(variables ? { variables } : {}) });
  const q1 = graphql(BenchQ1LatestStatementsDocument, 'BenchQ1LatestStatements');
  const articles = seed.sampleArticleIds.map((id) => gid('Article', id));
  const speakers = seed.sampleSpeakerIds.map((id) => gid('Entity', id));
  const q2 = articles.map((id) => graphql(BenchQ2ArticleDocument, 'BenchQ2Article', { id }));
  const q3 = speakers.map((speaker) => graphql(BenchQ3SpeakerStatementsDocument, 'BenchQ3SpeakerStatements', { speaker }));
  // PostGraphile's documents take the row IDs themselves (its node IDs are its own).
  const pg = (operationName: string, variables?: Record<string, unknown>) => ({ path: '/graphql', body: JSON.stringify({ query: postgraphileDocument, operationName, ...(variables ? { variables } : {}) }) });
  const pgQ1 = pg('PgQ1LatestStatements');
  const pgQ2 = seed.sampleArticleIds.map((id) => pg('PgQ2Article', { id }));
  const pgQ3 = seed.sampleSpeakerIds.map((speaker) => pg('PgQ3SpeakerStatements', { speaker }));
  return [
    { name: 'Q1', label: 'latest 20 statements', ours: () => ({ path: '/graphql', body: q1 }), floor: () => ({ path: '/q1' }), postgraphile: () => pgQ1, rotation: 1 },
    {
      name: 'Q2',
      label: `article + statements + statistics (${articles.length} IDs)`,
      ours: (i) => ({ path: '/graphql', body: q2[i] }),
      floor: (i) => ({ path: `/q2?id=${articles[i]}` }),
      postgraphile: (i) => pgQ2[i],
      rotation: articles.length,
    },
    {
      name: 'Q3',
      label: `50 statements of a speaker (${speakers.length} IDs)`,
      ours: (i) => ({ path: '/graphql', body: q3[i] }),
      floor: (i) => ({ path: `/q3?speaker=${speakers[i]}` }),
      postgraphile: (i) => pgQ3[i],
      rotation: speakers.length,
    },
  ];
}

async function ask(server: Server, op: Operation, i: number) {
  const graphql = dialect(server.name) !== 'floor';
  const request = op[dialect(server.name)](i);
  const response = await fetch(server.origin + request.path, {
    method: graphql ? 'POST' : 'GET',
    headers: graphql ? { 'content-type': 'application/json' } : {},
    body: graphql ? request.body : undefined,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${server.name} ${op.name} #${i}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  // PostGraphile's answer in our shape, to be compared (its size stays its own).
  if (server.name === 'postgraphile' && json.data && !json.errors) json.data = toOurShape(op.name, json.data);
  return { json, bytes: Buffer.byteLength(text), headers: response.headers };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => deepEqual((a as Row)[key], (b as Row)[key]));
}
type Row = Record<string, unknown>;

type Answers = Map<string, { json: { data?: unknown; errors?: unknown }; bytes: number }>;

/** Every request of every rotation; checks ours has data and no errors. Returns the answers and ours' response headers. */
async function collect(server: Server, ops: Operation[]) {
  const answers: Answers = new Map();
  let headers: Headers | undefined;
  for (const op of ops) {
    for (let i = 0; i < op.rotation; i++) {
      const answer = await ask(server, op, i);
      headers ??= answer.headers;
      if (answer.json.errors || !answer.json.data) throw new Error(`${server.name} ${op.name} #${i} answered errors: ${JSON.stringify(answer.json).slice(0, 1000)}`);
      answers.set(`${op.name}#${i}`, answer);
    }
  }
  return { answers, headers: headers! };
}

function compare(ours: Answers, floor: Answers, ops: Operation[], label = 'ours') {
  const summary: string[] = [];
  for (const op of ops) {
    let oursBytes = 0;
    let floorBytes = 0;
    let items = 0;
    for (let i = 0; i < op.rotation; i++) {
      const a = ours.get(`${op.name}#${i}`)!;
      const b = floor.get(`${op.name}#${i}`)!;
      if (!deepEqual(a.json, b.json)) {
        throw new Error(
          `${label} and the floor disagree on ${op.name} #${i}:\n  ${label}:  ${JSON.stringify(a.json).slice(0, 1500)}\n  floor: ${JSON.stringify(b.json).slice(0, 1500)}`,
        );
      }
      const data = a.json.data as { statements?: { edges: unknown[] }; article?: { statements: { edges: unknown[] }; statistics: { edges: unknown[] } } | null };
      if (op.name === 'Q2' && !data.article) throw new Error(`Q2 #${i}: no article`);
      items += data.statements?.edges.length ?? (data.article!.statements.edges.length + data.article!.statistics.edges.length);
      oursBytes += a.bytes;
      floorBytes += b.bytes;
    }
    const expected = op.name === 'Q1' ? 20 : op.name === 'Q3' ? 50 : undefined;
    const mean = items / op.rotation;
    if (expected && mean !== expected) throw new Error(`${op.name}: expected ${expected} items per answer, got ${mean}`);
    summary.push(
      `${op.name}: ${op.rotation} answer(s) identical, ${mean.toFixed(1)} items and ${Math.round(oursBytes / op.rotation)} bytes per answer` +
        (oursBytes === floorBytes ? ' (byte for byte the same size)' : ` (floor ${Math.round(floorBytes / op.rotation)} bytes)`),
    );
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Load

interface Run {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  rssMb: number;
  load1: number;
}

async function load(server: Server, op: Operation, seconds: number): Promise<Run> {
  let counter = 0;
  const ask = op[dialect(server.name)];
  const post = dialect(server.name) !== 'floor';
  const first = ask(0);
  const request: autocannon.Request = {
    method: post ? 'POST' : 'GET',
    path: first.path,
    headers: post ? { 'content-type': 'application/json' } : {},
    ...(first.body ? { body: first.body } : {}),
    ...(op.rotation > 1
      ? {
          setupRequest: (req: autocannon.Request) => {
            const next = ask(counter % op.rotation);
            counter++;
            return { ...req, ...next };
          },
        }
      : {}),
  };
  // Requests still queued in the server from the previous run (the load generator drops its
  // connections at the deadline, the server still answers them) must not eat into this one.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const result = await autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [request],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    rssMb: rssMb(server.child.pid!),
    load1: os.loadavg()[0],
  };
}

interface Measurement {
  warmup?: Run;
  rounds: Run[];
}
type Results = Record<OpName, Record<ServerName, Measurement>>;

const emptyMeasurements = (): Record<ServerName, Measurement> => ({
  ours: { rounds: [] },
  cached: { rounds: [] },
  postgraphile: { rounds: [] },
  floor: { rounds: [] },
  preparedFloor: { rounds: [] },
  unguarded: { rounds: [] },
  compiled: { rounds: [] },
});
const emptyResults = (): Results => ({ Q1: emptyMeasurements(), Q2: emptyMeasurements(), Q3: emptyMeasurements() });

const progress = (line: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${line}`);
const brief = (run: Run) => `${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, RSS ${run.rssMb.toFixed(0)} MB, load ${run.load1.toFixed(2)}`;

/** Warm-up then rounds; `servers` take turns within each round (they must all be running). */
async function measure(servers: Server[], ops: Operation[], results: Results) {
  for (const op of ops) {
    for (const server of servers) {
      results[op.name][server.name].warmup = await load(server, op, WARMUP);
      progress(`${op.name} ${server.name} warm-up: ${brief(results[op.name][server.name].warmup!)}`);
    }
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const op of ops) {
      for (const server of servers) {
        const run = await load(server, op, SECONDS);
        results[op.name][server.name].rounds.push(run);
        progress(`round ${round} ${op.name} ${server.name}: ${brief(run)}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One engine

interface EngineReport {
  engine: Engine;
  version: string;
  seed: SeedResult;
  checks: string[];
  oursHeaders: Record<string, string>;
  results: Results;
  serverLogs: Record<ServerName, string[]>;
}

async function runEngine(engine: Engine): Promise<EngineReport> {
  console.log(`\n=== ${engine} ===`);
  const database: { url?: string; dir?: string } = {};
  let version = '';
  const ownCleanups = cleanupMark();
  if (engine === 'postgres') {
    const temporary = await temporaryPostgres('newsgraph_bench');
    version = temporary.version;
    database.url = temporary.url;
    console.log(`database ${temporary.name} on PostgreSQL ${version}`);
  } else {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-read-'));
    atCleanup(() => rm(parent, { recursive: true, force: true }));
    database.dir = path.join(parent, 'pglite');
    version = `PGlite ${JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version}`;
    console.log(`${version} in ${database.dir}`);
  }

  try {
    const seed = await seedBench(database.url ?? database.dir!, { seed: Number(args.seed), scale: Number(args.scale), log: (line) => console.log(`  seed: ${line}`) });
    const ops = operations(seed);
    const results = emptyResults();
    const serverLogs: Record<ServerName, string[]> = { ours: [], cached: [], postgraphile: [], floor: [], preparedFloor: [], unguarded: [], compiled: [] };
    let checks: string[];
    let headers: Headers;
    if (engine === 'postgres') {
      const names = serverNames.filter((name) => (name !== 'unguarded' || args.unguarded) && (name !== 'compiled' || args.compiled));
      const servers = await Promise.all(names.map((name) => startServer(name, database)));
      const [ours, cached, postgraphile, floor, preparedFloor] = servers;
      const unguarded = servers.find((server) => server.name === 'unguarded');
      const compiled = servers.find((server) => server.name === 'compiled');
      const a = await collect(ours, ops);
      const b = await collect(floor, ops);
      checks = compare(a.answers, b.answers, ops);
      checks.push(...compare((await collect(preparedFloor, ops)).answers, b.answers, ops).map((line) => `prepared floor: ${line}`));
      checks.push(...compare((await collect(postgraphile, ops)).answers, b.answers, ops, 'PostGraphile').map((line) => `PostGraphile (in our shape): ${line}`));
      // Twice: the second time every answer comes from the cache, and must still be the floor's.
      await collect(cached, ops);
      checks.push(...compare((await collect(cached, ops)).answers, b.answers, ops).map((line) => `cached: ${line}`));
      if (unguarded) checks.push(...compare((await collect(unguarded, ops)).answers, b.answers, ops).map((line) => `unguarded: ${line}`));
      if (compiled) checks.push(...compare((await collect(compiled, ops)).answers, b.answers, ops).map((line) => `compiled: ${line}`));
      headers = a.headers;
      checks.forEach((line) => console.log(`  check: ${line}`));
      await measure(servers, ops, results);
      for (const server of servers) serverLogs[server.name] = server.log;
      await Promise.all(servers.map((server) => server.stop()));
    } else {
      // One process at a time on a PGlite directory.
      let ours = await startServer('ours', database);
      const a = await collect(ours, ops);
      headers = a.headers;
      await ours.stop();
      const floor = await startServer('floor', database);
      const b = await collect(floor, ops);
      checks = compare(a.answers, b.answers, ops);
      checks.forEach((line) => console.log(`  check: ${line}`));
      await measure([floor], ops, results);
      serverLogs.floor = floor.log;
      await floor.stop();
      ours = await startServer('ours', database);
      await measure([ours], ops, results);
      serverLogs.ours = ours.log;
      await ours.stop();
    }
    const oursHeaders = Object.fromEntries([...headers.entries()]);
    return { engine, version, seed, checks, oursHeaders, results, serverLogs };
  } finally {
    // This engine's servers and database, newest first.
    await cleanUp(ownCleanups);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const fmt = (value: number, digits = 0) => value.toFixed(digits);

function table(report: EngineReport) {
  const lines: string[] = [];
  const connections = report.engine === 'pglite' ? 'one PGlite connection per server' : `pool of ${POOL} connections per server`;
  lines.push(`\n### ${report.engine === 'postgres' ? `PostgreSQL ${report.version}` : report.version}: ${connections}, ${CONNECTIONS} HTTP connections, ${ROUNDS} x ${SECONDS} s after ${WARMUP} s warm-up`);
  lines.push('');
  // The prepared floor runs on PostgreSQL only: PGlite's table has no column for it.
  const prepared = report.results.Q1.preparedFloor.rounds.length > 0;
  // So is PostGraphile's (no PGlite adaptor).
  const peer = report.results.Q1.postgraphile.rounds.length > 0;
  lines.push(
    `| op | server | req/s mean | req/s per round | p50 ms per round | p99 ms per round |${peer ? ' ours/PostGraphile req/s |' : ''} ours/floor req/s |${prepared ? ' ours/prepared floor |' : ''} RSS MB after warm-up, each round | failed |`,
  );
  lines.push(`| --- | --- | ---: | --- | --- | --- |${peer ? ' ---: |' : ''} ---: |${prepared ? ' ---: |' : ''} --- | ---: |`);
  const peerLines: string[] = [];
  for (const op of ['Q1', 'Q2', 'Q3'] as const) {
    const floorMean = mean(report.results[op].floor.rounds.map((run) => run.rps));
    const preparedMean = mean(report.results[op].preparedFloor.rounds.map((run) => run.rps));
    const peerMean = mean(report.results[op].postgraphile.rounds.map((run) => run.rps));
    if (peer) peerLines.push(`${op} ${fmt(peerMean / floorMean, 2)}${prepared ? ` (prepared floor ${fmt(peerMean / preparedMean, 2)})` : ''}`);
    for (const server of serverNames) {
      const measurement = report.results[op][server];
      if (!measurement.rounds.length) continue; // no cached or prepared floor row on PGlite
      const rounds = measurement.rounds;
      const rps = mean(rounds.map((run) => run.rps));
      // autocannon counts timeouts (no answer within 10 s) among its errors.
      const failed = rounds.reduce((sum, run) => sum + run.non2xx + run.errors, 0);
      const timeouts = rounds.reduce((sum, run) => sum + run.timeouts, 0);
      lines.push(
        `| ${op} | ${server} | ${fmt(rps)} | ${rounds.map((run) => fmt(run.rps)).join(' / ')} | ${rounds.map((run) => run.p50).join(' / ')} | ` +
          `${rounds.map((run) => run.p99).join(' / ')} | ` +
          (peer ? `${speaksGraphQL(server) ? fmt(rps / peerMean, 2) : ''} | ` : '') +
          `${speaksGraphQL(server) ? fmt(rps / floorMean, 2) : ''} | ` +
          (prepared ? `${speaksGraphQL(server) ? fmt(rps / preparedMean, 2) : ''} | ` : '') +
          `${[measurement.warmup!, ...rounds].map((run) => fmt(run.rssMb)).join(' → ')} | ${failed}${timeouts ? ` (${timeouts} timeouts)` : ''} |`,
      );
    }
  }
  if (peer) lines.push('', `PostGraphile/floor req/s: ${peerLines.join(', ')}.`);
  const loads = (['Q1', 'Q2', 'Q3'] as const).flatMap((op) => serverNames.flatMap((server) => report.results[op][server].rounds.map((run) => run.load1)));
  lines.push('');
  lines.push(`Load average (1 min) after the rounds: min ${fmt(Math.min(...loads), 2)}, max ${fmt(Math.max(...loads), 2)}.`);
  const cacheHeaders = Object.keys(report.oursHeaders).filter((name) => name.startsWith('x-') || ['cache-control', 'etag', 'age', 'last-modified'].includes(name));
  lines.push(
    `Our response headers: ${Object.keys(report.oursHeaders).join(', ')}; ` +
      (cacheHeaders.length ? `cache-related / x- headers: ${cacheHeaders.map((name) => `${name}: ${report.oursHeaders[name]}`).join(', ')}.` : 'no x- or cache header (no response cache).'),
  );
  for (const server of serverNames) {
    const log = report.serverLogs[server];
    if (log.length) lines.push(`${server} logged ${log.length} line(s) under load; the last: ${log.at(-1)!.slice(0, 300)}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

const cpus = os.cpus();
console.log(
  `bench:read: ${engines.join(', ')}; ${CONNECTIONS} connections, warm-up ${WARMUP} s, ${ROUNDS} rounds of ${SECONDS} s; ` +
    `node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? '?'}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
);
const reports: EngineReport[] = [];
let failed = false;
try {
  for (const engine of engines) reports.push(await runEngine(engine));
} catch (error) {
  failed = true;
  console.error(`\nbench:read failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanUp();
}
if (reports.length) {
  console.log('\n## Read benchmark (issue 5)');
  console.log(
    `Q1 BenchQ1LatestStatements, Q2 BenchQ2Article, Q3 BenchQ3SpeakerStatements (schema/operations/bench.graphql); ` +
      `ours = src/server/main.ts (POST /graphql), cached = the same with its response cache on (RESPONSE_CACHE_TTL_MS), floor = bench/floor-server.ts (one SQL query + JSON.stringify), ` +
      `preparedFloor = the floor with named prepared statements (FLOOR_PREPARED=1), as ours prepares its statements unless DATABASE_PREPARED_STATEMENTS=0, ` +
      `postgraphile = PostGraphile v5 (bench/postgraphile-server.ts: amber preset, production mode, the same pool; bench/postgraphile.graphql)` +
      `${args.unguarded ? '; unguarded = ours with rate limits and the connection cap off (RATE_LIMIT_*=0, HTTP_MAX_CONNECTIONS=0)' : ''}` +
      `${args.compiled ? '; compiled = ours with queries compiled by graphql-jit (GRAPHQL_JIT=on)' : ''}. ` +
      `Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}.`,
  );
  for (const report of reports) console.log(table(report));
}
if (args.json) {
  await writeFile(
    args.json,
    JSON.stringify({ options: { SECONDS, ROUNDS, CONNECTIONS, WARMUP, POOL }, reports: reports.map(({ seed, ...report }) => ({ ...report, counts: seed.counts, seedTimings: seed.timings })) }, null, 2),
  );
  console.log(`\nwrote ${args.json}`);
}
process.exit(failed ? 1 : 0);
