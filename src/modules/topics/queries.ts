import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { checkTextLength, containsText, orderInput, textLimits } from '../shared/filters.js';
import { page } from '../shared/pagination.js';

const TopicOrder = orderInput('TopicOrder', { NAME: 'name', STATEMENT_COUNT: 'how many statements are about it' });

builder.queryField('topics', (t) =>
  t.prismaConnection({
    type: 'Topic',
    ...page,
    description: 'Topics, by name unless ordered otherwise (STATEMENT_COUNT: how many statements are about it).',
    args: {
      nameContains: t.arg.string({ description: 'Case-insensitive part of the name.' }),
      orderBy: t.arg({ type: TopicOrder, description: 'How to sort them (see the field\'s description for the default).' }),
    },
    totalCount: (_parent, args) => prisma.topic.count({ where: topicWhere(args) }),
    resolve: (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'asc';
      const order =
        args.orderBy?.field === 'STATEMENT_COUNT' ? { statements: { _count: direction } } : { name: direction };
      return prisma.topic.findMany({ ...query, where: topicWhere(args), orderBy: [order, { id: direction }] });
    },
  }),
);

function topicWhere(args: { nameContains?: string | null }) {
  checkTextLength(args.nameContains, 'nameContains', textLimits.name);
  return args.nameContains ? { name: containsText(args.nameContains) } : {};
}
