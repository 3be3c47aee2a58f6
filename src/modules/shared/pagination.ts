// Page sizes shared by every connection. Asking for more than a page allows is an error rather
// than a silently shorter page: a client must never mistake a capped page for the whole list.
import { badUserInput } from '../../errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

function maxPageSize(args: { first?: number | null; last?: number | null }) {
  const asked = Math.max(args.first ?? 0, args.last ?? 0);
  if (asked > MAX_PAGE_SIZE) {
    throw badUserInput(`A page holds at most ${MAX_PAGE_SIZE} items; ${asked} were asked for.`);
  }
  return MAX_PAGE_SIZE;
}

/** Spread into every prismaConnection / relatedConnection. */
export const page = { cursor: 'id', maxSize: maxPageSize, defaultSize: DEFAULT_PAGE_SIZE } as const;
