// A burst of writes on a real PostgreSQL: stories wait their turn instead of failing, and every
// one of them is stored complete (the statements of its own body, nothing of another's).
import { expect, it } from 'vitest';
import { AddStoryDocument, ArticleByUrlDocument, type AddStoryInput } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

/** A story of our own writing with `n` annotated statements, each naming its own speaker. */
function story(url: string, n: number, variant: number): AddStoryInput {
  const sentences = Array.from({ length: n }, (_, i) => `Councillor Vera Holm${variant} said that the ferry pier ${variant}-${i} needs repairs.`);
  return {
    url,
    title: `Pier repairs ${variant}`,
    body: `The town discussed its piers on Monday. ${sentences.join(' ')}`,
    statements: sentences.map((_, i) => ({ text: `the ferry pier ${variant}-${i} needs repairs`, speaker: `Vera Holm${variant}`, kind: 'INDIRECT' as const })),
  };
}

async function addAll(inputs: AddStoryInput[]) {
  const results = await Promise.all(inputs.map((input) => api.run(AddStoryDocument, { input })));
  const failures = results.filter((result) => result.errors || result.data?.addStory.__typename !== 'AddStoryPayload');
  return { results, failures };
}

it('stores 100 new stories sent at once, every one complete', { timeout: 180_000 }, async () => {
  const inputs = Array.from({ length: 100 }, (_, i) => story(`https://newsgraph.example/burst/${i}`, 1 + (i % 5), i));
  const { failures } = await addAll(inputs);
  expect(failures.map((failure) => JSON.stringify(failure.errors ?? failure.data))).toEqual([]);
  for (const [i, input] of inputs.entries()) {
    const { article } = await api.ok(ArticleByUrlDocument, { url: input.url });
    expect(article?.title).toBe(input.title);
    expect(article?.statements.edges.map(({ node }) => node.text).sort()).toEqual(input.statements!.map((s) => s.text).sort());
    expect(new Set(article?.statements.edges.map(({ node }) => node.speaker?.name))).toEqual(new Set([`Vera Holm${i}`]));
  }
  const logged = await api.app.database.prisma.changeEvent.count({ where: { kind: 'ARTICLE_ADDED' } });
  expect(logged).toBe(100);
});

it('stores 50 different bodies for one URL sent at once as one story: one of them, whole', { timeout: 180_000 }, async () => {
  const url = 'https://newsgraph.example/burst/one-url';
  const inputs = Array.from({ length: 50 }, (_, i) => story(url, 1 + (i % 4), 1000 + i));
  const { results, failures } = await addAll(inputs);
  expect(failures.map((failure) => JSON.stringify(failure.errors ?? failure.data))).toEqual([]);
  // Exactly one call found the URL new; every other one updated it.
  const created = results.filter((result) => result.data?.addStory.__typename === 'AddStoryPayload' && result.data.addStory.created);
  expect(created).toHaveLength(1);
  const { article } = await api.ok(ArticleByUrlDocument, { url });
  const winner = inputs.find((input) => input.title === article?.title)!;
  expect(winner).toBeDefined();
  expect(article?.statements.edges.map(({ node }) => node.text).sort()).toEqual(winner.statements!.map((s) => s.text).sort());
  expect(await api.app.database.prisma.article.count({ where: { url } })).toBe(1);
});

it('stores 500 new stories sent at once, none refused or failed', { timeout: 300_000 }, async () => {
  const inputs = Array.from({ length: 500 }, (_, i) => story(`https://newsgraph.example/burst-500/${i}`, 1 + (i % 3), 5000 + i));
  const { failures } = await addAll(inputs);
  expect(failures.map((failure) => JSON.stringify(failure.errors ?? failure.data))).toEqual([]);
  const { prisma } = api.app.database;
  expect(await prisma.article.count({ where: { url: { startsWith: 'https://newsgraph.example/burst-500/' } } })).toBe(500);
  const statements = await prisma.statement.count({ where: { article: { url: { startsWith: 'https://newsgraph.example/burst-500/' } } } });
  expect(statements).toBe(inputs.reduce((n, input) => n + input.statements!.length, 0));
});

it('stores 40 stories at once that all name the same new people: one entity each, none failed', { timeout: 180_000 }, async () => {
  const inputs = Array.from({ length: 40 }, (_, i) => ({
    url: `https://newsgraph.example/burst-shared/${i}`,
    title: `Harbour works, part ${i}`,
    body: `Harbour master Edda Quarrington said that dock ${i} would reopen. Pilot Bram Oosterveld said that tug ${i} was ready.`,
    statements: [
      { text: `dock ${i} would reopen`, speaker: 'Edda Quarrington', kind: 'INDIRECT' as const },
      { text: `tug ${i} was ready`, speaker: 'Bram Oosterveld', kind: 'INDIRECT' as const },
    ],
  }));
  const { failures } = await addAll(inputs);
  expect(failures.map((failure) => JSON.stringify(failure.errors ?? failure.data))).toEqual([]);
  const { prisma } = api.app.database;
  for (const name of ['Edda Quarrington', 'Bram Oosterveld']) {
    const entities = await prisma.entity.findMany({ where: { name }, select: { id: true, _count: { select: { statements: true } } } });
    expect(entities.map((entity) => entity._count.statements)).toEqual([40]);
  }
});
