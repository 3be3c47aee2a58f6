// Small input types and helpers reused by the domain filters.
import { builder } from '../../builder.js';
import { decodeGlobalId } from '../../global-id.js';
import { badUserInput } from '../../errors.js';
import { LIMITS } from '../ingestion/plan.js';
import { checkListLength } from './pagination.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Which way to sort.',
  values: {
    ASC: { value: 'asc', description: 'Smallest, earliest or A first.' },
    DESC: { value: 'desc', description: 'Largest, latest or Z first.' },
  } as const,
});

export const DateRange = builder.inputType('DateRange', {
  description: 'An interval of time; either end may be left open. `from` is inclusive, `to` exclusive.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false, description: 'From this instant, inclusive; open when left out.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Until this instant, exclusive; open when left out.' }),
  }),
});

export function dateRangeWhere(range: { from?: Date | null; to?: Date | null } | null | undefined) {
  if (!range) return undefined;
  return { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) };
}

/** The numeric database id behind a global ID, checked to be of the expected type. */
export function idOf(globalId: string, typename: string): number {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename) {
    throw badUserInput(`ID "${globalId}" is a ${decoded.typename}, not a ${typename}.`);
  }
  return Number(decoded.id);
}

/** The database ids behind a list argument of global IDs (`argument` names it in errors), at most a page of them. */
export function idsOf(globalIds: readonly string[] | null | undefined, typename: string, argument: string) {
  checkListLength(globalIds, argument);
  return globalIds?.map((id) => idOf(id, typename));
}

/**
 * How long a user string that reaches SQL may be: no stored name (entity, alias, topic, source,
 * unit) or URL is longer, since addStory refuses longer ones (`LIMITS` in ingestion/plan.ts).
 */
export const textLimits = { name: LIMITS.name, url: LIMITS.url } as const;

/** Refuses, as the client's mistake, a string argument longer than `max` characters. */
export function checkTextLength(value: string | null | undefined, argument: string, max: number) {
  if (value != null && value.length > max) {
    throw badUserInput(`\`${argument}\` is ${value.length} characters long; at most ${max} are allowed.`);
  }
}

/**
 * A Prisma `contains` that matches the text literally. Prisma hands `contains` to PostgreSQL as
 * `LIKE '%' || text || '%'` without escaping it, so `_` matched any character, `%` anything (`name:
 * "_"` matched every entity) and a backslash escaped the next one; each is escaped here.
 */
export function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
}

/**
 * `<Name>` input `{ field: <Name>Field!, direction: OrderDirection = <default> }`; `fields` maps each
 * field to what it sorts by ("when it was said"). Ties are always broken by ID, in the same direction.
 */
export function orderInput<const Fields extends Record<string, string>>(
  name: string,
  fields: Fields,
  defaultDirection: 'asc' | 'desc' = 'asc',
) {
  const values = Object.fromEntries(Object.entries(fields).map(([key, by]) => [key, { value: key, description: `By ${by}.` }])) as {
    [Key in keyof Fields & string]: { value: Key; description: string };
  };
  const field = builder.enumType(`${name}Field`, { description: 'What to sort by.', values });
  return builder.inputType(name, {
    description: 'How to sort the list; ties are broken by ID, in the same direction, so the order is always the same.',
    fields: (t) => ({
      field: t.field({ type: field, required: true, description: 'What to sort by.' }),
      direction: t.field({ type: OrderDirection, defaultValue: defaultDirection, description: `Which way (default ${defaultDirection.toUpperCase()}).` }),
    }),
  });
}
