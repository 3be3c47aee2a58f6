import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { matchingIds } from '../search/full-text.js';
import { entityCalledAnyOf, nameKeysOf, NAME_MATCH } from '../entities/lookup.js';
import { checkTextLength, idsOf, orderInput, textLimits } from '../shared/filters.js';
import { memoizeByInput } from '../shared/memoize.js';
import { checkListLength, page } from '../shared/pagination.js';

export const StatisticFilter = builder.inputType('StatisticFilter', {
  description: 'Every given condition must hold; a list matches any of its values.',
  fields: (t) => ({
    unit: t.stringList({ required: false, description: '"percent", a currency code, a counted noun.' }),
    article: t.idList({ required: false, description: 'Article IDs.' }),
    subject: t.idList({ required: false, description: 'Entity IDs of what the number is about.' }),
    subjectName: t.stringList({ required: false, description: `Names of the entity the number is about (${NAME_MATCH}).` }),
    search: t.string({ required: false, description: 'Full-text search in the label and the text; at most 1,000 characters and 64 words.' }),
  }),
});

const StatisticOrder = orderInput('StatisticOrder', { CREATED_AT: 'when it was stored', VALUE: 'its value' }, 'desc');

export type StatisticFilterShape = typeof StatisticFilter.$inferInput;

/** The filter's conditions but its text search, which needs a query of its own (`matchingIds`). */
export function statisticConditions(filter: StatisticFilterShape | null | undefined): Prisma.StatisticWhereInput {
  if (!filter) return {};
  const articles = idsOf(filter.article as string[] | null, 'Article', 'article');
  const subjects = idsOf(filter.subject as string[] | null, 'Entity', 'subject');
  const subjectNames = nameKeysOf(filter.subjectName, 'subjectName');
  checkListLength(filter.unit, 'unit');
  for (const unit of filter.unit ?? []) checkTextLength(unit, 'unit', textLimits.name);
  return {
    ...(filter.unit?.length ? { unit: { in: filter.unit } } : {}),
    ...(articles ? { articleId: { in: articles } } : {}),
    ...(subjects ? { subjectId: { in: subjects } } : {}),
    ...(subjectNames ? { subject: entityCalledAnyOf(subjectNames) } : {}),
  };
}

const statisticWhere = memoizeByInput(
  async (filter: StatisticFilterShape): Promise<Prisma.StatisticWhereInput> => ({
    ...statisticConditions(filter),
    ...(filter.search ? { id: { in: await matchingIds('Statistic', filter.search) } } : {}),
  }),
);

builder.queryField('statistics', (t) =>
  t.prismaConnection({
    type: 'Statistic',
    ...page,
    description: 'Reported numbers, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: StatisticFilter, description: 'Only those that match: every condition given must hold.' }), orderBy: t.arg({ type: StatisticOrder, description: 'How to sort them (see the field\'s description for the default).' }) },
    totalCount: async (_parent, args) => prisma.statistic.count({ where: await statisticWhere(args.filter) }),
    resolve: async (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'desc';
      const field = args.orderBy?.field === 'VALUE' ? 'value' : 'createdAt';
      return prisma.statistic.findMany({
        ...query,
        where: await statisticWhere(args.filter),
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);
