// Hostile traffic at the transport: WebSocket operations over the limits, foreign origins and
// cross-site forms, bursts from one client, slow and idle connections. Each case runs against a real
// server process and ends with the server answering /health within a second.
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerStorage } from '../helpers/database.js';
import WebSocket from 'ws';
import { wsClient } from '../helpers/live.js';
import { ownRedis } from '../helpers/redis-server.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const TOKEN = 'transport-token';
const cleanups: (() => Promise<unknown>)[] = [];

/** A server process of its own on this run's engine, with `env` on top of the defaults; stopped after the file. */
async function serve(env: Record<string, string> = {}, options: { openFiles?: number } = {}): Promise<ServerProcess> {
  const storage = await createServerStorage();
  cleanups.push(() => storage.remove());
  const server = await startServerProcess({ ...storage.env, API_TOKENS: TOKEN, ...env }, options);
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

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A GraphQL POST from a given loopback address (127.0.0.x), so each case is a client of its own. */
function postFrom(target: ServerProcess, from: string, query: string, token?: string): Promise<Answer> {
  const url = new URL(target.url);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: 10_000,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, json: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const code = (answer: Answer) => answer.json.errors?.[0]?.extensions?.code;

function expectRateLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(code(answer)).toBe('RATE_LIMITED');
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('rate limits per client', () => {
  let limited: ServerProcess;
  beforeAll(async () => {
    limited = await serve({ RATE_LIMIT_REQUESTS_PER_MINUTE: '30', RATE_LIMIT_WRITES_PER_MINUTE: '10', RATE_LIMIT_AUTH_FAILURE_COST: '3' });
  });
  const read = '{ __typename }';
  const write = 'mutation { deleteStatement(id: "U3RhdGVtZW50OjE=") { __typename } }';

  it('a burst of reads from one address: the budget runs, the rest get 429 with Retry-After; other clients and /health are not held back', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => postFrom(limited, '127.0.0.2', read)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(30);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(10);
    for (const answer of refused) expectRateLimited(answer);
    // Another address, and the same address with a valid token (a client of its own), still read.
    expect((await postFrom(limited, '127.0.0.3', read)).json).toEqual({ data: { __typename: 'Query' } });
    expect((await postFrom(limited, '127.0.0.2', read, TOKEN)).json).toEqual({ data: { __typename: 'Query' } });
    await expectHealthy(limited);
  });

  it('writes have a budget of their own, per token', async () => {
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await postFrom(limited, '127.0.0.4', write, TOKEN));
    for (const answer of answers.slice(0, 10)) expect(code(answer)).not.toBe('RATE_LIMITED');
    expectRateLimited(answers[10]);
    // Reads of the same token go on (its request budget is not spent).
    expect((await postFrom(limited, '127.0.0.4', read, TOKEN)).status).toBe(200);
    await expectHealthy(limited);
  });

  it('wrong tokens cost much more, count against the address, and then even a right token from there is refused unchecked', async () => {
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await postFrom(limited, '127.0.0.5', write, `guess-${i}`));
    const unauthenticated = answers.filter((answer) => code(answer) === 'UNAUTHENTICATED');
    // 10 write points, 3 per wrong token (and 1 per write): at most three guesses are ever checked.
    expect(unauthenticated.length).toBeGreaterThanOrEqual(1);
    expect(unauthenticated.length).toBeLessThanOrEqual(3);
    for (const answer of answers.slice(unauthenticated.length)) expectRateLimited(answer);
    // No oracle: the right token from that address is refused as well, before it is compared.
    expectRateLimited(await postFrom(limited, '127.0.0.5', write, TOKEN));
    // Reads without a token from there are not blocked by the failures.
    expect((await postFrom(limited, '127.0.0.5', read)).status).toBe(200);
    await expectHealthy(limited);
  });

  it('over WebSocket, every operation started counts; a refused one gets an error and the socket lives on', async () => {
    class From6 extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { localAddress: '127.0.0.6' });
      }
    }
    const closes: number[] = [];
    const client = wsClient(limited.url.replace(/^http/, 'ws'), {
      webSocketImpl: From6,
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    try {
      const outcomes: unknown[] = [];
      for (let i = 0; i < 35; i++) {
        outcomes.push(
          await new Promise((resolve) => client.subscribe({ query: read }, { next: resolve, error: resolve, complete: () => {} })),
        );
      }
      const answered = outcomes.filter((outcome) => JSON.stringify(outcome) === JSON.stringify({ data: { __typename: 'Query' } }));
      expect(answered).toHaveLength(30);
      for (const outcome of outcomes.slice(30)) {
        expect(JSON.stringify(outcome)).toContain('RATE_LIMITED');
      }
      expect(closes).toEqual([]);
    } finally {
      await client.dispose();
    }
    await expectHealthy(limited);
  });

  describe('held across instances through Redis', () => {
    let first: ServerProcess;
    let second: ServerProcess;
    let redis: Awaited<ReturnType<typeof ownRedis>>;
    beforeAll(async () => {
      redis = await ownRedis();
      await redis.start();
      cleanups.push(() => redis.kill());
      // Both instances on one database, as they would be deployed.
      const env = { REDIS_URL: redis.url, RATE_LIMIT_REQUESTS_PER_MINUTE: '20' };
      first = await serve(env);
      second = await serve(env);
      // Two server processes and a Redis of its own: slow to start on a busy two-core machine.
    }, 180_000);

    it('one budget for a client, whichever instance it reaches', async () => {
      const answers = [];
      for (let i = 0; i < 15; i++) answers.push(await postFrom(first, '127.0.0.7', read));
      for (let i = 0; i < 15; i++) answers.push(await postFrom(second, '127.0.0.7', read));
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(20);
      for (const answer of answers.slice(20)) expectRateLimited(answer);
      await expectHealthy(first);
      await expectHealthy(second);
    });
  });
});

