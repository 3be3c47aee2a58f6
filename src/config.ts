// Configuration from the environment, read once and validated: a bad value stops the start-up
// with a clear message instead of surfacing later as a strange runtime error.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPreparedStatements } from './database/prepared-statements.js';
import { parseRetention, type Retention } from './live/change-log-retention.js';
import { parseCorsOrigins, type CorsOrigins } from './server/cors.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  host: string;
  port: number;
  /** postgres:// URL of a real PostgreSQL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its files. */
  dataDir: string;
  /** Bearer tokens allowed to write. Empty: writes are refused (never open by default). */
  apiTokens: string[];
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Connections in the PostgreSQL pool. */
  poolSize: number;
  /** Distinct SQL statements each PostgreSQL connection keeps prepared; 0: none (e.g. behind PgBouncer before 1.21 in transaction mode). */
  preparedStatements: number;
  /** Longest a single SQL statement may run on PostgreSQL, in ms, before the server cancels it; 0: no limit. */
  statementTimeoutMs: number;
  /**
   * Longest the event loop may stay blocked, in ms, before the watchdog kills the process so that its
   * supervisor restarts it; 0: no watchdog. PGlite runs in this thread and cannot be interrupted.
   */
  eventLoopStallLimitMs: number;
  /** redis:// URL: set it when several instances serve one database, so subscribers on each hear of every change. */
  redisUrl?: string;
  /** Open WebSocket connections accepted at once; more are closed with code 1013 (try again later). */
  wsMaxConnections: number;
  /** Subscriptions running at once on one WebSocket connection; more are refused with an error. */
  wsMaxSubscriptionsPerConnection: number;
  /** Ping interval, in ms: a connection that does not answer within as long again is dropped. */
  wsKeepAliveMs: number;
  /** How long an answer may be served from the response cache, in ms; 0 (the default): no cache. */
  responseCacheTtlMs: number;
  /** Origins whose pages may call the API from a browser (CORS), or `*`; empty (the default): same-origin only. */
  corsOrigins: CorsOrigins;
  /** GraphQL requests (and WebSocket operations) per client per minute; 0: no limit. */
  rateLimitRequestsPerMinute: number;
  /** Mutations per client per minute, also spent by failed authentication; 0: no limit. */
  rateLimitWritesPerMinute: number;
  /** Write points a bearer token that is not valid costs its address. */
  rateLimitAuthFailureCost: number;
  /** Reverse proxies in front of the server: the client's address is read from X-Forwarded-For that many hops back. */
  trustProxyHops: number;
  /** A client must have sent its request headers within this many ms of connecting (or of its previous request). */
  httpHeadersTimeoutMs: number;
  /** A client must have sent its whole request (headers and body) within this many ms; 0: no limit. */
  httpRequestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this many ms. */
  httpKeepAliveTimeoutMs: number;
  /** Open HTTP connections (WebSockets not included); 0: no cap. */
  httpMaxConnections: number;
  /** How long /ready waits for the database to answer, in ms, before it answers 503; 0: no limit. */
  readyTimeoutMs: number;
  /** Only the operations of the persisted-documents manifest may run (sent by hash). */
  persistedDocumentsOnly: boolean;
  /** codegen's persisted-documents manifest (hash -> document); its hashes are accepted when it exists. */
  persistedDocumentsFile: string;
  /** Whether /metrics answers, in Prometheus' text format. */
  metrics: boolean;
  /** Whether the schema can be introspected (`__schema`, `__type`); GraphiQL needs it. */
  introspection: boolean;
  /** Whether queries run compiled (graphql-jit), each document once into a function; off (the default): Yoga's executor. */
  compiledQueries: boolean;
  /** Worker threads that run the extractor, off the event loop that serves requests. */
  extractionThreads: number;
  /** Longest story body accepted, in characters; a longer one is refused before any work. */
  storyMaxChars: number;
  /** Stories admitted at once (extracting, waiting to be stored, being stored); more get SERVER_BUSY. 0: no limit. */
  ingestQueueSize: number;
  /** Story transactions running at once; 0: automatic (1 on PGlite, the pool size less 2 on PostgreSQL). */
  ingestWriteConcurrency: number;
  /** How much lower the extraction threads' CPU priority is than the server's (nice, per thread); 0: the same. */
  extractionNice: number;
  /** How much of the change log is kept for resuming subscriptions; null: all of it. */
  changeLogRetention: Retention | null;
  /**
   * The invented demo stories (data/demo-stories) added at start to a database nothing was ever written to:
   * `auto` (the default) on the embedded PGlite only, `on` on PostgreSQL too, `off` never.
   */
  demoData: 'auto' | 'on' | 'off';
  logLevel: string;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
}

