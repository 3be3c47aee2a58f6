// The fan-out benchmark of issue 4: N subscribers of `statementAdded`, one story with 10 statements
// added, how long until every subscriber has every statement. In the same run, for each N:
//   one instance   src/server/main.ts on a new PostgreSQL database, all subscribers on it;
//   two instances  two such servers joined by Redis, half the subscribers on each, the story added
//                  on the first (the second hears of it through Redis);
//   floor          bench/fanout-floor.ts, a bare `ws` server that sends the same bytes our server
//                  sent to every socket, no GraphQL, no database: the least any server must do.
// Latency is from just before the story's POST (or the floor's /publish) to each message's arrival,
// over every (subscriber, statement) pair of every round. The subscribers run in this process, as
// minimal graphql-transport-ws clients (the same cheap client for ours and the floor), on the same
// 2-core machine as the servers and PostgreSQL: absolute figures include that contention.
// Server CPU is the servers' user + system time during the round (/proc/<pid>/stat); RSS is VmRSS
// after the round (it grows over the first rounds as V8 sizes its heap; the heap itself does not
// grow: see the README). "POST answered" is how long the story's addStory took: stored, committed and
// handed to the first instance's subscribers; the floor's is its /publish.
//
//   npm run bench:fanout
//   npm run bench:fanout -- --subscribers 100,1000,5000 --rounds 3 --json /tmp/fanout.json
//   npm run bench:fanout -- --cpu-prof /tmp/profiles    # the one-instance server runs with --cpu-prof
//   REDIS_URL=redis://127.0.0.1:6379 (the default) is the Redis the two instances share.
process.env.LOG_LEVEL ??= 'warn';

import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { cleanUp, cpuMs, rssMb, startChildServer, temporaryPostgres, type ChildServer } from './support.js';

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '100,1000,5000' },
    rounds: { type: 'string', default: '3' },
    statements: { type: 'string', default: '10' },
    json: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const SIZES = args.subscribers.split(',').map(Number);
const ROUNDS = Number(args.rounds);
const STATEMENTS = Number(args.statements);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOKEN = 'bench-fanout-token';
const SUBSCRIPTION = 'subscription Fanout { statementAdded { cursor node { id kind text speaker { name } article { title url } } } }';

// ---------------------------------------------------------------------------------------------
// Subscribers

interface Subscriber {
  socket: WebSocket;
  /** Called with each data message's arrival time and text. */
  onMessage?: (at: number, text: string) => void;
}

/** A graphql-ws subscriber speaking the protocol directly: init, wait for ack, subscribe. */
function graphqlSubscriber(wsUrl: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const subscriber: Subscriber = { socket };
    socket.once('error', reject);
    socket.once('open', () => socket.send('{"type":"connection_init"}'));
    socket.on('message', (data) => {
      const at = performance.now();
      const text = String(data);
      if (text.startsWith('{"type":"connection_ack"')) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
        resolve(subscriber);
      } else if (text.startsWith('{"type":"ping"')) {
        socket.send('{"type":"pong"}');
      } else {
        subscriber.onMessage?.(at, text);
      }
    });
  });
}

function floorSubscriber(wsUrl: string): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl);
    const subscriber: Subscriber = { socket };
    socket.once('error', reject);
    socket.once('open', () => resolve(subscriber));
    socket.on('message', (data) => subscriber.onMessage?.(performance.now(), String(data)));
  });
}

/** Connects `count` subscribers, a batch at a time (a burst of thousands overflows the listen backlog). */
async function connectAll(count: number, connect: () => Promise<Subscriber>): Promise<Subscriber[]> {
  const all: Subscriber[] = [];
  while (all.length < count) {
    const batch = Math.min(200, count - all.length);
    all.push(...(await Promise.all(Array.from({ length: batch }, connect))));
  }
  return all;
}

async function closeAll(subscribers: Subscriber[]) {
  await Promise.all(
    subscribers.map(
      (subscriber) =>
        new Promise<void>((resolve) => {
          if (subscriber.socket.readyState === WebSocket.CLOSED) return resolve();
          subscriber.socket.once('close', () => resolve());
          subscriber.socket.close();
        }),
    ),
  );
}

/**
 * Runs `send` and waits until every subscriber has `perSubscriber` messages. Returns the latencies
 * (ms from just before `send`) of every message, and the messages of the first subscriber.
 */
