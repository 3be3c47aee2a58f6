import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { badUserInput } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { entityCalled, nameKeysOf, NAME_MATCH, sourceCalledAnyOf } from '../entities/lookup.js';
import { matchingIds } from '../search/full-text.js';
import { checkTextLength, DateRange, dateRangeWhere, idOf, idsOf, orderInput, textLimits } from '../shared/filters.js';
import { memoizeByInput } from '../shared/memoize.js';
import { page } from '../shared/pagination.js';

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Every given condition must hold; a list matches any of its values.',
  fields: (t) => ({
    source: t.idList({ required: false, description: 'Source IDs of the publishing outlet.' }),
    sourceName: t.stringList({ required: false, description: `Names of the publishing outlet (${NAME_MATCH}).` }),
    topic: t.idList({ required: false, description: 'Topic IDs.' }),
    mentions: t.idList({ required: false, description: 'Entity IDs; a story matches when it names all of them.' }),
    mentionsName: t.stringList({ required: false, description: `Entity names (${NAME_MATCH}); a story matches when it names all of them.` }),
    publishedAt: t.field({ type: DateRange, required: false, description: 'Published within this interval.' }),
    search: t.string({ required: false, description: 'Full-text search in title and body (web-search syntax); at most 1,000 characters and 64 words.' }),
  }),
});

const ArticleOrder = orderInput('ArticleOrder', { PUBLISHED_AT: 'when it was published', ADDED_AT: 'when it was added', TITLE: 'title' }, 'desc');

export type ArticleFilterShape = typeof ArticleFilter.$inferInput;

/** The filter's conditions but its text search, which needs a query of its own (`matchingIds`). */
export function articleConditions(filter: ArticleFilterShape | null | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  const sources = idsOf(filter.source as string[] | null, 'Source', 'source');
  const topics = idsOf(filter.topic as string[] | null, 'Topic', 'topic');
  const mentioned = idsOf(filter.mentions as string[] | null, 'Entity', 'mentions') ?? [];
  const mentionedNames = nameKeysOf(filter.mentionsName, 'mentionsName') ?? [];
  const sourceNames = nameKeysOf(filter.sourceName, 'sourceName');
  return {
    AND: [
      ...mentioned.map((entityId) => ({ mentions: { some: { entityId } } })),
      ...mentionedNames.map((key) => ({ mentions: { some: { entity: entityCalled(key) } } })),
    ],
    ...(sourceNames ? { source: sourceCalledAnyOf(sourceNames) } : {}),
    ...(sources ? { sourceId: { in: sources } } : {}),
    ...(topics ? { topics: { some: { id: { in: topics } } } } : {}),
    ...(filter.publishedAt ? { publishedAt: dateRangeWhere(filter.publishedAt) } : {}),
  };
}

const articleWhere = memoizeByInput(
  async (filter: ArticleFilterShape): Promise<Prisma.ArticleWhereInput> => ({
    ...articleConditions(filter),
    ...(filter.search ? { id: { in: await matchingIds('Article', filter.search) } } : {}),
  }),
);

builder.queryField('article', (t) =>
  t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'One story, by ID or by URL (exactly one of them).',
    args: {
      id: t.arg.id({ description: 'Its global ID.' }),
      url: t.arg.string({ description: 'Its canonical URL, exactly as added.' }),
    },
    resolve: (query, _root, args) => {
      if ((args.id == null) === (args.url == null)) throw badUserInput('Give exactly one of `id` and `url`.');
      checkTextLength(args.url, 'url', textLimits.url);
      const where = args.id != null ? { id: idOf(String(args.id), 'Article') } : { url: args.url! };
      return prisma.article.findUnique({ ...query, where });
    },
  }),
);

builder.queryField('articles', (t) =>
  t.prismaConnection({
    type: 'Article',
    ...page,
    description: 'Stories, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: ArticleFilter, description: 'Only those that match: every condition given must hold.' }), orderBy: t.arg({ type: ArticleOrder, description: 'How to sort them (see the field\'s description for the default).' }) },
    totalCount: async (_parent, args) => prisma.article.count({ where: await articleWhere(args.filter) }),
    resolve: async (query, _parent, args) => {
      const direction = args.orderBy?.direction ?? 'desc';
      const order: Prisma.ArticleOrderByWithRelationInput =
        args.orderBy?.field === 'ADDED_AT'
          ? { createdAt: direction }
          : args.orderBy?.field === 'TITLE'
            ? { title: direction }
            : { publishedAt: { sort: direction, nulls: 'last' } };
      return prisma.article.findMany({ ...query, where: await articleWhere(args.filter), orderBy: [order, { id: direction }] });
    },
  }),
);
