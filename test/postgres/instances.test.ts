// Two server processes on one real PostgreSQL, joined by Redis: a statement added on one reaches
// subscribers on the other. Without Redis each instance still serves its own subscribers, and the
// other catches up when Redis returns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AddStoryDocument, StatementAddedDocument, StatementsDocument, UpdateStatementDocument } from '../../src/generated/operations/graphql.js';
import { createPostgresDatabase } from '../helpers/database.js';
import { TOKEN } from '../helpers/app.js';
import { annotatedStory, post, subscribeWs, wsClient, type Line } from '../helpers/live.js';
import { ownRedis, type OwnRedis } from '../helpers/redis-server.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/** The Redis this machine runs (CI checks that it is up). */
const machineRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let redis: OwnRedis;
const servers: ServerProcess[] = [];
const clients: ReturnType<typeof wsClient>[] = [];

beforeAll(async () => {
  database = await createPostgresDatabase();
  redis = await ownRedis();
  await redis.start();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all(servers.map((server) => server.stop()));
  await redis?.kill();
  await database?.dropDatabase();
});

/** Two instances on the test database, joined by the Redis at `redisUrl`. */
async function twoInstances(redisUrl: string, extraEnv: Record<string, string> = {}) {
  const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, API_TOKENS: TOKEN, ...extraEnv };
  // One after the other: the first applies the migrations.
  const a = await startServerProcess(env);
  servers.push(a);
  const b = await startServerProcess(env);
  servers.push(b);
  return { a, b };
}

async function addStory(url: string, id: string, lines: Line[]) {
  const result = await post(url, AddStoryDocument, { input: annotatedStory(id, lines) });
  expect(result.data?.addStory.__typename).toBe('AddStoryPayload');
}

/** Subscribes on `server` and proves it listens: a story added on that same server arrives. */
async function liveSubscriber(server: ServerProcess, probe: string) {
  const client = wsClient(server.url.replace(/^http/, 'ws'));
  clients.push(client);
  const received = await subscribeWs(client, StatementAddedDocument, {});
  await addStory(server.url, probe, [{ speaker: 'Probe Person', text: `${probe} is listening` }]);
  await received.until((r) => r.events.some((event) => event.statementAdded.node.text === `${probe} is listening`));
  return received;
}

const texts = (received: Awaited<ReturnType<typeof liveSubscriber>>) => received.events.map((event) => event.statementAdded.node.text);

it("delivers a statement added on one instance to subscribers on the other, through this machine's Redis", async () => {
  const { a, b } = await twoInstances(machineRedisUrl);
  const onA = await liveSubscriber(a, 'machine-probe-a');
  await addStory(b.url, 'machine-across', [
    { speaker: 'Jon Elm', text: 'the ferry crossed between the instances' },
    { speaker: 'Jon Elm', text: 'the crossing took a moment' },
  ]);
  await onA.until((r) => texts(r).includes('the crossing took a moment'));
  expect(texts(onA).slice(-2)).toEqual(['the ferry crossed between the instances', 'the crossing took a moment']);
}, 60_000);

it('keeps serving local subscribers while Redis is away, and catches up the others when it returns', async () => {
  const { a, b } = await twoInstances(redis.url);
  const onA = await liveSubscriber(a, 'probe-a');
  const onB = await liveSubscriber(b, 'probe-b');
  await addStory(b.url, 'across', [
    { speaker: 'Hana Rook', text: 'the line between the towns would open' },
    { speaker: 'Hana Rook', text: 'the trains were already ordered' },
  ]);
  await onA.until((r) => texts(r).includes('the trains were already ordered'));
  expect(texts(onA).slice(-2)).toEqual(['the line between the towns would open', 'the trains were already ordered']);
  await onB.until((r) => texts(r).includes('the trains were already ordered'));

  // Redis goes away: B's own subscribers still hear B's stories; A hears them once Redis is back.
  await redis.kill();
  await addStory(b.url, 'while-redis-is-down', [{ speaker: 'Hana Rook', text: 'the timetable was printed while Redis was down' }]);
  await onB.until((r) => texts(r).includes('the timetable was printed while Redis was down'));
  expect(texts(onA)).not.toContain('the timetable was printed while Redis was down');
  await redis.start();
  await onA.until((r) => texts(r).includes('the timetable was printed while Redis was down'), 20_000);
  await addStory(b.url, 'after-redis-returned', [{ speaker: 'Hana Rook', text: 'the first train ran after Redis returned' }]);
  await onA.until((r) => texts(r).includes('the first train ran after Redis returned'));
  // Nothing twice, nothing out of order on A.
  expect(texts(onA).slice(-4)).toEqual([
    'the line between the towns would open',
    'the trains were already ordered',
    'the timetable was printed while Redis was down',
    'the first train ran after Redis returned',
  ]);
}, 60_000);

it("forgets cached answers when a write is made on the other instance", async () => {
  const { a, b } = await twoInstances(machineRedisUrl, { RESPONSE_CACHE_TTL_MS: '600000' });
  await addStory(b.url, 'cached-across', [{ speaker: 'Ida Moss', text: 'the market would open at dawn' }]);
  const kinds = async () => {
    const result = await post(a.url, StatementsDocument, { first: 5, filter: { search: 'market dawn' } }, null);
    return result.data!.statements.edges.map((edge) => edge.node.kind);
  };
  expect(await kinds()).toEqual(['INDIRECT']);
  expect(await kinds()).toEqual(['INDIRECT']); // cached on A
  const { statements } = (await post(b.url, StatementsDocument, { first: 5, filter: { search: 'market dawn' } })).data!;
  const corrected = await post(b.url, UpdateStatementDocument, { id: statements.edges[0].node.id, input: { kind: 'DIRECT' } });
  expect(corrected.data?.updateStatement.__typename).toBe('UpdateStatementPayload');
  // A hears of the write through Redis, a moment after B answered it.
  const deadline = Date.now() + 5_000;
  let seen = await kinds();
  while (seen[0] !== 'DIRECT' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = await kinds();
  }
  expect(seen).toEqual(['DIRECT']);
}, 60_000);
