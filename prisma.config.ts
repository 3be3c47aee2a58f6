// Prisma CLI configuration (Prisma 7: the schema no longer holds the connection URL).
// The app opens its own database through a driver adapter and applies migrations itself (see
// src/migrations), so the CLI is mostly used for `prisma generate`.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Most Prisma 7 commands, `generate` included, first makes sure the native schema engine is
// installed and downloads it when it is not, which fails offline. `generate` itself never runs it
// (it uses the WebAssembly schema tools bundled in the CLI), so when the engine's postinstall could
// not fetch it, a stand-in that explains itself is named in its place. An engine named in the
// environment, or one installed by @prisma/engines, wins.
const enginesDir = path.dirname(createRequire(import.meta.url).resolve('@prisma/engines/package.json'));
const engineInstalled = readdirSync(enginesDir).some((file) => file.startsWith('schema-engine-'));
if (!engineInstalled) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('prisma/no-schema-engine.sh', import.meta.url));

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Only commands that talk to a database read it (e.g. `prisma migrate status` with a native engine).
  datasource: { url: process.env.DATABASE_URL },
});