describe('slow and idle clients', () => {
  let guarded: ServerProcess;
  beforeAll(async () => {
    // 256 open files: the held connections below would take every one of them without a cap.
    guarded = await serve(
      { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_KEEPALIVE_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS: '40' },
      { openFiles: 256 },
    );
  });

  /** A raw TCP connection to the server; resolves when it is open. */
  async function connect(target: ServerProcess) {
    const url = new URL(target.url);
    const socket = createConnection({ host: url.hostname, port: Number(url.port) });
    socket.on('error', () => {});
    await once(socket, 'connect');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk));
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    return { socket, closed, received: () => received };
  }

  /** Sends `text` a byte every `ms` until the socket closes; resolves to when it closed, or null if it outlived `limitMs`. */
  async function trickle(connection: Awaited<ReturnType<typeof connect>>, text: string, ms: number, limitMs: number) {
    const started = Date.now();
    let closedAt: number | null = null;
    void connection.closed.then((at) => (closedAt = at));
    for (let i = 0; closedAt === null && Date.now() - started < limitMs; i++) {
      if (!connection.socket.destroyed) connection.socket.write(text[i % text.length]);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    connection.socket.destroy();
    return closedAt === null ? null : (closedAt as number) - started;
  }

  it('a client that sends its headers a byte at a time is cut at the headers timeout', async () => {
    const connection = await connect(guarded);
    const lasted = await trickle(connection, 'GET /graphql?query={__typename} HTTP/1.1\r\nx-slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 100, 8_000);
    expect(lasted).not.toBeNull();
    // 1 s, checked once a second.
    expect(lasted!).toBeLessThan(3_500);
    await expectHealthy(guarded);
  });

  it('a client that sends its body a byte at a time is cut at the request timeout', async () => {
    const connection = await connect(guarded);
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(500) } });
    connection.socket.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
    const lasted = await trickle(connection, body, 100, 8_000);
    expect(lasted).not.toBeNull();
    // 2 s, checked once a second.
    expect(lasted!).toBeLessThan(4_500);
    await expectHealthy(guarded);
  });

  it('with more connections held open than the server has files, /health and a query still answer at once', async () => {
    const held = [];
    for (let i = 0; i < 400; i++) {
      const connection = await connect(guarded);
      connection.socket.write('GET /graphql HTTP/1.1\r\n');
      held.push(connection);
    }
    try {
      // The held connections have sent part of their headers and wait; the server is not theirs.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expectHealthy(guarded);
      const response = await fetch(guarded.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(2_000),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      for (const connection of held) connection.socket.destroy();
    }
    await expectHealthy(guarded);
  });
});
