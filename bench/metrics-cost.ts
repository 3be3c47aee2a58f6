// What /metrics costs a read: the same read through two Yoga handlers over one database, one with
// the Prometheus plugin (METRICS=on, the default) and one without, in one process, interleaved
// round by round. Prints the CPU time per request of each (process.cpuUsage, median of the rounds
// with their range) and the ratio. Reads the demo stories on an in-memory PGlite, so it needs nothing.
//
//   npm run bench:metrics                          # 5 rounds of 2,000 requests, 10 in flight
//   npm run bench:metrics -- --rounds 7 --requests 3000
//   npm run bench:metrics -- --read typename       # { __typename }: the plugin's cost alone
process.env.LOG_LEVEL ??= 'warn';

import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { loadConfig } from '../src/config.js';
import { openDatabase, useDatabase } from '../src/db.js';
import { loadDemoStories } from '../src/demo/demo-stories.js';
import { BenchQ1LatestStatementsDocument } from '../src/generated/operations/graphql.js';
import { ChangeFeed, useChangeFeed } from '../src/live/change-feed.js';
import { logger } from '../src/logger.js';
import { createExtractionPool } from '../src/modules/ingestion/extraction-pool.js';
import { Ingestion } from '../src/modules/ingestion/ingestion.js';
import { createNewsgraphYoga, type NewsgraphYoga } from '../src/server/yoga.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '10' },
    // `typename`: `query Typename { __typename }`, no database, so the plugin's own cost stands out.
    read: { type: 'string', default: 'q1' },
  },
});
const ROUNDS = Number(args.rounds);
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);

const database = await openDatabase({ dataDir: 'memory://', poolSize: 1 });
useDatabase(database);
const feed = await ChangeFeed.open({ logger });
useChangeFeed(feed);
const config = { ...loadConfig({}), rateLimitRequestsPerMinute: 0, rateLimitWritesPerMinute: 0 };
const ingestion = new Ingestion({
  prisma: database.prisma,
  feed,
  extraction: createExtractionPool(1),
  queueSize: 100,
  writeConcurrency: 1,
  storyMaxChars: config.storyMaxChars,
  logger,
});
await loadDemoStories(ingestion, { demoData: 'on' }, logger);

const handlers: Record<string, NewsgraphYoga> = {
  'metrics on': createNewsgraphYoga({ ...config, metrics: true }, database, feed, ingestion),
  'metrics off': createNewsgraphYoga({ ...config, metrics: false }, database, feed, ingestion),
};
const query = args.read === 'typename' ? 'query Typename { __typename }' : print(BenchQ1LatestStatementsDocument);
const body = JSON.stringify({ query });
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };

async function round(yoga: NewsgraphYoga): Promise<number> {
  let next = 0;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const response = await yoga.fetch('http://bench.test/graphql', { method: 'POST', headers, body });
        if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
        await response.arrayBuffer();
      }
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / REQUESTS;
}

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(handlers).map((name) => [name, []]));
for (const yoga of Object.values(handlers)) await round(yoga); // warm-up: caches, JIT
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which goes first, so that neither always runs on a warmer (or busier) machine.
  const names = r % 2 ? Object.keys(handlers).reverse() : Object.keys(handlers);
  for (const name of names) samples[name]!.push(await round(handlers[name]!));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`${args.read === 'typename' ? '{ __typename }' : 'BenchQ1LatestStatements (20 statements)'}, ${ROUNDS} rounds of ${REQUESTS} requests, ${CONCURRENCY} in flight: CPU µs per request`);
for (const [name, values] of Object.entries(samples)) {
  console.log(`  ${name.padEnd(12)} ${median(values).toFixed(0).padStart(6)}   (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`);
}
console.log(`  on / off     ${(median(samples['metrics on']!) / median(samples['metrics off']!)).toFixed(3)}`);
await ingestion.close();
await feed.close();
await database.close();
