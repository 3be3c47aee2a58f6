// Live-update tests need a listening server (WebSocket and SSE clients connect over the network),
// real clients (graphql-ws over `ws`, graphql-sse), and stories whose statements are known exactly.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client as WsClient, type ClientOptions } from 'graphql-ws';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { loadConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/server/app.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TOKEN } from './app.js';

export interface LiveServer {
  app: App;
  db: TestDatabase;
  /** http://…/graphql */
  url: string;
  /** ws://…/graphql */
  wsUrl: string;
}

export async function startLiveServer(overrides: Partial<Config> = {}, db?: TestDatabase): Promise<LiveServer> {
  const database = db ?? (await createTestDatabase());
  // Tests open many connections from one address: no rate limits unless a test asks for them.
  const app = await createApp(
    { ...loadConfig({}), apiTokens: [TOKEN], rateLimitRequestsPerMinute: 0, rateLimitWritesPerMinute: 0, ...overrides },
    database.database,
  );
  const url = await app.start(0);
  return { app, db: database, url, wsUrl: url.replace(/^http/, 'ws') };
}

/** One live server per test file. */
export function useLiveServer(overrides: Partial<Config> = {}): LiveServer {
  const holder = {} as { current: LiveServer };
  beforeAll(async () => {
    holder.current = await startLiveServer(overrides);
  });
  afterAll(async () => {
    await holder.current?.app.stop();
    await holder.current?.db.drop();
  });
  return new Proxy({} as LiveServer, { get: (_, key) => Reflect.get(holder.current, key) });
}

export function wsClient(wsUrl: string, options: Partial<ClientOptions> = {}): WsClient {
  // Tests look at closes and errors through `on` and the sinks; the default would print them too.
  return createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {}, ...options });
}

/** What a subscription received so far, with a way to wait for more. */
export class Received<Data> {
  readonly events: Data[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private waiters: (() => void)[] = [];
  unsubscribe: () => void = () => {};

  push(event: Data) {
    this.events.push(event);
    this.wake();
  }
  fail(error: unknown) {
    this.errors.push(error);
    this.wake();
  }
  complete() {
    this.completed = true;
    this.wake();
  }
  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves once `condition` holds; fails after `timeoutMs` with what was received. */
  async until(condition: (received: this) => boolean, timeoutMs = 10_000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    while (!condition(this)) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`timed out; received ${this.events.length} events, errors ${JSON.stringify(this.errors)}, completed ${this.completed}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this;
  }

  count(n: number, timeoutMs?: number) {
    return this.until((received) => received.events.length >= n || received.errors.length > 0, timeoutMs);
  }
}

type Sink<Data> = { next(value: ExecutionResult<Data>): void; error(error: unknown): void; complete(): void };

function sinkInto<Data>(received: Received<Data>): Sink<Data> {
  return {
    next: (value) => (value.errors?.length ? received.fail(value.errors) : received.push(value.data as Data)),
    error: (error) => received.fail(error),
    complete: () => received.complete(),
  };
}

/**
 * Resolves once the server listens for the new subscription. Neither protocol acknowledges a
 * subscription, so in-process tests watch the feed's listener count, and others wait a moment.
 */
async function listening(server: LiveServer | undefined, before: number, received: Received<unknown>) {
  if (!server) return settle();
  const deadline = Date.now() + 10_000;
  while (server.app.feed.listensStarted <= before && !received.errors.length && !received.completed) {
    if (Date.now() > deadline) throw new Error('the subscription never started listening');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Subscribes over graphql-ws; resolves once the server listens (see `listening`). Not concurrently with another. */
export async function subscribeWs<Data, Variables>(
  client: WsClient,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  server?: LiveServer,
): Promise<Received<Data>> {
  const received = new Received<Data>();
  const before = server?.app.feed.listensStarted ?? 0;
  received.unsubscribe = client.subscribe({ query: print(document), variables: variables as Record<string, unknown> }, sinkInto(received));
  await listening(server, before, received);
  return received;
}

/** Subscribes over Server-Sent Events (graphql-sse's client, in Yoga's distinct-connections mode). */
export async function subscribeSse<Data, Variables>(
  server: LiveServer,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
): Promise<Received<Data> & { dispose(): void }> {
  const client = createSseClient({ url: server.url, singleConnection: false, retryAttempts: 0 });
  const received = Object.assign(new Received<Data>(), { dispose: () => client.dispose() });
  const before = server.app.feed.listensStarted;
  received.unsubscribe = client.subscribe({ query: print(document), variables: variables as Record<string, unknown> }, sinkInto(received));
  await listening(server, before, received);
  return received;
}

export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Line {
  speaker: string;
  text: string;
  kind?: 'DIRECT' | 'INDIRECT';
  topics?: string[];
}

/** A story of our own making whose statements are exactly `lines`, annotated. */
export function annotatedStory(id: string, lines: Line[], extra: Record<string, unknown> = {}) {
  const body = lines.map((line) => `${line.speaker} said that ${line.text}.`).join(' ');
  const speakers = [...new Set(lines.map((line) => line.speaker))];
  return {
    url: `https://live.example/${id}`,
    title: `Story ${id}`,
    body,
    topics: [],
    entities: speakers.map((name) => ({ name, kind: 'PERSON' as const })),
    statements: lines.map((line) => ({ text: line.text, speaker: line.speaker, kind: line.kind ?? ('INDIRECT' as const), topics: line.topics ?? [] })),
    statistics: [],
    agreements: [],
    ...extra,
  };
}

/** Sends a GraphQL request over HTTP, with the editor token unless told otherwise. */
export async function post<Data, Variables>(
  url: string,
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
  token: string | null = TOKEN,
): Promise<ExecutionResult<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as ExecutionResult<Data>;
}
