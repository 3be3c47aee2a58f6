// /metrics answers in Prometheus' text format: requests and latencies by operation, errors by code,
// open subscriptions, the process's own metrics.
import { expect, it } from 'vitest';
import { createTestApp, TOKEN, useTestApp } from '../helpers/app.js';

const api = useTestApp();

/** The value of the sample `name` whose labels include `labels`; undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([\w:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metrics() {
  const response = await api.app.yoga.fetch('http://newsgraph.test/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

it('counts requests and their latency by operation, and errors by code and phase', async () => {
  await api.request({ query: 'query LatestFive { statements(first: 5) { totalCount } }' });
  await api.request({ query: 'query LatestFive { statements(first: 5) { totalCount } }' });
  await api.request({ query: `query TooLong { entity(name: "${'x'.repeat(301)}") { id } }` });
  await api.request({ query: 'query Broken { statements(' });
  const text = await metrics();
  expect(text).toMatch(/^# HELP graphql_envelop_request /m);
  expect(sample(text, 'graphql_envelop_request', { operationName: 'LatestFive', operationType: 'query' })).toBe(2);
  expect(sample(text, 'graphql_envelop_request_duration_bucket', { operationName: 'LatestFive', le: '+Inf' })).toBe(2);
  expect(sample(text, 'graphql_envelop_error_result', { operationName: 'TooLong', phase: 'execute', code: 'BAD_USER_INPUT' })).toBe(1);
  expect(sample(text, 'graphql_envelop_error_result', { phase: 'parse', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  expect(sample(text, 'graphql_envelop_error_result', { operationName: 'LatestFive' })).toBeUndefined();
  expect(sample(text, 'graphql_yoga_http_duration_count', { operationName: 'LatestFive', statusCode: '200' })).toBe(2);
  expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  // Every sample line is a metric name, optional labels and a number (prom-client writes NaN as "Nan",
  // which Prometheus reads, like Go's ParseFloat, in any case).
  for (const line of text.split('\n').filter((line) => line && !line.startsWith('#'))) {
    expect(line).toMatch(/^[a-zA-Z_:][\w:]*(\{.*\})? -?(\d+(\.\d+)?(e[+-]?\d+)?|NaN|\+Inf|-Inf)$/i);
  }
});

it('reports the subscriptions open now', async () => {
  expect(sample(await metrics(), 'newsgraph_subscriptions_open')).toBe(0);
  const controller = new AbortController();
  const stream = await api.app.yoga.fetch(
    `http://newsgraph.test/graphql?query=${encodeURIComponent('subscription { statementAdded { cursor } }')}`,
    { headers: { accept: 'text/event-stream' }, signal: controller.signal },
  );
  expect(stream.status).toBe(200);
  const reader = stream.body!.getReader();
  await reader.read();
  try {
    expect(sample(await metrics(), 'newsgraph_subscriptions_open')).toBe(1);
  } finally {
    controller.abort();
    await reader.cancel().catch(() => {});
  }
});

it('answers 404 at /metrics with METRICS=off', async () => {
  const quiet = await createTestApp({ metrics: false });
  try {
    expect((await quiet.app.yoga.fetch('http://newsgraph.test/metrics')).status).toBe(404);
  } finally {
    await quiet.db.drop();
  }
});

it('reports the ingestion queue and how long stories take to extract and to store', async () => {
  const before = await metrics();
  expect(sample(before, 'newsgraph_ingest_queue_depth')).toBe(0);
  const extractedBefore = sample(before, 'newsgraph_stories_extracted_total') ?? 0;
  const response = await api.request(
    {
      query: 'mutation($input: AddStoryInput!) { addStory(input: $input) { __typename } }',
      variables: { input: { url: 'https://metrics.test/one', title: 'Harbour vote', body: 'Mayor Ida Brandt said the harbour would reopen in May.' } },
    },
    { token: TOKEN },
  );
  expect(((await response.json()) as any).data.addStory.__typename).toBe('AddStoryPayload');
  const after = await metrics();
  expect(sample(after, 'newsgraph_stories_extracted_total')).toBe(extractedBefore + 1);
  expect(sample(after, 'newsgraph_stories_stored_total')).toBeGreaterThanOrEqual(1);
  expect(sample(after, 'newsgraph_extraction_seconds_total')).toBeGreaterThan(0);
  expect(sample(after, 'newsgraph_store_seconds_total')).toBeGreaterThan(0);
  expect(sample(after, 'newsgraph_ingest_queue_depth')).toBe(0);
});
