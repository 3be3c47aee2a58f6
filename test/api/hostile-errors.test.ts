// Hostile input that must get a clear client error, not "Unexpected error." and a stack trace in the
// log: over-long lists and strings, limit refusals, IDs and cursors out of range, a database that goes
// away. Each case runs against a real server process on this run's engine and ends with the server
// answering /health within a second; the log is read back to check what was logged, and at what level.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/global-id.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { adminUrl, createServerStorage, testEngine } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const TOKEN = 'hostile-errors-token';
const cleanups: (() => Promise<unknown>)[] = [];

interface Served {
  server: ServerProcess;
  /** Every JSON line the process has logged so far. */
  log: { level: number; msg?: string; [key: string]: unknown }[];
  /** The PostgreSQL database's name (postgres engine only). */
  databaseName?: string;
}

/** A server process of its own on this run's engine; stopped (and its data removed) after the file. */
async function serve(env: Record<string, string> = {}): Promise<Served> {
  const storage = await createServerStorage();
  const { databaseName } = storage;
  cleanups.push(() => storage.remove());
  const server = await startServerProcess({ ...storage.env, API_TOKENS: TOKEN, ...env });
  cleanups.unshift(() => server.stop());
  const log: Served['log'] = [];
  let pending = '';
  server.child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      try {
        log.push(JSON.parse(line));
      } catch {
        // not a log line
      }
    }
  });
  return { server, log, databaseName };
}

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

type GraphQLBody = { data?: unknown; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };

