// What every resolver can see: who is asking. The database is a plain module (src/db.ts).
import type { YogaInitialContext } from 'graphql-yoga';
import { timingSafeEqual, createHash } from 'node:crypto';

export interface Viewer {
  /** A bearer token was presented. */
  presentedToken: boolean;
  /** The token is one of API_TOKENS: the viewer may write. */
  canWrite: boolean;
}

export interface Context {
  viewer: Viewer;
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

export function createContextFactory(tokens: readonly string[]) {
  return ({ request }: YogaInitialContext): Context => ({
    viewer: viewerFromAuthorization(request.headers.get('authorization'), tokens),
  });
}
