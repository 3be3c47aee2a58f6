import { builder } from '../../builder.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const SourceRef = builder.prismaNode('Source', {
  id: { field: 'id' },
  ...alwaysLoaded('name'),
  nullable: true,
  description: 'A publication: one that published stories, or one that stories cite ("According to The Telegraph").',
  fields: (t) => ({
    name: t.string({ description: 'Its name ("The Brackwater Courier").', resolve: (source) => source.name }),
    articles: t.relatedConnection('articles', {
      ...page,
      totalCount: true,
      description: 'Stories it published, newest first.',
      query: () => ({ orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
    relayedStatements: t.relatedConnection('relayed', {
      ...page,
      totalCount: true,
      description: 'Statements that stories report through this source, latest said first (`saidAt`; undated ones last).',
      query: () => ({ orderBy: [{ saidAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
  }),
});
