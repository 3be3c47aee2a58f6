// The floor of the fan-out benchmark: a bare WebSocket server (`ws`, no GraphQL, no database) that
// sends given messages to every connected socket. POST /publish with `{"messages": [...]}` sends
// each message, in order, to each socket: what any server must at least do to deliver them.
// PORT (0: any free port), HOST. Prints one JSON line with `url` once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/publish') {
    response.writeHead(404).end();
    return;
  }
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    const { messages } = JSON.parse(body) as { messages: string[] };
    for (const message of messages) for (const socket of sockets.clients) socket.send(message);
    response.writeHead(204).end();
  });
});
const sockets = new WebSocketServer({ server, path: '/ws' });
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://${address}:${port}/ws` }));
});
process.once('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close(() => process.exit(0));
});
