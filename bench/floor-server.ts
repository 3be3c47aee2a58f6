// The floor of the read benchmark (issue 5): a minimal node:http server that answers the three
// benchmark reads of schema/operations/bench.graphql with ONE hand-written SQL query each and
// JSON.stringify, no GraphQL, no ORM. Its bodies are the same JSON as our GraphQL server's answers
// (`{"data": ...}`, same fields, same global IDs, same order), which bench/read.ts checks before it
// measures anything.
//
//   GET /q1                      BenchQ1LatestStatements
//   GET /q2?id=<Article ID>      BenchQ2Article
//   GET /q3?speaker=<Entity ID>  BenchQ3SpeakerStatements
//
// Environment, as for the real server: DATABASE_URL (PostgreSQL, through a pg.Pool of
// DATABASE_POOL_SIZE connections, default 10, the app's default) or DATA_DIR (PGlite: one
// in-process database, hence one connection; the directory must not be open in another process).
// FLOOR_PREPARED=1 (PostgreSQL): named prepared statements. PORT (0: any free port), HOST.
// Prints one JSON line with `url` once listening.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { Q1, Q2, Q3 } from './floor-queries.js';

type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

const TIMESTAMP = 1114; // timestamp without time zone: Prisma's DateTime columns hold UTC
const utc = (value: string) => new Date(`${value.replace(' ', 'T')}Z`).toISOString();
const gid = (type: string, id: unknown) => Buffer.from(`${type}:${id}`).toString('base64url');

function localId(globalId: string | null, type: string): number | undefined {
  if (!globalId) return undefined;
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  return match && match[1] === type ? Number(match[2]) : undefined;
}

async function connect(): Promise<{ query: Query; close(): Promise<void>; engine: string }> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP ? utc : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    });
    await pool.query('SELECT 1');
    // FLOOR_PREPARED=1: each query a named prepared statement, parsed once per connection, as
    // our server's statements are (DATABASE_PREPARED_STATEMENTS); otherwise unnamed, parsed and
    // planned on every request, node-postgres' default.
    const names = process.env.FLOOR_PREPARED === '1' ? new Map([[Q1, 'floor_q1'], [Q2, 'floor_q2'], [Q3, 'floor_q3']]) : new Map<string, string>();
    return {
      engine: 'postgres',
      query: async (sql, params) => (await pool.query({ name: names.get(sql), text: sql, values: params })).rows,
      close: () => pool.end(),
    };
  }
  const dataDir = path.resolve(process.env.DATA_DIR || '.data/pglite');
  // The app's lock file convention (src/database/pglite.ts): one process per PGlite directory.
  const lockFile = `${dataDir}.lock`;
  await writeFile(lockFile, String(process.pid), { flag: 'wx' }).catch((error) => {
    throw new Error(`cannot lock ${dataDir} (${(error as Error).message}); is another process using it?`);
  });
  const db = await PGlite.create(dataDir, { parsers: { [TIMESTAMP]: utc } });
  return {
    engine: 'pglite',
    query: async (sql, params) => (await db.query<Row>(sql, params)).rows,
    async close() {
      await db.close();
      await rm(lockFile, { force: true });
    },
  };
}

const statementEdge = (row: Row) => ({
  node: {
    id: gid('Statement', row.id),
    kind: row.kind,
    text: row.text,
    saidAt: row.saidAt,
    ...('speakerName' in row ? { speaker: row.speakerId == null ? null : { id: gid('Entity', row.speakerId), name: row.speakerName } } : {}),
    article: { id: gid('Article', row.articleId), title: row.articleTitle },
  },
});

async function main() {
  const database = await connect();
  const { query } = database;

  const routes: Record<string, (params: URLSearchParams) => Promise<unknown>> = {
    async '/q1'() {
      const rows = await query(Q1, []);
      return { data: { statements: { edges: rows.map(statementEdge) } } };
    },
    async '/q2'(params) {
      const id = localId(params.get('id'), 'Article');
      const [row] = id === undefined ? [] : await query(Q2, [id]);
      if (!row) return { data: { article: null } };
      const statements = row.statements as unknown[][];
      const statistics = row.statistics as unknown[][];
      return {
        data: {
          article: {
            id: gid('Article', row.id),
            title: row.title,
            url: row.url,
            publishedAt: row.publishedAt,
            statements: {
              edges: statements.map(([id, kind, text, start, end, speakerId, speakerName]) => ({
                node: { id: gid('Statement', id), kind, text, start, end, speaker: speakerId == null ? null : { id: gid('Entity', speakerId), name: speakerName } },
              })),
            },
            statistics: {
              edges: statistics.map(([id, value, unit, label, direction, text, start, end]) => ({
                node: { id: gid('Statistic', id), value, unit, label, direction, text, start, end },
              })),
            },
          },
        },
      };
    },
    async '/q3'(params) {
      const speaker = localId(params.get('speaker'), 'Entity');
      const rows = speaker === undefined ? [] : await query(Q3, [speaker]);
      return { data: { statements: { edges: rows.map(statementEdge) } } };
    },
  };

  const send = (response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };

  let inFlight = 0;
  let drained: (() => void) | undefined;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://floor');
    if (url.pathname === '/health') return send(response, 200, '{"ok":true}');
    const route = routes[url.pathname];
    if (!route) return send(response, 404, '{"error":"not found"}');
    inFlight++;
    route(url.searchParams)
      .then(
        (result) => send(response, 200, JSON.stringify(result)),
        (error) => {
          console.error(`floor: ${url.pathname} failed: ${(error as Error).message}`);
          send(response, 500, '{"error":"internal"}');
        },
      )
      .finally(() => {
        if (--inFlight === 0) drained?.();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(process.env.PORT ?? 0), process.env.HOST || '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ msg: 'floor listening', engine: database.engine, url: `http://${address}:${port}` }));

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeIdleConnections();
      // Queries of requests whose clients have gone still run: let them end before closing.
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      idle
        .then(() => database.close())
        .then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error) => {
  console.error(`floor: ${(error as Error).message}`);
  process.exit(1);
});
