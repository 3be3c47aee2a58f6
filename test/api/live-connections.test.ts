// WebSocket connection handling: auth in connectionParams, caps with clear codes, keep-alive that
// drops silent peers, and a shutdown that completes subscriptions before the connections close.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AddStoryDocument, StatementAddedDocument } from '../../src/generated/operations/graphql.js';
import { print } from 'graphql';
import { TOKEN } from '../helpers/app.js';
import { annotatedStory, post, startLiveServer, subscribeSse, subscribeWs, useLiveServer, wsClient } from '../helpers/live.js';

const server = useLiveServer({ wsMaxConnections: 3, wsMaxSubscriptionsPerConnection: 2, wsKeepAliveMs: 300 });

let open: ReturnType<typeof wsClient>[] = [];
afterEach(async () => {
  await Promise.all(open.map((client) => client.dispose()));
  open = [];
  // Every test starts with no connection left over, so the connection cap counts only its own.
  await waitFor(() => server.app.liveStats().connections === 0);
});

/** A client that records how its connection closed. */
function connect(connectionParams?: Record<string, unknown>) {
  const closes: { code: number; reason: string }[] = [];
  let opened = false;
  const client = wsClient(server.wsUrl, {
    connectionParams,
    on: {
      connected: () => (opened = true),
      closed: (event) => closes.push(event as { code: number; reason: string }),
    },
  });
  open.push(client);
  return { client, closes, opened: () => opened };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const mutate = (client: ReturnType<typeof wsClient>, id: string) =>
  new Promise<{ data?: unknown; errors?: { message: string }[] }>((resolve, reject) => {
    const input = annotatedStory(id, [{ speaker: 'Wren Ash', text: 'the socket carried the story' }]);
    client.subscribe({ query: print(AddStoryDocument), variables: { input } }, { next: resolve as never, error: reject, complete: () => {} });
  });

describe('auth in connectionParams', () => {
  it('lets a valid token write, refuses an invalid one with 4403, and keeps reads public', async () => {
    const editor = connect({ authorization: `Bearer ${TOKEN}` });
    const written = await mutate(editor.client, 'ws-write');
    expect(written.errors).toBeUndefined();
    expect(written.data).toMatchObject({ addStory: { __typename: 'AddStoryPayload', created: true } });

    const anonymous = connect();
    const refused = await mutate(anonymous.client, 'ws-anonymous').catch((errors) => ({ errors }));
    expect(JSON.stringify(refused.errors)).toMatch(/Authorization: Bearer/);

    const forged = connect({ authorization: 'Bearer not-a-token' });
    const failed = await subscribeWs(forged.client, StatementAddedDocument, {});
    await failed.until((r) => r.errors.length > 0);
    expect(forged.closes[0]).toMatchObject({ code: 4403, reason: 'Forbidden' });
  });
});

describe('requests that cannot stream', () => {
  it('refuses a subscription over plain JSON (406) and holds nothing for it', async () => {
    const before = server.app.feed.listenerCount;
    for (let i = 0; i < 20; i++) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(StatementAddedDocument) }),
      });
      expect(response.status).toBe(406);
      await response.text();
    }
    expect(server.app.feed.listenerCount).toBe(before);
  });

  it('refuses a NUL character over WebSocket as over HTTP', async () => {
    const { client } = connect();
    const received = await subscribeWs(client, StatementAddedDocument, { filter: { search: 'nul\u0000here' } });
    await received.until((r) => r.errors.length > 0);
    expect(JSON.stringify(received.errors)).toMatch(/must not contain NUL/);
  });
});

describe('limits', () => {
  it('refuses a subscription beyond the per-connection cap with a clear error, and keeps the others', async () => {
    const { client } = connect();
    const first = await subscribeWs(client, StatementAddedDocument, {}, server);
    await subscribeWs(client, StatementAddedDocument, {}, server);
    const third = await subscribeWs(client, StatementAddedDocument, {});
    await third.until((r) => r.errors.length > 0);
    expect(JSON.stringify(third.errors)).toMatch(/already runs 2 operations, its limit/);

    const story = annotatedStory('cap-check', [{ speaker: 'Wren Ash', text: 'the first two still listen' }]);
    await post(server.url, AddStoryDocument, { input: story });
    await first.count(1);
    expect(first.events[0].statementAdded.node.text).toBe('the first two still listen');
  });

  it('closes connections beyond the cap with code 1013 (try again later)', async () => {
    const accepted = [connect(), connect(), connect()];
    await waitFor(() => accepted.every((connection) => connection.opened()));
    const extra = connect();
    await waitFor(() => extra.closes.length > 0);
    expect(extra.closes[0]).toMatchObject({ code: 1013 });
    expect(extra.closes[0].reason).toMatch(/Too many connections/);
    expect(accepted.every((connection) => connection.closes.length === 0)).toBe(true);
  });

  it('drops a peer that stops answering pings, and its subscription with it', async () => {
    const before = server.app.feed.listenerCount;
    // A raw client that never answers pings: as if its network had gone.
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(StatementAddedDocument) } }));
      }
    });
    await waitFor(() => server.app.feed.listenerCount === before + 1);
    expect(await closed).toBe(1006); // terminated, no closing handshake
    await waitFor(() => server.app.feed.listenerCount === before && server.app.liveStats().subscriptions === 0);
  });
});

describe('shutdown', () => {
  it('completes every subscription, over WebSocket and SSE, before closing the connections with 1001', async () => {
    const own = await startLiveServer();
    const closes: number[] = [];
    const client = wsClient(own.wsUrl, { on: { closed: (event) => closes.push((event as { code: number }).code) } });
    const overWs = await subscribeWs(client, StatementAddedDocument, {}, own);
    const overSse = await subscribeSse(own, StatementAddedDocument, {});
    await own.app.stop();
    await overWs.until((r) => r.completed);
    await overSse.until((r) => r.completed);
    expect(overWs.errors).toEqual([]);
    expect(overSse.errors).toEqual([]);
    await waitFor(() => closes.length > 0);
    expect(closes[0]).toBe(1001);
    await client.dispose();
    overSse.dispose();
    await own.db.drop();
  });
});
