import { builder } from '../../builder.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const AgreementStatus = builder.enumType('AgreementStatus', {
  values: {
    PROPOSED: { description: 'Put forward, not (yet) agreed.' },
    SIGNED: { description: 'Agreed or signed by its parties.' },
    NOT_REACHED: { description: 'Talks failed to reach it.' },
    WITHDRAWN: { description: 'A party withdrew from it.' },
  } as const,
});

export const AgreementRef = builder.prismaNode('Agreement', {
  id: { field: 'id' },
  ...alwaysLoaded('title', 'status'),
  nullable: true,
  description: 'An agreement between two or more parties, as stories report it.',
  fields: (t) => ({
    title: t.string({ resolve: (agreement) => agreement.title }),
    status: t.field({ type: AgreementStatus, resolve: (agreement) => agreement.status }),
    rule: t.exposeString('rule', {
      nullable: true,
      description:
        'The extraction rule that found its newest report ("noun.sign-verb", "purchase.verb", "bid.for", "talks.failed"): why the graph says so. Null when annotated by hand.',
    }),
    topic: t.relation('topic', { nullable: true }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime', nullable: true }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true }),
    parties: t.relation('parties', { query: { orderBy: { name: 'asc' } } }),
    mentions: t.relatedConnection('mentions', {
      ...page,
      totalCount: true,
      description: 'Where stories report it, with the exact text.',
      query: () => ({ orderBy: { id: 'asc' } }),
    }),
    statements: t.relatedConnection('statements', {
      ...page,
      totalCount: true,
      description: 'Statements about it.',
      query: () => ({ orderBy: [{ saidAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
  }),
});

export const AgreementMentionRef = builder.prismaNode('AgreementMention', {
  id: { field: 'id' },
  ...alwaysLoaded('text', 'start', 'end'),
  nullable: true,
  description: 'A passage of a story that reports an agreement.',
  fields: (t) => ({
    text: t.string({ resolve: (mention) => mention.text }),
    start: t.int({ resolve: (mention) => mention.start }),
    end: t.int({ resolve: (mention) => mention.end }),
    agreement: t.relation('agreement'),
    article: t.relation('article'),
  }),
});
