// What the four subscriptions share: the `after` argument, the event's cursor, and loading the
// event's node once per selection however many subscribers asked for it.
import { GraphQLError } from 'graphql';
import type { FeedEvent } from '../../live/change-feed.js';
import { matcherFor, type Matcher } from '../../live/subscription.js';
import { checkSearchText, matchingIds, type Searchable } from '../search/full-text.js';

export const afterDescription =
  'A `cursor` from an event received earlier: the changes after it are replayed from the database first, ' +
  'in order, then live ones follow, with none missed and none repeated. A cursor older than the server keeps ' +
  '(CHANGE_LOG_RETENTION) ends the subscription with `extensions.code` CURSOR_EXPIRED: query the current state again, ' +
  'then subscribe without it.';

export const cursorDescription = 'Where this event is in the change log: pass it as `after` to resume after it.';

/**
 * The node of `event`, loaded with the subscriber's own selection (`query`, from Pothos). The nodes
 * of every change of the event's batch are loaded at once, and subscribers whose documents select the
 * same fields share that one query: a story's 10 statements are one query, whatever the audience.
 */
export async function sharedNode<Row extends { id: number }>(
  event: FeedEvent,
  query: object,
  loadMany: (ids: number[]) => Promise<Row[]>,
  what: string,
): Promise<Row> {
  const rows = await event.batch.shared.get(`node\u0000${event.kind}\u0000${JSON.stringify(query)}`, async () => {
    const loaded = await loadMany(event.batch.ids(event.kind));
    return new Map(loaded.map((row) => [row.id, row]));
  });
  const row = rows.get(event.nodeId);
  if (!row) throw new GraphQLError(`This ${what} was deleted before it could be delivered.`, { extensions: { code: 'NOT_FOUND' } });
  return row;
}

/**
 * The subscriber's filter as a matcher: `conditions` (already validated, so a bad ID failed the
 * subscription when it started) and the text search, checked among the nodes just changed.
 */
export function filterMatcher<Where>(
  filter: { search?: string | null } | null | undefined,
  model: Searchable,
  conditions: Where,
  find: (where: { AND: [{ id: { in: number[] } }, Where] }) => Promise<{ id: number }[]>,
): Matcher {
  // Checked as the subscription starts, so a search that is too long fails it there, not at each event.
  if (filter?.search) checkSearchText(filter.search);
  return matcherFor(filter, async (ids) => {
    const candidates = filter?.search ? await matchingIds(model, filter.search, ids) : ids;
    const rows = await find({ AND: [{ id: { in: candidates } }, conditions] });
    return rows.map((row) => row.id);
  });
}
