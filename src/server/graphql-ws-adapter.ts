// graphql-ws's server core (`makeServer`) on `ws` sockets: what graphql-ws's own `useServer`
// (graphql-ws/use/ws) does, with one change that matters for fan-out. `useServer` waits for each
// message to reach the kernel before the subscription may produce the next one, so a story with 10
// statements is 10 separate socket writes per subscriber; with 5,000 subscribers those 50,000 write
// system calls were half of the server's CPU (bench/fanout.ts, --cpu-prof). Here the messages a
// socket is sent within one turn of the event loop leave in one write (the TCP socket is corked until
// the turn ends), and a subscription waits only when its socket has more than HIGH_WATER_BYTES
// buffered: a slow client slows its own subscriptions, never the server's memory.
import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

const HIGH_WATER_BYTES = 1 << 20;

export function serveGraphQLOverWebSocket<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  keepAliveMs: number,
) {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;

  wss.on('connection', (socket, request) => {
    socket.once('error', () => socket.close(CloseCode.InternalServerError, 'Internal server error'));

    // Keep-alive: a peer that does not answer a ping within `keepAliveMs` is gone; drop it.
    let pongWait: NodeJS.Timeout | undefined;
    const pinger =
      keepAliveMs > 0
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
            socket.once('pong', () => clearTimeout(pongWait));
            socket.ping();
          }, keepAliveMs)
        : undefined;

    const tcp = request.socket;
    let corked = false;
    const send = (data: string) =>
      new Promise<void>((resolve) => {
        if (socket.readyState !== socket.OPEN) return resolve();
        if (!corked) {
          corked = true;
          tcp.cork();
          setImmediate(() => {
            corked = false;
            tcp.uncork();
          });
        }
        // A failed write surfaces as the socket's error and close; nothing to do per message.
        socket.send(data, () => {});
        if (socket.bufferedAmount < HIGH_WATER_BYTES) resolve();
        else {
          const done = () => {
            tcp.off('drain', done);
            socket.off('close', done);
            resolve();
          };
          tcp.on('drain', done);
          socket.on('close', done);
        }
      });

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send,
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch {
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );

    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(pinger);
      void closed(code, String(reason));
    });
  });

  return {
    /** Closes every connection with 1001 (going away) and stops the WebSocket server. */
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners('connection');
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
