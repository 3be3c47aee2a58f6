import type { Prisma } from '../../generated/prisma/client.js';
import { nameKey } from '../entities/names.js';
import { upsertByKey } from '../shared/upsert-by-key.js';

/** The source of that name ("The Telegraph" and "Telegraph" are one), created if new. */
export async function upsertSource(tx: Prisma.TransactionClient, name: string): Promise<number> {
  return (await upsertSources(tx, [name])).get(name)!;
}

/** Source ids by the names given, creating the missing sources: one or two statements, however many names. */
export async function upsertSources(tx: Prisma.TransactionClient, names: string[]): Promise<Map<string, number>> {
  const keys = new Map<string, string>();
  for (const name of names) if (!keys.has(nameKey(name))) keys.set(nameKey(name), name.trim());
  const byKey = await upsertByKey(tx, 'Source', 'key', keys);
  return new Map(names.map((name) => [name, byKey.get(nameKey(name))!]));
}
