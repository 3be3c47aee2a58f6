// Hostile traffic against a real server process, as anyone on the internet could send it: each case
// must get a clear answer, and the server must stay alive and answer /health within a second after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerStorage, type ServerStorage } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let server: ServerProcess;
let storage: ServerStorage;

beforeAll(async () => {
  storage = await createServerStorage();
  server = await startServerProcess({ ...storage.env, API_TOKENS: 'hostile-token' });
});

afterAll(async () => {
  await server?.stop();
  await storage?.remove();
});

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** After every case: the server is alive and answers /health within a second. */
async function expectHealthy() {
  const response = await fetch(`${new URL(server.url).origin}/health`, { signal: AbortSignal.timeout(1_000) });
  expect(response.status).toBe(200);
}

const words = (count: number) => Array.from({ length: count }, (_, i) => ['budget', 'council', 'harbour', 'minister'][i % 4]).join(' ');

describe('search strings are bounded before they reach SQL', () => {
  const searches = {
    articles: 'query($s: String) { articles(filter: { search: $s }) { totalCount } }',
    statements: 'query($s: String) { statements(filter: { search: $s }) { totalCount } }',
    statistics: 'query($s: String) { statistics(filter: { search: $s }) { totalCount } }',
    agreements: 'query($s: String) { agreements(filter: { search: $s }) { totalCount } }',
    search: 'query($s: String!) { search(query: $s) { totalCount } }',
  };

  for (const [name, query] of Object.entries(searches)) {
    it(`${name}: two concurrent 8,000-word searches are refused with BAD_USER_INPUT, and the server lives on`, async () => {
      const results = await Promise.all([post(query, { s: words(8_000) }), post(query, { s: words(8_000) })]);
      for (const result of results) {
        expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        expect(result.errors?.[0].message).toMatch(/at most 1000 characters/);
      }
      await expectHealthy();
    });
  }

  it('counts words as well as characters: 65 short words are refused, 64 are searched', async () => {
    const many = Array.from({ length: 65 }, (_, i) => `w${i % 10}`).join(' ');
    const refused = await post(searches.articles, { s: many });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused.errors?.[0].message).toMatch(/65 words; a search takes at most 64 words/);
    const accepted = await post(searches.articles, { s: words(64) });
    expect(accepted).toEqual({ data: { articles: { totalCount: 0 } } });
    await expectHealthy();
  });

  it('a subscription whose search is too long is refused as it starts', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription($s: String) { articleAdded(filter: { search: $s }) { cursor } }',
        variables: { s: words(8_000) },
      }),
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    expect(text).toContain('BAD_USER_INPUT');
    await expectHealthy();
  });
});
