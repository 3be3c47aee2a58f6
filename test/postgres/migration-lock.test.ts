// Only a PostgreSQL server can be shared by several instances: these run in the postgres project.
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/db.js';
import { readMigrations } from '../../src/migrations/apply.js';
import { createPostgresDatabase } from '../helpers/database.js';

it('four instances starting at once on one PostgreSQL apply each migration exactly once', async () => {
  const { url, dropDatabase } = await createPostgresDatabase();
  try {
    const instances = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase({ databaseUrl: url, dataDir: '', poolSize: 2 })),
    );
    const rows = await instances[0].withMigrationLock((session) =>
      session.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"'),
    );
    expect(rows.map((row) => row.migration_name).sort()).toEqual((await readMigrations()).map((file) => file.name));
    expect(await instances[3].prisma.article.count()).toBe(0);
    await Promise.all(instances.map((instance) => instance.close()));
  } finally {
    await dropDatabase();
  }
});

it('an unreachable PostgreSQL fails the start loudly', async () => {
  await expect(openDatabase({ databaseUrl: 'postgresql://root@127.0.0.1:1/none', dataDir: '', poolSize: 1 })).rejects.toThrow();
});
