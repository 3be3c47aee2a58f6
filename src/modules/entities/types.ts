import { builder } from '../../builder.js';
import { page } from '../shared/pagination.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const EntityKind = builder.enumType('EntityKind', {
  description: 'What an entity is.',
  values: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'A company, party, agency, council, union, publication…' },
    COUNTRY: { description: 'A country.' },
    PLACE: { description: 'A city, region, building or other place that is not a country.' },
    OTHER: {
      description:
        'Named, but of no kind the extractor could tell (a company, a product, a person it does not know). ' +
        'A later story or annotation that gives the kind settles it.',
    },
  } as const,
});

export const EntityRef = builder.prismaNode('Entity', {
  id: { field: 'id' },
  ...alwaysLoaded('name', 'kind'),
  nullable: true,
  description: 'A person, organisation, country, place or other named thing: one node across every story that names it.',
  fields: (t) => ({
    name: t.string({ description: 'Its fullest name ("Xi Jinping").', resolve: (entity) => entity.name }),
    kind: t.field({ type: EntityKind, description: 'What it is.', resolve: (entity) => entity.kind }),
    titles: t.exposeStringList('titles', { description: 'Titles and roles as reported ("President of China").' }),
    aliases: t.stringList({
      description: 'Other names it goes by ("Xi", "President Xi").',
      select: { aliases: { select: { alias: true }, orderBy: { id: 'asc' } } },
      resolve: (entity) => entity.aliases.map(({ alias }) => alias),
    }),
    statements: t.relatedConnection('statements', {
      ...page,
      totalCount: true,
      description: 'What it said, latest said first (`saidAt`: its story\'s publication time; undated ones last).',
      query: () => ({ orderBy: [{ saidAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] }),
    }),
    agreements: t.relatedConnection('agreements', {
      ...page,
      totalCount: true,
      description: 'Agreements it is a party to.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    mentions: t.relatedConnection('mentions', {
      ...page,
      totalCount: true,
      description: 'The stories that name it, newest mention first.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
    statistics: t.relatedConnection('statistics', {
      ...page,
      totalCount: true,
      description: 'Numbers reported about it.',
      query: () => ({ orderBy: { id: 'desc' } }),
    }),
  }),
});

export const EntityMentionRef = builder.prismaNode('EntityMention', {
  id: { field: 'id' },
  ...alwaysLoaded('name', 'title'),
  nullable: true,
  description: 'An entity named in a story, as the story names and titles it.',
  fields: (t) => ({
    name: t.string({ resolve: (mention) => mention.name, description: 'The name as written in the story.' }),
    title: t.string({ nullable: true, resolve: (mention) => mention.title, description: 'The title or role as written in the story.' }),
    entity: t.relation('entity', { description: 'The entity named.' }),
    article: t.relation('article', { description: 'The story that names it.' }),
  }),
});
