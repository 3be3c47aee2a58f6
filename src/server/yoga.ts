// The GraphQL HTTP handler: schema, context, masking, limits, health. Transport-free, so tests
// can call `yoga.fetch` and the Node server can mount it.
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Config } from '../config.js';
import { createContextFactory } from '../context.js';
import type { Database } from '../database/types.js';
import type { ChangeFeed } from '../live/change-feed.js';
import { maskError, yogaLogger } from '../errors.js';
import type { Ingestion } from '../modules/ingestion/ingestion.js';
import { schema } from '../schema.js';
import { corsOptions, useCsrfPrevention } from './cors.js';
import { exampleTabs, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { useCompiledQueries } from './compiled-queries.js';
import { useBodyLimit, useNoIntrospection, useQueryLimits, useRejectNul } from './limits.js';
import { useMetrics, type LiveLoad } from './metrics.js';
import { usePersistedDocuments, type PersistedDocuments } from './persisted-documents.js';
import { useRateLimits, type RateLimits } from './rate-limits.js';
import { useAnswerCache } from './response-cache.js';
import { useSharedSubscriptionResults } from './shared-results.js';

export function createNewsgraphYoga(
  config: Pick<
    Config,
    | 'apiTokens'
    | 'maxBodyBytes'
    | 'responseCacheTtlMs'
    | 'corsOrigins'
    | 'trustProxyHops'
    | 'readyTimeoutMs'
    | 'introspection'
    | 'metrics'
    | 'persistedDocumentsOnly'
    | 'compiledQueries'
  >,
  database: Database,
  feed: ChangeFeed,
  ingestion: Ingestion,
  rateLimits?: RateLimits,
  liveLoad: LiveLoad = () => ({ connections: 0, subscriptions: 0, listeners: feed.listenerCount }),
  persistedDocuments?: PersistedDocuments,
) {
  return createYoga({
    schema,
    context: createContextFactory(config.apiTokens, ingestion),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    batching: false,
    cors: corsOptions(config.corsOrigins),
    // useBodyLimit (limits.ts) refuses a body over MAX_BODY_BYTES, or without a Content-Length,
    // before it is read, and Node's HTTP parser never hands on more than the declared length. Yoga's
    // own limit would pipe every body through a byte-counting stream besides (a stream pipeline,
    // an AbortController and a DOMException per request: about 4 % of a read's CPU time).
    maxRequestBodySize: false,
    maskedErrors: { maskError },
    // Our pino logger, less Yoga's second report of each error maskError has already logged.
    logging: yogaLogger,
    // Subscriptions in GraphiQL go over graphql-ws, like most clients'; SSE works too (see README).
    // GraphiQL reads the schema by introspection: with INTROSPECTION=off it could show nothing, and
    // with PERSISTED_DOCUMENTS_ONLY=on it could run nothing.
    graphiql: config.introspection && !config.persistedDocumentsOnly ? { title: 'Newsgraph', defaultQuery: exampleTabs[0]!.query, subscriptionsProtocol: 'WS' } : false,
    renderGraphiQL,
    plugins: [
      // First: a client over its budget is refused before its body is read.
      ...(rateLimits ? [useRateLimits(rateLimits, config, '/graphql')] : []),
      useBodyLimit(config.maxBodyBytes),
      useCsrfPrevention(),
      // Before anything reads the query: a hash becomes its document here.
      ...(persistedDocuments ? [usePersistedDocuments(persistedDocuments)] : []),
      useQueryLimits(),
      ...(config.introspection ? [] : [useNoIntrospection()]),
      useRejectNul(),
      useGraphiQLAssets(),
      ...(config.metrics ? [useMetrics(liveLoad, () => ingestion.load())] : []),
      useSharedSubscriptionResults(),
      useReadinessCheck({ endpoint: '/ready', check: () => answersWithin(database.ping(), config.readyTimeoutMs) }),
      ...(config.responseCacheTtlMs > 0 ? useAnswerCache(config.responseCacheTtlMs, feed) : []),
      ...(config.compiledQueries ? [useCompiledQueries(schema)] : []),
    ],
  });
}

export type NewsgraphYoga = ReturnType<typeof createNewsgraphYoga>;

/**
 * Whether `ping` succeeds within `ms` (0: however long it takes). A database that does not answer
 * in time is not ready: /ready answers 503 then, instead of keeping its caller (a load balancer, a
 * supervisor) waiting on a frozen database.
 */
function answersWithin(ping: Promise<void>, ms: number): Promise<boolean> {
  const answered = ping.then(
    () => true,
    () => false,
  );
  if (ms <= 0) return answered;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}
