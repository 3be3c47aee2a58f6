// The source of every `…Added`/`…Changed` subscription: optionally a replay from the change log after
// a cursor, then live changes from the feed, with no gap and no duplicate at the seam between them.
//
// The seam: the subscriber listens to the feed *before* reading the log, buffering what arrives.
// Every change committed before it listened is in the log (the replay sees it); every change
// dispatched after is in the buffer; one in both is recognised by its `seq` and skipped.
import { GraphQLError } from 'graphql';
import { Repeater } from 'graphql-yoga';
import { badUserInput } from '../errors.js';
import { logger } from '../logger.js';
import { ChangeBatch, type ChangeFeed, type FeedEvent } from './change-feed.js';
import { changesAfter, decodeCursor, type ChangeKind } from './change-log.js';

/** The subscriber's filter: which of some nodes of its kind it wants. Checked in the database. */
export interface Matcher {
  /** Equal for equal filters, so subscribers with the same filter share one check per batch. */
  key: string;
  select(ids: number[]): Promise<Iterable<number>>;
}

export function matcherFor(filter: unknown, select: (ids: number[]) => Promise<number[]>): Matcher {
  return { key: JSON.stringify(filter ?? null), select };
}

/** A subscriber that falls this far behind is ended (with a cursor to resume from) rather than buffered forever. */
export const MAX_PENDING_EVENTS = 10_000;
const REPLAY_PAGE = 500;

export interface ChangeStreamOptions {
  kind: ChangeKind;
  /** A cursor from an earlier event: changes after it are replayed first. */
  after?: string | null;
  matching: Matcher;
}

export function changeStream(feed: ChangeFeed | undefined, { kind, after, matching }: ChangeStreamOptions): AsyncIterableIterator<FeedEvent> {
  if (!feed) throw new GraphQLError('Live updates are not running on this server.');
  const from = after == null ? null : decodeCursor(after);
  if (after != null && from === null) {
    throw badUserInput('`after` is not a cursor of this API: pass the `cursor` of an event you received.');
  }
  return new Repeater<FeedEvent>(async (push, stop) => {
    const pending: FeedEvent[] = [];
    let wake: (() => void) | undefined;
    let stopped = false;
    const stopListening = feed.listen(kind, (event) => {
      if (pending.length >= MAX_PENDING_EVENTS) {
        stop(fellBehind());
        return;
      }
      pending.push(event);
      wake?.();
    });
    const stopOnClose = feed.onClose(() => stop());
    void stop.then(() => {
      stopped = true;
      stopListening();
      stopOnClose();
      wake?.();
    });

    const deliver = async (event: FeedEvent, wanted: Set<number>) => {
      if (!wanted.has(event.nodeId)) return;
      await push(event);
    };

    try {
      let position = from ?? -1n;
      // Replay: the log after the cursor, a page at a time, up to whatever is newest.
      while (from !== null && !stopped) {
        const changes = await changesAfter(position, REPLAY_PAGE, [kind]);
        const wanted = new Set(changes.length ? await matching.select(changes.map((change) => change.nodeId)) : []);
        for (const event of ChangeBatch.eventsOf(changes)) {
          if (stopped) break;
          position = event.seq;
          await deliver(event, wanted);
        }
        if (changes.length < REPLAY_PAGE) break;
      }
      // Live: what the feed dispatched since the subscriber started listening, then onwards.
      while (!stopped) {
        const event = pending.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        if (event.seq <= position) continue; // the replay delivered it (or decided against it)
        position = event.seq;
        const wanted = await event.batch.shared.get(`${kind}\u0000${matching.key}`, async () => new Set(await matching.select(event.batch.ids(kind))));
        await deliver(event, wanted);
      }
    } catch (error) {
      logger.error({ err: error, kind }, 'a subscription failed');
      stop(new GraphQLError('Live updates failed on the server. Subscribe again with `after` set to the last cursor you received.'));
    }
  });
}

function fellBehind(): GraphQLError {
  return new GraphQLError(
    `This subscription fell more than ${MAX_PENDING_EVENTS} events behind and was ended. ` +
      'Subscribe again with `after` set to the last cursor you received to catch up from the log.',
    { extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } },
  );
}
