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

describe('WebSocket: an operation over a limit is refused alone', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await serve();
  });

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
