// Which web pages may call the API from a browser (CORS), and refusing the requests a browser sends
// cross-site without asking first (CSRF). Writes authenticate with a bearer token, never a cookie, so
// no answer ever allows credentials.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { CORSOptions, Plugin } from 'graphql-yoga';

/** The header a non-JSON request must carry (a cross-site form cannot set it without a preflight). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** `CORS_ORIGINS`: origins (scheme://host[:port]) allowed to call from a browser, or `*` for every one. */
export type CorsOrigins = readonly string[] | '*';

/** Parses `CORS_ORIGINS` (comma-separated); throws with a clear message on a value that is not an origin. */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1) throw new Error('CORS_ORIGINS is either "*" alone or a list of origins');
    return '*';
  }
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    // `null` (sandboxed frames, files, some redirects) is not an origin anyone can be allowed as.
    if (!url || url.origin === 'null' || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS must list origins such as https://app.example (scheme, host, optional port), got "${entry}"`);
    }
    return url.origin;
  });
}

/**
 * Yoga's `cors` option. Yoga's default reflects any origin, `null` included, with credentials; here
 * an origin that is not allowed gets no CORS header at all (so a browser keeps the answer from the
 * page), and an allowed one gets its own origin back (`Vary: Origin`), without credentials.
 * Same-origin pages (GraphiQL) need no CORS headers.
 */
export function corsOptions(origins: CorsOrigins) {
  const allowed = new Set(origins === '*' ? [] : origins);
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (origin === null || origin === 'null' || (origins !== '*' && !allowed.has(origin))) return false;
    return {
      // `*` makes Yoga echo the request's origin with `Vary: Origin`: here, one already allowed.
      origin: '*',
      methods: ['GET', 'POST'],
      credentials: false,
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    };
  };
}

/**
 * Yoga's CSRF prevention: a POST that a cross-site form (urlencoded, multipart) or a `text/plain`
 * body could send without a CORS preflight is refused (403) unless it carries `x-graphql-yoga-csrf`;
 * JSON POSTs are preflighted by every browser and pass. GET is left alone: Yoga never runs a
 * mutation over GET, reads are public and need no credentials, and `EventSource` (SSE over GET)
 * cannot set a header.
 */
export function useCsrfPrevention(): Plugin {
  const plugin = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      return plugin.onRequestParse!(payload);
    },
  };
}
