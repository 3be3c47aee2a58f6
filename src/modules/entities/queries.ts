import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { checkTextLength, containsText, orderInput, textLimits } from '../shared/filters.js';
import { checkListLength, page } from '../shared/pagination.js';
import { entityCalled, NAME_MATCH } from './lookup.js';
import { nameKey } from './names.js';
import { EntityKind } from './types.js';

const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Every given condition must hold; a list matches any of its values.',
  fields: (t) => ({
    kind: t.field({ type: [EntityKind], required: false, description: 'Any of these kinds.' }),
    name: t.string({ required: false, description: 'Case-insensitive part of the name or of an alias.' }),
  }),
});

const EntityOrder = orderInput('EntityOrder', { NAME: 'name', STATEMENT_COUNT: 'how many statements it made', MENTION_COUNT: 'how often stories mention it' });

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
    args: { filter: t.arg({ type: EntityFilter, description: 'Only those that match: every condition given must hold.' }), orderBy: t.arg({ type: EntityOrder, description: 'How to sort them (see the field\'s description for the default).' }) },
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

builder.queryField('entity', (t) =>
  t.prismaField({
    type: 'Entity',
    nullable: true,
    description:
      `One entity by name (${NAME_MATCH}): "xi jinping" and "President Xi" find the same person. When several ` +
      'entities answer to it, the one whose own name it is wins over one that has it as an alias, then the one ' +
      'quoted most. Null when none does. `entities(filter: { name })` finds names by any part of them.',
    args: { name: t.arg.string({ required: true, description: 'A name or an alias.' }) },
    resolve: async (query, _root, args) => {
      checkTextLength(args.name, 'name', textLimits.name);
      const key = nameKey(args.name);
      if (!key) return null;
      const mostQuoted: Prisma.EntityOrderByWithRelationInput[] = [{ statements: { _count: 'desc' } }, { id: 'asc' }];
      return (
        (await prisma.entity.findFirst({ ...query, where: { key }, orderBy: mostQuoted })) ??
        prisma.entity.findFirst({ ...query, where: entityCalled(key), orderBy: mostQuoted })
      );
    },
  }),
);
