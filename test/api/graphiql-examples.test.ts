// GraphiQL's example tabs are a tour of the demo graph: every one is valid, the queries find what
// their comments promise, the mutation works with the token its Headers tab shows, and no line is
// so long that GraphiQL's editor cuts it off.
import { parse, validate } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { loadDemoStories } from '../../src/demo/demo-stories.js';
import { logger } from '../../src/logger.js';
import { exampleTabs } from '../../src/server/graphiql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp({ apiTokens: ['change-me'] });

beforeAll(async () => {
  expect(await loadDemoStories(api.app.ingestion, { demoData: 'on' }, logger)).toBe(12);
}, 120_000);

const operationOf = (query: string) => /^(query|mutation|subscription) (\w+)/m.exec(query)!.slice(1).join(' ');

it('opens on five tabs: latest statements, one person, a search, live statements, adding a story', () => {
  expect(exampleTabs.map((tab) => operationOf(tab.query))).toEqual([
    'query LatestStatements',
    'query OnePerson',
    'query Search',
    'subscription NewStatements',
    'mutation AddStory',
  ]);
  for (const tab of exampleTabs) {
    expect(validate(api.app.yoga.getEnveloped().schema, parse(tab.query))).toEqual([]);
    for (const line of tab.query.split('\n')) expect(line.length, line).toBeLessThanOrEqual(56);
  }
});

it('serves the tabs in the page, with the token in the Headers tab of the mutation', async () => {
  const page = await (await api.app.yoga.fetch('http://newsgraph.test/graphql', { headers: { accept: 'text/html' } })).text();
  expect(page).toContain('"defaultTabs":[');
  expect(page).toContain('Bearer change-me');
  expect(page).toContain('query LatestStatements');
});

async function run(index: number, headers: Record<string, string> = {}) {
  const response = await api.request({ query: exampleTabs[index]!.query }, { headers });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return result.data;
}

it('finds on the demo graph what the queries promise', async () => {
  const latest = await run(0);
  expect(latest.statements.edges).toHaveLength(5);
  const person = await run(1);
  expect(person.entity.name).toBe('Helena Voss');
  expect(person.entity.statements.totalCount).toBeGreaterThan(5);
  expect(person.reyes.edges.length).toBeGreaterThan(0);
  const search = await run(2);
  expect(search.search.edges[0].snippet.some((part: { highlighted: boolean }) => part.highlighted)).toBe(true);
});

it('adds the example story with the header its tab shows, and a statement with its speaker', async () => {
  const headers = JSON.parse(exampleTabs[4]!.headers!) as Record<string, string>;
  const added = await run(4, headers);
  expect(added.addStory).toMatchObject({ __typename: 'AddStoryPayload', created: true });
  const speakers = added.addStory.article.statements.edges.map((edge: any) => edge.node.speaker?.name);
  expect(speakers).toContain('Gwen Tarrant');
});
