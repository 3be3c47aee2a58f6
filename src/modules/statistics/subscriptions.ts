import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { changeFeed, type FeedEvent } from '../../live/change-feed.js';
import { changeStream } from '../../live/subscription.js';
import { afterDescription, cursorDescription, filterMatcher, sharedNode } from '../shared/change-events.js';
import { StatisticFilter, statisticConditions } from './queries.js';

const StatisticAddedEvent = builder.objectRef<FeedEvent>('StatisticAddedEvent').implement({
  description: 'A reported number stored for a story.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: cursorDescription }),
    node: t.prismaField({
      type: 'Statistic',
      description: 'The statistic, as it is now, with the selection the subscriber asked for.',
      resolve: (query, event) =>
        sharedNode(event, query, (ids) => prisma.statistic.findMany({ ...query, where: { id: { in: ids } } }), 'statistic'),
    }),
  }),
});

builder.subscriptionField('statisticAdded', (t) =>
  t.field({
    type: StatisticAddedEvent,
    description:
      'Every statistic stored from now on (or after `after`) that matches `filter`, in commit order. A story whose ' +
      'text changed has its statistics stored afresh, so they are emitted again.',
    args: { filter: t.arg({ type: StatisticFilter, description: 'Only those that match: every condition given must hold.' }), after: t.arg.string({ description: afterDescription }) },
    subscribe: (_root, { filter, after }) =>
      changeStream(changeFeed, {
        kind: 'STATISTIC_ADDED',
        after,
        matching: filterMatcher(filter, 'Statistic', statisticConditions(filter), (where) =>
          prisma.statistic.findMany({ where, select: { id: true } }),
        ),
      }),
    resolve: (event) => event,
  }),
);
