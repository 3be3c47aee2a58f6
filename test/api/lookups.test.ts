// Lookups by name: `entity(name:)` and the `…Name` twins of the ID filters, over the demo stories.
import { beforeAll, expect, it } from 'vitest';
import { loadDemoStories } from '../../src/demo/demo-stories.js';
import { logger } from '../../src/logger.js';
import { TOKEN, useTestApp } from '../helpers/app.js';

const api = useTestApp();

async function query(text: string) {
  return (await (await api.request({ query: text })).json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}
async function data(text: string) {
  const result = await query(text);
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  expect(await loadDemoStories(api.app.ingestion, { demoData: 'on' }, logger)).toBe(12);
}, 120_000);

it('finds one entity by its exact name or an alias, whatever the case', async () => {
  const found = await data(`{
    exact: entity(name: "helena VOSS") { id name kind }
    alias: entity(name: "Voss") { id name }
    accents: entity(name: "Hélèna Voss.") { id }
    none: entity(name: "Helena") { id }
    part: entity(name: "Hel") { id }
    empty: entity(name: "  ") { id }
  }`);
  expect(found.exact).toMatchObject({ name: 'Helena Voss', kind: 'PERSON' });
  expect(found.alias?.id).toBe(found.exact.id);
  expect(found.accents?.id).toBe(found.exact.id);
  // Exact names only: a part of a name is what `entities(filter: { name })` is for.
  expect(found.part).toBeNull();
  expect(found.empty).toBeNull();
  expect(found.none).toBeNull();
});

it("filters statements by the speaker's name, as the ID filter does", async () => {
  const { entity } = await data('{ entity(name: "Tomas Reyes") { id } }');
  const result = await data(`{
    byName: statements(first: 50, filter: { speakerName: ["tomas reyes"] }) { totalCount edges { node { id speaker { name } } } }
    byId: statements(first: 50, filter: { speaker: ["${entity.id}"] }) { totalCount edges { node { id } } }
    direct: statements(first: 50, filter: { speakerName: ["Reyes"], kind: DIRECT }) { totalCount edges { node { kind } } }
    either: statements(first: 1, filter: { speakerName: ["Tomas Reyes", "Helena Voss"] }) { totalCount }
    voss: statements(first: 1, filter: { speakerName: ["Helena Voss"] }) { totalCount }
    wildcard: statements(first: 1, filter: { speakerName: ["%", "_"] }) { totalCount }
  }`);
  expect(result.byName.totalCount).toBeGreaterThanOrEqual(6);
  expect(result.byName.edges.map((edge: any) => edge.node.speaker.name)).toEqual(Array(result.byName.totalCount).fill('Tomas Reyes'));
  expect(result.byName.edges.map((edge: any) => edge.node.id)).toEqual(result.byId.edges.map((edge: any) => edge.node.id));
  expect(result.direct.totalCount).toBeGreaterThan(0);
  expect(result.direct.totalCount).toBeLessThan(result.byName.totalCount);
  expect(result.either.totalCount).toBe(result.byName.totalCount + result.voss.totalCount);
  expect(result.wildcard.totalCount).toBe(0);
});

it('filters articles by the names they mention (all of them) and by their outlet', async () => {
  const result = await data(`{
    both: articles(first: 20, filter: { mentionsName: ["Helena Voss", "tomas reyes"] }) { edges { node { url } } }
    voss: articles(first: 20, filter: { mentionsName: ["Helena Voss"] }) { totalCount }
    courier: articles(first: 20, filter: { sourceName: ["brackwater courier"] }) { edges { node { source { name } } } }
  }`);
  expect(result.both.edges.map((edge: any) => edge.node.url).sort()).toEqual([
    'https://demo.newsgraph.local/brackwater-bridge-closure',
    'https://demo.newsgraph.local/brackwater-flood-barrier',
    'https://demo.newsgraph.local/brackwater-rents',
  ]);
  expect(result.voss.totalCount).toBe(4);
  expect(result.courier.edges.map((edge: any) => edge.node.source.name)).toEqual(Array(3).fill('The Brackwater Courier'));
});

it('filters agreements by the names of their parties, and statistics by their subject', async () => {
  // An annotation names a statistic's subject; the extractor links some of the demo stories' too.
  const annotated = await (
    await api.request(
      {
        query: `mutation($input: AddStoryInput!) { addStory(input: $input) { __typename } }`,
        variables: {
          input: {
            url: 'https://lookups.test/glasswing-orders',
            title: 'Glasswing orders recover',
            body: 'Orders at Glasswing rose 7% in the spring.',
            statistics: [{ text: 'rose 7%', value: 7, unit: 'percent', label: 'orders', subject: 'Glasswing' }],
          },
        },
      },
      { token: TOKEN },
    )
  ).json();
  expect((annotated as any).data.addStory.__typename).toBe('AddStoryPayload');
  const result = await data(`{
    estemar: agreements(first: 5, filter: { partyName: ["Estemar", "CALDORA"] }) { edges { node { status parties { name } } } }
    nobody: agreements(first: 5, filter: { partyName: ["Estemar", "Northline Rail"] }) { totalCount }
    glasswing: entity(name: "glasswing") { id }
    byName: statistics(first: 100, filter: { subjectName: ["GLASSWING"] }) { edges { node { value subject { id name } } } }
  }`);
  expect(result.estemar.edges).toHaveLength(1);
  expect(result.estemar.edges[0].node.status).toBe('SIGNED');
  expect(result.nobody.totalCount).toBe(0);
  const byName = result.byName.edges.map((edge: any) => [edge.node.value, edge.node.subject.id]);
  expect(byName).toContainEqual([7, result.glasswing.id]);
  for (const [, subject] of byName) expect(subject).toBe(result.glasswing.id);
});

it('refuses a name longer than any stored one, or too many names, with BAD_USER_INPUT', async () => {
  const long = 'x'.repeat(301);
  for (const text of [
    `{ entity(name: "${long}") { id } }`,
    `{ statements(first: 1, filter: { speakerName: ["${long}"] }) { totalCount } }`,
    `{ articles(first: 1, filter: { mentionsName: ${JSON.stringify(Array(101).fill('a'))} }) { totalCount } }`,
  ]) {
    const result = await query(text);
    expect(result.errors?.[0]?.extensions?.code, text.slice(0, 60)).toBe('BAD_USER_INPUT');
  }
});
