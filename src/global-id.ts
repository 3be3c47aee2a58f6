// Opaque global IDs: base64url("Type:id"). Decoding refuses anything malformed with a clear
// client error instead of an internal one.
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
