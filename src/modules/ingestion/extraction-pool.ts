// The extractor runs in a pool of worker threads (piscina), never on the event loop that serves
// requests: a 450 KB story takes seconds to read, and reads, subscriptions and other writes go on
// meanwhile. The request's own loop only validates, awaits the findings and stores them.
import { Piscina } from 'piscina';
import type { Extraction, StoryText } from '../../extraction/index.js';

export interface ExtractionPool {
  extract(story: StoryText): Promise<Extraction>;
  close(): Promise<void>;
}

const WORKER = new URL('./extraction-worker.mjs', import.meta.url);

/**
 * `threads` workers, each `niceIncrement` below the server's own CPU priority: when the cores are
 * busy, the event loop that answers reads (and PostgreSQL) runs first and extraction takes what is
 * left (Linux applies nice per thread; without piscina's optional @napi-rs/nice it is left at 0).
 */
export function createExtractionPool(threads: number, niceIncrement = 0): ExtractionPool {
  const pool = new Piscina<StoryText, Extraction>({
    filename: WORKER.href,
    // Started at once and kept: a worker compiles and loads the extractor's rules when it starts.
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // No limit here: the ingestion queue in front of the pool bounds how many stories wait.
    maxQueue: Number.POSITIVE_INFINITY,
    niceIncrement,
  });
  return {
    extract: (story) => pool.run(story),
    close: () => pool.destroy(),
  };
}
