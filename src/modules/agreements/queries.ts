import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { matchingIds } from '../search/full-text.js';
import { entityCalled, nameKeysOf, NAME_MATCH } from '../entities/lookup.js';
import { idsOf, orderInput } from '../shared/filters.js';
import { memoizeByInput } from '../shared/memoize.js';
import { checkListLength, page } from '../shared/pagination.js';
import { AgreementStatus } from './types.js';

export const AgreementFilter = builder.inputType('AgreementFilter', {
  description: 'Every given condition must hold; a list matches any of its values.',
  fields: (t) => ({
    party: t.idList({ required: false, description: 'Entity IDs; an agreement matches when all of them are parties.' }),
    partyName: t.stringList({ required: false, description: `Entity names (${NAME_MATCH}); an agreement matches when all of them are parties.` }),
    status: t.field({ type: [AgreementStatus], required: false, description: 'Any of these statuses.' }),
    topic: t.idList({ required: false, description: 'Topic IDs.' }),
    search: t.string({ required: false, description: 'Full-text search in the title; at most 1,000 characters and 64 words.' }),
  }),
});

const AgreementOrder = orderInput('AgreementOrder', { CREATED_AT: 'when it was first stored', SIGNED_AT: 'when it was signed', TITLE: 'title' }, 'desc');

export type AgreementFilterShape = typeof AgreementFilter.$inferInput;

/** The filter's conditions but its text search, which needs a query of its own (`matchingIds`). */
export function agreementConditions(filter: AgreementFilterShape | null | undefined): Prisma.AgreementWhereInput {
  if (!filter) return {};
  const parties = idsOf(filter.party as string[] | null, 'Entity', 'party') ?? [];
  const partyNames = nameKeysOf(filter.partyName, 'partyName') ?? [];
  const topics = idsOf(filter.topic as string[] | null, 'Topic', 'topic');
  checkListLength(filter.status, 'status');
  return {
    AND: [...parties.map((id) => ({ parties: { some: { id } } })), ...partyNames.map((key) => ({ parties: { some: entityCalled(key) } }))],
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(topics ? { topicId: { in: topics } } : {}),
  };
}

const agreementWhere = memoizeByInput(
  async (filter: AgreementFilterShape): Promise<Prisma.AgreementWhereInput> => ({
    ...agreementConditions(filter),
    ...(filter.search ? { id: { in: await matchingIds('Agreement', filter.search) } } : {}),
  }),
);

builder.queryField('agreements', (t) =>
  t.prismaConnection({
    type: 'Agreement',
    ...page,
    description: 'Agreements, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: AgreementFilter, description: 'Only those that match: every condition given must hold.' }), orderBy: t.arg({ type: AgreementOrder, description: 'How to sort them (see the field\'s description for the default).' }) },
    totalCount: async (_parent, args) => prisma.agreement.count({ where: await agreementWhere(args.filter) }),
    resolve: async (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'desc';
      const field = { CREATED_AT: 'createdAt', SIGNED_AT: 'signedAt', TITLE: 'title' }[args.orderBy?.field ?? 'CREATED_AT'];
      return prisma.agreement.findMany({
        ...query,
        where: await agreementWhere(args.filter),
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);
