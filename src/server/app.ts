// The app: open the database, build the GraphQL handler, serve it over HTTP. `start` and `stop`
// make it usable from main.ts, tests and benchmarks alike.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { openDatabase, useDatabase } from '../db.js';
import type { Database } from '../database/types.js';
import { ChangeFeed, useChangeFeed } from '../live/change-feed.js';
import { startChangeLogPruning } from '../live/change-log-retention.js';
import { createRedisNotifier } from '../live/notifier.js';
import { logger } from '../logger.js';
import { createExtractionPool } from '../modules/ingestion/extraction-pool.js';
import { Ingestion } from '../modules/ingestion/ingestion.js';
import { capConnections, serverOptions } from './connections.js';
import { loadPersistedDocuments } from './persisted-documents.js';
import { createRateLimits } from './rate-limits.js';
import { attachGraphQLWebSocket, type GraphQLWebSocketServer } from './websocket.js';
import { createNewsgraphYoga, type NewsgraphYoga } from './yoga.js';

export interface App {
  yoga: NewsgraphYoga;
  database: Database;
  feed: ChangeFeed;
  ingestion: Ingestion;
  /** Live-update load: WebSocket connections and their subscriptions, and feed listeners (WebSocket and SSE). */
  liveStats(): { connections: number; subscriptions: number; listeners: number };
  /** Listens on `port` (0: any free port); resolves to the URL of the GraphQL endpoint. */
  start(port?: number): Promise<string>;
  /**
   * Completes every subscription (clients receive `complete`), closes WebSocket connections (1001),
   * stops accepting requests, lets those in flight finish, closes the database.
   */
  stop(): Promise<void>;
}

export async function createApp(config: Config, database?: Database): Promise<App> {
  const db = database ?? (await openDatabase(config));
  useDatabase(db);
  const notifier = config.redisUrl ? createRedisNotifier(config.redisUrl, logger) : undefined;
  const feed = await ChangeFeed.open({ notifier, logger });
  useChangeFeed(feed);
  const rateLimits =
    config.rateLimitRequestsPerMinute > 0 || config.rateLimitWritesPerMinute > 0 ? createRateLimits(config) : undefined;
  const ingestion = new Ingestion({
    prisma: db.prisma,
    feed,
    extraction: createExtractionPool(config.extractionThreads, config.extractionNice),
    queueSize: config.ingestQueueSize,
    // PGlite is one connection: more transactions at once would only queue inside it.
    writeConcurrency: config.ingestWriteConcurrency || (db.engine === 'pglite' ? 1 : Math.max(1, config.poolSize - 2)),
    storyMaxChars: config.storyMaxChars,
    logger,
  });
  const pruning = startChangeLogPruning({ prisma: db.prisma, retention: config.changeLogRetention, logger });
  let server: Server | undefined;
  let webSocket: GraphQLWebSocketServer | undefined;
  const liveStats = () => ({ connections: 0, subscriptions: 0, ...webSocket?.stats(), listeners: feed.listenerCount });
  const persistedDocuments = loadPersistedDocuments(config);
  const yoga = createNewsgraphYoga(config, db, feed, ingestion, rateLimits, liveStats, persistedDocuments);

  return {
    yoga,
    database: db,
    feed,
    ingestion,
    liveStats,
    async start(port = config.port) {
      server = createServer(serverOptions(config));
      // Timeouts for slow clients, and a cap on open connections that still lets /health in (connections.ts).
      server.on('request', capConnections(server, config.httpMaxConnections, yoga, ['/health', '/ready']));
      webSocket = attachGraphQLWebSocket(server, yoga, config, rateLimits, persistedDocuments);
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, config.host, resolve);
      });
      const { port: actual } = server.address() as AddressInfo;
      return `http://${config.host}:${actual}/graphql`;
    },
    async stop() {
      await feed.close();
      await webSocket?.close();
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        // Requests still running after 10 s are cut off rather than holding the shutdown forever.
        const force = setTimeout(() => server?.closeAllConnections(), 10_000).unref();
        await closed;
        clearTimeout(force);
      }
      await ingestion.close();
      await pruning.stop();
      await notifier?.close();
      await rateLimits?.close();
      await db.close();
      logger.info('stopped');
    },
  };
}
