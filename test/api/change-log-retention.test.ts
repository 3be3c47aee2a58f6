// Change-log retention: the log is pruned to CHANGE_LOG_RETENTION, and a subscriber resuming from a
// cursor older than what is kept gets CURSOR_EXPIRED (re-query, then subscribe again), never a gap.
import { describe, expect, it } from 'vitest';
import { AddStoryDocument } from '../../src/generated/operations/graphql.js';
import { encodeCursor } from '../../src/live/change-log.js';
import { parseRetention, pruneChangeLog } from '../../src/live/change-log-retention.js';
import { changeStream, matcherFor } from '../../src/live/subscription.js';
import { useTestApp } from '../helpers/app.js';
import { annotatedStory } from '../helpers/live.js';

// The background pruning is off here: the test prunes when it wants to.
const api = useTestApp({ changeLogRetention: null });
const lines = (id: string, count: number) => Array.from({ length: count }, (_, i) => ({ speaker: 'Tove Lund', text: `buoy ${i + 1} of ${id} was moved` }));

const statementsAfter = (cursor: string) =>
  changeStream(api.app.feed, { kind: 'STATEMENT_ADDED', after: cursor, matching: matcherFor(null, async (ids) => ids) });

describe('parseRetention', () => {
  it('reads ages, counts and off, and refuses anything else', () => {
    expect(parseRetention(undefined)).toEqual({ maxAgeMs: 30 * 86_400_000 });
    expect(parseRetention('12h')).toEqual({ maxAgeMs: 12 * 3_600_000 });
    expect(parseRetention('250000')).toEqual({ maxRows: 250_000 });
    expect(parseRetention('off')).toBeNull();
    expect(() => parseRetention('a week')).toThrow(/CHANGE_LOG_RETENTION/);
  });
});

it('keeps the newest changes, and answers a cursor older than them with CURSOR_EXPIRED', async () => {
  const { prisma } = api.app.database;
  await api.ok(AddStoryDocument, { input: annotatedStory('retention-1', lines('retention-1', 2)) });
  await api.ok(AddStoryDocument, { input: annotatedStory('retention-2', lines('retention-2', 3)) });
  const logged = await prisma.changeEvent.findMany({ orderBy: { seq: 'asc' }, select: { seq: true, kind: true } });
  expect(logged).toHaveLength(7); // two articles, five statements

  expect(await pruneChangeLog(prisma, { maxRows: 3 })).toBe(4);
  const kept = await prisma.changeEvent.findMany({ orderBy: { seq: 'asc' }, select: { seq: true } });
  expect(kept.map(({ seq }) => seq)).toEqual(logged.slice(4).map(({ seq }) => seq));

  // A cursor before the pruned ones: their changes are gone, and the client is told so.
  const stale = statementsAfter(encodeCursor(logged[1]!.seq));
  await expect(stale.next()).rejects.toMatchObject({ extensions: { code: 'CURSOR_EXPIRED' }, message: expect.stringMatching(/query the current state again/) });
  expect(await stale.next()).toEqual({ value: undefined, done: true });

  // The cursor of the last pruned change still resumes: nothing after it is missing.
  const fresh = statementsAfter(encodeCursor(logged[3]!.seq));
  const replayed = [];
  for (let i = 0; i < 3; i++) replayed.push((await fresh.next()).value!.seq);
  expect(replayed).toEqual(logged.slice(4).map(({ seq }) => seq));
  await fresh.return!();
});

it('prunes by age, and new changes are logged and delivered as before', async () => {
  const { prisma } = api.app.database;
  const newest = (await prisma.changeEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))!.seq;
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await pruneChangeLog(prisma, { maxAgeMs: 10 })).toBe(3);
  expect(await prisma.changeEvent.count()).toBe(0);
  const stream = statementsAfter(encodeCursor(newest));
  await api.ok(AddStoryDocument, { input: annotatedStory('retention-3', lines('retention-3', 1)) });
  const event = await stream.next();
  expect(event.value!.seq).toBeGreaterThan(newest);
  await stream.return!();
});
