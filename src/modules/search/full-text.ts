// PostgreSQL full-text search over the generated `search` columns (see the init migration).
// websearch_to_tsquery accepts any user string: quotes, "or", "-word", stray punctuation.
import { Prisma } from '../../generated/prisma/client.js';
import { prisma } from '../../db.js';
import { badUserInput } from '../../errors.js';

/** Text-search configuration of each searchable table: names are not stemmed. */
export const searchConfigs = {
  Article: 'english',
  Statement: 'english',
  Entity: 'simple',
  Agreement: 'english',
  Statistic: 'english',
} as const;

export type Searchable = keyof typeof searchConfigs;

/**
 * How long a search string may be. PostgreSQL parses a query's words recursively: 8,000 words froze
 * the embedded PGlite for good (its WebAssembly stack overflowed into a loop no timeout can stop) and
 * 32,000 overflow a real server's stack. A search box never needs more than a sentence or two.
 */
export const searchLimits = { maxCharacters: 1_000, maxWords: 64 } as const;

/** Refuses, as the client's mistake, a search string longer than `searchLimits`. */
export function checkSearchText(text: string, argument = 'search') {
  if (text.length > searchLimits.maxCharacters) {
    throw badUserInput(`\`${argument}\` is ${text.length} characters long; a search takes at most ${searchLimits.maxCharacters} characters.`);
  }
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words > searchLimits.maxWords) {
    throw badUserInput(`\`${argument}\` has ${words} words; a search takes at most ${searchLimits.maxWords} words.`);
  }
}

export function tsQuery(model: Searchable, text: string) {
  checkSearchText(text);
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
