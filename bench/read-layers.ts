// Where a read's CPU time goes, layer by layer, in one process (issue 5): for each of the three
// reads of schema/operations/bench.graphql, the CPU time per request of
//   sql      the floor's one hand-written query (bench/floor-queries.ts) through a pg pool, rows only;
//   prisma   the Prisma calls our resolvers make for that operation, replayed on the app's client
//            (recorded from a real execution, so they are exactly what Pothos asks for);
//   execute  graphql-js `execute` on our schema: Pothos, Prisma and the database, no HTTP, no Yoga;
//   yoga     `yoga.fetch`: the whole GraphQL pipeline (body, parse and validation caches, limits,
//            execution, JSON) without a socket; queries compiled by graphql-jit (GRAPHQL_JIT=on);
//   interpreted  the same with GRAPHQL_JIT=off (the default): Yoga's own executor.
// The differences between the rows are what each layer adds. CPU time is this process's
// (process.cpuUsage: user + system, all its threads), per request, at C requests in flight; each
// layer is run R times, interleaved with the others, and the median is printed with the range.
// bench/read.ts measures the servers over HTTP; this is the breakdown behind its ratio.
//
//   npm run bench:layers                                   # a new PostgreSQL database, seeded
//   npm run bench:layers -- --database postgresql://root@127.0.0.1:5432/seeded  # an already seeded one
//   npm run bench:layers -- --requests 2000 --repeat 5 --concurrency 10 --only Q2,Q3
//   npm run bench:layers -- --profile /tmp/layers   # then: npm run bench:profile -- /tmp/layers/Q2-yoga.cpuprofile --requests <N>
//
// --profile <dir> also records a V8 CPU profile of the yoga layer for each read (REQUESTS more
// requests, after the measured runs) and prints the file with its request count, so
// `bench:profile --requests` can turn the shares into CPU µs per request by package and function.
process.env.LOG_LEVEL ??= 'warn';

import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execute, print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, prisma, useDatabase } from '../src/db.js';
import { BenchQ1LatestStatementsDocument, BenchQ2ArticleDocument, BenchQ3SpeakerStatementsDocument } from '../src/generated/operations/graphql.js';
import { encodeGlobalId } from '../src/global-id.js';
import { schema } from '../src/schema.js';
import { createApp } from '../src/server/app.js';
import { Q1, Q2, Q3 } from './floor-queries.js';
import { seedBench } from './seed.js';
import { atCleanup, cleanUp, temporaryPostgres } from './support.js';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    requests: { type: 'string', default: '1500' },
    repeat: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '10' },
    only: { type: 'string' },
    profile: { type: 'string' },
  },
});
const REQUESTS = Number(args.requests);
const REPEAT = Number(args.repeat);
const CONCURRENCY = Number(args.concurrency);

const viewer = () => ({ viewer: { presentedToken: false, canWrite: false } });

interface Operation {
  name: string;
  document: DocumentNode;
  /** The variables of the i-th request of a rotation over sample IDs, and the floor's parameters. */
  variables: (i: number) => Record<string, unknown> | undefined;
  sql: string;
  params: (i: number) => unknown[];
}

/** Runs `request` REQUESTS times, CONCURRENCY at once; this process's CPU µs per request. */
async function cpuPerRequest(request: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) await request(next++);
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / REQUESTS;
}

