// PostgreSQL cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS, and the client is told
// so with a code of its own, without SQL or a stack.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { openDatabase } from '../../src/db.js';
import type { Database } from '../../src/database/types.js';
import { maskError } from '../../src/errors.js';
import { createPostgresDatabase } from '../helpers/database.js';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createPostgresDatabase();
  drop = created.dropDatabase;
  database = await openDatabase({ databaseUrl: created.url, dataDir: '', poolSize: 2, statementTimeoutMs: 300 });
});

afterAll(async () => {
  await database?.close();
  await drop?.();
});

it('cancels a statement past the limit on every pooled connection, and masks it as QUERY_TIMEOUT', async () => {
  const started = Date.now();
  const failures = await Promise.all(
    [1, 2, 3].map(() => database.prisma.$queryRaw`SELECT pg_sleep(5)`.then(() => undefined, (error: unknown) => error)),
  );
  expect(Date.now() - started).toBeLessThan(3_000);
  for (const failure of failures) {
    const masked = maskError(failure, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(masked.message).not.toMatch(/pg_sleep|SELECT|57014/);
  }
  // A statement under the limit still runs.
  expect(await database.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
});
