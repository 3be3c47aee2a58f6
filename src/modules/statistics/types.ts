import { builder } from '../../builder.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const ChangeDirection = builder.enumType('ChangeDirection', {
  description: 'Which way a reported change went.',
  values: { INCREASE: { description: 'Up ("rose", "a 5% increase").' }, DECREASE: { description: 'Down ("fell", "a drop").' } } as const,
});

export const StatisticRef = builder.prismaNode('Statistic', {
  id: { field: 'id' },
  ...alwaysLoaded('value', 'unit', 'label', 'direction', 'text', 'start', 'end'),
  nullable: true,
  description: 'A number a story reports, with what it measures.',
  fields: (t) => ({
    value: t.float({ resolve: (statistic) => statistic.value, description: 'The full magnitude: 3200000000 for "£3.2bn", 24 for "24%".' }),
    unit: t.string({ nullable: true, resolve: (statistic) => statistic.unit, description: '"percent", a currency code, or the counted noun.' }),
    label: t.string({ resolve: (statistic) => statistic.label, description: 'What it measures.' }),
    direction: t.field({ type: ChangeDirection, nullable: true, resolve: (statistic) => statistic.direction, description: 'For a change: its direction.' }),
    baselineYear: t.exposeInt('baselineYear', { nullable: true, description: 'For a change: the year it is measured from.' }),
    baselineValue: t.exposeFloat('baselineValue', { nullable: true, description: 'For a change: the value it is measured from.' }),
    text: t.string({ resolve: (statistic) => statistic.text, description: 'The exact span of the story.' }),
    start: t.int({ resolve: (statistic) => statistic.start, description: 'Offset of the first character of `text` in the article body.' }),
    end: t.int({ resolve: (statistic) => statistic.end, description: 'Offset just past the last character of `text` in the article body.' }),
    article: t.relation('article', { description: 'The story that reports it.' }),
    subject: t.relation('subject', { nullable: true, description: 'The entity it is about, when known.' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The word that gave its direction or kind ("drop", "rose", "%"); null when annotated by hand.' }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'How sure the extractor was, 0 to 1; null when annotated by hand.' }),
    extractorVersion: t.exposeString('extractorVersion', { nullable: true, description: 'The extractor that found it; null when annotated by hand.' }),
  }),
});
