// A fresh database per test file: in-memory PGlite, or a new database on the real PostgreSQL
// (created here and dropped afterwards). NEWSGRAPH_TEST_DB picks the engine (vitest projects).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db.js';
import type { Database } from '../../src/database/types.js';

export const testEngine = (process.env.NEWSGRAPH_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  /** For engines with a server: the URL other processes can use. */
  url?: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(): Promise<{ url: string; dropDatabase(): Promise<void> }> {
  const name = `newsgraph_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dropDatabase: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export async function createTestDatabase(options: { logQueries?: boolean } = {}): Promise<TestDatabase> {
  if (testEngine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://', poolSize: 1 }, options);
    return { database, drop: () => database.close() };
  }
  const { url, dropDatabase } = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 5 }, options);
  return {
    database,
    url,
    async drop() {
      await database.close();
      await dropDatabase();
    },
  };
}

/** Where a server process of its own keeps its data on this run's engine. */
export interface ServerStorage {
  /** DATABASE_URL or DATA_DIR, for the process's environment. */
  env: Record<string, string>;
  /** The PostgreSQL database's name (postgres engine only). */
  databaseName?: string;
  /** Drops the database or removes the directory. */
  remove(): Promise<void>;
}

/** A new PostgreSQL database, or a new PGlite directory, for one server process. */
export async function createServerStorage(): Promise<ServerStorage> {
  if (testEngine === 'postgres') {
    const { url, dropDatabase } = await createPostgresDatabase();
    return { env: { DATABASE_URL: url }, databaseName: new URL(url).pathname.slice(1), remove: dropDatabase };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-server-'));
  return { env: { DATA_DIR: path.join(dir, 'pglite') }, remove: () => rm(dir, { recursive: true, force: true }) };
}
