import { builder } from '../../builder.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const TopicRef = builder.prismaNode('Topic', {
  id: { field: 'id' },
  ...alwaysLoaded('name', 'slug'),
  nullable: true,
  description: 'What a story, a statement or an agreement is about ("climate change").',
  fields: (t) => ({
    name: t.string({ description: 'Its name ("climate change").', resolve: (topic) => topic.name }),
    slug: t.string({ resolve: (topic) => topic.slug, description: 'Stable, URL-safe form of the name: "climate-change".' }),
    articles: t.relatedConnection('articles', {
      ...page,
      totalCount: true,
      description: 'Stories about it, newest first.',
      query: () => ({ orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
    statements: t.relatedConnection('statements', {
      ...page,
      totalCount: true,
      description: 'Statements about it, latest said first (undated ones last).',
      query: () => ({ orderBy: [{ saidAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
    agreements: t.relatedConnection('agreements', {
      ...page,
      totalCount: true,
      description: 'Agreements about it, newest first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
  }),
});
