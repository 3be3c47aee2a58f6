// The server as a user runs it: its own process, real HTTP, health, GraphiQL offline, SIGTERM.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServerStorage, testEngine, type ServerStorage } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let env: Record<string, string>;
let storage: ServerStorage;
let server: ServerProcess;

beforeAll(async () => {
  storage = await createServerStorage();
  env = storage.env;
  server = await startServerProcess({ ...env, API_TOKENS: 'process-token' });
});

afterAll(async () => {
  await server?.stop();
  await storage?.remove();
});

const origin = () => new URL(server.url).origin;

async function post(query: string, token?: string) {
  const body = JSON.stringify({ query });
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return response.json();
}

it('answers /health and /ready', async () => {
  expect((await fetch(`${origin()}/health`)).status).toBe(200);
  expect((await fetch(`${origin()}/ready`)).status).toBe(200);
});

it('serves GraphiQL with its assets from this server, no CDN', async () => {
  const page = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
  expect(page).toContain('renderYogaGraphiQL');
  expect(page).toContain('query LatestStatements');
  // Its example subscription runs over graphql-ws, on this server's own path.
  expect(page).toContain('subscription NewStatements');
  expect(page).toContain('"subscriptionsProtocol":"WS"');
  const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  expect(assets.length).toBeGreaterThanOrEqual(2);
  for (const asset of assets) {
    expect(asset.startsWith('/')).toBe(true);
    const response = await fetch(`${origin()}${asset}`);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  }
  expect(page).not.toMatch(/unpkg|jsdelivr|cdn\./);
});

it('stores a story over HTTP, keeps it across a restart, and stops cleanly on SIGTERM', async () => {
  const added = await post(
    `mutation { addStory(input: { url: "https://newsgraph.example/process/1", title: "Harbour reopens",
      body: "The harbour reopened on Friday, the port authority said." }) { __typename ... on AddStoryPayload { created } } }`,
    'process-token',
  );
  expect(added).toEqual({ data: { addStory: { __typename: 'AddStoryPayload', created: true } } });
  expect(await server.stop()).toBe(0);

  server = await startServerProcess({ ...env, API_TOKENS: 'process-token' });
  const found = await post('{ article(url: "https://newsgraph.example/process/1") { title } }');
  expect(found).toEqual({ data: { article: { title: 'Harbour reopens' } } });
});

it('a second instance is refused on the same PGlite directory, and shares the same PostgreSQL', async () => {
  if (testEngine === 'pglite') {
    await expect(startServerProcess({ ...env })).rejects.toThrow(/in use by process/);
    return;
  }
  const second = await startServerProcess({ ...env });
  try {
    const response = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ article(url: "https://newsgraph.example/process/1") { title } }' }),
    });
    expect(await response.json()).toEqual({ data: { article: { title: 'Harbour reopens' } } });
  } finally {
    expect(await second.stop()).toBe(0);
  }
});
