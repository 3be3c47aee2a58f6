// The change log's promise, on a real server with concurrent writers: a reader that follows it with
// `seq > last` (as the change feed and replays do) never skips a change, whatever order the
// writers commit in. A plain serial would fail this: ids are taken at insert, rows appear at commit.
import { expect, it } from 'vitest';
import { changesAfter, recordChanges } from '../../src/live/change-log.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

it('hands out seq in commit order, so following the log with seq > last misses nothing', async () => {
  const { prisma } = api.app.database;
  const writers = Array.from({ length: 24 }, (_, writer) =>
    prisma.$transaction(async (tx) => {
      // Some writers log early and keep working; others log at once and commit.
      await recordChanges(tx, [{ kind: 'STATEMENT_ADDED', nodeId: writer }]);
      await new Promise((resolve) => setTimeout(resolve, (writer * 7) % 25));
      // The writers queue for the pool's connections and for the log's lock: on a busy machine a
      // writer may wait longer than Prisma's two seconds for a connection.
    }, { maxWait: 30_000, timeout: 30_000 }),
  );
  const seen: bigint[] = [];
  let last = 0n;
  let done = false;
  // (finally: a writer that fails must end the loop below, and fail the test on `await all`.)
  const all = Promise.all(writers).finally(() => (done = true));
  while (!done) {
    for (const change of await changesAfter(last, 100)) {
      seen.push(change.seq);
      last = change.seq;
    }
  }
  await all;
  for (const change of await changesAfter(last, 100)) seen.push(change.seq);
  const logged = await prisma.changeEvent.findMany({ orderBy: { seq: 'asc' }, select: { seq: true } });
  expect(seen).toEqual(logged.map((row) => row.seq));
  expect(seen).toHaveLength(24);
});

it('makes a writer that logs wait for the one that logged first to commit', async () => {
  const { prisma } = api.app.database;
  const order: string[] = [];
  const { promise: logged, resolve: firstLogged } = Promise.withResolvers<void>();
  const first = prisma.$transaction(async (tx) => {
    await recordChanges(tx, [{ kind: 'ARTICLE_ADDED', nodeId: 1 }]);
    firstLogged();
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push('first commits');
  });
  await logged;
  const second = prisma.$transaction(async (tx) => {
    await recordChanges(tx, [{ kind: 'ARTICLE_ADDED', nodeId: 2 }]);
    order.push('second logged');
  });
  await Promise.all([first, second]);
  expect(order).toEqual(['first commits', 'second logged']);
  const rows = await prisma.changeEvent.findMany({ where: { kind: 'ARTICLE_ADDED' }, orderBy: { seq: 'asc' } });
  expect(rows.map((row) => row.nodeId)).toEqual([1, 2]);
});
