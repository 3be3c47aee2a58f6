// Hostile traffic at the transport: WebSocket operations over the limits, foreign origins and
// cross-site forms, bursts from one client, slow and idle connections. Each case runs against a real
// server process and ends with the server answering /health within a second.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, testEngine } from '../helpers/database.js';
import { wsClient } from '../helpers/live.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const TOKEN = 'transport-token';
const cleanups: (() => Promise<unknown>)[] = [];

/** A server process of its own on this run's engine, with `env` on top of the defaults; stopped after the file. */
async function serve(env: Record<string, string> = {}): Promise<ServerProcess> {
  let engineEnv: Record<string, string>;
  if (testEngine === 'postgres') {
    const { url, dropDatabase } = await createPostgresDatabase();
    engineEnv = { DATABASE_URL: url };
    cleanups.push(dropDatabase);
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-transport-'));
    engineEnv = { DATA_DIR: path.join(dir, 'pglite') };
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  }
  const server = await startServerProcess({ ...engineEnv, API_TOKENS: TOKEN, ...env });
  cleanups.unshift(() => server.stop());
  return server;
}

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const origin = (server: ServerProcess) => new URL(server.url).origin;

/** After every case: the server is alive and answers /health within a second. */
async function expectHealthy(server: ServerProcess) {
  const response = await fetch(`${origin(server)}/health`, { signal: AbortSignal.timeout(1_000) });
  expect(response.status).toBe(200);
}

/** A server with the default settings, shared by the cases that need nothing else. */
let server: ServerProcess;
beforeAll(async () => {
  server = await serve();
});

describe('WebSocket: an operation over a limit is refused alone', () => {

  let deep = 'id';
  for (let i = 0; i < 8; i++) deep = `speaker { statements(first: 1) { edges { node { ${deep} } } } }`;
  const overLimit = {
    depth: `subscription { statementAdded { node { ${deep} } } }`,
    cost: 'subscription { statementAdded { node { speaker { statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { text } } } } } } } } } } }',
    directives: `subscription { statementAdded { cursor ${Array.from({ length: 25 }, () => '@include(if: true)').join(' ')} } }`,
    aliases: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: topics(first: 1) { totalCount }`).join(' ')} }`,
    tokens: `{ ${'__typename '.repeat(6000)} }`,
  };

  for (const [limit, query] of Object.entries(overLimit)) {
    it(`${limit}: the operation gets an error, the socket and its other subscription live on`, async () => {
      const closes: number[] = [];
      const client = wsClient(server.url.replace(/^http/, 'ws'), { on: { closed: (event) => closes.push((event as { code: number }).code) } });
      try {
        // A subscription that must survive its neighbour's refusal.
        const survivor = { completed: false, errors: [] as unknown[] };
        client.subscribe(
          { query: 'subscription { articleAdded { cursor } }' },
          { next: () => {}, error: (error) => survivor.errors.push(error), complete: () => (survivor.completed = true) },
        );
        const refusal = await new Promise<unknown>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no answer to the refused operation')), 10_000);
          client.subscribe(
            { query },
            {
              next: (value) => {
                clearTimeout(timer);
                resolve(value);
              },
              error: (error) => {
                clearTimeout(timer);
                resolve(error);
              },
              complete: () => {},
            },
          );
        });
        // graphql-ws hands an `error` message to the sink's `error` as the array of GraphQL errors.
        expect(Array.isArray(refusal)).toBe(true);
        const [first] = refusal as { message: string }[];
        expect(first.message).toMatch(/depth|cost|directive|alias|token/i);
        // The socket still answers: a query on it runs.
        const answer = await new Promise<unknown>((resolve, reject) =>
          client.subscribe({ query: '{ __typename }' }, { next: resolve, error: reject, complete: () => {} }),
        );
        expect(answer).toEqual({ data: { __typename: 'Query' } });
        expect(closes).toEqual([]);
        expect(survivor).toEqual({ completed: false, errors: [] });
      } finally {
        await client.dispose();
      }
      await expectHealthy(server);
    });
  }
});

describe('CORS: no credentials, only the origins allowed', () => {
  const preflight = (target: ServerProcess, from: string) =>
    fetch(target.url, {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
  const query = (target: ServerProcess, from: string) =>
    fetch(target.url, { method: 'POST', headers: { origin: from, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });

  it('by default a foreign origin, or the origin "null", gets no CORS headers at all', async () => {
    for (const from of ['https://evil.example', 'null']) {
      for (const response of [await preflight(server, from), await query(server, from)]) {
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }
    // The server still answers the request itself (a client that is not a browser reads it).
    expect(await (await query(server, 'https://evil.example')).json()).toEqual({ data: { __typename: 'Query' } });
    await expectHealthy(server);
  });

  describe('CORS_ORIGINS lists the origins allowed', () => {
    let listed: ServerProcess;
    beforeAll(async () => {
      listed = await serve({ CORS_ORIGINS: 'https://app.example, https://admin.example:8443' });
    });

    it('a listed origin is allowed, without credentials; others and "null" get nothing', async () => {
      for (const from of ['https://app.example', 'https://admin.example:8443']) {
        const answer = await preflight(listed, from);
        expect(answer.status).toBe(204);
        expect(answer.headers.get('access-control-allow-origin')).toBe(from);
        expect(answer.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
        expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
        const response = await query(listed, from);
        expect(response.headers.get('access-control-allow-origin')).toBe(from);
        expect(response.headers.get('vary')).toMatch(/origin/i);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
      for (const from of ['https://evil.example', 'null', 'https://app.example.evil.example', 'http://app.example']) {
        for (const response of [await preflight(listed, from), await query(listed, from)]) {
          expect(response.headers.get('access-control-allow-origin')).toBeNull();
          expect(response.headers.get('access-control-allow-credentials')).toBeNull();
        }
      }
      await expectHealthy(listed);
    });
  });

  describe('CORS_ORIGINS=*', () => {
    let open: ServerProcess;
    beforeAll(async () => {
      open = await serve({ CORS_ORIGINS: '*' });
    });

    it('every origin may read, never with credentials', async () => {
      for (const from of ['https://evil.example', 'https://other.example']) {
        const response = await query(open, from);
        expect(['*', from]).toContain(response.headers.get('access-control-allow-origin'));
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
      await expectHealthy(open);
    });
  });
});

describe('CSRF: requests a browser sends cross-site without a preflight are refused', () => {
  const simple = {
    'a form (urlencoded)': { 'content-type': 'application/x-www-form-urlencoded', body: 'query=%7B__typename%7D' },
    'a form (multipart)': {
      'content-type': 'multipart/form-data; boundary=XX',
      body: '--XX\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--XX\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--XX--\r\n',
    },
    'text/plain': { 'content-type': 'text/plain', body: '{"query":"{ __typename }"}' },
  };

  for (const [name, { body, ...headers }] of Object.entries(simple)) {
    it(`${name}: 403, not executed`, async () => {
      const response = await fetch(server.url, { method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, body });
      expect(response.status).toBe(403);
      const json = (await response.json()) as { data?: unknown; errors: { message: string }[] };
      expect(json.data).toBeUndefined();
      expect(json.errors[0].message).toMatch(/CSRF/);
      await expectHealthy(server);
    });
  }

  it('a form that also sends the x-graphql-yoga-csrf header (only a script can) runs', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: 'query=%7B__typename%7D',
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('our own clients are untouched: JSON POSTs, GET reads and GraphiQL need no extra header', async () => {
    const json = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const graphiql = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/GraphiQL/i);
    await expectHealthy(server);
  });
});
