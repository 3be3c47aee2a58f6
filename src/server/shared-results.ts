// Fan-out: a story with 10 statements and 5,000 subscribers is 50,000 deliveries. Executing the
// subscriber's document once per delivery costs more than everything else together, yet
// subscribers of the same document, with the same variables and the same rights, would all get the
// same result for the same change. This Yoga (envelop) plugin executes it once per change and shares
// the result among them; each subscriber still has its own stream (filter, replay, cursor).
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { FeedEvent } from '../live/change-feed.js';

export function useSharedSubscriptionResults(): Plugin {
  // Yoga caches parsed documents, so one query text is one DocumentNode: its identity is the key.
  const documentIds = new WeakMap<DocumentNode, number>();
  let lastDocumentId = 0;
  const operationKey = ({ document, operationName, variableValues, contextValue }: ExecutionArgs) => {
    let documentId = documentIds.get(document);
    if (documentId === undefined) documentIds.set(document, (documentId = ++lastDocumentId));
    const canWrite = (contextValue as Context).viewer?.canWrite ?? false;
    return `result\u0000${documentId}\u0000${operationName ?? ''}\u0000${JSON.stringify(variableValues ?? {})}\u0000${canWrite}`;
  };

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const stream = await createSourceEventStream(args);
        if (!isAsyncIterable(stream)) return stream; // errors before the stream started
        const key = operationKey(args);
        const run = (payload: unknown) => execute({ ...args, rootValue: payload });
        // A change from the live feed is one object for all its subscribers: the result hangs on it.
        return mapStream(stream[Symbol.asyncIterator](), (payload) =>
          payload instanceof FeedEvent ? payload.shared.get(key, async () => run(payload)) : run(payload),
        );
      });
    },
  };
}

/** `source` with each value mapped; ends and returns with it (a plain iterator: no Repeater, see subscription.ts). */
function mapStream<T, R>(source: AsyncIterator<T>, mapper: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const result = await source.next();
      return result.done ? { value: undefined, done: true } : { value: await mapper(result.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
  };
}
