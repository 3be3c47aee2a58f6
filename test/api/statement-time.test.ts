// When a statement was said is its story's publication time (null when the story has none); when
// it was stored is `addedAt`. "Latest" lists sort on what their argument names.
import { beforeAll, expect, it } from 'vitest';
import { AddStoryDocument, StatementsDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

const annotated = (url: string, speaker: string, text: string, publishedAt?: string) => ({
  url,
  title: `${speaker} speaks`,
  body: `${speaker} said that ${text}.`,
  ...(publishedAt ? { publishedAt } : {}),
  statements: [{ text, speaker, kind: 'INDIRECT' as const }],
});

beforeAll(async () => {
  // Stored in this order: an old dated story, an undated one, a recent dated one.
  await api.ok(AddStoryDocument, { input: annotated('https://newsgraph.example/time/old', 'Ilse Moran', 'the old mill should stay', '2016-05-02T00:00:00.000Z') });
  await api.ok(AddStoryDocument, { input: annotated('https://newsgraph.example/time/undated', 'Oskar Lind', 'the canal needs dredging') });
  await api.ok(AddStoryDocument, { input: annotated('https://newsgraph.example/time/recent', 'Rhea Sato', 'the tram line opens soon', '2025-09-10T00:00:00.000Z') });
});

it('gives a statement of an undated story no saidAt, and every statement an addedAt', async () => {
  const { statements } = await api.ok(StatementsDocument, { first: 10 });
  const byText = new Map(statements.edges.map(({ node }) => [node.text, node]));
  expect(byText.get('the canal needs dredging')?.saidAt).toBeNull();
  expect(byText.get('the old mill should stay')?.saidAt).toBe('2016-05-02T00:00:00.000Z');
  for (const { node } of statements.edges) expect(Date.now() - Date.parse(node.addedAt)).toBeLessThan(10 * 60_000);
});

it('lists the latest said first, undated last, by default and with SAID_AT', async () => {
  const expected = ['the tram line opens soon', 'the old mill should stay', 'the canal needs dredging'];
  const texts = async (orderBy?: { field: 'SAID_AT' | 'ADDED_AT'; direction?: 'ASC' | 'DESC' }) =>
    (await api.ok(StatementsDocument, { first: 10, orderBy })).statements.edges.map(({ node }) => node.text);
  expect(await texts()).toEqual(expected);
  expect(await texts({ field: 'SAID_AT' })).toEqual(expected);
  // Ascending: the oldest first, the undated still last.
  expect(await texts({ field: 'SAID_AT', direction: 'ASC' })).toEqual(['the old mill should stay', 'the tram line opens soon', 'the canal needs dredging']);
  // ADDED_AT: the order they were stored in, newest first.
  expect(await texts({ field: 'ADDED_AT' })).toEqual(['the tram line opens soon', 'the canal needs dredging', 'the old mill should stay']);
});

it('pages through the latest said with cursors, undated last, without gaps or repeats', async () => {
  const first = await api.ok(StatementsDocument, { first: 2 });
  const rest = await api.ok(StatementsDocument, { first: 2, after: first.statements.pageInfo.endCursor });
  expect([...first.statements.edges, ...rest.statements.edges].map(({ node }) => node.text)).toEqual([
    'the tram line opens soon',
    'the old mill should stay',
    'the canal needs dredging',
  ]);
});
