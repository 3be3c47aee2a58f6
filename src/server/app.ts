// The app: open the database, build the GraphQL handler, serve it over HTTP. `start` and `stop`
// make it usable from main.ts, tests and benchmarks alike.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { openDatabase, useDatabase } from '../db.js';
import type { Database } from '../database/types.js';
import { logger } from '../logger.js';
import { createNewsgraphYoga, type NewsgraphYoga } from './yoga.js';

export interface App {
  yoga: NewsgraphYoga;
  database: Database;
  /** Listens on `port` (0: any free port); resolves to the URL of the GraphQL endpoint. */
  start(port?: number): Promise<string>;
  /** Stops accepting requests, lets those in flight finish, closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: Config, database?: Database): Promise<App> {
  const db = database ?? (await openDatabase(config));
  useDatabase(db);
  const yoga = createNewsgraphYoga(config, db);
  let server: Server | undefined;

  return {
    yoga,
    database: db,
    async start(port = config.port) {
      server = createServer(yoga);
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, config.host, resolve);
      });
      const { port: actual } = server.address() as AddressInfo;
      return `http://${config.host}:${actual}/graphql`;
    },
    async stop() {
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        // Requests still running after 10 s are cut off rather than holding the shutdown forever.
        const force = setTimeout(() => server?.closeAllConnections(), 10_000).unref();
        await closed;
        clearTimeout(force);
      }
      await db.close();
      logger.info('stopped');
    },
  };
}
