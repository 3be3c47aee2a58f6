import type { Prisma } from '../../generated/prisma/client.js';

/** "Climate Change!" -> "climate-change". */
export function topicSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Topic ids by the names given, creating the missing topics. */
export async function upsertTopics(tx: Prisma.TransactionClient, names: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const name of new Set(names)) {
    const slug = topicSlug(name) || 'untitled';
    const topic = await tx.topic.upsert({ where: { slug }, create: { name: name.trim(), slug }, update: {}, select: { id: true } });
    ids.set(name, topic.id);
  }
  return ids;
}
