// Queries run compiled (graphql-jit, src/server/compiled-queries.ts): the same answers, errors and
// SQL statements as Yoga's own executor (GRAPHQL_JIT=off), on the same database.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import {
  AddStoryDocument,
  ArticleByUrlDocument,
  BenchQ1LatestStatementsDocument,
  BenchQ2ArticleDocument,
  BenchQ3SpeakerStatementsDocument,
  StatementsDeepDocument,
} from '../../src/generated/operations/graphql.js';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/server/app.js';
import { TOKEN, useTestApp } from '../helpers/app.js';

const api = useTestApp({ compiledQueries: true });
let interpreted: App;
let articleId: string;
let speakerId: string;

/** Stories of our own writing: 6 statements by 3 speakers each. */
function story(n: number) {
  const sentences = Array.from({ length: 6 }, (_, i) => `Warden ${i % 3} said that lock ${n}-${i} needs oiling.`);
  return {
    url: `https://newsgraph.example/compiled/${n}`,
    title: `Locks ${n}`,
    body: sentences.join(' '),
    publishedAt: new Date(Date.UTC(2026, 1, 1 + n)).toISOString(),
    source: 'The Canal Gazette',
    statements: sentences.map((_, i) => ({ text: `lock ${n}-${i} needs oiling`, speaker: `Warden ${i % 3}`, kind: 'INDIRECT' as const, topics: ['canals'] })),
  };
}

beforeAll(async () => {
  for (let n = 0; n < 3; n++) await api.ok(AddStoryDocument, { input: story(n) });
  const { article } = await api.ok(ArticleByUrlDocument, { url: 'https://newsgraph.example/compiled/1' });
  articleId = article!.id;
  speakerId = article!.statements.edges[0]!.node.speaker!.id;
  // A second app on the same database and Prisma client, with Yoga's executor.
  const config = { ...loadConfig({}), apiTokens: [TOKEN], rateLimitRequestsPerMinute: 0, rateLimitWritesPerMinute: 0, changeLogRetention: null };
  interpreted = await createApp({ ...config, compiledQueries: false }, api.db.database);
  return () => interpreted.ingestion.close();
});

/** The answer's text and the SQL statements it took, from the compiled app or the interpreted one. */
async function ask<R, V>(app: App, document: TypedDocumentNode<R, V>, variables?: V) {
  const body = JSON.stringify({ query: print(document), variables });
  api.resetQueries();
  const response = await app.yoga.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
  return { status: response.status, text: await response.text(), sql: [...api.queries] };
}

it('answers nested reads with the same bytes and the same SQL statements as Yoga’s executor', async () => {
  const reads: [TypedDocumentNode<unknown, never>, unknown][] = [
    [BenchQ1LatestStatementsDocument as never, undefined],
    [BenchQ2ArticleDocument as never, { id: articleId }],
    [BenchQ3SpeakerStatementsDocument as never, { speaker: speakerId }],
    [StatementsDeepDocument as never, { first: 10 }],
  ];
  for (const [document, variables] of reads) {
    const compiled = await ask(api.app, document, variables as never);
    const plain = await ask(interpreted, document, variables as never);
    expect(compiled.status).toBe(200);
    expect(JSON.parse(compiled.text).errors).toBeUndefined();
    expect(compiled.text).toBe(plain.text);
    // Every relation below the article was loaded by the planned query, none fell back to a load of its own.
    expect(compiled.sql).toEqual(plain.sql);
  }
  // An article with its statements, their speakers and its statistics: one SQL statement.
  expect((await ask(api.app, BenchQ2ArticleDocument, { id: articleId })).sql).toHaveLength(1);
});

it('refuses bad input with the same errors and HTTP status as Yoga’s executor, and answers null alike', async () => {
  const cases: [TypedDocumentNode<unknown, never>, unknown][] = [
    [BenchQ2ArticleDocument as never, { id: 'not-an-id' }],
    [BenchQ3SpeakerStatementsDocument as never, { speaker: 42 }],
    [BenchQ3SpeakerStatementsDocument as never, {}],
  ];
  for (const [document, variables] of cases) {
    const compiled = await ask(api.app, document, variables as never);
    const plain = await ask(interpreted, document, variables as never);
    expect(JSON.parse(compiled.text).errors?.length).toBeGreaterThan(0);
    expect({ status: compiled.status, text: compiled.text }).toEqual({ status: plain.status, text: plain.text });
  }
  // An ID that names nothing is no error: null, the same way.
  const nothing = { id: Buffer.from('Article:999999').toString('base64url') };
  const compiled = await ask(api.app, BenchQ2ArticleDocument, nothing);
  expect(compiled.text).toBe('{"data":{"article":null}}');
  expect(compiled.text).toBe((await ask(interpreted, BenchQ2ArticleDocument, nothing)).text);
});
