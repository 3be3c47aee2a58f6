// A schema that explains itself: the schema, every type, field, argument, input field and enum
// value has a description, and the generated connection and edge types all say the same thing.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../../src/schema.js';

const described = (description: string | null | undefined) => Boolean(description?.trim());

it('describes the schema and every type, field, argument, input field and enum value', () => {
  const missing: string[] = [];
  if (!described(schema.description)) missing.push('schema');
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  expect(missing).toEqual([]);
});

it('describes every connection and edge type in one wording, naming its node type', () => {
  const connections = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.getFields().pageInfo);
  expect(connections.length).toBeGreaterThan(20);
  for (const connection of connections) {
    if (!isObjectType(connection)) continue;
    const edge = getNamedType(connection.getFields().edges!.type);
    if (!isObjectType(edge)) throw new Error(`${connection.name}.edges is not a list of objects`);
    const node = getNamedType(edge.getFields().node!.type).name;
    // The search's own connection says more about its hits; every other one says the same.
    if (connection.name === 'SearchConnection') continue;
    expect(connection.description, connection.name).toMatch(new RegExp(`^A page of ${node} items\\. `));
    expect(edge.description, edge.name).toBe(`One ${node} of a page, with the cursor that marks its place in the list.`);
  }
});
