// Small input types and helpers reused by the domain filters.
import { builder } from '../../builder.js';
import { decodeGlobalId } from '../../global-id.js';
import { badUserInput } from '../../errors.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

export const DateRange = builder.inputType('DateRange', {
  description: 'An interval of time; either end may be left open. `from` is inclusive, `to` exclusive.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
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

export function idsOf(globalIds: readonly string[] | null | undefined, typename: string) {
  return globalIds?.map((id) => idOf(id, typename));
}

/** `<Name>` input `{ field: <Name>Field!, direction: OrderDirection = <default> }`. */
export function orderInput<const Fields extends readonly string[]>(
  name: string,
  fields: Fields,
  defaultDirection: 'asc' | 'desc' = 'asc',
) {
  const field = builder.enumType(`${name}Field`, { values: fields });
  return builder.inputType(name, {
    fields: (t) => ({
      field: t.field({ type: field, required: true }),
      direction: t.field({ type: OrderDirection, defaultValue: defaultDirection }),
    }),
  });
}
