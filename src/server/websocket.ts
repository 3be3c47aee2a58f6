// GraphQL over WebSocket (the graphql-ws protocol) on the same port and path as HTTP. Every
// operation goes through Yoga's envelop (`getEnveloped`), so parsing and depth limits, error masking
// and the schema are those of HTTP; the request-level checks (body size, NUL) are made here. Server-Sent
// Events need nothing here: Yoga serves them itself.
import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Context as ConnectionContext } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import { authorizationParam, viewerFromAuthorization } from '../context.js';
import { logger } from '../logger.js';
import { serveGraphQLOverWebSocket, type SocketExtra } from './graphql-ws-adapter.js';
import { nulError } from './limits.js';
import { clientAddress, rateLimitedError, WS_TOO_MANY_REQUESTS, type RateLimits } from './rate-limits.js';
import { resolvePersistedPayload, type PersistedDocuments } from './persisted-documents.js';
import type { NewsgraphYoga } from './yoga.js';

/** WebSocket close code 1013, "Try Again Later": the server is at its connection limit. */
export const TRY_AGAIN_LATER = 1013;

type Limits = Pick<
  Config,
  'apiTokens' | 'maxBodyBytes' | 'wsMaxConnections' | 'wsMaxSubscriptionsPerConnection' | 'wsKeepAliveMs' | 'trustProxyHops'
>;

interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

export interface GraphQLWebSocketServer {
  /** Open connections and running subscriptions, for health checks, tests and benchmarks. */
  stats(): { connections: number; subscriptions: number };
  /** Waits (up to `timeoutMs`) for running subscriptions to finish, then closes every connection (1001). */
  close(timeoutMs?: number): Promise<void>;
}

export function attachGraphQLWebSocket(
  server: Server,
  yoga: NewsgraphYoga,
  limits: Limits,
  rateLimits?: RateLimits,
  persistedDocuments?: PersistedDocuments,
): GraphQLWebSocketServer {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: limits.maxBodyBytes });
  const connections = new Set<ConnectionContext<Record<string, unknown>, SocketExtra>>();
  /** The rate-limit key of each connection's client (its valid token, else its address). */
  const clientKeys = new WeakMap<object, string>();

  // Registered before graphql-ws's own handler, so an extra connection is closed before it starts.
  wss.on('connection', (socket: WebSocket) => {
    if (wss.clients.size > limits.wsMaxConnections) {
      socket.close(TRY_AGAIN_LATER, `Too many connections (limit ${limits.wsMaxConnections}): try again later`);
    }
  });

  const graphqlWs = serveGraphQLOverWebSocket<Record<string, unknown>>(
    {
      onConnect: async (ctx) => {
        if (rateLimits) {
          const address = clientAddress(ctx.extra.request, limits.trustProxyHops);
          const client = await rateLimits.identify(address, authorizationParam(ctx.connectionParams));
          if ('retryAfterSeconds' in client) {
            // Its address spent its write budget on tokens that were not valid: this one is not checked.
            ctx.extra.socket.close(WS_TOO_MANY_REQUESTS, `Too many requests: try again in ${client.retryAfterSeconds} s`);
            return false;
          }
          clientKeys.set(ctx, client.key);
        }
        // Reads stay public; a token that is presented must be valid (close code 4403 otherwise).
        if (authorizationParam(ctx.connectionParams) !== null) {
          const viewer = viewerFromAuthorization(authorizationParam(ctx.connectionParams), limits.apiTokens);
          if (!viewer.canWrite) return false;
        }
        connections.add(ctx);
        return true;
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
      onSubscribe: async (ctx, id, payload) => {
        // The new operation is already counted in `ctx.subscriptions`.
        if (Object.keys(ctx.subscriptions).length > limits.wsMaxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `This connection already runs ${limits.wsMaxSubscriptionsPerConnection} operations, its limit: complete one first, or open another connection.`,
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
            ),
          ];
        }
        // Every operation started counts against its client's request budget, as an HTTP request does.
        const rateLimitKey = clientKeys.get(ctx);
        if (rateLimits && rateLimitKey !== undefined) {
          const refusal = await rateLimits.request(rateLimitKey);
          if (refusal) return [rateLimitedError(refusal)];
        }
        // Yoga's HTTP-only hooks (onParams) do not run here: the checks they make are repeated.
        const nul = nulError(payload);
        if (nul) return [nul];
        // A hash from the persisted-documents manifest becomes its document; PERSISTED_DOCUMENTS_ONLY refuses the rest.
        const resolved = resolvePersistedPayload(persistedDocuments, payload);
        if (resolved instanceof GraphQLError) return [resolved];
        payload = resolved;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionParams: ctx.connectionParams ?? {},
          params: payload,
          // Read by the rate-limit plugin when a mutation executes (src/server/rate-limits.ts).
          rateLimitKey,
        });
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.')];
        }
        // GraphQL Armor's validation rules throw their refusal (depth, cost, directives, aliases) rather
        // than report it; thrown here, graphql-ws would close the whole socket (4500) and end every other
        // subscription on it. Returned as errors, they end this operation alone, as over HTTP.
        let errors: readonly GraphQLError[];
        try {
          errors = validate(schema, document);
        } catch (error) {
          if (!(error instanceof GraphQLError)) logger.error({ err: error }, 'validation failed');
          errors = [error instanceof GraphQLError ? error : new GraphQLError('The operation could not be validated.')];
        }
        if (errors.length) return [...errors];
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
        return args;
      },
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
    },
    wss,
    limits.wsKeepAliveMs,
  );

  const subscriptionCount = () => [...connections].reduce((sum, ctx) => sum + Object.keys(ctx.subscriptions).length, 0);

  return {
    stats: () => ({ connections: wss.clients.size, subscriptions: subscriptionCount() }),
    async close(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (subscriptionCount() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      const left = subscriptionCount();
      if (left) logger.warn({ subscriptions: left }, 'closing WebSocket connections with subscriptions still running');
      await graphqlWs.dispose();
    },
  };
}
