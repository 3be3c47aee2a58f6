// Statistics a reader can use, stored and queried: a range's upper end, the qualifier, the sentence,
// the extraction rule, rate units and the entity the figure is about; filters by unit and by subject.
// The stories are our own writing.
import { describe, expect, it } from 'vitest';
import { AddStoryDocument, EntitiesDocument, StatisticDetailsDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

const extracted = {
  url: 'https://newsgraph.example/statistics/harrowgate-fares',
  title: 'Harrowgate Rail cuts season fares',
  body:
    'Harrowgate Rail will charge commuters £120 a week from March, down from £134.\n\n' +
    'The operator expects to carry between 40,000 and 45,000 passengers, and more than 300 staff will move to new depots.\n\n' +
    'Drivers work 35 hours a week.',
};

describe('statistic details', () => {
  it('stores the extracted valueMax, qualifier, context, rule, rate unit, baseline value and subject', async () => {
    const { addStory } = await api.ok(AddStoryDocument, { input: extracted });
    expect(addStory.__typename).toBe('AddStoryPayload');

    const { statistics } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['GBP per week'] }, orderBy: { field: 'VALUE', direction: 'DESC' } });
    // the fare and its earlier value, both in the rate's unit
    expect(statistics.edges.map(({ node }) => node.value)).toEqual([134, 120]);
    const fare = statistics.edges[1]!.node;
    expect(fare).toMatchObject({
      text: '£120 a week',
      valueMax: null,
      direction: 'DECREASE',
      baselineValue: 134,
      context: 'Harrowgate Rail will charge commuters £120 a week from March, down from £134.',
      rule: 'number.digits+money.sign.rate',
      subject: { name: 'Harrowgate Rail' },
    });
    expect(fare.label.split(' ').length).toBeGreaterThan(1);

    const { statistics: passengers } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['passengers'] } });
    expect(passengers.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ text: '40,000 and 45,000 passengers', value: 40000, valueMax: 45000, qualifier: null, rule: expect.stringContaining('range.between') }),
    ]);
    // the upper end is no statistic of its own
    const { statistics: all } = await api.ok(StatisticDetailsDocument, {});
    expect(all.edges.filter(({ node }) => node.value === 45000)).toHaveLength(0);

    const { statistics: staff } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['staff'] } });
    expect(staff.edges[0]!.node).toMatchObject({ value: 300, qualifier: 'MORE_THAN', text: 'more than 300 staff' });
    const { statistics: hours } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['hours per week'] } });
    expect(hours.edges[0]!.node).toMatchObject({ value: 35, context: 'Drivers work 35 hours a week.' });
  });

  it('filters by subject', async () => {
    const { entities } = await api.ok(EntitiesDocument, { filter: { name: 'Harrowgate' } });
    const rail = entities.edges.find(({ node }) => node.name === 'Harrowgate Rail')!.node;
    const { statistics } = await api.ok(StatisticDetailsDocument, { filter: { subject: [rail.id] } });
    expect(statistics.totalCount).toBeGreaterThan(0);
    expect(statistics.edges.every(({ node }) => node.subject?.id === rail.id)).toBe(true);
    expect(statistics.edges.map(({ node }) => node.text)).toContain('£120 a week');
    // combined with a unit the story has no statistic of: nothing
    const { statistics: none } = await api.ok(StatisticDetailsDocument, { filter: { subject: [rail.id], unit: ['USD'] } });
    expect(none.totalCount).toBe(0);
  });

  it('stores an annotated range and qualifier, and refuses an upper end below the value without writing', async () => {
    const body = 'Bramblecote council expects repairs to cost between £4m and £5m, up to a tenth of its budget.';
    const url = 'https://newsgraph.example/statistics/bramblecote-repairs';
    const statistic = { text: '£4m and £5m', value: 4_000_000, unit: 'GBP', label: 'expected cost of the repairs', qualifier: 'ABOUT' as const };
    const refused = await api.ok(AddStoryDocument, { input: { url, title: 'Repairs', body, statistics: [{ ...statistic, valueMax: 3_000_000 }] } });
    expect(refused.addStory).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'statistics', '0', 'valueMax'] }] });
    const { statistics: before } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['GBP'] } });
    expect(before.edges.filter(({ node }) => node.text === '£4m and £5m')).toHaveLength(0);

    const { addStory } = await api.ok(AddStoryDocument, { input: { url, title: 'Repairs', body, statistics: [{ ...statistic, valueMax: 5_000_000 }] } });
    expect(addStory.__typename).toBe('AddStoryPayload');
    const { statistics } = await api.ok(StatisticDetailsDocument, { filter: { unit: ['GBP'] } });
    const stored = statistics.edges.map(({ node }) => node).find((node) => node.text === '£4m and £5m');
    expect(stored).toMatchObject({ value: 4_000_000, valueMax: 5_000_000, qualifier: 'ABOUT', rule: null, context: null });
  });
});
