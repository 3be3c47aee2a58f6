import type { Prisma } from '../../generated/prisma/client.js';
import { nameKey } from '../entities/names.js';

/** The source of that name ("The Telegraph" and "Telegraph" are one), created if new. */
export async function upsertSource(tx: Prisma.TransactionClient, name: string): Promise<number> {
  const key = nameKey(name);
  const source = await tx.source.upsert({ where: { key }, create: { name: name.trim(), key }, update: {}, select: { id: true } });
  return source.id;
}
