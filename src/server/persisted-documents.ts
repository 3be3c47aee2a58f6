// Trusted documents: the operations of codegen's persisted-documents manifest (hash -> document,
// `npm run generate` writes it from schema/operations and examples/), sent by their SHA-256 in the
// protocol Yoga's plugin reads (`extensions: { persistedQuery: { version: 1, sha256Hash } }`, over
// POST or GET). With PERSISTED_DOCUMENTS_ONLY=on nothing else runs, on HTTP and on WebSocket alike;
// without it, a hash from the manifest works too and any other operation still runs.
import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';

export interface PersistedDocuments {
  /** The document of a hash (hex, with or without codegen's `sha256:` prefix). */
  get(hash: string): string | undefined;
  /** Only documents of the manifest may run. */
  only: boolean;
}

const hexOf = (hash: string) => hash.replace(/^sha256:/, '').toLowerCase();

/** The manifest, when there is one; PERSISTED_DOCUMENTS_ONLY without one stops the start. */
export function loadPersistedDocuments(config: Pick<Config, 'persistedDocumentsOnly' | 'persistedDocumentsFile'>): PersistedDocuments | undefined {
  if (!existsSync(config.persistedDocumentsFile)) {
    if (config.persistedDocumentsOnly) {
      throw new Error(`PERSISTED_DOCUMENTS_ONLY is on but there is no manifest at ${config.persistedDocumentsFile}: run npm run generate, or set PERSISTED_DOCUMENTS`);
    }
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(config.persistedDocumentsFile, 'utf8')) as Record<string, string>;
  const documents = new Map(Object.entries(manifest).map(([hash, document]) => [hexOf(hash), document]));
  return { get: (hash) => documents.get(hexOf(hash)), only: config.persistedDocumentsOnly };
}

const errors = {
  only: () =>
    new GraphQLError(
      'This server runs only the operations of its persisted-documents manifest: send extensions.persistedQuery { version: 1, sha256Hash } instead of a query.',
      { extensions: { code: 'PERSISTED_QUERY_ONLY' } },
    ),
  notFound: () => new GraphQLError('No operation of the persisted-documents manifest has this hash.', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }),
  missing: () =>
    new GraphQLError('Send a query, or extensions.persistedQuery { version: 1, sha256Hash }.', { extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED' } }),
};

export function usePersistedDocuments(documents: PersistedDocuments) {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: !documents.only,
    customErrors: { persistedQueryOnly: errors.only, notFound: errors.notFound, keyNotFound: errors.missing },
  });
}

/**
 * The same rule for a graphql-ws `subscribe` payload (Yoga's HTTP hooks do not run there): the
 * payload with its query filled in from the manifest, or the error that refuses it.
 */
export function resolvePersistedPayload<Payload extends { query?: string; extensions?: Record<string, unknown> | null }>(
  documents: PersistedDocuments | undefined,
  payload: Payload,
): Payload | GraphQLError {
  const persisted = payload.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  const hash = persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
  if (!documents) return payload;
  if (payload.query) return documents.only ? errors.only() : payload;
  if (!hash) return errors.missing();
  const query = documents.get(hash);
  return query ? { ...payload, query } : errors.notFound();
}
