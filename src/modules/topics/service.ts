import type { Prisma } from '../../generated/prisma/client.js';
import { upsertByKey } from '../shared/upsert-by-key.js';

/** "Climate Change!" -> "climate-change". */
export function topicSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Topic ids by the names given, creating the missing topics: one or two statements, however many names. */
export async function upsertTopics(tx: Prisma.TransactionClient, names: string[]): Promise<Map<string, number>> {
  return topicIdsByName(names, await upsertByKey(tx, 'Topic', 'slug', topicSlugs(names)));
}

/** slug -> the first name given for it. */
export function topicSlugs(names: string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const name of new Set(names)) {
    const slug = topicSlug(name) || 'untitled';
    if (!slugs.has(slug)) slugs.set(slug, name.trim());
  }
  return slugs;
}

/** Each name's topic id, from the ids by slug. */
export function topicIdsByName(names: string[], bySlug: Map<string, number>): Map<string, number> {
  return new Map([...new Set(names)].map((name) => [name, bySlug.get(topicSlug(name) || 'untitled')!]));
}
