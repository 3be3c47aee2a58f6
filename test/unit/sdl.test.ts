import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { schema } from '../../src/schema.js';

it('schema/schema.graphql is the printed SDL of the current schema (run `npm run schema:print`)', async () => {
  const committed = await readFile(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
  expect(committed).toBe(`${printSchema(schema)}\n`);
});
