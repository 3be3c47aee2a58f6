import type { Prisma } from '../../generated/prisma/client.js';
import { nameKey } from '../entities/names.js';
import { upsertByKey } from '../shared/upsert-by-key.js';

/** The source of that name ("The Telegraph" and "Telegraph" are one), created if new. */
export async function upsertSource(tx: Prisma.TransactionClient, name: string): Promise<number> {
  return (await upsertSources(tx, [name])).get(name)!;
}

/** Source ids by the names given, creating the missing sources: one or two statements, however many names. */
export async function upsertSources(tx: Prisma.TransactionClient, names: string[]): Promise<Map<string, number>> {
  return sourceIdsByName(names, await upsertByKey(tx, 'Source', 'key', sourceKeys(names)));
}

/** key -> the first name given for it. */
export function sourceKeys(names: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of names) if (!keys.has(nameKey(name))) keys.set(nameKey(name), name.trim());
  return keys;
}

/** Each name's source id, from the ids by key. */
export function sourceIdsByName(names: string[], byKey: Map<string, number>): Map<string, number> {
  return new Map(names.map((name) => [name, byKey.get(nameKey(name))!]));
}
