import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { changeFeed, type FeedEvent } from '../../live/change-feed.js';
import { changeStream } from '../../live/subscription.js';
import { afterDescription, cursorDescription, filterMatcher, sharedNode } from '../shared/change-events.js';
import { AgreementFilter, agreementConditions } from './queries.js';

const AgreementChangedEvent = builder.objectRef<FeedEvent>('AgreementChangedEvent').implement({
  description: 'An agreement reported for the first time, or whose status or dates changed.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: cursorDescription }),
    node: t.prismaField({
      type: 'Agreement',
      description: 'The agreement, as it is now, with the selection the subscriber asked for.',
      resolve: (query, event) =>
        sharedNode(event, query, (ids) => prisma.agreement.findMany({ ...query, where: { id: { in: ids } } }), 'agreement'),
    }),
  }),
});

builder.subscriptionField('agreementChanged', (t) =>
  t.field({
    type: AgreementChangedEvent,
    description:
      'Every agreement that is reported for the first time or changes status or dates from now on (or after `after`), ' +
      'by a story or an editor, and matches `filter`, in commit order. The node is the agreement as it is when delivered.',
    args: { filter: t.arg({ type: AgreementFilter, description: 'Only those that match: every condition given must hold.' }), after: t.arg.string({ description: afterDescription }) },
    subscribe: (_root, { filter, after }) =>
      changeStream(changeFeed, {
        kind: 'AGREEMENT_CHANGED',
        after,
        matching: filterMatcher(filter, 'Agreement', agreementConditions(filter), (where) =>
          prisma.agreement.findMany({ where, select: { id: true } }),
        ),
      }),
    resolve: (event) => event,
  }),
);
