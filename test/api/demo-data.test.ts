// The invented demo stories: added at start to a database nothing was ever written to (embedded by
// default, PostgreSQL only when asked), through the same steps as addStory, with the right speakers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadDemoStories } from '../../src/demo/demo-stories.js';
import { logger } from '../../src/logger.js';
import { TOKEN, useTestApp } from '../helpers/app.js';
import { createServerStorage, testEngine, type ServerStorage } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const DEMO_STORIES = 12;

async function post(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return result.data;
}

const graphQuery = `{
  articles(first: 1) { totalCount }
  agreements(first: 10) { totalCount edges { node { status parties { name } } } }
  statistics(first: 1) { totalCount }
  statements(first: 100) { totalCount edges { node { kind text speaker { name } article { url } } } }
}`;

describe('at start', () => {
  let storage: ServerStorage;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    storage = await createServerStorage();
  });
  afterAll(async () => {
    await server?.stop();
    await storage?.remove();
  });

  // A new embedded database gets the demo graph by default, with the right speakers.
  async function embedded() {
    expect(loadConfig({}).demoData).toBe('auto');
    server = await startServerProcess({ ...storage.env, DEMO_DATA: '' });
    const data = await post(server.url, graphQuery);
    expect(data.articles.totalCount).toBe(DEMO_STORIES);
    expect(data.statistics.totalCount).toBeGreaterThan(30);
    expect(data.agreements.edges.map((edge: any) => edge.node.status).sort()).toEqual(['NOT_REACHED', 'SIGNED', 'SIGNED']);
    const speakerOf = (part: string) => {
      const found = data.statements.edges.filter((edge: any) => edge.node.text.includes(part));
      expect(found, part).toHaveLength(1);
      return found[0].node.speaker?.name;
    };
    // Direct quotes, reported speech, a second paragraph's pronoun, the same people in several stories.
    expect(speakerOf('blank cheque')).toBe('Tomas Reyes');
    expect(speakerOf('not a single foundation')).toBe('Tomas Reyes');
    expect(speakerOf('pack their lives into sandbags')).toBe('Helena Voss');
    expect(speakerOf('retimed to meet the trains')).toBe('Helena Voss');
    expect(speakerOf('the wind is free')).toBe('Oren Baptiste');
    expect(speakerOf('We offered a great deal')).toBe('Oren Baptiste');
    expect(speakerOf('sleep better tonight')).toBe('Joran Vidal');
    expect(speakerOf('stopped listening to the harbours')).toBe('Joran Vidal');
    expect(speakerOf('grew too fast')).toBe('Idris Fennimore');
    expect(speakerOf('40 more nurses')).toBe('Callum Birch');
    const helena = data.statements.edges.filter((edge: any) => edge.node.speaker?.name === 'Helena Voss');
    expect(new Set(helena.map((edge: any) => edge.node.article.url)).size).toBe(4);

    // A restart on the same directory adds nothing: the database has been written to.
    await server.stop();
    server = await startServerProcess({ ...storage.env });
    const again = await post(server.url, graphQuery);
    expect(again.articles.totalCount).toBe(DEMO_STORIES);
    expect(again.statements.totalCount).toBe(data.statements.totalCount);
  }

  // A new PostgreSQL database stays empty unless DEMO_DATA=on.
  async function postgres() {
    server = await startServerProcess({ ...storage.env, DEMO_DATA: 'auto' });
    expect((await post(server.url, graphQuery)).articles.totalCount).toBe(0);
    await server.stop();
    // Still never written to (no article, no change): DEMO_DATA=on loads it.
    server = await startServerProcess({ ...storage.env, DEMO_DATA: 'on' });
    expect((await post(server.url, graphQuery)).articles.totalCount).toBe(DEMO_STORIES);
  }

  it(`loads the demo stories on a new ${testEngine === 'pglite' ? 'embedded database by default' : 'PostgreSQL database only with DEMO_DATA=on'}`, () =>
    testEngine === 'pglite' ? embedded() : postgres(), 180_000);
});

describe('in process', () => {
  const api = useTestApp();

  const json = async (query: string) => ((await (await api.request({ query }, { token: TOKEN })).json()) as any).data;

  it('adds nothing with DEMO_DATA=off, nor to a database a story was ever added to, even once emptied', async () => {
    expect(await loadDemoStories(api.app.ingestion, { demoData: 'off' }, logger)).toBe(0);
    const added = await json(
      'mutation { addStory(input: { url: "https://demo.test/own", title: "Our own", body: "The pier reopened, the harbour master said." }) { ... on AddStoryPayload { article { id } } } }',
    );
    const deleted = await json(`mutation { deleteArticle(id: "${added.addStory.article.id}") { __typename } }`);
    expect(deleted.deleteArticle.__typename).not.toMatch(/Error/);
    expect(await loadDemoStories(api.app.ingestion, { demoData: 'on' }, logger)).toBe(0);
    expect((await json('{ articles(first: 1) { totalCount } }')).articles.totalCount).toBe(0);
  });
});
