import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { checkTextLength, containsText, orderInput, textLimits } from '../shared/filters.js';
import { page } from '../shared/pagination.js';

const SourceOrder = orderInput('SourceOrder', { NAME: 'name', CREATED_AT: 'when it was first stored' });

builder.queryField('sources', (t) =>
  t.prismaConnection({
    type: 'Source',
    ...page,
    description: 'Publications, by name unless ordered otherwise.',
    args: {
      nameContains: t.arg.string({ description: 'Case-insensitive part of the name.' }),
      orderBy: t.arg({ type: SourceOrder, description: 'How to sort them (see the field\'s description for the default).' }),
    },
    totalCount: (_parent, args) => prisma.source.count({ where: sourceWhere(args) }),
    resolve: (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'asc';
      const field = args.orderBy?.field === 'CREATED_AT' ? 'createdAt' : 'name';
      return prisma.source.findMany({
        ...query,
        where: sourceWhere(args),
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);

function sourceWhere(args: { nameContains?: string | null }) {
  checkTextLength(args.nameContains, 'nameContains', textLimits.name);
  return args.nameContains ? { name: containsText(args.nameContains) } : {};
}
