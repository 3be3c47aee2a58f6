// An answer cache on top (off unless RESPONSE_CACHE_TTL_MS is set): graphql-yoga's response cache,
// shared by every viewer (reads are public), with one rule that makes it safe: an answer is never
// served once a write has been answered. Every cache key carries a write generation, bumped after
// each mutation on this instance and when another instance announces a write (through Redis, like
// the change feed); a key from before the write is never asked for again, and the LRU drops it.
// Keys are taken when a request starts, so a read that raced a write is stored under the old
// generation: it can be served only to requests that started before that write was answered.
import { getOperationAST } from 'graphql';
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { ChangeFeed } from '../live/change-feed.js';

export function useAnswerCache(ttlMs: number, feed: ChangeFeed): Plugin[] {
  let generation = 0;
  feed.onWrite(() => generation++);
  return [
    useResponseCache({
      session: () => null,
      ttl: ttlMs,
      cache: createInMemoryCache({ max: 10_000 }),
      // The generation does the invalidating; entity-based invalidation would miss new list members.
      invalidateViaMutation: false,
      buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
        hashSHA256(`${generation}\u0000${operationName ?? ''}\u0000${JSON.stringify(variableValues ?? {})}\u0000${documentString}`),
    }),
    {
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
        return {
          // Before the mutation's answer leaves: no request started after it sees an older answer.
          onExecuteDone() {
            generation++;
            feed.announceWrite();
          },
        };
      },
    },
  ];
}
