import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkTextLength, containsText, orderInput, textLimits } from '../shared/filters.js';
import { checkListLength, page } from '../shared/pagination.js';
import { EntityKind } from './types.js';

const EntityFilter = builder.inputType('EntityFilter', {
  fields: (t) => ({
    kind: t.field({ type: [EntityKind], required: false, description: 'Any of these kinds.' }),
    name: t.string({ required: false, description: 'Case-insensitive part of the name or of an alias.' }),
  }),
});

const EntityOrder = orderInput('EntityOrder', ['NAME', 'STATEMENT_COUNT', 'MENTION_COUNT']);

type EntityFilterShape = typeof EntityFilter.$inferInput;

function entityWhere(filter: EntityFilterShape | null | undefined): Prisma.EntityWhereInput {
  if (!filter) return {};
  checkListLength(filter.kind, 'kind');
  checkTextLength(filter.name, 'name', textLimits.name);
  const contains = filter.name ? containsText(filter.name) : undefined;
  return {
    ...(filter.kind?.length ? { kind: { in: filter.kind } } : {}),
    ...(contains ? { OR: [{ name: contains }, { aliases: { some: { alias: contains } } }] } : {}),
  };
}

builder.queryField('entities', (t) =>
  t.prismaConnection({
    type: 'Entity',
    ...page,
    description: 'People, organisations, countries and places, by name unless ordered otherwise.',
    args: { filter: t.arg({ type: EntityFilter }), orderBy: t.arg({ type: EntityOrder }) },
    totalCount: (_parent, args) => prisma.entity.count({ where: entityWhere(args.filter) }),
    resolve: (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'asc';
      const order: Prisma.EntityOrderByWithRelationInput =
        args.orderBy?.field === 'STATEMENT_COUNT'
          ? { statements: { _count: direction } }
          : args.orderBy?.field === 'MENTION_COUNT'
            ? { mentions: { _count: direction } }
            : { name: direction };
      return prisma.entity.findMany({ ...query, where: entityWhere(args.filter), orderBy: [order, { id: direction }] });
    },
  }),
);
