import type { PrismaClient } from '../generated/prisma/client.js';

/** A raw SQL session outside Prisma: used to apply migrations and to check readiness. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface Database {
  engine: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /**
   * Runs `work` on one session while holding the cluster-wide migration lock, so that two
   * instances starting at once never both apply the same migration.
   */
  withMigrationLock<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Emit Prisma `query` events (tests count SQL statements with them). */
  logQueries?: boolean;
}
