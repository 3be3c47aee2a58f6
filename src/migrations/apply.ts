// Applies prisma/migrations at start, on PGlite and PostgreSQL alike, recording each one in
// Prisma's own `_prisma_migrations` table so `prisma migrate status` keeps working. We do not
// call `prisma migrate deploy`: it needs a native engine offline, and fails through adapter-pg
// on a real server (prisma/orm#27403).
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import type { SqlSession } from '../database/types.js';

export const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');

// The table exactly as Prisma creates it.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Returns the names of the migrations it applied. Call it while holding the migration lock. */
export async function applyMigrations(session: SqlSession, dir = migrationsDir): Promise<string[]> {
  await session.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  const appliedNow: string[] = [];
  for (const migration of await readMigrations(dir)) {
    const row = applied.get(migration.name);
    if (row && !row.finished_at) {
      throw new Error(`Migration ${migration.name} failed earlier and was never resolved; fix the database by hand.`);
    }
    if (row && row.checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was edited after it was applied (checksum mismatch).`);
    }
    if (row) continue;
    // DDL is transactional in PostgreSQL: a failing migration leaves nothing behind.
    await session.exec('BEGIN');
    try {
      await session.exec(migration.sql);
      await session.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await session.exec('COMMIT');
    } catch (error) {
      await session.exec('ROLLBACK');
      throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
    appliedNow.push(migration.name);
  }
  return appliedNow;
}
