import { builder } from '../../builder.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const AgreementStatus = builder.enumType('AgreementStatus', {
  description: 'Where an agreement stands.',
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
    title: t.string({ description: 'What it is called ("fisheries agreement").', resolve: (agreement) => agreement.title }),
    status: t.field({ type: AgreementStatus, description: 'Where it stands.', resolve: (agreement) => agreement.status }),
    rule: t.exposeString('rule', {
      nullable: true,
      description:
        'The extraction rule that found its newest report ("noun.sign-verb", "purchase.verb", "bid.for", "talks.failed"): why the graph says so. Null when annotated by hand.',
    }),
    topic: t.relation('topic', { nullable: true, description: 'What it is about.' }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime', nullable: true, description: 'When it was proposed, when known.' }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true, description: 'When it was signed, when known.' }),
    parties: t.relation('parties', { description: 'Who it is between, by name.', query: { orderBy: { name: 'asc' } } }),
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
    text: t.string({ description: 'The passage, exactly as in the body.', resolve: (mention) => mention.text }),
    start: t.int({ description: "Where the passage starts in the article's body (0-based, in UTF-16 code units, as JavaScript counts).", resolve: (mention) => mention.start }),
    end: t.int({ description: 'Where the passage ends in the body (exclusive).', resolve: (mention) => mention.end }),
    agreement: t.relation('agreement', { description: 'The agreement it reports.' }),
    article: t.relation('article', { description: 'The story.' }),
  }),
});
