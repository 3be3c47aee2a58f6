import { builder } from '../../builder.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const StatementKind = builder.enumType('StatementKind', {
  description: 'How a story gives a statement.',
  values: {
    DIRECT: { description: 'Quoted: the speaker\'s own words.' },
    INDIRECT: { description: 'Reported speech: "X said that ...", "according to X, ...".' },
  } as const,
});

export const StatementRef = builder.prismaNode('Statement', {
  id: { field: 'id' },
  ...alwaysLoaded('text', 'kind', 'start', 'end', 'saidAt'),
  nullable: true,
  description: 'What an entity said, as a story reports it.',
  fields: (t) => ({
    text: t.string({ description: 'What was said, exactly as in the article body.', resolve: (statement) => statement.text }),
    kind: t.field({ type: StatementKind, description: 'DIRECT (quoted) or INDIRECT (reported).', resolve: (statement) => statement.kind }),
    start: t.int({ resolve: (statement) => statement.start, description: 'Offset of the first character of `text` in the article body.' }),
    end: t.int({ resolve: (statement) => statement.end, description: 'Offset just past the last character of `text` in the article body.' }),
    saidAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (statement) => statement.saidAt,
      description: 'When it was said: its story\'s `publishedAt`; null when the story has no date. Not when it was stored (`addedAt`).',
    }),
    addedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored in Newsgraph.' }),
    speaker: t.relation('speaker', { nullable: true, description: 'Who said it; null when the story does not say.' }),
    article: t.relation('article', { description: 'The story that reports it.' }),
    viaSource: t.relation('viaSource', {
      nullable: true,
      description: 'The publication the story relays it through ("According to The Telegraph, ...").',
    }),
    topics: t.relation('topics', { description: 'What it is about, by name.', query: { orderBy: { name: 'asc' } } }),
    agreements: t.relation('agreements', { description: 'Agreements this statement is about.' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The words that introduced it: "said", "according to"; null when annotated by hand.' }),
    rule: t.exposeString('rule', {
      nullable: true,
      description: 'The extraction rule that found it ("speech.that-clause", "according-to.trailing", "quote.uncued"): why the graph says so. Null when annotated by hand.',
    }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'How sure the extractor was, 0 to 1; null when annotated by hand.' }),
    extractorVersion: t.exposeString('extractorVersion', { nullable: true, description: 'The extractor that found it; null when annotated by hand.' }),
    editedAt: t.expose('editedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an editor last corrected it; corrected statements survive re-extraction.',
    }),
  }),
});
