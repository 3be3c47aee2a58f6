// Story transactions run on the same event loop as reads: each costs several ms of main-thread CPU
// (Prisma, SQL building, answers), and during a burst a read waits behind every write callback queued
// before its own. This limiter keeps at most `max` writes running, and fewer while the event loop
// lags: additive increase, multiplicative decrease, on the lag a probe timer measures while writes
// are waiting or running. When reads are answered late, writes give way; when the loop is quiet
// again, they get their full concurrency back.

export interface WritePacingOptions {
  /** Most writes at once (INGEST_WRITE_CONCURRENCY). */
  max: number;
  /** Event-loop lag, in ms, above which fewer writes run at once; 0: a plain limit of `max`. */
  targetLagMs: number;
}

/** How often the probe looks at the event loop while writes are pending. */
const PROBE_EVERY_MS = 10;

export class WritePacing {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Writes allowed at once now: between 1 and max. */
  private limit: number;
  private probe: NodeJS.Timeout | undefined;
  private probeDue = 0;

  constructor(private readonly options: WritePacingOptions) {
    this.limit = Math.max(1, options.max);
  }

  /** Writes allowed at once at this moment (for tests and metrics). */
  get concurrency(): number {
    return this.limit;
  }

  /** Runs `work` when a write slot is free. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit || this.waiting.length) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    this.startProbe();
    try {
      return await work();
    } finally {
      this.running--;
      this.startNext();
    }
  }

  /** Lag seen by the probe: lower the limit when it is over the target, raise it when well under. */
  observeLag(lagMs: number): void {
    const { max, targetLagMs } = this.options;
    if (targetLagMs <= 0) return;
    if (lagMs > targetLagMs) this.limit = Math.max(1, Math.floor(this.limit / 2));
    else if (lagMs < targetLagMs / 2 && this.limit < max) this.limit++;
    this.startNext();
  }

  private startNext(): void {
    while (this.running < this.limit && this.waiting.length) {
      this.running++;
      this.waiting.shift()!();
    }
    if (this.running === 0 && this.waiting.length === 0) this.stopProbe();
  }

  private startProbe(): void {
    if (this.probe || this.options.targetLagMs <= 0) return;
    this.probeDue = performance.now() + PROBE_EVERY_MS;
    this.probe = setInterval(() => {
      const now = performance.now();
      this.observeLag(Math.max(0, now - this.probeDue));
      this.probeDue = now + PROBE_EVERY_MS;
    }, PROBE_EVERY_MS);
    this.probe.unref();
  }

  private stopProbe(): void {
    clearInterval(this.probe);
    this.probe = undefined;
  }
}
