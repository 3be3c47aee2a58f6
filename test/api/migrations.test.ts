// Migrations apply themselves at start, once, in Prisma's own table format, even when several
// instances start at the same moment.
import { expect, it } from 'vitest';
import { readMigrations } from '../../src/migrations/apply.js';
import { createTestDatabase } from '../helpers/database.js';

it('records every migration once in _prisma_migrations, with Prisma\'s checksum', async () => {
  const db = await createTestDatabase();
  try {
    const rows = await db.database.withMigrationLock((session) =>
      session.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    const files = await readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.finished_at && row.applied_steps_count === 1)).toBe(true);
  } finally {
    await db.drop();
  }
});
