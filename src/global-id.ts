// Opaque global IDs: base64url("Type:id"). Decoding refuses anything malformed with a clear
// client error instead of an internal one.
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { badUserInput } from './errors.js';

export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || encodeGlobalId(match[1], match[2]) !== globalId) {
    throw badUserInput(`Invalid ID: "${globalId.slice(0, 64)}" is not a Newsgraph ID.`);
  }
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
    type.getFields().id.resolve = (parent: { id: number }) => encodeGlobalId(typename, parent.id);
  }
  return schema;
}
