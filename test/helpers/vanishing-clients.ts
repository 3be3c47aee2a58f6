// Run as its own process by tests and benchmarks: opens N graphql-ws connections, each with one
// statementAdded subscription, prints "subscribed N", then waits to be killed (clients that vanish
// without closing). Usage: node --import tsx test/helpers/vanishing-clients.ts <ws url> <N>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, count] = [process.argv[2], Number(process.argv[3] ?? 1000)];
let accepted = 0;
for (let i = 0; i < count; i++) {
  const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
  client.subscribe(
    { query: 'subscription { statementAdded { cursor node { id text speaker { name } } } }' },
    { next: () => {}, error: (error) => console.error('subscription error', error), complete: () => {} },
  );
  client.on('connected', () => {
    if (++accepted === count) console.log(`subscribed ${count}`);
  });
}
setInterval(() => {}, 60_000);
