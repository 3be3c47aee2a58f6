// No N+1: the SQL statements a request runs do not grow with the page size or the nesting.
import { beforeAll, expect, it } from 'vitest';
import { AddRawStoryDocument, AddStoryDocument, ArticleByUrlDocument, StatementsDeepDocument, StatementsDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

/** Stories of our own writing: each has 10 statements by 5 speakers, relayed and with topics. */
function story(n: number) {
  const sentences = Array.from({ length: 10 }, (_, i) => `Speaker ${i % 5} said that item ${n}-${i} matters.`);
  return {
    url: `https://newsgraph.example/sql-count/${n}`,
    title: `Story ${n}`,
    body: sentences.join(' '),
    publishedAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
    source: `Outlet ${n % 3}`,
    statements: sentences.map((_, i) => ({
      text: `item ${n}-${i} matters`,
      speaker: `Speaker ${i % 5}`,
      kind: 'INDIRECT' as const,
      via: i % 2 ? 'Wire Service' : null,
      topics: [`topic ${i % 3}`, 'politics'],
    })),
  };
}

beforeAll(async () => {
  for (let n = 0; n < 8; n++) await api.ok(AddStoryDocument, { input: story(n) });
});

async function countQueries(first: number) {
  api.resetQueries();
  const { statements } = await api.ok(StatementsDocument, { first });
  expect(statements.edges).toHaveLength(first);
  for (const { node } of statements.edges) {
    expect(node.speaker?.name).toMatch(/^Speaker \d$/);
    expect(node.article.title).toMatch(/^Story \d$/);
    expect(node.topics.length).toBe(2);
  }
  return [...api.queries];
}

it('runs the same few SQL statements for 5 or 50 statements with speaker, article, topics and source', async () => {
  const small = await countQueries(5);
  const large = await countQueries(50);
  console.log(`SQL statements: ${small.length} for 5 statements, ${large.length} for 50`);
  expect(large.length).toBe(small.length);
  // one page query (relations joined or batched) + one count
  expect(large.length).toBeLessThanOrEqual(6);
});

it('runs the same SQL statements for 5 or 50 statements when each also nests mentions, sources and topic counts', async () => {
  const count = async (first: number) => {
    api.resetQueries();
    const { statements } = await api.ok(StatementsDeepDocument, { first });
    expect(statements.edges).toHaveLength(first);
    expect(statements.edges.every(({ node }) => node.speaker!.mentions.totalCount > 0)).toBe(true);
    return api.queries.length;
  };
  const small = await count(5);
  const large = await count(50);
  console.log(`SQL statements, nested: ${small} for 5 statements, ${large} for 50`);
  expect(large).toBe(small);
});

// Storing a story: the SQL statements of one addStory of raw text do not grow with the number of
// people, places, statements or topics in it (names are resolved in one query, rows inserted in bulk).
const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Berglund', 'Castellan', 'Dornbeck', 'Elmsworth', 'Farrowby', 'Gastmoor', 'Hallquist'];
const TOWNS = ['Kelmouth', 'Brackwater', 'Thornevale', 'Ostrick', 'Marrowby'];

/** A raw story of our own writing in which `people` different people each say one thing. */
function crowdStory(label: string, people: number) {
  const sentences = Array.from({ length: people }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return `${name}, a councillor in ${TOWNS[i % TOWNS.length]}, said that the new bridge number ${i + 1} would cost 4 million euros.`;
  });
  return {
    url: `https://newsgraph.example/sql-count/crowd-${label}`,
    title: `Councillors weigh the bridges (${label})`,
    body: `The regional council met on Tuesday to discuss its bridges. ${sentences.join(' ')}`,
    publishedAt: '2026-02-03T00:00:00.000Z',
    source: 'The Valley Courier',
  };
}

it('stores a raw story in the same few SQL statements whether it names 3 people or 40', async () => {
  const count = async (label: string, people: number) => {
    api.resetQueries();
    const { addStory } = await api.ok(AddRawStoryDocument, { input: crowdStory(label, people) });
    expect(addStory.__typename).toBe('AddStoryPayload');
    const queries = api.queries.length;
    const { article } = await api.ok(ArticleByUrlDocument, { url: crowdStory(label, people).url });
    return { queries, statements: article!.statements.totalCount, entities: article!.entities.totalCount };
  };
  const small = await count('small', 3);
  const large = await count('large', 40);
  console.log(`SQL statements per raw story: ${small.queries} (${small.entities} entities, ${small.statements} statements), ${large.queries} (${large.entities} entities, ${large.statements} statements)`);
  expect(large.entities).toBeGreaterThanOrEqual(40);
  expect(large.statements).toBeGreaterThanOrEqual(30);
  expect(large.queries).toBeLessThanOrEqual(small.queries + 1);
  // The stored article of the URL with the sources and topics, the article with its names' candidate
  // entities, new entities, their titles and aliases, the findings with the change log, COMMIT;
  // then the change feed's read and the answer's article: 7 (13 before the findings went in one
  // statement, 9 before the URL lookup and the change log joined other statements).
  expect(large.queries).toBeLessThanOrEqual(8);
});
