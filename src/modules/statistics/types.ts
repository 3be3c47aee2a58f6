import { builder } from '../../builder.js';
import { alwaysLoaded } from '../shared/select-mode.js';

export const ChangeDirection = builder.enumType('ChangeDirection', {
  description: 'Which way a reported change went.',
  values: { INCREASE: { description: 'Up ("rose", "a 5% increase").' }, DECREASE: { description: 'Down ("fell", "a drop").' } } as const,
});

export const StatisticQualifier = builder.enumType('StatisticQualifier', {
  description: 'How the text bounds or approximates a figure; the value is the number as written, never adjusted.',
  values: {
    ABOUT: { description: '"about", "around", "roughly", "approximately", "some", "close to"' },
    MORE_THAN: { description: '"more than", "over", "greater than", "better than", "upwards of", "in excess of"' },
    AT_LEAST: { description: '"at least"' },
    LESS_THAN: { description: '"less than", "fewer than", "under", "worse than"' },
    AT_MOST: { description: '"at most", "as few as", "as little as"' },
    UP_TO: { description: '"up to", "as many as", "as much as"' },
    ALMOST: { description: '"almost", "nearly"' },
  } as const,
});

const UNIT_DESCRIPTION =
  'The unit, from this vocabulary: "percent"; "percent of GDP" (budget and debt ratios); "percentage points"; "points"; ' +
  'an ISO currency code ("GBP", "USD", "EUR", "CHF", "ARS"...), "pence" or "US cents"; a duration ("minutes", "hours", "days", ' +
  '"weeks", "months", "years"); "years of age"; "times" (multipliers: "fourfold", "twice as many"); "rank"; the counted ' +
  'noun ("jobs", "MPs", "megapixels": the head noun, without words that describe the things counted, so "300 new jobs" and ' +
  '"800 local council workers" count "jobs" and "workers"; a role or generic head keeps the one word before it that names ' +
  'its kind: "Cabinet members", "TV stations", "mobile users", "member states"); a measure ("degrees Celsius", "kilometres", ' +
  '"miles per hour"); or a rate "<unit> per <denominator>" ("GBP per week", "USD per barrel", ' +
  '"pence per share", "hours per week"; "a head" and "per capita" are "per person", "annually" and "per annum" "per year"). ' +
  'Fractions are percentages ("two thirds": 66.7 percent). Null when the text gives none.';

export const StatisticRef = builder.prismaNode('Statistic', {
  id: { field: 'id' },
  ...alwaysLoaded('value', 'unit', 'label', 'direction', 'text', 'start', 'end'),
  nullable: true,
  description: 'A number a story reports, with what it measures.',
  fields: (t) => ({
    value: t.float({ resolve: (statistic) => statistic.value, description: 'The full magnitude: 3200000000 for "£3.2bn", 24 for "24%"; for a range, its lower end.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'For a range ("between £4m and £5m", "4-4.5%"), its upper end; null otherwise.' }),
    qualifier: t.expose('qualifier', { type: StatisticQualifier, nullable: true, description: 'The bound or approximation the text puts on the value ("about", "more than", "up to").' }),
    unit: t.string({ nullable: true, resolve: (statistic) => statistic.unit, description: UNIT_DESCRIPTION }),
    label: t.string({ resolve: (statistic) => statistic.label, description: 'What it measures, as a noun phrase ("annual pre-tax profit", "unemployment rate in Germany").' }),
    context: t.exposeString('context', { nullable: true, description: 'The sentence it stands in; null when annotated by hand.' }),
    direction: t.field({ type: ChangeDirection, nullable: true, resolve: (statistic) => statistic.direction, description: 'For a change: its direction.' }),
    baselineYear: t.exposeInt('baselineYear', { nullable: true, description: 'For a change: the year it is measured from.' }),
    baselineValue: t.exposeFloat('baselineValue', { nullable: true, description: 'For a change: the value it is measured from.' }),
    text: t.string({ resolve: (statistic) => statistic.text, description: 'The exact span of the story.' }),
    start: t.int({ resolve: (statistic) => statistic.start, description: 'Offset of the first character of `text` in the article body.' }),
    end: t.int({ resolve: (statistic) => statistic.end, description: 'Offset just past the last character of `text` in the article body.' }),
    article: t.relation('article', { description: 'The story that reports it.' }),
    subject: t.relation('subject', { nullable: true, description: 'The entity it is about, when known.' }),
    cue: t.exposeString('cue', { nullable: true, description: 'The word that gave its direction or kind ("drop", "rose", "%"); null when annotated by hand.' }),
    rule: t.exposeString('rule', {
      nullable: true,
      description: 'The extraction rules that found it, joined by "+": number form, unit form, then any later rule ("number.digits+money.sign.rate", "number.words+range.first-end.words+range.between"); null when annotated by hand.',
    }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'How sure the extractor was, 0 to 1; null when annotated by hand.' }),
    extractorVersion: t.exposeString('extractorVersion', { nullable: true, description: 'The extractor that found it; null when annotated by hand.' }),
  }),
});
