// The source of every `…Added`/`…Changed` subscription: optionally a replay from the change log after
// a cursor, then live changes from the feed, with no gap and no duplicate at the seam between them.
//
// The seam: the stream listens to the feed *before* reading the log, buffering what arrives.
// Every change committed before it listened is in the log (the replay sees it); every change
// dispatched after is in the buffer; one in both is recognised by its `seq` and skipped.
//
// It is pulled, not pushed: work happens when the consumer (graphql-ws, Yoga's SSE) asks for the
// next event, so a slow client slows only its own stream, and `return()` ends it at once, even while
// it waits. A hand-written iterator rather than a Repeater: with thousands of subscribers, each
// change is thousands of `next()` calls, and this one allocates one promise per call.
import { GraphQLError } from 'graphql';
import { badUserInput } from '../errors.js';
import { logger } from '../logger.js';
import { ChangeBatch, type ChangeFeed, type FeedEvent } from './change-feed.js';
import { prisma } from '../db.js';
import { changesAfter, decodeCursor, type ChangeKind } from './change-log.js';
import { cursorExpired, prunedThrough } from './change-log-retention.js';

/** The subscriber's filter: which of some nodes of its kind it wants. Checked in the database. */
export interface Matcher {
  /** Equal for equal filters, so subscribers with the same filter share one check per batch. */
  key: string;
  select(ids: number[]): Promise<Iterable<number>>;
}

export function matcherFor(filter: unknown, select: (ids: number[]) => Promise<number[]>): Matcher {
  return { key: JSON.stringify(filter ?? null), select };
}

/** A subscriber that falls this far behind is ended (it may resume from its last cursor) rather than buffered forever. */
export const MAX_PENDING_EVENTS = 10_000;
const REPLAY_PAGE = 500;

export interface ChangeStreamOptions {
  kind: ChangeKind;
  /** A cursor from an earlier event: changes after it are replayed first. */
  after?: string | null;
  matching: Matcher;
  /** How far behind the live feed the subscriber may fall; MAX_PENDING_EVENTS unless told. */
  maxPending?: number;
}

export function changeStream(feed: ChangeFeed | undefined, options: ChangeStreamOptions): AsyncIterableIterator<FeedEvent> {
  if (!feed) throw new GraphQLError('Live updates are not running on this server.');
  const from = options.after == null ? null : decodeCursor(options.after);
  if (options.after != null && from === null) {
    throw badUserInput('`after` is not a cursor of this API: pass the `cursor` of an event you received.');
  }
  return new ChangeStream(feed, options.kind, from, options.matching, options.maxPending ?? MAX_PENDING_EVENTS);
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

class ChangeStream implements AsyncIterableIterator<FeedEvent> {
  /** Live events not yet looked at, in `seq` order; `head` is the first. */
  private pending: FeedEvent[] = [];
  private head = 0;
  /** Replayed events of the current page, waiting to be delivered. */
  private replayed: FeedEvent[] = [];
  private replaying: boolean;
  /** The last `seq` looked at: replayed or live, delivered or filtered out. */
  private position: bigint;
  private wake: (() => void) | undefined;
  private started = false;
  private stopped = false;
  private failure: GraphQLError | undefined;
  private stopListening: (() => void) | undefined;
  private stopOnClose: (() => void) | undefined;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly kind: ChangeKind,
    from: bigint | null,
    private readonly matching: Matcher,
    private readonly maxPending: number,
  ) {
    this.replaying = from !== null;
    this.position = from ?? -1n;
  }

  /**
   * Listens from the first `next()`, not from `subscribe`: a stream nobody reads (Yoga refuses a
   * subscription over plain JSON after `subscribe` ran, and never returns the stream) holds nothing.
   */
  private start() {
    this.started = true;
    this.stopListening = this.feed.listen(this.kind, (event) => this.arrived(event));
    this.stopOnClose = this.feed.onClose(() => this.stop()); // at once when the feed is closing
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private arrived(event: FeedEvent) {
    if (this.stopped) return;
    if (this.pending.length - this.head >= this.maxPending) {
      this.stop(
        new GraphQLError(
          `This subscription fell more than ${this.maxPending} events behind and was ended. ` +
            'Subscribe again with `after` set to the last cursor you received to catch up from the log.',
          { extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } },
        ),
      );
      return;
    }
    this.pending.push(event);
    this.wake?.();
  }

  async next(): Promise<IteratorResult<FeedEvent>> {
    if (!this.started && !this.stopped) this.start();
    try {
      for (;;) {
        if (this.failure) {
          const failure = this.failure;
          this.failure = undefined;
          throw failure;
        }
        if (this.stopped) return DONE;
        const event = this.replaying || this.replayed.length ? await this.nextReplayed() : await this.nextLive();
        if (event && !this.stopped) return { value: event, done: false };
      }
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      logger.error({ err: error, kind: this.kind }, 'a subscription failed');
      this.stop();
      throw new GraphQLError('Live updates failed on the server. Subscribe again with `after` set to the last cursor you received.');
    }
  }

  /** The next replayed event the subscriber wants, reading a page when needed; null to look again. */
  private async nextReplayed(): Promise<FeedEvent | null> {
    if (!this.replayed.length) {
      // A page of the log after the last change looked at.
      const changes = await changesAfter(this.position, REPLAY_PAGE, [this.kind]);
      // Read after the page: a pruning that deleted changes this page should have had is visible by now.
      if (this.position < (await prunedThrough(prisma))) {
        this.stop(cursorExpired());
        return null;
      }
      if (changes.length < REPLAY_PAGE) this.replaying = false; // the rest is live (or already buffered)
      if (!changes.length) return null;
      const wanted = new Set(await this.matching.select(changes.map((change) => change.nodeId)));
      this.position = changes.at(-1)!.seq;
      // One batch of the wanted ones: their nodes are loaded together, the others not at all.
      this.replayed = ChangeBatch.eventsOf(changes.filter((change) => wanted.has(change.nodeId)));
    }
    return this.replayed.shift() ?? null;
  }

  /** The next live event the subscriber wants, waiting for one; null to look again. */
  private async nextLive(): Promise<FeedEvent | null> {
    if (this.head === this.pending.length) {
      this.pending = [];
      this.head = 0;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
      return null;
    }
    const event = this.pending[this.head];
    // Let go of what was read, so a stream that always has something waiting does not keep it all.
    this.pending[this.head++] = undefined as never;
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    if (event.seq <= this.position) return null; // the replay has looked at it already
    this.position = event.seq;
    const wanted = await event.batch.shared.get(`${this.kind}\u0000${this.matching.key}`, async () => {
      return new Set(await this.matching.select(event.batch.ids(this.kind)));
    });
    return wanted.has(event.nodeId) ? event : null;
  }

  private stop(failure?: GraphQLError) {
    if (this.stopped) return;
    this.stopped = true;
    this.failure = failure;
    this.pending = [];
    this.replayed = [];
    this.stopListening?.();
    this.stopOnClose?.();
    this.wake?.();
  }

  async return(): Promise<IteratorResult<FeedEvent>> {
    this.stop();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<FeedEvent>> {
    this.stop();
    throw error;
  }
}
