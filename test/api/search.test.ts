// `search` as a frontend shows it: a score and a marked snippet on every hit, entities whose name
// matches first, and pages that neither repeat nor skip a hit.
import { beforeAll, expect, it } from 'vitest';
import { loadDemoStories } from '../../src/demo/demo-stories.js';
import { SearchDocument } from '../../src/generated/operations/graphql.js';
import { logger } from '../../src/logger.js';
import { TOKEN, useTestApp } from '../helpers/app.js';

const api = useTestApp();

beforeAll(async () => {
  expect(await loadDemoStories(api.app.ingestion, { demoData: 'on' }, logger)).toBe(12);
}, 120_000);

it('gives every hit a score and a snippet whose marked words are the ones searched', async () => {
  const { search } = await api.ok(SearchDocument, { query: 'harbour', first: 20 });
  expect(search.totalCount).toBeGreaterThan(5);
  for (const edge of search.edges) {
    expect(edge.score).toBeGreaterThan(0);
    const marked = edge.snippet.filter((part) => part.highlighted).map((part) => part.text.toLowerCase());
    expect(marked.length, JSON.stringify(edge.snippet)).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^harbou?rs?$/);
    expect(edge.snippet.map((part) => part.text).join('')).not.toMatch(/[\u0001\u0002]/);
  }
  // Best first within the kinds that are not entities.
  const scores = search.edges.filter((edge) => edge.node.__typename !== 'Entity').map((edge) => edge.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

it('puts entities whose name matches first, the one whose whole name it is before the others', async () => {
  const first = async (query: string) => (await api.ok(SearchDocument, { query, first: 3 })).search.edges[0]!.node;
  expect(await first('Voss')).toMatchObject({ __typename: 'Entity', name: 'Helena Voss' });
  expect(await first('glasswing')).toMatchObject({ __typename: 'Entity', name: 'Glasswing' });
  // Two entities answer to "Brackwater"; the one named exactly that leads.
  const { search } = await api.ok(SearchDocument, { query: 'Brackwater', first: 5 });
  const entities = search.edges.filter((edge) => edge.node.__typename === 'Entity').map((edge) => (edge.node as { name: string }).name);
  expect(entities[0]).toBe('Brackwater');
  expect(search.edges.slice(0, entities.length).every((edge) => edge.node.__typename === 'Entity')).toBe(true);
});

it('pages through every hit once, in the order of one large page', async () => {
  // Equal scores are common (every statement that says "harbour" once): their order must hold.
  const all = (await api.ok(SearchDocument, { query: 'harbour OR council OR said', first: 100 })).search;
  const seen: string[] = [];
  let after: string | null | undefined;
  do {
    const { search } = await api.ok(SearchDocument, { query: 'harbour OR council OR said', first: 7, after });
    seen.push(...search.edges.map((edge) => `${edge.node.__typename}:${'id' in edge.node ? edge.node.id : ''}`));
    after = search.pageInfo.hasNextPage ? search.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toHaveLength(all.totalCount);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toEqual(all.edges.map((edge) => `${edge.node.__typename}:${'id' in edge.node ? edge.node.id : ''}`));
});

it('gives snippets as plain text in parts: no markup of our own, none of the story\'s', async () => {
  await api.request(
    {
      query: 'mutation($input: AddStoryInput!) { addStory(input: $input) { __typename } }',
      variables: { input: { url: 'https://search.test/markup', title: 'Markup', body: 'The <b>ferry</b> & the <script>pier</script> reopened.' } },
    },
    { token: TOKEN },
  );
  const { search } = await api.ok(SearchDocument, { query: 'ferry', kinds: ['ARTICLE'], first: 1 });
  const parts = search.edges[0]!.snippet;
  const text = parts.map((part) => part.text).join('');
  expect(text).toContain('pier');
  expect(text).not.toMatch(/<\/?(script|b)>/);
  expect(parts.find((part) => part.highlighted)?.text).toBe('ferry');
});
