// Opaque global IDs: base64url("Type:id"). Decoding refuses anything malformed with a clear
// client error instead of an internal one.
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { badUserInput } from './errors.js';

export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

/** Every row id is a PostgreSQL `integer`: a larger number names nothing and would fail in SQL. */
const MAX_ROW_ID = 2_147_483_647;

/** The types an ID may name: every `Node` type of the schema, filled in as it is built. */
const nodeTypenames = new Set<string>();

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded);
  const invalid = (why: string) => badUserInput(`Invalid ID: "${globalId.slice(0, 64)}" is not a Newsgraph ID${why}.`);
  if (!match || encodeGlobalId(match[1], match[2]) !== globalId) throw invalid('');
  if (Number(match[2]) > MAX_ROW_ID) throw invalid(' (its number is out of range)');
  if (nodeTypenames.size && !nodeTypenames.has(match[1])) throw invalid(` (there is no type "${match[1]}")`);
  return { typename: match[1], id: match[2] };
}

/**
 * Makes every `Node.id` resolve synchronously. Pothos' Relay plugin wraps each node's ID in an
 * `async` resolver, so every node of every list answered with a promise, and graphql-js completed
 * each list item, and each object above it, through its asynchronous path (a promise and a
 * microtask per object; see README, "Read performance"). Every node type here is a `prismaNode`
 * whose ID is its row's `id` column, which this encodes exactly as the Relay plugin's
 * `encodeGlobalID` option does (`test/unit/node-ids.test.ts` checks every type). It replaces the
 * resolver outright, so no plugin wrapper runs on `id`: none has anything to do there today.
 */
export function resolveNodeIdsSynchronously(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
  for (const type of schema.getPossibleTypes(node)) {
    const typename = type.name;
    nodeTypenames.add(typename);
    type.getFields().id.resolve = (parent: { id: number }) => encodeGlobalId(typename, parent.id);
  }
  return schema;
}
