// Finds or creates many rows of a table with a unique text key in one statement (two when another
// transaction created some of them meanwhile), instead of one upsert per row.
import { Prisma } from '../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/**
 * Ids of the rows of `table` whose `keyColumn` is each given key, inserting the missing ones with
 * their `name`. `rows` maps key -> name (the first name given for a key wins).
 *
 * In one statement, a row another transaction committed after this statement began is neither
 * inserted (ON CONFLICT DO NOTHING) nor seen by its SELECT: those few are read again afterwards.
 */
export async function upsertByKey(tx: Tx, table: 'Topic' | 'Source', keyColumn: 'slug' | 'key', rows: Map<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!rows.size) return ids;
  // In one order for every story, so two stories inserting the same new rows at once do not deadlock.
  const keys = [...rows.keys()].sort();
  const names = keys.map((key) => rows.get(key)!);
  const tableSql = Prisma.raw(`"${table}"`);
  const keySql = Prisma.raw(`"${keyColumn}"`);
  const found = await tx.$queryRaw<{ id: number; key: string }[]>`
    WITH input(name, key) AS (SELECT * FROM unnest(${names}::text[], ${keys}::text[])),
    inserted AS (
      INSERT INTO ${tableSql} ("name", ${keySql}) SELECT name, key FROM input
      ON CONFLICT (${keySql}) DO NOTHING
      RETURNING "id", ${keySql} AS key
    )
    SELECT "id", key FROM inserted
    UNION ALL
    SELECT "id", ${keySql} AS key FROM ${tableSql} WHERE ${keySql} = ANY(${keys}::text[])`;
  for (const { id, key } of found) ids.set(key, id);
  const missing = keys.filter((key) => !ids.has(key));
  if (missing.length) {
    const late = await tx.$queryRaw<{ id: number; key: string }[]>`
      SELECT "id", ${keySql} AS key FROM ${tableSql} WHERE ${keySql} = ANY(${missing}::text[])`;
    for (const { id, key } of late) ids.set(key, id);
  }
  return ids;
}
