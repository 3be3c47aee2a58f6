// One per instance: follows the change log in `seq` order and hands each change to the local
// subscribers of its kind. It reads the log when told that something committed: by this instance
// right after its own commits, and by the notifier when another instance committed (Redis). Reading
// the log rather than trusting messages keeps delivery in commit order and without gaps, whatever
// order messages arrive in and even if some are lost while Redis is away.
import type { Logger } from 'pino';
import { changesAfter, encodeCursor, latestSeq, type ChangeKind, type LoggedChange } from './change-log.js';
import type { Notifier } from './notifier.js';

/** Memoises work by key: subscribers that ask the same question of the same changes share one answer. */
export class SharedWork {
  private readonly results = new Map<string, Promise<unknown>>();

  get<T>(key: string, work: () => Promise<T>): Promise<T> {
    let result = this.results.get(key) as Promise<T> | undefined;
    if (!result) {
      result = work();
      this.results.set(key, result);
    }
    return result;
  }
}

/** A change as subscribers receive it. */
export class FeedEvent implements LoggedChange {
  readonly cursor: string;
  /** Work shared by every subscriber of this event: loading the node with a given selection. */
  readonly shared = new SharedWork();

  constructor(
    readonly seq: bigint,
    readonly kind: ChangeKind,
    readonly nodeId: number,
    /** The changes read from the log together with this one: filters are checked once per batch. */
    readonly batch: ChangeBatch,
  ) {
    this.cursor = encodeCursor(seq);
  }
}

export class ChangeBatch {
  readonly shared = new SharedWork();
  private readonly idsByKind = new Map<ChangeKind, number[]>();

  constructor(changes: readonly LoggedChange[]) {
    for (const { kind, nodeId } of changes) {
      const ids = this.idsByKind.get(kind) ?? [];
      ids.push(nodeId);
      this.idsByKind.set(kind, ids);
    }
  }

  /** Node ids of this batch's changes of `kind`. */
  ids(kind: ChangeKind): number[] {
    return this.idsByKind.get(kind) ?? [];
  }

  static eventsOf(changes: readonly LoggedChange[]): FeedEvent[] {
    const batch = new ChangeBatch(changes);
    return changes.map((change) => new FeedEvent(change.seq, change.kind, change.nodeId, batch));
  }
}

type Listener = (event: FeedEvent) => void;

const PAGE_SIZE = 500;
/** With several instances: how often each reads the log even if nothing was announced. */
const SAFETY_NET_MS = 5_000;

export class ChangeFeed {
  private readonly listeners = new Map<ChangeKind, Set<Listener>>();
  private readonly closeHandlers = new Set<() => void>();
  private readonly writeListeners = new Set<() => void>();
  /** Listeners added since the feed opened: tests wait on it to know a subscription has started. */
  listensStarted = 0;
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private closed = false;
  private safetyNet: NodeJS.Timeout | undefined;

  private constructor(
    /** The newest change handed to subscribers. */
    private position: bigint,
    private readonly notifier: Notifier | undefined,
    private readonly logger: Logger,
  ) {}

  /** Starts after the newest change already logged: older ones are for replays. */
  static async open(options: { notifier?: Notifier; logger: Logger }): Promise<ChangeFeed> {
    const feed = new ChangeFeed(await latestSeq(), options.notifier, options.logger);
    if (options.notifier) {
      options.notifier.onAnnouncement(() => {
        void feed.catchUp();
        for (const listener of feed.writeListeners) listener();
      });
      // Announcements can be lost (a publisher that reconnects, a proxy dropping an idle
      // connection): a slow look at the log bounds how late another instance's change can be.
      feed.safetyNet = setInterval(() => void feed.catchUp(), SAFETY_NET_MS).unref();
    }
    return feed;
  }

  /** Calls `listener` with every later change of `kind`, in order; returns the way to stop. */
  listen(kind: ChangeKind, listener: Listener): () => void {
    const listeners = this.listeners.get(kind) ?? new Set();
    listeners.add(listener);
    this.listeners.set(kind, listeners);
    this.listensStarted++;
    return () => listeners.delete(listener);
  }

  /**
   * Calls `listener` when another instance announces a committed write (any write, logged changes or
   * not): what this instance remembers of earlier answers is out of date.
   */
  onWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** Tells the other instances of a committed write that logs no change (an editor's correction). */
  announceWrite(): void {
    this.notifier?.announce();
  }

  /** Calls `handler` when the feed closes (shutdown): subscriptions complete then. */
  onClose(handler: () => void): () => void {
    if (this.closed) {
      handler();
      return () => {};
    }
    this.closeHandlers.add(handler);
    return () => this.closeHandlers.delete(handler);
  }

  get listenerCount(): number {
    let count = 0;
    for (const listeners of this.listeners.values()) count += listeners.size;
    return count;
  }

  /**
   * Called after this instance committed changes: tells the other instances, and resolves once
   * this instance's subscribers have been handed them. Never throws: the write already committed.
   */
  async committed(): Promise<void> {
    this.notifier?.announce();
    await this.catchUp();
  }

  /** Reads the log from the current position and dispatches what it finds. One reader at a time. */
  catchUp(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.reading) {
      // A reader is running; make it look once more when it is done, for changes it missed.
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.read();
    return this.reading;
  }

  private async read(): Promise<void> {
    try {
      do {
        this.readAgain = false;
        for (;;) {
          const changes = await changesAfter(this.position, PAGE_SIZE);
          for (const event of ChangeBatch.eventsOf(changes)) {
            this.position = event.seq;
            for (const listener of this.listeners.get(event.kind) ?? []) listener(event);
          }
          if (changes.length < PAGE_SIZE) break;
        }
      } while (this.readAgain && !this.closed);
    } catch (error) {
      // The changes stay in the log: the next commit, announcement or this retry delivers them.
      this.logger.error({ err: error }, 'could not read the change log; retrying in a second');
      setTimeout(() => void this.catchUp(), 1_000).unref();
    } finally {
      // Here, not in a `.finally()` callback: a catchUp() arriving between the last look and that
      // callback would find a reader that has already finished and be lost.
      this.reading = undefined;
    }
  }

  /**
   * Completes every subscription and stops dispatching. The notifier stays open: writes still
   * committing while the server drains are announced to the other instances (the app closes it last).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.safetyNet);
    for (const handler of this.closeHandlers) handler();
    this.closeHandlers.clear();
    await this.reading;
  }
}

/** The instance's feed, set at start-up like `prisma` (src/db.ts). Absent in scripts that only write. */
export let changeFeed: ChangeFeed | undefined;

export function useChangeFeed(feed: ChangeFeed | undefined) {
  changeFeed = feed;
}

/** After a commit that logged changes: hands them to subscribers here and on other instances. */
export async function announceChanges(): Promise<void> {
  await changeFeed?.committed();
}
