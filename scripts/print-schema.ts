// Writes schema/schema.graphql, the printed SDL that clients and codegen read.
// test/schema/sdl.test.ts fails when the committed file is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
import { repoRoot } from '../src/config.js';
import { schema } from '../src/schema.js';

const target = path.join(repoRoot, 'schema', 'schema.graphql');
await writeFile(target, `${printSchema(schema)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
