// Slow and idle HTTP clients. Node's own timeouts cut a client that sends its headers or its body too
// slowly, and one that keeps an idle connection open; a cap on open connections keeps them from
// taking every file the process may open (then even /health cannot be accepted).
//
// The cap: when a connection arrives with HTTP_MAX_CONNECTIONS already open, the oldest connection
// with no request in progress (one still sending its headers, or idle between requests) that has been
// open for a quarter of a second is closed to make room. If every connection is busy with a request, the new one
// is let in over the cap, up to a twentieth more, for /health and /ready only (anything else gets a
// 503 with Retry-After), and must send its request within a second; past that, new connections are
// closed at once. WebSocket connections leave the count when they upgrade (WS_MAX_CONNECTIONS caps
// those).
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Config } from '../config.js';
import { logger } from '../logger.js';

export type ConnectionLimits = Pick<Config, 'httpHeadersTimeoutMs' | 'httpRequestTimeoutMs' | 'httpKeepAliveTimeoutMs' | 'httpMaxConnections'>;

/** Options for `http.createServer`: Node's timeouts, checked every second instead of every 30 s. */
export function serverOptions(limits: ConnectionLimits): ServerOptions {
  const requestTimeout = limits.httpRequestTimeoutMs;
  return {
    requestTimeout,
    // Node refuses a headers timeout longer than a (non-zero) request timeout.
    headersTimeout: requestTimeout > 0 ? Math.min(limits.httpHeadersTimeoutMs, requestTimeout) : limits.httpHeadersTimeoutMs,
    keepAliveTimeout: limits.httpKeepAliveTimeoutMs,
    connectionsCheckingInterval: 1_000,
  };
}

/** The youngest connection that may be closed to make room (a client sends its request as soon as it connects). */
const EVICTABLE_AFTER_MS = 250;
/** How long a connection let in over the cap has to send its request. */
const OVER_CAP_GRACE_MS = 1_000;

interface Tracked {
  openedAt: number;
  /** Requests received and not yet answered. */
  busy: number;
  /** Let in over the cap: /health and /ready only. */
  over: boolean;
}

/**
 * Caps open HTTP connections on `server`; returns the request handler to serve with, which answers
 * 503 to a connection let in over the cap unless it asks for a health endpoint.
 */
export function capConnections(
  server: Server,
  maxConnections: number,
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  healthPaths: readonly string[],
): (request: IncomingMessage, response: ServerResponse) => void {
  if (maxConnections <= 0) return handler;
  const headroom = Math.max(10, Math.ceil(maxConnections / 20));
  const open = new Map<Socket, Tracked>();
  let warned = 0;

  const makeRoom = (now: number): boolean => {
    // Map order is insertion order: the oldest first.
    for (const [socket, tracked] of open) {
      if (now - tracked.openedAt < EVICTABLE_AFTER_MS) break;
      if (tracked.busy === 0) {
        open.delete(socket);
        socket.destroy();
        return true;
      }
    }
    return false;
  };

  server.on('connection', (socket: Socket) => {
    const now = Date.now();
    const tracked: Tracked = { openedAt: now, busy: 0, over: false };
    if (open.size >= maxConnections && !makeRoom(now)) {
      if (open.size >= maxConnections + headroom) {
        socket.destroy();
        if (now - warned > 10_000) {
          warned = now;
          logger.warn({ open: open.size, limit: maxConnections }, 'HTTP_MAX_CONNECTIONS reached: new connections are closed');
        }
        return;
      }
      tracked.over = true;
      const leash = setTimeout(() => tracked.busy === 0 && socket.destroy(), OVER_CAP_GRACE_MS);
      leash.unref();
      socket.once('close', () => clearTimeout(leash));
    }
    open.set(socket, tracked);
    socket.once('close', () => open.delete(socket));
  });
  // An upgraded connection is a WebSocket's now, counted by WS_MAX_CONNECTIONS.
  server.on('upgrade', (request: IncomingMessage) => open.delete(request.socket));

  return (request, response) => {
    const tracked = open.get(request.socket);
    if (tracked) {
      tracked.busy++;
      response.once('close', () => tracked.busy--);
      if (tracked.over && !healthPaths.includes((request.url ?? '').split('?')[0])) {
        const body = JSON.stringify({
          errors: [{ message: 'The server is at its connection limit: try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        });
        response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1', connection: 'close' });
        response.end(body);
        return;
      }
    }
    handler(request, response);
  };
}
