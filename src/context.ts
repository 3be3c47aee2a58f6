// What every resolver can see: who is asking, and the app's write path for stories. The database
// is a plain module (src/db.ts).
import type { YogaInitialContext } from 'graphql-yoga';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Ingestion } from './modules/ingestion/ingestion.js';

export interface Viewer {
  /** A bearer token was presented. */
  presentedToken: boolean;
  /** The token is one of API_TOKENS: the viewer may write. */
  canWrite: boolean;
}

export interface Context {
  viewer: Viewer;
  /** This app's ingestion service (its extraction pool, queue and database). */
  ingestion: Ingestion;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares digests in constant time, so a response time never hints at a token's prefix. */
export function viewerFromAuthorization(header: string | null, tokens: readonly string[]): Viewer {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) return { presentedToken: Boolean(header), canWrite: false };
  const presented = digest(match[1]);
  const canWrite = tokens.some((token) => timingSafeEqual(digest(token), presented));
  return { presentedToken: true, canWrite };
}

/**
 * A WebSocket carries the token in the connection's init message (graphql-ws `connectionParams`),
 * as `{ "authorization": "Bearer <token>" }`, since browsers cannot set headers on a WebSocket.
 */
export function authorizationParam(connectionParams: Readonly<Record<string, unknown>> | undefined): string | null {
  const value = connectionParams?.authorization ?? connectionParams?.Authorization;
  return typeof value === 'string' ? value : null;
}

/** The initial context of an operation: an HTTP request (Yoga), or a graphql-ws connection. */
export type InitialContext = Partial<YogaInitialContext> & { connectionParams?: Readonly<Record<string, unknown>> };

export function createContextFactory(tokens: readonly string[], ingestion: Ingestion) {
  return ({ request, connectionParams }: InitialContext): Context => ({
    ingestion,
    viewer: viewerFromAuthorization(
      connectionParams ? authorizationParam(connectionParams) : (request?.headers.get('authorization') ?? null),
      tokens,
    ),
  });
}
