// Trusted documents: codegen's manifest holds every client operation by its SHA-256, and with
// PERSISTED_DOCUMENTS_ONLY=on the server runs those alone, by hash, over HTTP and WebSocket.
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { IngestStoryDocument, SearchDocument, StatementAddedDocument, TopicsDocument } from '../../src/generated/operations/graphql.js';
import { loadPersistedDocuments } from '../../src/server/persisted-documents.js';
import { TOKEN } from '../helpers/app.js';
import { useLiveServer, wsClient } from '../helpers/live.js';

const server = useLiveServer({ persistedDocumentsOnly: true });

const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, '');
const persisted = (document: unknown) => ({ persistedQuery: { version: 1, sha256Hash: hashOf(document) } });

async function post(body: unknown) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

it('has every client operation in the manifest, under the hash codegen gives its typed document', () => {
  const documents = loadPersistedDocuments(loadConfig({}))!;
  for (const document of [SearchDocument, TopicsDocument, StatementAddedDocument, IngestStoryDocument]) {
    const stored = documents.get(hashOf(document));
    expect(stored, print(document).slice(0, 40)).toBeDefined();
    const name = (document.definitions[0] as OperationDefinitionNode).name?.value;
    expect((parse(stored!).definitions[0] as OperationDefinitionNode).name?.value).toBe(name);
  }
});

it('runs a manifest operation sent by hash, over POST and GET', async () => {
  const byPost = await post({ extensions: persisted(TopicsDocument) });
  expect(byPost.errors).toBeUndefined();
  expect(byPost.data.topics.totalCount).toBeGreaterThanOrEqual(0);
  const url = `${server.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(SearchDocument)))}&variables=${encodeURIComponent('{"query":"harbour"}')}`;
  const byGet = (await (await fetch(url)).json()) as { data?: any; errors?: unknown };
  expect(byGet.errors).toBeUndefined();
  expect(byGet.data.search.totalCount).toBe(0);
});

it('refuses any other operation, and hashes it does not know, with a code', async () => {
  const arbitrary = await post({ query: '{ topics(first: 1) { totalCount } }' });
  expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  expect(arbitrary.data).toBeUndefined();
  const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
  expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const nothing = await post({ variables: {} });
  expect(nothing.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  // GraphiQL could run nothing: it is not served.
  const page = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
  expect(page).not.toContain('renderYogaGraphiQL');
});

it('holds over WebSocket too: a subscription by hash runs, a written-out one is refused', async () => {
  const client = wsClient(server.wsUrl);
  try {
    const refused = await new Promise<unknown[]>((resolve) => {
      client.subscribe({ query: 'subscription { statementAdded { cursor } }' }, { next: () => {}, error: (errors) => resolve(errors as unknown[]), complete: () => resolve([]) });
    });
    expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_ONLY');

    const events: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      // graphql-ws wants a query string: an empty one, with the hash in the extensions.
      client.subscribe(
        { query: '', extensions: persisted(StatementAddedDocument), variables: {} },
        { next: (event) => (events.push(event), resolve()), error: reject, complete: () => resolve() },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const added = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(IngestStoryDocument) } },
      variables: { input: { url: 'https://persisted.test/1', title: 'Pier', body: 'The pier reopened on Friday, the harbour master said.' } },
    });
    expect(added.errors).toBeUndefined();
    await done;
    expect(JSON.stringify(events[0])).toContain('pier reopened');
  } finally {
    await client.dispose();
  }
});
