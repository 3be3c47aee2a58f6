// Node IDs resolve synchronously (src/global-id.ts, `resolveNodeIdsSynchronously`): no promise per
// node, and exactly the ID the Relay plugin's `encodeGlobalID` would give, which `node(id)` decodes.
import { isInterfaceType, type GraphQLResolveInfo } from 'graphql';
import { expect, it } from 'vitest';
import { decodeGlobalId } from '../../src/global-id.js';
import { schema } from '../../src/schema.js';

const nodeTypes = () => {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('no Node interface');
  return schema.getPossibleTypes(node);
};

it('every Node type is covered (all nine domain types)', () => {
  expect(nodeTypes().map((type) => type.name).sort()).toEqual(
    ['Agreement', 'AgreementMention', 'Article', 'Entity', 'EntityMention', 'Source', 'Statement', 'Statistic', 'Topic'],
  );
});

it.each(nodeTypes().map((type) => [type.name, type] as const))('%s.id is a string at once, not a promise, and decodes to its type and row', (name, type) => {
  const id = type.getFields().id.resolve!({ id: 4711 }, {}, {}, {} as GraphQLResolveInfo);
  expect(typeof id).toBe('string');
  expect(decodeGlobalId(id as string)).toEqual({ typename: name, id: '4711' });
});
