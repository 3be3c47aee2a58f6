import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../../builder.js';
import { AgreementRef } from '../agreements/types.js';
import { EntityRef } from '../entities/types.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

// Indirect connections: pagination follows the join rows, each node is the entity / agreement.
const entitiesThroughMentions = prismaConnectionHelpers(builder, 'EntityMention', {
  ...page,
  query: { orderBy: { id: 'asc' } },
  select: (nodeSelection) => ({ entity: nodeSelection({ select: { id: true } }) }),
  resolveNode: (mention) => mention.entity,
});

const agreementsThroughMentions = prismaConnectionHelpers(builder, 'AgreementMention', {
  ...page,
  query: { orderBy: { start: 'asc' } },
  select: (nodeSelection) => ({ agreement: nodeSelection({ select: { id: true } }) }),
  resolveNode: (mention) => mention.agreement,
});

const totalCountOf = (connection: unknown) => (connection as { totalCount: number }).totalCount;

export const ArticleRef = builder.prismaNode('Article', {
  id: { field: 'id' },
  // The title only: a statement's article is mostly shown by its title, and every column more is
  // more to load and map for every row of every list.
  ...alwaysLoaded('title'),
  nullable: true,
  description: 'A news story and everything found in it.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Canonical URL; unique.' }),
    title: t.string({ description: 'The headline.', resolve: (article) => article.title }),
    body: t.exposeString('body', { description: 'The raw text, as added; every offset in the API counts in it.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was published, when known.' }),
    language: t.exposeString('language', { description: 'ISO 639-1 code.' }),
    addedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the story was added to Newsgraph.' }),
    source: t.relation('source', { nullable: true, description: 'The publication that published it.' }),
    topics: t.relation('topics', { description: 'What it is about, by name.', query: { orderBy: { name: 'asc' } } }),
    statements: t.relatedConnection('statements', {
      ...page,
      totalCount: true,
      description: 'Statements in the order the story makes them.',
      query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
    }),
    statistics: t.relatedConnection('statistics', {
      ...page,
      totalCount: true,
      description: 'Numbers in the order the story reports them.',
      query: () => ({ orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
    }),
    mentions: t.relatedConnection('mentions', {
      ...page,
      totalCount: true,
      description: 'The entities it names, with the name and title it gives them.',
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    entities: t.connection(
      {
        type: EntityRef,
        description: 'The entities it names.',
        select: (args, context, nestedSelection) => ({
          _count: { select: { mentions: true } },
          mentions: entitiesThroughMentions.getQuery(args, context, nestedSelection),
        }),
        // The node selection always includes `id` (an empty Prisma select is invalid); Pothos
        // merges the client's selection into it, so the narrow static type is safe to widen.
        resolve: (article, args, context) => ({
          ...entitiesThroughMentions.resolve(article.mentions, args, context),
          totalCount: article._count.mentions,
        }) as never,
      },
      { name: 'ArticleEntitiesConnection', fields: (c) => ({ totalCount: c.int({ resolve: totalCountOf }) }) },
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'The agreements it reports.',
        select: (args, context, nestedSelection) => ({
          _count: { select: { agreements: true } },
          agreements: agreementsThroughMentions.getQuery(args, context, nestedSelection),
        }),
        resolve: (article, args, context) => ({
          ...agreementsThroughMentions.resolve(article.agreements, args, context),
          totalCount: article._count.agreements,
        }) as never,
      },
      { name: 'ArticleAgreementsConnection', fields: (c) => ({ totalCount: c.int({ resolve: totalCountOf }) }) },
    ),
  }),
});