function onOff(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const normalised = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(normalised)) return true;
  if (['off', 'false', '0', 'no'].includes(normalised)) return false;
  throw new Error(`${name} must be "on" or "off", got "${value}"`);
}

function demoData(value: string | undefined): Config['demoData'] {
  const normalised = value?.trim().toLowerCase() || 'auto';
  if (normalised === 'auto' || normalised === 'on' || normalised === 'off') return normalised;
  throw new Error(`DEMO_DATA must be "auto", "on" or "off", got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error('REDIS_URL must be a redis:// or rediss:// URL');
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', env.PORT, 4000),
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data', 'pglite')),
    apiTokens: (env.API_TOKENS ?? '')
      .split(',')
      .map((token) => token.trim())
      .filter(Boolean),
    maxBodyBytes: integer('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1_000_000),
    poolSize: integer('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
    preparedStatements: integer('DATABASE_PREPARED_STATEMENTS', env.DATABASE_PREPARED_STATEMENTS, defaultPreparedStatements),
    statementTimeoutMs: integer('DATABASE_STATEMENT_TIMEOUT_MS', env.DATABASE_STATEMENT_TIMEOUT_MS, 10_000),
    eventLoopStallLimitMs: integer('EVENT_LOOP_STALL_LIMIT_MS', env.EVENT_LOOP_STALL_LIMIT_MS, 30_000),
    redisUrl,
    wsMaxConnections: integer('WS_MAX_CONNECTIONS', env.WS_MAX_CONNECTIONS, 10_000),
    wsMaxSubscriptionsPerConnection: integer('WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, 100),
    wsKeepAliveMs: integer('WS_KEEPALIVE_MS', env.WS_KEEPALIVE_MS, 12_000),
    responseCacheTtlMs: integer('RESPONSE_CACHE_TTL_MS', env.RESPONSE_CACHE_TTL_MS, 0),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    rateLimitRequestsPerMinute: integer('RATE_LIMIT_REQUESTS_PER_MINUTE', env.RATE_LIMIT_REQUESTS_PER_MINUTE, 1_200),
    rateLimitWritesPerMinute: integer('RATE_LIMIT_WRITES_PER_MINUTE', env.RATE_LIMIT_WRITES_PER_MINUTE, 300),
    rateLimitAuthFailureCost: integer('RATE_LIMIT_AUTH_FAILURE_COST', env.RATE_LIMIT_AUTH_FAILURE_COST, 30),
    trustProxyHops: integer('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0),
    httpHeadersTimeoutMs: integer('HTTP_HEADERS_TIMEOUT_MS', env.HTTP_HEADERS_TIMEOUT_MS, 10_000),
    httpRequestTimeoutMs: integer('HTTP_REQUEST_TIMEOUT_MS', env.HTTP_REQUEST_TIMEOUT_MS, 30_000),
    httpKeepAliveTimeoutMs: integer('HTTP_KEEPALIVE_TIMEOUT_MS', env.HTTP_KEEPALIVE_TIMEOUT_MS, 5_000),
    httpMaxConnections: integer('HTTP_MAX_CONNECTIONS', env.HTTP_MAX_CONNECTIONS, 1_000),
    readyTimeoutMs: integer('READY_TIMEOUT_MS', env.READY_TIMEOUT_MS, 2_000),
    introspection: onOff('INTROSPECTION', env.INTROSPECTION, true),
    compiledQueries: onOff('GRAPHQL_JIT', env.GRAPHQL_JIT, false),
    extractionThreads: integer('EXTRACTION_THREADS', env.EXTRACTION_THREADS, Math.max(1, availableParallelism() - 1)) || 1,
    storyMaxChars: integer('STORY_MAX_CHARS', env.STORY_MAX_CHARS, 500_000),
    ingestQueueSize: integer('INGEST_QUEUE_SIZE', env.INGEST_QUEUE_SIZE, 1_000),
    ingestWriteConcurrency: integer('INGEST_WRITE_CONCURRENCY', env.INGEST_WRITE_CONCURRENCY, 0),
    extractionNice: integer('EXTRACTION_NICE', env.EXTRACTION_NICE, 10),
    changeLogRetention: parseRetention(env.CHANGE_LOG_RETENTION),
    metrics: onOff('METRICS', env.METRICS, true),
    persistedDocumentsOnly: onOff('PERSISTED_DOCUMENTS_ONLY', env.PERSISTED_DOCUMENTS_ONLY, false),
    persistedDocumentsFile: path.resolve(env.PERSISTED_DOCUMENTS || path.join(repoRoot, 'src', 'generated', 'operations', 'persisted-documents.json')),
    demoData: demoData(env.DEMO_DATA),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
