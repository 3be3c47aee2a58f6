import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { changeFeed, type FeedEvent } from '../../live/change-feed.js';
import { changeStream } from '../../live/subscription.js';
import { afterDescription, cursorDescription, filterMatcher, sharedNode } from '../shared/change-events.js';
import { StatementFilter, statementConditions } from './queries.js';

const StatementAddedEvent = builder.objectRef<FeedEvent>('StatementAddedEvent').implement({
  description: 'A statement stored for the first time.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: cursorDescription }),
    node: t.prismaField({
      type: 'Statement',
      description: 'The statement, as it is now, with the selection the subscriber asked for.',
      resolve: (query, event) =>
        sharedNode(event, query, (ids) => prisma.statement.findMany({ ...query, where: { id: { in: ids } } }), 'statement'),
    }),
  }),
});

builder.subscriptionField('statementAdded', (t) =>
  t.field({
    type: StatementAddedEvent,
    description:
      'Every statement stored from now on (or after `after`) that matches `filter`, in the order the stories were ' +
      'committed. Adding a story again emits only its statements that are new.',
    args: { filter: t.arg({ type: StatementFilter, description: 'Only those that match: every condition given must hold.' }), after: t.arg.string({ description: afterDescription }) },
    subscribe: (_root, { filter, after }) =>
      changeStream(changeFeed, {
        kind: 'STATEMENT_ADDED',
        after,
        matching: filterMatcher(filter, 'Statement', statementConditions(filter), (where) =>
          prisma.statement.findMany({ where, select: { id: true } }),
        ),
      }),
    resolve: (event) => event,
  }),
);
