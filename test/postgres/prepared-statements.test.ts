// Prepared statements (DATABASE_PREPARED_STATEMENTS) on a real PostgreSQL, read back from the
// server's own view of the session, pg_prepared_statements. A pool of one connection, so every
// query below runs in the session that view describes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db.js';
import type { Database } from '../../src/database/types.js';
import { createPostgresDatabase } from '../helpers/database.js';

interface Prepared {
  name: string;
  statement: string;
  generic_plans: bigint;
  custom_plans: bigint;
}

let url: string;
let dropDatabase: () => Promise<void>;
const opened: Database[] = [];

beforeAll(async () => {
  ({ url, dropDatabase } = await createPostgresDatabase());
});
afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
  await dropDatabase?.();
});

async function open(preparedStatements: number) {
  const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 1, preparedStatements });
  opened.push(database);
  return database;
}

const preparedIn = (database: Database) =>
  database.prisma.$queryRaw<Prepared[]>`SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name`;

it('prepares each distinct statement once, runs it again without parsing, and stops naming at the limit', async () => {
  const database = await open(3);
  const { prisma } = database;
  // Start-up ran one statement already (the reachability check); two more fit under the limit.
  for (let i = 0; i < 7; i++) await prisma.article.findMany({ where: { id: { gt: i } }, take: 5 });
  await prisma.entity.findMany({ take: 5 });
  await prisma.statement.findMany({ take: 5 });

  const prepared = await preparedIn(database);
  expect(prepared.map((row) => row.name)).toEqual(['newsgraph_1', 'newsgraph_2', 'newsgraph_3']);
  const articles = prepared.find((row) => row.statement.includes('"Article"'))!;
  // Seven executions of one prepared statement (parsed once): plans counted on it, not on seven.
  expect(Number(articles.generic_plans) + Number(articles.custom_plans)).toBe(7);
  expect(prepared.some((row) => row.statement.includes('"Entity"'))).toBe(true);
  // Over the limit: run unnamed, so never in the view.
  expect(prepared.some((row) => row.statement.includes('"Statement"'))).toBe(false);
});

it('prepares nothing with a limit of 0', async () => {
  const database = await open(0);
  await database.prisma.article.findMany({ take: 5 });
  await database.prisma.article.findMany({ take: 5 });
  expect(await preparedIn(database)).toEqual([]);
});
