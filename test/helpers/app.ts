// A real Newsgraph app over a real database, called through yoga.fetch (the same handler the
// HTTP server mounts), with typed operations from codegen.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/server/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TOKEN = 'test-editor-token';

export interface TestApp {
  app: App;
  db: TestDatabase;
  /** SQL statements Prisma ran since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  request(body: unknown, init?: { token?: string; headers?: Record<string, string> }): Promise<Response>;
  run<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
    options?: { token?: string | null },
  ): Promise<ExecutionResult<Result>>;
  /** Like `run`, but fails the test on any error and returns `data`. */
  ok<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables, options?: { token?: string | null }): Promise<Result>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase({ logQueries: true });
  // Tests send many requests from one process: no rate limits unless a test asks for them. No
  // background pruning of the change log either (its queries would land in the counts of
  // sql-count.test.ts); change-log-retention.test.ts prunes when it means to.
  const config = { ...loadConfig({}), apiTokens: [TOKEN], rateLimitRequestsPerMinute: 0, rateLimitWritesPerMinute: 0, changeLogRetention: null, ...overrides };
  const app = await createApp(config, db.database);
  const queries: string[] = [];
  db.database.prisma.$on('query' as never, (event: { query: string }) => queries.push(event.query));

  const request: TestApp['request'] = async (body, init = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return app.yoga.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      body: text,
    });
  };

  const run: TestApp['run'] = async (document, variables, options = {}) => {
    const token = options.token === undefined ? TOKEN : (options.token ?? undefined);
    const response = await request({ query: print(document), variables }, { token });
    return (await response.json()) as ExecutionResult<never>;
  };

  return {
    app,
    db,
    queries,
    resetQueries: () => queries.splice(0),
    request,
    run,
    async ok(document, variables, options) {
      const result = await run(document, variables, options);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
  };
}

/** One app per test file, created before its tests and torn down after them. */
export function useTestApp(overrides: Partial<Config> = {}): TestApp {
  const holder = {} as { current: TestApp };
  beforeAll(async () => {
    holder.current = await createTestApp(overrides);
  });
  afterAll(async () => {
    // The extraction pool's worker thread goes too (the app is not stopped: its database is the test's to drop).
    await holder.current?.app.ingestion.close();
    await holder.current?.db.drop();
  });
  return new Proxy({} as TestApp, { get: (_, key) => Reflect.get(holder.current, key) });
}
