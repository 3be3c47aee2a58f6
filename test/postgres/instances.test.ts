// Two server processes on one real PostgreSQL, joined by Redis: a statement added on one reaches
// subscribers on the other. Without Redis each instance still serves its own subscribers, and the
// other catches up when Redis returns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AddStoryDocument, StatementAddedDocument } from '../../src/generated/operations/graphql.js';
import { createPostgresDatabase } from '../helpers/database.js';
import { TOKEN } from '../helpers/app.js';
import { annotatedStory, post, subscribeWs, wsClient, type Line } from '../helpers/live.js';
import { ownRedis, type OwnRedis } from '../helpers/redis-server.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let redis: OwnRedis;
let a: ServerProcess;
let b: ServerProcess;
const clients: ReturnType<typeof wsClient>[] = [];

beforeAll(async () => {
  database = await createPostgresDatabase();
  redis = await ownRedis();
  await redis.start();
  const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, API_TOKENS: TOKEN };
  // One after the other: the first applies the migrations.
  a = await startServerProcess(env);
  b = await startServerProcess(env);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.kill();
  await database?.dropDatabase();
});

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

it('delivers a statement added on one instance to subscribers on the other, through Redis', async () => {
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
