import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { changeFeed, type FeedEvent } from '../../live/change-feed.js';
import { changeStream } from '../../live/subscription.js';
import { afterDescription, cursorDescription, filterMatcher, sharedNode } from '../shared/change-events.js';
import { ArticleFilter, articleConditions } from './queries.js';

const ArticleAddedEvent = builder.objectRef<FeedEvent>('ArticleAddedEvent').implement({
  description: 'A story added under a new URL.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: cursorDescription }),
    node: t.prismaField({
      type: 'Article',
      description: 'The article, as it is now, with the selection the subscriber asked for.',
      resolve: (query, event) =>
        sharedNode(event, query, (ids) => prisma.article.findMany({ ...query, where: { id: { in: ids } } }), 'article'),
    }),
  }),
});

builder.subscriptionField('articleAdded', (t) =>
  t.field({
    type: ArticleAddedEvent,
    description: 'Every story added from now on (or after `after`) under a new URL that matches `filter`, in commit order.',
    args: { filter: t.arg({ type: ArticleFilter, description: 'Only those that match: every condition given must hold.' }), after: t.arg.string({ description: afterDescription }) },
    subscribe: (_root, { filter, after }) =>
      changeStream(changeFeed, {
        kind: 'ARTICLE_ADDED',
        after,
        matching: filterMatcher(filter, 'Article', articleConditions(filter), (where) =>
          prisma.article.findMany({ where, select: { id: true } }),
        ),
      }),
    resolve: (event) => event,
  }),
);