async function main() {
  let url = args.database;
  if (!url) {
    url = (await temporaryPostgres('newsgraph_layers')).url;
    await seedBench(url, { log: (line) => console.log(`  seed: ${line}`) });
  }
  const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 10 });
  // The rate limit counts every request (its cost is part of the layers) but never refuses.
  const appConfig = loadConfig({ RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000000', ...process.env, DATABASE_URL: url, API_TOKENS: '', RESPONSE_CACHE_TTL_MS: '0' });
  const app = await createApp({ ...appConfig, compiledQueries: true }, database);
  atCleanup(() => app.stop());
  // The same app with Yoga's executor, on the same database client (only its worker pool is closed: the database is the first app's).
  const interpretedApp = await createApp({ ...appConfig, compiledQueries: false }, database);
  atCleanup(() => interpretedApp.ingestion.close());
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  atCleanup(() => pool.end());

  // The same rotations as bench/read.ts: articles spread over the table, speakers with >= 50 statements.
  const articleIds = (await pool.query<{ id: number }>('SELECT id FROM "Article" ORDER BY id')).rows.map((row) => row.id);
  const articles = Array.from({ length: 100 }, (_, i) => articleIds[Math.floor((i * articleIds.length) / 100)]);
  const speakers = (await pool.query<{ id: number }>('SELECT "speakerId" AS id FROM "Statement" WHERE "speakerId" IS NOT NULL GROUP BY 1 HAVING count(*) >= 50 ORDER BY 1 LIMIT 100')).rows.map((row) => row.id);
  if (!articleIds.length || !speakers.length) throw new Error('the database holds no articles or no speaker with 50 statements: seed it (npm run bench:seed)');
  const operations: Operation[] = [
    { name: 'Q1', document: BenchQ1LatestStatementsDocument, variables: () => undefined, sql: Q1, params: () => [] },
    { name: 'Q2', document: BenchQ2ArticleDocument, variables: (i) => ({ id: encodeGlobalId('Article', articles[i % articles.length]) }), sql: Q2, params: (i) => [articles[i % articles.length]] },
    { name: 'Q3', document: BenchQ3SpeakerStatementsDocument, variables: (i) => ({ speaker: encodeGlobalId('Entity', speakers[i % speakers.length]) }), sql: Q3, params: (i) => [speakers[i % speakers.length]] },
  ];

  console.log(`\nCPU time per request (µs, median of ${REPEAT} runs of ${REQUESTS} requests, ${CONCURRENCY} in flight; range in brackets)\n`);
  console.log('| op | sql (floor query) | prisma (our calls) | execute (Pothos + Prisma) | yoga (whole pipeline) | interpreted (yoga, GRAPHQL_JIT=off) | yoga/interpreted | Prisma calls per request |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const profiles: string[] = [];
  for (const operation of operations) {
    if (args.only && !args.only.split(',').includes(operation.name)) continue;
    const calls = await recordPrismaCalls(operation);
    const body = (i: number) => JSON.stringify({ query: print(operation.document), variables: operation.variables(i) });
    const bodies = Array.from({ length: 100 }, (_, i) => body(i));
    const layers: Record<string, (i: number) => Promise<unknown>> = {
      // Named, so prepared once per connection, as the app's own statements are (DATABASE_PREPARED_STATEMENTS).
      sql: (i) => pool.query({ name: `floor_${operation.name}`, text: operation.sql, values: operation.params(i) }),
      prisma: (i) => Promise.all(calls[i % calls.length].map(replay)),
      execute: async (i) => {
        const result = await execute({ schema, document: operation.document, variableValues: operation.variables(i), contextValue: viewer() });
        if (result.errors) throw new Error(`${operation.name}: ${result.errors[0].message}`);
      },
      yoga: (i) => fetchAnswer(app, i),
      interpreted: (i) => fetchAnswer(interpretedApp, i),
    };
    async function fetchAnswer(target: typeof app, i: number) {
      const text = bodies[i % bodies.length];
      const response = await target.yoga.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) },
        body: text,
      });
      const answer = await response.text();
      if (response.status !== 200 || !answer.startsWith('{"data"')) throw new Error(`${operation.name}: ${answer.slice(0, 300)}`);
    }
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(layers).map((name) => [name, []]));
    for (const layer of Object.values(layers)) await cpuPerRequest(layer); // warm-up
    for (let run = 0; run < REPEAT; run++) {
      for (const [name, layer] of Object.entries(layers)) samples[name].push(await cpuPerRequest(layer));
    }
    const cell = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${Math.round(sorted[Math.floor(sorted.length / 2)])} [${Math.round(sorted[0])}–${Math.round(sorted.at(-1)!)}]`;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `| ${operation.name} | ${cell(samples.sql)} | ${cell(samples.prisma)} | ${cell(samples.execute)} | ${cell(samples.yoga)} | ${cell(samples.interpreted)} | ` +
        `${(median(samples.yoga) / median(samples.interpreted)).toFixed(2)} | ${calls[0].length} |`,
    );
    if (args.profile) profiles.push(await profileLayer(args.profile, `${operation.name}-yoga`, layers.yoga));
  }
  for (const line of profiles) console.log(line);

  /** The Prisma calls one execution of `operation` makes, for each of the first 100 requests of its rotation. */
  async function recordPrismaCalls(operation: Operation): Promise<PrismaCall[][]> {
    const recorded: PrismaCall[][] = [];
    const recording = database.prisma.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation: method, args: callArgs, query }) {
            recorded.at(-1)!.push({ model, method, args: callArgs });
            return query(callArgs);
          },
        },
      },
    });
    useDatabase({ ...database, prisma: recording as unknown as typeof database.prisma });
    try {
      for (let i = 0; i < 100; i++) {
        recorded.push([]);
        const result = await execute({ schema, document: operation.document, variableValues: operation.variables(i), contextValue: viewer() });
        if (result.errors) throw new Error(`${operation.name}: ${result.errors[0].message}`);
      }
    } finally {
      useDatabase(database);
    }
    return recorded;
  }
}

/** Runs `layer` REQUESTS times under V8's CPU profiler; the line that names the file and its request count. */
async function profileLayer(directory: string, name: string, layer: (i: number) => Promise<unknown>): Promise<string> {
  await mkdir(directory, { recursive: true });
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await cpuPerRequest(layer);
    const { profile } = await session.post('Profiler.stop');
    const file = path.join(directory, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    return `profile: ${file} (${REQUESTS} requests: npm run bench:profile -- ${file} --requests ${REQUESTS})`;
  } finally {
    session.disconnect();
  }
}

interface PrismaCall {
  model: string;
  method: string;
  args: unknown;
}

function replay({ model, method, args: callArgs }: PrismaCall) {
  const delegate = (prisma as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>)[model[0].toLowerCase() + model.slice(1)];
  return delegate[method](callArgs);
}

try {
  await main();
} finally {
  await cleanUp();
}
process.exit(0);
