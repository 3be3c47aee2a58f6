// Prisma CLI configuration. The CLI runs offline only through a driver adapter (it then uses the
// WebAssembly schema engine shipped in the npm package instead of downloading a native one), so it
// is pointed at a throwaway in-memory PGlite. The app applies migrations itself: see src/migrations.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { defineConfig } from 'prisma/config';

// The datasource block must resolve even though the adapter is what the CLI talks to.
process.env.DATABASE_URL ??= 'postgresql://unused@127.0.0.1/unused';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    return new PrismaPGlite(new PGlite()) as unknown as SqlMigrationAwareDriverAdapterFactory;
  },
});
