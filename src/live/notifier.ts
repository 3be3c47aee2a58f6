// Tells the other instances that something committed, through graphql-yoga's Redis event target.
// The message carries nothing the receivers depend on: they read the change log themselves (see
// change-feed.ts), so a message lost while Redis is away costs latency, not events. When Redis
// comes back, every instance reads the log once, which delivers what it missed.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface Notifier {
  /** Tells every instance (this one included) to read the change log. Never throws. */
  announce(): void;
  onAnnouncement(listener: () => void): void;
  close(): Promise<void>;
}

const CHANNEL = 'newsgraph:changes';

export function createRedisNotifier(url: string, logger: Logger): Notifier {
  const log = logger.child({ component: 'redis' });
  // Commands wait for a connection instead of failing (reconnects are retried forever, slowly);
  // the subscriber re-subscribes by itself after a reconnect.
  const options = { maxRetriesPerRequest: null, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000) };
  const publisher = new Redis(url, { ...options, enableOfflineQueue: false });
  const subscriber = new Redis(url, options);
  const listeners = new Set<() => void>();
  let down = false;
  for (const [name, client] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
    client.on('error', (error: Error) => {
      if (!down) log.warn({ client: name, err: error.message }, 'Redis is unreachable: events reach this instance only until it returns');
      down = true;
    });
  }
  // A publisher that was away may have dropped announcements: announce once more when it is back.
  publisher.on('ready', () => void pubsub.publish(CHANNEL, null));
  subscriber.on('ready', () => {
    if (down) log.info('Redis is back: catching up with changes committed elsewhere');
    down = false;
    // Whatever was announced while this instance could not hear it is in the log.
    for (const listener of listeners) listener();
  });

  const pubsub = createPubSub<{ [CHANNEL]: [null] }>({
    eventTarget: createRedisEventTarget({
      // The event target publishes without handling failures; while Redis is away a publish
      // fails at once (no offline queue) and that is fine, so it is caught here.
      publishClient: {
        publish: (channel: string, message: string) => publisher.publish(channel, message).catch(() => 0),
      } as unknown as Redis,
      subscribeClient: subscriber,
    }),
  });
  const announcements = pubsub.subscribe(CHANNEL);
  void (async () => {
    for await (const _ of announcements) for (const listener of listeners) listener();
  })();

  return {
    announce: () => pubsub.publish(CHANNEL, null),
    onAnnouncement: (listener) => listeners.add(listener),
    async close() {
      await announcements.return?.();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
