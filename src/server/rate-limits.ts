// Per-client rate limits, with rate-limiter-flexible: in this process's memory, or in Redis when
// REDIS_URL is set so that every instance counts against one budget. A client is its bearer token
// when the token is valid, else its address. Three budgets, each per minute (0: off):
//   requests  every GraphQL request over HTTP, and every operation started over WebSocket; counted
//             before the body is read, so refusing costs next to nothing
//   writes    mutations, and failed authentication: a bearer token that is not valid costs its
//             address `authFailureCost` write points; once an address has none left, a request from
//             it that presents any token is refused before the token is even compared
// A refusal is HTTP 429 with Retry-After (seconds), code RATE_LIMITED; over WebSocket, an `error`
// for that operation (or close code 4429 for a connection whose token cannot be checked now).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { getOperationAST } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { viewerFromAuthorization } from '../context.js';
import { logger } from '../logger.js';

export type RateLimitConfig = Pick<
  Config,
  'apiTokens' | 'redisUrl' | 'rateLimitRequestsPerMinute' | 'rateLimitWritesPerMinute' | 'rateLimitAuthFailureCost' | 'trustProxyHops'
>;

/** WebSocket close code for a connection refused by a rate limit (4000-4999 are the application's). */
export const WS_TOO_MANY_REQUESTS = 4429;

/** A refusal: how long until the client may try again. */
export interface Refusal {
  retryAfterSeconds: number;
}

export interface RateLimits {
  /**
   * Who is asking: the client's key (its valid token, else its address), or a refusal when the
   * address has spent its write budget on bad tokens. Counts a token that is not valid.
   */
  identify(address: string, authorization: string | null): Promise<{ key: string } | Refusal>;
  /** Counts one request (or WebSocket operation) of `key`; a refusal when its budget is spent. */
  request(key: string): Promise<Refusal | null>;
  /** Counts one write of `key`. */
  write(key: string): Promise<Refusal | null>;
  close(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 22);

/** One budget of `points` per minute, in Redis (memory while Redis is unreachable) or in memory. */
function budget(name: string, points: number, redis: Redis | undefined): RateLimiterAbstract | null {
  if (points <= 0) return null;
  const memory = new RateLimiterMemory({ keyPrefix: `newsgraph:rl:${name}`, points, duration: 60 });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `newsgraph:rl:${name}`,
    points,
    duration: 60,
    // Keys over their budget are refused from memory until their window ends, without asking Redis.
    inMemoryBlockOnConsumed: points,
    // While Redis is away, each instance counts alone rather than making requests wait for it.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

async function spend(limiter: RateLimiterAbstract | null, key: string, points = 1): Promise<Refusal | null> {
  if (!limiter) return null;
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    // A store error with no insurance left: count nothing rather than refuse everyone.
    logger.warn({ err: rejection }, 'rate limit store failed');
    return null;
  }
}

export function createRateLimits(config: RateLimitConfig): RateLimits {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, {
        // Fail at once while disconnected (the memory insurance counts then), and never wait long.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 500,
        retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
      })
    : undefined;
  let redisDown = false;
  redis?.on('error', (error: Error) => {
    if (!redisDown) logger.warn({ err: error.message }, 'Redis is unreachable: rate limits count in this instance only until it returns');
    redisDown = true;
  });
  redis?.on('ready', () => (redisDown = false));

  const requests = budget('requests', config.rateLimitRequestsPerMinute, redis);
  const writes = budget('writes', config.rateLimitWritesPerMinute, redis);
  const failureCost = Math.max(1, config.rateLimitAuthFailureCost);

  return {
    async identify(address, authorization) {
      const addressKey = `a:${address}`;
      if (authorization === null) return { key: addressKey };
      if (writes) {
        const spent = await writes.get(addressKey).catch(() => null);
        if (spent && spent.consumedPoints >= writes.points) {
          return { retryAfterSeconds: Math.max(1, Math.ceil(spent.msBeforeNext / 1000)) };
        }
      }
      const viewer = viewerFromAuthorization(authorization, config.apiTokens);
      if (viewer.canWrite) return { key: `t:${digest(authorization.trim().replace(/^Bearer\s+/i, ''))}` };
      // A token that is not valid: counted against its address, never against the token it names.
      const refusal = await spend(writes, addressKey, failureCost);
      return refusal ?? { key: addressKey };
    },
    request: (key) => spend(requests, key),
    write: (key) => spend(writes, key),
    async close() {
      redis?.disconnect();
    },
  };
}

/**
 * The client's address: the socket's peer, or, behind `trustProxyHops` reverse proxies, the address
 * the outermost trusted proxy saw (that many entries from the right of X-Forwarded-For). IPv6
 * addresses count per /64, the block one subscriber usually holds.
 */
export function clientAddress(request: Pick<IncomingMessage, 'headers' | 'socket'> | undefined, trustProxyHops: number): string {
  let address = request?.socket?.remoteAddress ?? 'unknown';
  if (trustProxyHops > 0) {
    const header = request?.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const hop = forwarded[forwarded.length - trustProxyHops];
    if (hop && isIP(hop)) address = hop;
  }
  if (address.startsWith('::ffff:')) address = address.slice(7);
  if (isIP(address) === 6) {
    const groups = expandIPv6(address);
    if (groups) address = `${groups.slice(0, 4).join(':')}::/64`;
  }
  return address;
}

function expandIPv6(address: string): string[] | null {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined) return left.length === 8 ? left : null;
  if (right.some((group) => group.includes('.'))) return null;
  return [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
}

/** The error of a refusal; `http` (for Yoga: status 429 and Retry-After) only where there is an HTTP answer. */
export function rateLimitedError(refusal: Refusal, what = 'requests', http = false) {
  return createGraphQLError(`Too many ${what} from this client: try again in ${refusal.retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: refusal.retryAfterSeconds,
      ...(http ? { http: { status: 429, headers: { 'retry-after': String(refusal.retryAfterSeconds) } } } : {}),
    },
  });
}

/** The key of the client behind an operation's context (HTTP requests and WebSocket operations). */
const keyOfRequest = new WeakMap<Request, string>();

/**
 * The Yoga plugin: HTTP requests to the GraphQL endpoint are identified and counted before their
 * body is read; mutations (over HTTP or WebSocket) are counted as writes when they execute.
 */
export function useRateLimits(limits: RateLimits, config: Pick<RateLimitConfig, 'trustProxyHops'>, graphqlEndpoint: string): Plugin {
  const refuse = (fetchAPI: { Response: typeof Response }, refusal: Refusal) =>
    new fetchAPI.Response(JSON.stringify({ errors: [{ message: rateLimitedError(refusal).message, extensions: { code: 'RATE_LIMITED' } }] }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': String(refusal.retryAfterSeconds) },
    });
  return {
    async onRequest({ request, url, serverContext, fetchAPI, endResponse }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      const address = clientAddress((serverContext as { req?: IncomingMessage }).req, config.trustProxyHops);
      const client = await limits.identify(address, request.headers.get('authorization'));
      if ('retryAfterSeconds' in client) return endResponse(refuse(fetchAPI, client));
      const refusal = await limits.request(client.key);
      if (refusal) return endResponse(refuse(fetchAPI, refusal));
      keyOfRequest.set(request, client.key);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const context = args.contextValue as { request?: Request; rateLimitKey?: string };
      const key = context.rateLimitKey ?? (context.request ? keyOfRequest.get(context.request) : undefined);
      if (key === undefined) return;
      const refusal = await limits.write(key);
      if (refusal) setResultAndStopExecution({ errors: [rateLimitedError(refusal, 'writes', context.request !== undefined)] });
    },
  };
}
