// The change log: what a committed write added or changed, in commit order. Writers append to it
// inside their own transaction; the change feed (change-feed.ts) and replays read it.
//
// Why not a serial id: two transactions can take ids 7 and 8 and commit 8 first; a reader that has
// seen 8 and asks for `seq > 8` later would never see 7. Here `seq` is taken only while holding one
// transaction-scoped advisory lock, as the transaction's last step: the next writer waits for the
// lock until this one has committed (PostgreSQL makes a commit visible before it releases the
// transaction's locks), so a higher `seq` never becomes visible before a lower one.
import { Prisma, type ChangeKind } from '../generated/prisma/client.js';
import { prisma } from '../db.js';

type Tx = Prisma.TransactionClient;

/** Arbitrary but fixed, and distinct from the migration lock. */
const CHANGE_LOG_LOCK_KEY = 727_274_002;

export type { ChangeKind };

export interface Change {
  kind: ChangeKind;
  nodeId: number;
}

export interface LoggedChange extends Change {
  seq: bigint;
}

/**
 * Appends `changes` in the given order, as the last writes of the transaction `tx`. Holds the
 * change-log lock until `tx` ends: call it right before the transaction returns.
 */
export async function recordChanges(tx: Tx, changes: readonly Change[]): Promise<void> {
  if (!changes.length) return;
  await tx.$executeRaw(
    changeLogInsert(Prisma.sql`
      SELECT kind, node_id, position
      FROM unnest(${changes.map((change) => change.kind)}::text[], ${changes.map((change) => change.nodeId)}::int[]) WITH ORDINALITY AS change(kind, node_id, position)`),
  );
}

/**
 * The INSERT that appends the rows of `changes` (columns kind text, node_id int, position: any
 * sortable) to the log in the order of `position`, taking the change-log lock first; usable as a
 * CTE of a larger statement, which must then be the transaction's last before its COMMIT.
 *
 * One statement, so the lock is held for this statement and the COMMIT only: the lock is the
 * uncorrelated subquery of a one-time filter, which PostgreSQL evaluates before it reads the first
 * row, hence before the first `nextval`; and `nextval`, volatile, is evaluated after the ORDER BY,
 * so `seq` follows `position`.
 */
export function changeLogInsert(changes: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "ChangeEvent" ("seq", "kind", "nodeId")
    SELECT nextval('"ChangeEvent_seq"'), change.kind::"ChangeKind", change.node_id
    FROM (${changes}) AS change
    WHERE (SELECT pg_advisory_xact_lock(${CHANGE_LOG_LOCK_KEY})) IS NOT NULL
    ORDER BY change.position`;
}

/** Changes after `seq`, oldest first; only `kinds` when given. */
export async function changesAfter(seq: bigint, limit: number, kinds?: readonly ChangeKind[]): Promise<LoggedChange[]> {
  return prisma.changeEvent.findMany({
    where: { seq: { gt: seq }, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
    orderBy: { seq: 'asc' },
    take: limit,
    select: { seq: true, kind: true, nodeId: true },
  });
}

/** The newest `seq` (0 when the log is empty). */
export async function latestSeq(): Promise<bigint> {
  const latest = await prisma.changeEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
  return latest?.seq ?? 0n;
}

// Cursors are opaque to clients; inside they are `change:<seq>`.
const CURSOR_PREFIX = 'change:';

export function encodeCursor(seq: bigint): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`).toString('base64url');
}

/** The `seq` in a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): bigint | null {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const digits = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : '';
  return /^\d{1,18}$/.test(digits) ? BigInt(digits) : null;
}
