// Change-log retention (CHANGE_LOG_RETENTION): the log behind replays is pruned in the background,
// oldest first, in small batches, so it does not grow forever. Writers append at the other end and
// take no lock the pruner holds, so they never wait for it. How far it has pruned is recorded in
// the same transaction as each deletion: a resume cursor from before that point gets CURSOR_EXPIRED
// (subscription.ts) rather than a silent gap.
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { PrismaClient } from '../generated/prisma/client.js';

/** Keep changes younger than `maxAgeMs`, or the newest `maxRows` of them. */
export type Retention = { maxAgeMs: number } | { maxRows: number };

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30d", "12h", "90m": an age; "100000": a number of changes; "off" or "0": keep everything (null). */
export function parseRetention(value: string | undefined): Retention | null {
  const text = (value ?? '').trim().toLowerCase() || '30d';
  if (text === 'off' || text === '0') return null;
  const age = /^(\d+)\s*([mhd])$/.exec(text);
  if (age) return { maxAgeMs: Number(age[1]) * UNITS[age[2]!]! };
  if (/^\d+$/.test(text)) return { maxRows: Number(text) };
  throw new Error(`CHANGE_LOG_RETENTION must be an age ("30d", "12h", "90m"), a number of changes ("100000") or "off", got "${value}"`);
}

const BATCH = 5_000;

/** Deletes one batch of changes past the retention; returns how many it deleted. */
async function pruneBatch(prisma: PrismaClient, retention: Retention): Promise<number> {
  const [boundary] =
    'maxAgeMs' in retention
      ? await prisma.$queryRaw<{ seq: bigint | null }[]>`
          SELECT max(seq) AS seq FROM (
            SELECT "seq" FROM "ChangeEvent" WHERE "createdAt" < ${new Date(Date.now() - retention.maxAgeMs)} ORDER BY "seq" LIMIT ${BATCH}
          ) AS old`
      : await prisma.$queryRaw<{ seq: bigint | null }[]>`
          SELECT max(seq) AS seq FROM (
            SELECT "seq" FROM "ChangeEvent"
            WHERE "seq" <= (SELECT "seq" FROM "ChangeEvent" ORDER BY "seq" DESC OFFSET ${retention.maxRows} LIMIT 1)
            ORDER BY "seq" LIMIT ${BATCH}
          ) AS old`;
  const through = boundary?.seq;
  if (through == null) return 0;
  const [deleted] = await prisma.$transaction([
    prisma.changeEvent.deleteMany({ where: { seq: { lte: through } } }),
    prisma.$executeRaw`
      INSERT INTO "ChangeLogHorizon" ("id", "prunedThrough") VALUES (1, ${through})
      ON CONFLICT ("id") DO UPDATE SET "prunedThrough" = GREATEST("ChangeLogHorizon"."prunedThrough", EXCLUDED."prunedThrough")`,
  ]);
  return deleted.count;
}

/** Prunes everything past the retention, a batch at a time, letting other work run in between. */
export async function pruneChangeLog(prisma: PrismaClient, retention: Retention): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await pruneBatch(prisma, retention);
    total += deleted;
    if (deleted < BATCH) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The newest `seq` pruned from the log (0 when nothing was). */
export async function prunedThrough(prisma: PrismaClient): Promise<bigint> {
  const horizon = await prisma.changeLogHorizon.findUnique({ where: { id: 1 }, select: { prunedThrough: true } });
  return horizon?.prunedThrough ?? 0n;
}

export function cursorExpired() {
  return new GraphQLError(
    'The changes after this cursor are older than the server keeps (CHANGE_LOG_RETENTION): query the current state again, ' +
      'then subscribe without `after` (or with a newer cursor).',
    { extensions: { code: 'CURSOR_EXPIRED' } },
  );
}

/** Prunes now and then every `everyMs` in the background; `stop()` waits for a pruning under way. */
export function startChangeLogPruning(options: { prisma: PrismaClient; retention: Retention | null; logger: Logger; everyMs?: number }) {
  const { prisma, retention, logger } = options;
  if (!retention) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  const prune = () => {
    running ??= pruneChangeLog(prisma, retention)
      .then((deleted) => {
        if (deleted) logger.info({ deleted }, 'pruned the change log');
      })
      .catch((error) => logger.warn({ err: error }, 'could not prune the change log; trying again later'))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(prune, options.everyMs ?? 60_000).unref();
  const first = setTimeout(prune, 1_000).unref();
  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
