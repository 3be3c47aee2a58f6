// The Prisma client as a plain module (not a context field: it keeps Pothos' types fast and
// services callable from anywhere). `prisma` is a live binding set once the database is open.
import type { Config } from './config.js';
import { openPglite } from './database/pglite.js';
import { openPostgres } from './database/postgres.js';
import type { Database, DatabaseOptions } from './database/types.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations } from './migrations/apply.js';

export let prisma: PrismaClient;

export function useDatabase(database: Database) {
  prisma = database.prisma;
}

/** Opens the configured database (PGlite unless DATABASE_URL is set) and applies pending migrations. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'poolSize'> & Partial<Pick<Config, 'preparedStatements' | 'statementTimeoutMs'>>,
  options: DatabaseOptions = {},
): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl, {
        ...options,
        poolSize: config.poolSize,
        preparedStatements: config.preparedStatements,
        statementTimeoutMs: config.statementTimeoutMs,
      })
    : await openPglite(config.dataDir, options);
  try {
    await database.withMigrationLock(applyMigrations);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