async function deliver(subscribers: Subscriber[], perSubscriber: number, send: () => Promise<void>, timeoutMs = 120_000) {
  const latencies: number[] = [];
  const sample: string[] = [];
  let remaining = subscribers.length * perSubscriber;
  const { promise: finished, resolve: done } = Promise.withResolvers<void>();
  const start = performance.now();
  subscribers.forEach((subscriber, index) => {
    subscriber.onMessage = (at, text) => {
      if (!text.includes('"next"') && !text.includes('statementAdded')) return;
      latencies.push(at - start);
      if (index === 0) sample.push(text);
      if (--remaining === 0) done();
    };
  });
  await send();
  const sent = performance.now() - start;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    finished,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${remaining} of ${subscribers.length * perSubscriber} messages never arrived`)), timeoutMs))),
  ]);
  clearTimeout(timer);
  for (const subscriber of subscribers) subscriber.onMessage = undefined;
  return { latencies, sample, sentMs: sent };
}

// ---------------------------------------------------------------------------------------------
// Stories

let storyCount = 0;

/** A story of our own writing with exactly `count` annotated statements by three speakers. */
function story(count: number) {
  const id = ++storyCount;
  const speakers = ['Ines Marlow', 'Tobias Grey', 'Sefa Osei'];
  const lines = Array.from({ length: count }, (_, i) => ({ speaker: speakers[i % 3], text: `point ${i + 1} of bulletin ${id} was settled` }));
  return {
    url: `https://fanout.example/bulletin-${id}`,
    title: `Bulletin ${id}`,
    body: lines.map((line) => `${line.speaker} said that ${line.text}.`).join(' '),
    topics: [],
    entities: speakers.map((name) => ({ name, kind: 'PERSON' })),
    statements: lines.map((line) => ({ ...line, kind: 'INDIRECT' })),
    statistics: [],
    agreements: [],
  };
}

async function addStory(server: ChildServer, statements: number) {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: 'mutation Add($input: AddStoryInput!) { addStory(input: $input) { __typename ... on AddStoryPayload { newStatements } } }',
      variables: { input: story(statements) },
    }),
  });
  const result = (await response.json()) as { data?: { addStory: { newStatements?: number } }; errors?: unknown };
  if (result.data?.addStory.newStatements !== statements) throw new Error(`addStory failed: ${JSON.stringify(result)}`);
}

// ---------------------------------------------------------------------------------------------
// Measurement

interface RoundResult {
  latencies: number[];
  /** How long the story's POST took (stored, committed, handed to this instance's subscribers). */
  storedMs: number;
  /** Server CPU ms during the round, per server. */
  cpuMs: number[];
  /** Server RSS MB after the round, per server. */
  rssMb: number[];
}

interface Row {
  setup: 'one instance' | 'two instances (Redis)' | 'floor';
  subscribers: number;
  rounds: RoundResult[];
  /** Two instances: latencies of the subscribers on the instance the story was not added on. */
  remote?: number[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! };
}

async function measureOurs(servers: ChildServer[], size: number, samples: string[][]): Promise<Row> {
  const wsUrl = (server: ChildServer) => `${server.origin.replace(/^http/, 'ws')}/graphql`;
  // Subscribers spread evenly over the servers; stories are added on the first.
  const subscribers = await connectAll(size, () => graphqlSubscriber(wsUrl(servers[Math.floor(Math.random() * servers.length)])));
  const remote = new Set(servers.length > 1 ? subscribers.filter((s) => !s.socket.url.startsWith(wsUrl(servers[0]))) : []);
  // Every subscription is live once every subscriber has the probe's one statement (and it warms up).
  await deliver(subscribers, 1, () => addStory(servers[0], 1));
  const row: Row = { setup: servers.length > 1 ? 'two instances (Redis)' : 'one instance', subscribers: size, rounds: [], remote: servers.length > 1 ? [] : undefined };
  for (let round = 0; round < ROUNDS; round++) {
    const cpuBefore = servers.map((server) => cpuMs(server.child.pid!));
    const result = await deliver(subscribers, STATEMENTS, () => addStory(servers[0], STATEMENTS));
    row.rounds.push({
      latencies: result.latencies,
      storedMs: result.sentMs,
      cpuMs: servers.map((server, i) => cpuMs(server.child.pid!) - cpuBefore[i]),
      rssMb: servers.map((server) => rssMb(server.child.pid!)),
    });
    if (samples.length <= round) samples.push(result.sample);
  }
  if (remote.size) row.remote = await remoteLatencies(servers, subscribers, remote);
  await closeAll(subscribers);
  return row;
}

/** One more round, recording only the subscribers on the other instance. */
async function remoteLatencies(servers: ChildServer[], subscribers: Subscriber[], remote: Set<Subscriber>) {
  const onRemote = subscribers.filter((subscriber) => remote.has(subscriber));
  const onLocal = subscribers.filter((subscriber) => !remote.has(subscriber));
  const local = deliver(onLocal, STATEMENTS, async () => {});
  const result = await deliver(onRemote, STATEMENTS, () => addStory(servers[0], STATEMENTS));
  await local;
  return result.latencies;
}

async function measureFloor(floor: ChildServer, size: number, samples: string[][]): Promise<Row> {
  const subscribers = await connectAll(size, () => floorSubscriber(`${floor.origin.replace(/^http/, 'ws')}/ws`));
  const publish = (messages: string[]) => async () => {
    const response = await fetch(`${floor.origin}/publish`, { method: 'POST', body: JSON.stringify({ messages }) });
    if (response.status !== 204) throw new Error(`floor answered ${response.status}`);
  };
  await deliver(subscribers, 1, publish([samples[0][0]]));
  const row: Row = { setup: 'floor', subscribers: size, rounds: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const cpuBefore = cpuMs(floor.child.pid!);
    const result = await deliver(subscribers, STATEMENTS, publish(samples[round % samples.length]));
    row.rounds.push({ latencies: result.latencies, storedMs: result.sentMs, cpuMs: [cpuMs(floor.child.pid!) - cpuBefore], rssMb: [rssMb(floor.child.pid!)] });
  }
  await closeAll(subscribers);
  return row;
}

