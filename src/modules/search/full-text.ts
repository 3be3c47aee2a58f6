// PostgreSQL full-text search over the generated `search` columns (see the init migration).
// websearch_to_tsquery accepts any user string: quotes, "or", "-word", stray punctuation.
import { Prisma } from '../../generated/prisma/client.js';
import { prisma } from '../../db.js';

/** Text-search configuration of each searchable table: names are not stemmed. */
export const searchConfigs = {
  Article: 'english',
  Statement: 'english',
  Entity: 'simple',
  Agreement: 'english',
  Statistic: 'english',
} as const;

export type Searchable = keyof typeof searchConfigs;

export function tsQuery(model: Searchable, text: string) {
  // PostgreSQL text cannot hold NUL: as a word separator it means nothing to a search anyway.
  const query = text.replaceAll('\0', ' ');
  return Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${searchConfigs[model]}'`)}, ${query})`;
}

/**
 * Ids of the rows of `model` that match `text`, for a Prisma `where: { id: { in } }`; only among
 * `among` when given (a subscription checks the few rows just added, not the whole table).
 */
export async function matchingIds(model: Searchable, text: string, among?: readonly number[]): Promise<number[]> {
  const restriction = among ? Prisma.sql`AND id = ANY(${[...among]}::int[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${model}"`)} WHERE search @@ ${tsQuery(model, text)} ${restriction}`,
  );
  return rows.map((row) => row.id);
}
