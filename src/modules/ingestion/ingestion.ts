// The write path of a story, in one place: validate -> extract in the worker pool -> merge -> store
// in one transaction -> announce. One per app, given its database client and change feed.
//
// Under a burst (a wire feed, a backfill, fifty reporters at once) stories wait in a bounded queue
// instead of failing: at most `writeConcurrency` transactions run at once, the others wait their
// turn here rather than for a pooled connection inside Prisma (which gives up after `maxWait`).
// Past `queueSize` stories admitted at once, a story is refused at the door with SERVER_BUSY and a
// retry-after hint, before any work is spent on it.
import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import { badUserInput, serverBusy, StoryNotStoredError, ValidationError } from '../../errors.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { ExtractionPool } from './extraction-pool.js';
import { extractFindingsInPool, withExtraction } from './extraction.js';
import { planStory, type StoryInput, type StoryPlan } from './plan.js';
import { storeStory, type StoredStory } from './service.js';

/** The ingestion service's load, for /metrics. */
export interface IngestionLoad {
  queued: number;
  extracted: number;
  extractionSeconds: number;
  stored: number;
  storeSeconds: number;
}

export interface IngestionOptions {
  prisma: PrismaClient;
  /** Told after each commit that logged changes; absent in scripts that only write. */
  feed?: { committed(): Promise<void> };
  extraction: ExtractionPool;
  /** Stories admitted at once: extracting, waiting for their transaction, or in it; 0: no limit. */
  queueSize: number;
  /** Story transactions at once. */
  writeConcurrency: number;
  /** Longest body accepted, in characters. */
  storyMaxChars: number;
  logger: Logger;
}

/** Stories one addStories call may hold. */
export const MAX_STORIES_PER_CALL = 100;

/** The longest a client is asked to wait before trying again. */
const MAX_RETRY_AFTER_SECONDS = 60;

export class Ingestion {
  private admitted = 0;
  private readonly writes: LimitFunction;
  /** A running mean of how long a transaction takes, in ms: for the retry-after hint. */
  private storeMs = 50;

  constructor(private readonly options: IngestionOptions) {
    this.writes = pLimit(Math.max(1, options.writeConcurrency));
  }

  /** The database this service writes to. */
  get prisma(): PrismaClient {
    return this.options.prisma;
  }

  /** Stories admitted and not yet stored. */
  get pending(): number {
    return this.admitted;
  }

  /** Checks a story as the client sent it: a plan, or a ValidationError thrown. No work beyond that. */
  plan(input: StoryInput): StoryPlan {
    const { plan, issues } = planStory(input, { maxBodyChars: this.options.storyMaxChars });
    if (!plan) throw new ValidationError('The story was not added: see `issues`.', issues);
    return plan;
  }

  /**
   * Takes `count` places in the queue, or throws SERVER_BUSY (nothing admitted) when there are not
   * that many free. Returns the way to give one place back.
   */
  admit(count: number): () => void {
    const { queueSize } = this.options;
    if (queueSize > 0 && this.admitted + count > queueSize) throw serverBusy(this.retryAfterSeconds());
    this.admitted += count;
    let released = 0;
    return () => {
      if (released++ < count) this.admitted--;
    };
  }

  /** Validates, waits for a place, extracts, stores and announces one story. */
  async addStory(input: StoryInput): Promise<StoredStory> {
    const plan = this.plan(input);
    const release = this.admit(1);
    try {
      return await this.ingest(plan);
    } finally {
      release();
    }
  }

  /**
   * Many stories in one call, each with its own result: a ValidationError for a story that cannot
   * be accepted, StoryNotStoredError for one that failed to store, the stored story otherwise; one
   * failure does not sink the others. The valid stories are admitted together, or none (SERVER_BUSY).
   */
  async addStories(inputs: readonly StoryInput[]): Promise<(StoredStory | ValidationError | StoryNotStoredError)[]> {
    if (inputs.length > MAX_STORIES_PER_CALL) {
      throw badUserInput(`addStories takes at most ${MAX_STORIES_PER_CALL} stories per call; send the others in further calls.`);
    }
    const plans = inputs.map((input) => {
      try {
        return this.plan(input);
      } catch (error) {
        if (error instanceof ValidationError) return error;
        throw error;
      }
    });
    const release = this.admit(plans.filter((plan) => !(plan instanceof ValidationError)).length);
    return Promise.all(
      plans.map(async (plan) => {
        if (plan instanceof ValidationError) return plan;
        try {
          return await this.ingest(plan);
        } catch (error) {
          this.options.logger.error({ err: error, url: plan.url }, 'a story of addStories could not be stored');
          return new StoryNotStoredError('The story could not be stored; nothing of it was written. Send it again.');
        } finally {
          release();
        }
      }),
    );
  }

  /**
   * What /metrics reads: stories admitted now (extracting, waiting for their transaction, or in it),
   * and running totals of the stories extracted and stored and the seconds each step took.
   */
  load(): IngestionLoad {
    return { queued: this.admitted, ...this.totals };
  }

  private readonly totals = { extracted: 0, extractionSeconds: 0, stored: 0, storeSeconds: 0 };

  /** Extracts (in the pool), stores (when its turn comes) and announces an admitted story. */
  async ingest(plan: StoryPlan): Promise<StoredStory> {
    const extractStarted = performance.now();
    const extraction = await extractFindingsInPool(plan, this.options.extraction, this.options.logger);
    this.totals.extracted++;
    this.totals.extractionSeconds += (performance.now() - extractStarted) / 1000;
    const merged = withExtraction(plan, extraction);
    const stored = await this.writes(async () => {
      // A turn of the event loop between two transactions: timers and requests that arrived
      // meanwhile (reads, on PGlite, which runs in this thread) are not starved by a burst of writes.
      await new Promise((resolve) => setImmediate(resolve));
      const started = performance.now();
      const result = await storeStory(this.options.prisma, merged);
      const ms = performance.now() - started;
      this.storeMs += (ms - this.storeMs) * 0.1;
      this.totals.stored++;
      this.totals.storeSeconds += ms / 1000;
      return result;
    });
    // Committed: only now may subscribers hear of it.
    if (stored.changed) await this.options.feed?.committed();
    return stored;
  }

  /** About how long the stories already admitted take to store. */
  private retryAfterSeconds(): number {
    const seconds = Math.ceil((this.admitted * this.storeMs) / Math.max(1, this.options.writeConcurrency) / 1000);
    return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
  }

  async close(): Promise<void> {
    await this.options.extraction.close();
  }
}