// ---------------------------------------------------------------------------------------------

const fmt = (value: number, digits = 0) => value.toFixed(digits);

function table(rows: Row[]) {
  const lines = [
    '| subscribers | setup | deliveries | p50 ms | p99 ms | max ms | p99 ours/floor | POST answered, ms per round | server CPU ms per round | RSS MB after each round |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const size of SIZES) {
    const floor = rows.find((row) => row.subscribers === size && row.setup === 'floor')!;
    const floorP99 = summary(floor.rounds.flatMap((round) => round.latencies)).p99;
    for (const row of rows.filter((candidate) => candidate.subscribers === size)) {
      const latencies = row.rounds.flatMap((round) => round.latencies);
      const { p50, p99, max } = summary(latencies);
      const perServer = (values: number[]) => values.map((value) => fmt(value)).join(' + ');
      lines.push(
        `| ${size} | ${row.setup} | ${latencies.length} | ${fmt(p50, 1)} | ${fmt(p99, 1)} | ${fmt(max, 1)} | ${row.setup === 'floor' ? '' : fmt(p99 / floorP99, 2)} | ` +
          `${row.rounds.map((round) => fmt(round.storedMs)).join(' / ')} | ${row.rounds.map((round) => perServer(round.cpuMs)).join(' / ')} | ${row.rounds.map((round) => perServer(round.rssMb)).join(' / ')} |`,
      );
      if (row.remote?.length) {
        const remote = summary(row.remote);
        lines.push(`| ${size} | ↳ subscribers on the second instance only | ${row.remote.length} | ${fmt(remote.p50, 1)} | ${fmt(remote.p99, 1)} | ${fmt(remote.max, 1)} | | | | |`);
      }
    }
  }
  return lines.join('\n');
}

const cpus = os.cpus();
console.log(
  `bench:fanout: ${SIZES.join(', ')} subscribers, ${ROUNDS} rounds of one story with ${STATEMENTS} statements; ` +
    `node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? '?'}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
);
const rows: Row[] = [];
let failed = false;
try {
  const database = await temporaryPostgres('newsgraph_bench_fanout');
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    // Every subscriber connects from this one address: the rate limits stay on but never refuse.
    const base: NodeJS.ProcessEnv = {
      RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000000',
      // Thousands of WebSocket handshakes at once are HTTP connections until they upgrade.
      HTTP_MAX_CONNECTIONS: '100000',
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      API_TOKENS: TOKEN,
      DATABASE_URL: database.url,
      WS_MAX_CONNECTIONS: '20000',
    };
    delete base.REDIS_URL;
    return { ...base, ...extra };
  };
  const floor = await startChildServer({ name: 'floor', script: 'bench/fanout-floor.ts', env: env() });
  for (const size of SIZES) {
    console.log(`\n${size} subscribers`);
    const samples: string[][] = [];
    const single = await startChildServer({ name: 'ours', script: 'src/server/main.ts', env: env(), cpuProfDir: args['cpu-prof'] });
    rows.push(await measureOurs([single], size, samples));
    await single.stop();
    console.log(`  one instance: p99 ${fmt(summary(rows.at(-1)!.rounds.flatMap((round) => round.latencies)).p99, 1)} ms`);
    rows.push(await measureFloor(floor, size, samples));
    console.log(`  floor: p99 ${fmt(summary(rows.at(-1)!.rounds.flatMap((round) => round.latencies)).p99, 1)} ms`);
    const first = await startChildServer({ name: 'ours A', script: 'src/server/main.ts', env: env({ REDIS_URL }) });
    const second = await startChildServer({ name: 'ours B', script: 'src/server/main.ts', env: env({ REDIS_URL }) });
    rows.push(await measureOurs([first, second], size, []));
    await Promise.all([first.stop(), second.stop()]);
    console.log(`  two instances: p99 ${fmt(summary(rows.at(-1)!.rounds.flatMap((round) => round.latencies)).p99, 1)} ms`);
  }
} catch (error) {
  failed = true;
  console.error(`\nbench:fanout failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanUp();
}
if (rows.length) {
  console.log(`\n## Fan-out benchmark (issue 4): ${ROUNDS} rounds of one story with ${STATEMENTS} statements; load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(table(rows));
}
if (args.json) {
  await writeFile(args.json, JSON.stringify(rows.map((row) => ({ ...row, rounds: row.rounds.map((round) => ({ ...round, ...summary(round.latencies), latencies: undefined })) })), null, 2));
  console.log(`\nwrote ${args.json}`);
}
process.exit(failed ? 1 : 0);
