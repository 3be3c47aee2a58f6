// The third server of the read benchmark (issue 19): PostGraphile v5 over the same bench database,
// the strongest peer we know of (a GraphQL server that plans each operation once and compiles it to
// one SQL query). Its amber preset as it comes, in production mode (NODE_ENV=production: Grafast's
// development checks off, no GraphiQL, no explain, no schema watching), served by grafserv on
// node:http, with a pg.Pool of DATABASE_POOL_SIZE connections like ours and the floor's.
// It answers bench/postgraphile.graphql; bench/read.ts turns its answers into our shape and checks
// them against the floor's before it measures anything. Used by the benchmark only: src/ never
// imports PostGraphile (test/unit/postgraphile-bench-only.test.ts checks that).
//
// Environment: DATABASE_URL (PostgreSQL only), DATABASE_POOL_SIZE (default 10), PORT (0: any free
// port), HOST. Prints one JSON line with `url` once listening.
// Production mode is read when Grafast loads: set before PostGraphile is imported (below).
process.env.NODE_ENV = 'production';
process.env.GRAPHILE_ENV = 'production';

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type {} from 'postgraphile';

async function main() {
  const { postgraphile } = await import('postgraphile');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const url = process.env.DATABASE_URL?.trim();
  if (!url) throw new Error('DATABASE_URL must name a PostgreSQL database (PostGraphile has no PGlite adaptor)');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false },
    grafast: { explain: false },
    // Our order for "newest first": undated statements last (saidAt DESC NULLS LAST, as our index has it),
    // PostGraphile's schema option for it; without it PostgreSQL's default (NULLS FIRST for DESC) would
    // give other rows once a statement has no date, and could not use the index.
    schema: { pgOrderByNullsLast: true },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.once('error', (error) => {
    console.error(`postgraphile: ${error.message}`);
    process.exit(1);
  });
  await serv.addTo(server);
  // Builds the schema from the database now, not on the first request.
  await pgl.getSchema();
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), process.env.HOST || '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ msg: 'postgraphile listening', url: `http://${address}:${port}` }));

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeAllConnections();
      Promise.resolve(pgl.release())
        .then(() => pool.end())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
  }
}

main().catch((error) => {
  console.error(`postgraphile: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
