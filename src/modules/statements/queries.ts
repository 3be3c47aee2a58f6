import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { entityCalledAnyOf, nameKeysOf, NAME_MATCH, sourceCalledAnyOf } from '../entities/lookup.js';
import { matchingIds } from '../search/full-text.js';
import { DateRange, dateRangeWhere, idsOf, orderInput } from '../shared/filters.js';
import { memoizeByInput } from '../shared/memoize.js';
import { page } from '../shared/pagination.js';
import { StatementKind } from './types.js';

export const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Every given condition must hold; a list matches any of its values.',
  fields: (t) => ({
    speaker: t.idList({ required: false, description: 'Entity IDs of the speaker.' }),
    speakerName: t.stringList({ required: false, description: `Names of the speaker (${NAME_MATCH}): "Xi Jinping", "President Xi".` }),
    kind: t.field({ type: StatementKind, required: false, description: 'DIRECT (quoted) or INDIRECT (reported) only.' }),
    topic: t.idList({ required: false, description: 'Topic IDs.' }),
    article: t.idList({ required: false, description: 'Article IDs.' }),
    viaSource: t.idList({ required: false, description: 'Source IDs of the publication it was relayed through.' }),
    viaSourceName: t.stringList({ required: false, description: `Names of the publication it was relayed through (${NAME_MATCH}).` }),
    saidAt: t.field({ type: DateRange, required: false, description: 'Said within this interval.' }),
    search: t.string({ required: false, description: 'Full-text search in the statement text (web-search syntax); at most 1,000 characters and 64 words.' }),
  }),
});

// SAID_AT: when it was said (its story's publishedAt), undated statements last; ADDED_AT (and its
// older name CREATED_AT): when it was stored.
const StatementOrder = orderInput(
  'StatementOrder',
  { SAID_AT: 'when it was said (its story\'s publication time; undated ones last)', ADDED_AT: 'when it was stored', CREATED_AT: 'when it was stored (the older name of ADDED_AT)' },
  'desc',
);

export type StatementFilterShape = typeof StatementFilter.$inferInput;

/** The filter's conditions but its text search, which needs a query of its own (`matchingIds`). */
export function statementConditions(filter: StatementFilterShape | null | undefined): Prisma.StatementWhereInput {
  if (!filter) return {};
  const topics = idsOf(filter.topic as string[] | null, 'Topic', 'topic');
  const speakerNames = nameKeysOf(filter.speakerName, 'speakerName');
  const sourceNames = nameKeysOf(filter.viaSourceName, 'viaSourceName');
  return {
    ...(speakerNames ? { speaker: entityCalledAnyOf(speakerNames) } : {}),
    ...(sourceNames ? { viaSource: sourceCalledAnyOf(sourceNames) } : {}),
    ...(filter.speaker ? { speakerId: { in: idsOf(filter.speaker as string[], 'Entity', 'speaker') } } : {}),
    ...(filter.article ? { articleId: { in: idsOf(filter.article as string[], 'Article', 'article') } } : {}),
    ...(filter.viaSource ? { viaSourceId: { in: idsOf(filter.viaSource as string[], 'Source', 'viaSource') } } : {}),
    ...(topics ? { topics: { some: { id: { in: topics } } } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.saidAt ? { saidAt: dateRangeWhere(filter.saidAt) } : {}),
  };
}

export const statementWhere = memoizeByInput(
  async (filter: StatementFilterShape): Promise<Prisma.StatementWhereInput> => ({
    ...statementConditions(filter),
    ...(filter.search ? { id: { in: await matchingIds('Statement', filter.search) } } : {}),
  }),
);

builder.queryField('statements', (t) =>
  t.prismaConnection({
    type: 'Statement',
    ...page,
    description:
      'Statements, latest said first (`saidAt`, its story\'s publication time; undated ones last) unless ordered ' +
      'otherwise: `ADDED_AT` (or `CREATED_AT`) orders by when they were stored.',
    args: { filter: t.arg({ type: StatementFilter, description: 'Only those that match: every condition given must hold.' }), orderBy: t.arg({ type: StatementOrder, description: 'How to sort them (see the field\'s description for the default).' }) },

    totalCount: async (_parent, args) => prisma.statement.count({ where: await statementWhere(args.filter) }),
    resolve: async (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'desc';
      const field = args.orderBy?.field ?? 'SAID_AT';
      const order: Prisma.StatementOrderByWithRelationInput =
        field === 'SAID_AT' ? { saidAt: { sort: direction, nulls: 'last' } } : { createdAt: direction };
      return prisma.statement.findMany({
        ...query,
        where: await statementWhere(args.filter),
        orderBy: [order, { id: direction }],
      });
    },
  }),
);
