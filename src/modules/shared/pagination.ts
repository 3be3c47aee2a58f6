// Page sizes shared by every connection. Asking for more than a page allows is an error rather
// than a silently shorter page: a client must never mistake a capped page for the whole list.
import { badUserInput } from '../../errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Refuses a page over MAX_PAGE_SIZE; returns it. */
export function checkPageSize(args: PageArgs) {
  const asked = Math.max(args.first ?? 0, args.last ?? 0);
  if (asked > MAX_PAGE_SIZE) {
    throw badUserInput(`A page holds at most ${MAX_PAGE_SIZE} items; ${asked} were asked for.`);
  }
  return MAX_PAGE_SIZE;
}

/** Row ids are PostgreSQL `integer`s. */
const MAX_ROW_ID = 2_147_483_647;

/**
 * Checks a cursor against the only shape this API hands out (`prefix` and a whole number up to
 * MAX_ROW_ID, base64-encoded exactly as written), so that a forged one is the client's mistake
 * before it reaches SQL: a negative offset or an id beyond `integer` failed there as "Unexpected
 * error.", and a cursor of another kind as a Prisma validation error.
 */
function checkCursor(cursor: string | null | undefined, argument: string, prefix: string, min: number) {
  if (cursor == null) return;
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  const digits = decoded.startsWith(prefix) ? decoded.slice(prefix.length) : '';
  const value = /^(0|[1-9][0-9]{0,9})$/.test(digits) ? Number(digits) : NaN;
  if (!(value >= min && value <= MAX_ROW_ID) || Buffer.from(decoded).toString('base64') !== cursor) {
    throw badUserInput(`Invalid cursor: \`${argument}\` is not a cursor of this list; pass a \`cursor\` or \`endCursor\` it returned.`);
  }
}

/** The cursors of a list ordered by row (@pothos/plugin-prisma's, on `id`: `GPC:N:<id>`). */
function checkRowCursors(args: PageArgs) {
  checkCursor(args.after, 'after', 'GPC:N:', 1);
  checkCursor(args.before, 'before', 'GPC:N:', 1);
}

/** The cursors of an offset list (`search`; @pothos/plugin-relay's `OffsetConnection:<offset>`). */
export function checkOffsetCursors(args: PageArgs) {
  checkCursor(args.after, 'after', 'OffsetConnection:', 0);
  checkCursor(args.before, 'before', 'OffsetConnection:', 0);
}

// Called by @pothos/plugin-prisma with the connection's arguments before it parses the cursor.
function maxPageSize(args: PageArgs) {
  checkRowCursors(args);
  return checkPageSize(args);
}

/**
 * Refuses, as the client's mistake, a list argument longer than a page: a list of IDs or values
 * becomes one SQL parameter per item (35,000 IDs in `nodes(ids:)` held a server for seconds and
 * then overflowed the database's parameter limit), and no screen asks for more than a page at once.
 */
export function checkListLength(list: readonly unknown[] | null | undefined, argument: string) {
  if (list && list.length > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` holds ${list.length} items; at most ${MAX_PAGE_SIZE} are allowed.`);
  }
}

/** Spread into every prismaConnection / relatedConnection. */
export const page = { cursor: 'id', maxSize: maxPageSize, defaultSize: DEFAULT_PAGE_SIZE } as const;
