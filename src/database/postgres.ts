// A real PostgreSQL server, through node-postgres: a pool for Prisma, a dedicated client for
// migrations (an advisory lock belongs to a session, so it must not hop between pooled connections).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { defaultPreparedStatements, preparedStatementNames } from './prepared-statements.js';
import type { Database, DatabaseOptions, SqlSession } from './types.js';

/** Arbitrary but fixed: every Newsgraph instance asks for the same advisory lock. */
const MIGRATION_LOCK_KEY = 727_274_001;

export interface PostgresOptions extends DatabaseOptions {
  poolSize?: number;
  /** Distinct SQL statements prepared on each connection (see prepared-statements.ts); 0: none. */
  preparedStatements?: number;
  /** Cancel any statement that runs longer than this, in ms (PostgreSQL's `statement_timeout`); 0: never. */
  statementTimeoutMs?: number;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: url,
        max: options.poolSize ?? 10,
        // Set on every pooled session, so no one request can hold a connection and a core for long.
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
      { statementNameGenerator: preparedStatementNames(options.preparedStatements ?? defaultPreparedStatements) },
    ),
    log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  // Fail at start, loudly, when the server is unreachable.
  await prisma.$queryRaw`SELECT 1`;
  return {
    engine: 'postgres',
    prisma,
    async withMigrationLock(work) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const session: SqlSession = {
        async query<Row>(sql: string, params?: unknown[]) {
          return (await client.query(sql, params)).rows as Row[];
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      };
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        return await work(session);
      } finally {
        // Closing the session releases the lock too; unlocking first keeps the log clean.
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        await client.end();
      }
    },
    async ping() {
      await prisma.$queryRaw`SELECT 1`;
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}
