// Database-backed tests run twice, once per engine; pure tests once.
import { configDefaults, defineConfig } from 'vitest/config';

const apiProject = (engine: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: engine,
    include: ['test/api/**/*.test.ts', ...(engine === 'postgres' ? ['test/postgres/**/*.test.ts'] : [])],
    // The whole corpus through addStory takes about two minutes per engine: PGlite (the default) only.
    exclude: [...configDefaults.exclude, ...(engine === 'postgres' ? ['test/api/corpus-ingest.test.ts'] : [])],
    env: { NEWSGRAPH_TEST_DB: engine },
  },
});

export default defineConfig({
  // graphql ships CJS and ESM builds; Node loads the CJS one for Pothos and Yoga, so the tests
  // must too, or two copies of graphql meet ("from another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    allowOnly: false,
    projects: [{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } }, apiProject('pglite'), apiProject('postgres')],
  },
});
