// Finding entities and sources by name, for `entity(name:)` and the `…Name` twins of the ID filters.
// A name matches the way the server itself tells two spellings of one name apart (`nameKey`):
// exactly, ignoring case, accents, punctuation and a leading "the", against the name or any alias.
// No lookup query of its own: the condition joins into the query that filters, so a subscription's
// filter stays a plain Prisma `where` too.
import type { Prisma } from '../../generated/prisma/client.js';
import { checkTextLength, textLimits } from '../shared/filters.js';
import { checkListLength } from '../shared/pagination.js';
import { nameKey } from './names.js';

/** How every name filter matches, for its description. */
export const NAME_MATCH = 'exact name or alias, ignoring case, accents, punctuation and a leading "the"';

/** The keys of a list argument of names (`argument` names it in errors), at most a page of them. */
export function nameKeysOf(names: readonly string[] | null | undefined, argument: string): string[] | undefined {
  if (!names) return undefined;
  checkListLength(names, argument);
  for (const name of names) checkTextLength(name, argument, textLimits.name);
  return names.map(nameKey);
}

/** An entity called `key` by its name or by one of its aliases. */
export function entityCalled(key: string): Prisma.EntityWhereInput {
  return { OR: [{ key }, { aliases: { some: { key } } }] };
}

/** An entity called any of `keys`. */
export function entityCalledAnyOf(keys: readonly string[]): Prisma.EntityWhereInput {
  return { OR: keys.flatMap((key) => entityCalled(key).OR!) };
}

/** A source called any of `keys` (sources have no aliases). */
export function sourceCalledAnyOf(keys: readonly string[]): Prisma.SourceWhereInput {
  return { key: { in: [...keys] } };
}