async function post(served: Served, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(served.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
}

/** After every case: the server is alive and answers /health within a second. */
async function expectHealthy(served: Served) {
  const response = await fetch(`${new URL(served.server.url).origin}/health`, { signal: AbortSignal.timeout(1_000) });
  expect(response.status).toBe(200);
}

/** Lets the process flush its log lines for what just happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

const ids = (typename: string, count: number) => Array.from({ length: count }, (_, i) => encodeGlobalId(typename, i + 1));
const base64 = (text: string) => Buffer.from(text).toString('base64');

let main: Served;
beforeAll(async () => {
  main = await serve();
  const story = {
    url: 'https://newsgraph.example/hostile-errors/1',
    title: 'Council approves the budget',
    body: 'The council approved the budget on Monday. "This is a good day," Mayor Jane Doe said. Spending rose 5 percent.',
  };
  const added = await post(main, 'mutation($input: AddStoryInput!) { addStory(input: $input) { __typename } }', { input: story }, TOKEN);
  expect(added.body).toEqual({ data: { addStory: { __typename: 'AddStoryPayload' } } });
});

describe('lists are capped like a page (100 items)', () => {
  it('nodes(ids:) with 35,000 IDs is refused at once with BAD_USER_INPUT; 100 IDs are answered', async () => {
    const started = Date.now();
    const refused = await post(main, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids('Statement', 35_000) });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(refused.body.errors?.[0].message).toMatch(/`ids` holds 35000 items; at most 100/);
    const accepted = await post(main, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids('Statement', 100) });
    expect(accepted.body.errors).toBeUndefined();
    expect((accepted.body.data as { nodes: unknown[] }).nodes).toHaveLength(100);
    await expectHealthy(main);
  });

  const over = 101;
  const lists: [string, string, unknown][] = [
    ['articles(filter: { source })', 'query($v: [ID!]) { articles(filter: { source: $v }) { totalCount } }', ids('Source', over)],
    ['articles(filter: { topic })', 'query($v: [ID!]) { articles(filter: { topic: $v }) { totalCount } }', ids('Topic', over)],
    ['articles(filter: { mentions })', 'query($v: [ID!]) { articles(filter: { mentions: $v }) { totalCount } }', ids('Entity', over)],
    ['statements(filter: { speaker })', 'query($v: [ID!]) { statements(filter: { speaker: $v }) { totalCount } }', ids('Entity', over)],
    ['statements(filter: { topic })', 'query($v: [ID!]) { statements(filter: { topic: $v }) { totalCount } }', ids('Topic', over)],
    ['statements(filter: { article })', 'query($v: [ID!]) { statements(filter: { article: $v }) { totalCount } }', ids('Article', over)],
    ['statements(filter: { viaSource })', 'query($v: [ID!]) { statements(filter: { viaSource: $v }) { totalCount } }', ids('Source', over)],
    ['statistics(filter: { article })', 'query($v: [ID!]) { statistics(filter: { article: $v }) { totalCount } }', ids('Article', over)],
    ['statistics(filter: { subject })', 'query($v: [ID!]) { statistics(filter: { subject: $v }) { totalCount } }', ids('Entity', over)],
    ['statistics(filter: { unit })', 'query($v: [String!]) { statistics(filter: { unit: $v }) { totalCount } }', Array.from({ length: over }, (_, i) => `unit${i}`)],
    ['agreements(filter: { party })', 'query($v: [ID!]) { agreements(filter: { party: $v }) { totalCount } }', ids('Entity', over)],
    ['agreements(filter: { topic })', 'query($v: [ID!]) { agreements(filter: { topic: $v }) { totalCount } }', ids('Topic', over)],
    ['agreements(filter: { status })', 'query($v: [AgreementStatus!]) { agreements(filter: { status: $v }) { totalCount } }', Array(over).fill('SIGNED')],
    ['entities(filter: { kind })', 'query($v: [EntityKind!]) { entities(filter: { kind: $v }) { totalCount } }', Array(over).fill('PERSON')],
    ['search(kinds:)', 'query($v: [SearchKind!]) { search(query: "budget", kinds: $v) { totalCount } }', Array(over).fill('ARTICLE')],
  ];
  for (const [name, query, value] of lists) {
    it(`${name} with ${over} items is refused with BAD_USER_INPUT`, async () => {
      const { body } = await post(main, query, { v: value });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(body.errors?.[0].message).toMatch(/holds 101 items; at most 100/);
      await expectHealthy(main);
    });
  }

  it('a subscription filter over the cap is refused as it starts', async () => {
    const response = await fetch(main.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription($v: [ID!]) { statementAdded(filter: { speaker: $v }) { cursor } }',
        variables: { v: ids('Entity', 5_000) },
      }),
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(text).toMatch(/holds 5000 items; at most 100/);
    await expectHealthy(main);
  });
});

describe('user strings that reach SQL are bounded', () => {
  const long = 'x'.repeat(10_000);
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ['entities(filter: { name })', 'query($v: String) { entities(filter: { name: $v }) { totalCount } }', { v: long }, /`name` is 10000 characters long; at most 300/],
    ['topics(nameContains:)', 'query($v: String) { topics(nameContains: $v) { totalCount } }', { v: long }, /`nameContains` is 10000 characters long; at most 300/],
    ['sources(nameContains:)', 'query($v: String) { sources(nameContains: $v) { totalCount } }', { v: long }, /`nameContains` is 10000 characters long; at most 300/],
    ['article(url:)', 'query($v: String) { article(url: $v) { id } }', { v: `https://example.org/${long}` }, /`url` is 10020 characters long; at most 2048/],
    ['statistics(filter: { unit })', 'query($v: [String!]) { statistics(filter: { unit: $v }) { totalCount } }', { v: ['percent', long] }, /`unit` is 10000 characters long; at most 300/],
  ];
  for (const [name, query, variables, message] of cases) {
    it(`${name}: 10,000 characters are refused with BAD_USER_INPUT`, async () => {
      const { body } = await post(main, query, variables);
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(body.errors?.[0].message).toMatch(message);
      await expectHealthy(main);
    });
  }

  it('strings within the bounds are answered', async () => {
    const { body } = await post(
      main,
      'query($n: String, $u: String) { entities(filter: { name: $n }) { totalCount } topics(nameContains: $n) { totalCount } article(url: $u) { title } }',
      { n: 'y'.repeat(300), u: 'https://newsgraph.example/hostile-errors/1' },
    );
    expect(body).toEqual({ data: { entities: { totalCount: 0 }, topics: { totalCount: 0 }, article: { title: 'Council approves the budget' } } });
  });
});

describe('limit refusals carry a code and name the limit', () => {
  let deep = 'id';
  for (let i = 0; i < 8; i++) deep = `speaker { statements(first: 1) { edges { node { ${deep} } } } }`;
  const overLimit: [string, string, RegExp][] = [
    ['depth', `{ statements(first: 1) { edges { node { ${deep} } } } }`, /^Query depth limit of 12 exceeded, found \d+\.$/],
    ['cost', '{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { text article { title } } } } } } } } }', /^Query Cost limit of 20000 exceeded, found \d+\.$/],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: topics(first: 1) { totalCount }`).join(' ')} }`, /^Aliases limit of 15 exceeded, found 16\.$/],
    ['directives', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename @include(if: true)`).join(' ')} }`, /^Directives limit of 20 exceeded, found 21\.$/],
    ['tokens', `{ ${'__typename '.repeat(6000)} }`, /^Token limit of 5000 exceeded\.$/],
  ];
  for (const [limit, query, message] of overLimit) {
    it(`${limit}: GRAPHQL_VALIDATION_FAILED with the limit and its value, no "Syntax Error:"`, async () => {
      const { body } = await post(main, query);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].message).toMatch(message);
      expect(body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
      await expectHealthy(main);
    });
  }
});

describe('IDs and cursors out of range are the client\'s mistake, logged at info', () => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ['node(id:) of Article:2147483648', 'query($v: ID!) { node(id: $v) { id } }', { v: encodeGlobalId('Article', '2147483648') }, /Invalid ID/],
    ['nodes(ids:) with Statement:99999999999', 'query($v: [ID!]!) { nodes(ids: $v) { id } }', { v: [encodeGlobalId('Statement', '99999999999')] }, /Invalid ID/],
    ['article(id:) of Article:2147483648', 'query($v: ID) { article(id: $v) { id } }', { v: encodeGlobalId('Article', '2147483648') }, /Invalid ID/],
    ['a filter with Article:2147483648', 'query($v: [ID!]) { statements(filter: { article: $v }) { totalCount } }', { v: [encodeGlobalId('Article', '2147483648')] }, /Invalid ID/],
    ['node(id:) of an unknown type Foo:1', 'query($v: ID!) { node(id: $v) { id } }', { v: encodeGlobalId('Foo', 1) }, /Invalid ID.*no type "Foo"/],
    ['nodes(ids:) of an unknown type Foo:1', 'query($v: [ID!]!) { nodes(ids: $v) { id } }', { v: [encodeGlobalId('Foo', 1)] }, /Invalid ID.*no type "Foo"/],
    ['a negative search cursor', 'query($v: String) { search(query: "budget", after: $v) { totalCount } }', { v: base64('OffsetConnection:-5') }, /Invalid cursor/],
    ['a junk search cursor', 'query($v: String) { search(query: "budget", after: $v) { totalCount } }', { v: 'junk' }, /Invalid cursor/],
    ['a search cursor that is not a number', 'query($v: String) { search(query: "budget", after: $v) { totalCount } }', { v: base64('OffsetConnection:abc') }, /Invalid cursor/],
    ['a list cursor out of range', 'query($v: String) { statements(after: $v) { totalCount } }', { v: base64('GPC:N:99999999999') }, /Invalid cursor/],
    ['a negative list cursor', 'query($v: String) { statements(after: $v) { totalCount } }', { v: base64('GPC:N:-5') }, /Invalid cursor/],
    ['a list cursor of the wrong kind', 'query($v: String) { entities(before: $v, last: 2) { totalCount } }', { v: base64('GPC:S:Xi') }, /Invalid cursor/],
    ['a junk cursor on a nested list', 'query($v: String) { entities(first: 1) { edges { node { statements(after: $v) { totalCount } } } } }', { v: 'junk!' }, /Invalid cursor/],
  ];
  for (const [name, query, variables, message] of cases) {
    it(`${name}: BAD_USER_INPUT, an info line without a stack, no error line`, async () => {
      const from = main.log.length;
      const { body } = await post(main, query, variables);
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(body.errors?.[0].message).toMatch(message);
      await settle();
      const lines = main.log.slice(from);
      expect(lines.filter((line) => line.level >= 40)).toEqual([]);
      // A line of an earlier test's request may land late: count the lines about this request's error.
      const info = lines.filter((line) => line.level === 30 && /client error/.test(line.msg ?? '') && (line as { error?: string }).error === body.errors?.[0].message);
      expect(info).toHaveLength(1);
      expect(info[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(info[0])).not.toMatch(/stack|prisma/i);
      await expectHealthy(main);
    });
  }
});

describe('a database outage', () => {
  const query = '{ articles(first: 1) { totalCount } }';

  // Dropping a database needs a server; PGlite's outage is the closed database of the next describe.
  // (A plain `if`, not `it.runIf`: CI counts a skipped test as a failure.)
  if (testEngine === 'postgres') it('answers 503 SERVICE_UNAVAILABLE (the database was dropped), /ready 503, /health 200; one error line per failure', async () => {
    const served = await serve();
    expect((await post(served, query)).body).toEqual({ data: { articles: { totalCount: 0 } } });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE ${served.databaseName} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    const from = served.log.length;
    for (let i = 0; i < 2; i++) {
      const { status, headers, body } = await post(served, query);
      expect(status).toBe(503);
      expect(headers.get('retry-after')).toBe('5');
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(body.errors![0].message).toMatch(/database is unavailable/);
      expect(JSON.stringify(body)).not.toMatch(/prisma|does not exist|stack/i);
    }
    const started = Date.now();
    const ready = await fetch(`${new URL(served.server.url).origin}/ready`, { signal: AbortSignal.timeout(5_000) });
    expect(ready.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2_500);
    await settle();
    // Once per failure, by the error masking, with the driver's error; Yoga does not log it again.
    const lines = served.log.slice(from);
    expect(lines.filter((line) => line.level === 50 && line.msg === 'the database is unavailable')).toHaveLength(2);
    expect(lines.filter((line) => line.level >= 50 && /GraphQL|operation/.test(`${(line.err as { type?: string })?.type} ${line.msg}`))).toEqual([]);
    await expectHealthy(served);
  });

  describe('on the app, in process', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp({ readyTimeoutMs: 500 } as never);
    });
    afterAll(async () => {
      await api?.db.drop().catch(() => {});
    });

    it('/ready answers 503 within its timeout when the database does not answer in time, 200 again once it does', async () => {
      const prisma = api.app.database.prisma;
      // Keep the database from answering: PGlite runs one statement at a time, so an open
      // transaction holds it; PostgreSQL's pool (5 connections here) is held by five sleeping ones.
      const hold =
        testEngine === 'pglite'
          ? prisma.$transaction(async (tx) => {
              await tx.article.count();
              await new Promise((resolve) => setTimeout(resolve, 2_500));
            }, { timeout: 10_000 })
          : Promise.all(Array.from({ length: 5 }, () => prisma.$queryRaw`SELECT 1 AS slept FROM pg_sleep(2.5)`));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const ready = await api.app.yoga.fetch('http://newsgraph.test/ready');
      expect(ready.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1_500);
      await hold;
      expect((await api.app.yoga.fetch('http://newsgraph.test/ready')).status).toBe(200);
    });

    it('a closed or dropped database answers 503 SERVICE_UNAVAILABLE, and /ready 503', async () => {
      if (testEngine === 'pglite') {
        await api.app.database.close();
      } else {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        try {
          await admin.query(`DROP DATABASE ${new URL(api.db.url!).pathname.slice(1)} WITH (FORCE)`);
        } finally {
          await admin.end();
        }
      }
      const response = await api.request({ query });
      expect(response.status).toBe(503);
      const body = (await response.json()) as GraphQLBody;
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect((await api.app.yoga.fetch('http://newsgraph.test/ready')).status).toBe(503);
      expect((await api.app.yoga.fetch('http://newsgraph.test/health')).status).toBe(200);
    });
  });
});

describe('INTROSPECTION', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('is on by default: GraphiQL and tools can read the schema', async () => {
    const { body } = await post(main, introspection);
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('INTROSPECTION=off refuses __schema and __type with GRAPHQL_VALIDATION_FAILED; queries and __typename still run', async () => {
    const served = await serve({ INTROSPECTION: 'off' });
    for (const query of [introspection, '{ __type(name: "Article") { name } }']) {
      const { body } = await post(served, query);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(body.errors?.[0].message).toMatch(/introspection/i);
    }
    const { body } = await post(served, '{ __typename articles(first: 1) { totalCount } }');
    expect(body).toEqual({ data: { __typename: 'Query', articles: { totalCount: 0 } } });
    await expectHealthy(served);
  });
});
