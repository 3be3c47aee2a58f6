// End-to-end ingestion: the corpus stories (dev/, dev-stats/) added through the addStory mutation of a real
// app (yoga.fetch: HTTP parsing, GraphQL, auth, extraction, one transaction), on PGlite (in memory) and on
// PostgreSQL (a fresh temporary database, dropped at the end). Each round adds every story under a fresh URL,
// once as raw text (the extractor finds statements, statistics, agreements, topics and entities) and once with
// an empty annotation (statements: [], statistics: [], agreements: [], topics: []), the baseline. The two modes
// alternate story by story so that drift (caches, the database growing) weighs on both alike. Round 0 warms up
// and is not counted. Stories are sent one at a time: the times are latencies, stories/s is 1 / mean.
//
// The baseline still runs the extractor (annotated entities are merged with the extracted ones, never replaced)
// and stores the entities it finds; the ratio is therefore the cost of storing the findings on top of that. The
// extractor's own time per story (pure, in process) is printed too, so the whole cost can be read.
//
//   npm run bench:ingest
//   npm run bench:ingest -- --rounds 5 --engines pglite
//   TEST_POSTGRES_URL=postgresql://root@127.0.0.1:5432/postgres npm run bench:ingest
//   npm run bench:ingest -- --engines postgres --phases load --cpu-prof /tmp/profiles   # the main thread during the load
//   BENCH_THREADS=1 npm run bench:ingest      # the load phase's CPU per story, thread by thread
//   npm run bench:ingest -- --entities 50000  # on a database that already holds 50,000 (made-up) entities
//   BENCH_LOOP=1 npm run bench:ingest         # the load phase's event-loop delay and GC pauses
//   npm run bench:ingest -- --extraction-nice 0 --write-concurrency 1   # EXTRACTION_NICE, INGEST_WRITE_CONCURRENCY
//
// The corpus is third-party text: it is read in place, never copied into this repository.
process.env.LOG_LEVEL ??= 'warn';

const { randomBytes } = await import('node:crypto');
const { existsSync, readdirSync, readFileSync } = await import('node:fs');
const os = await import('node:os');
const path = await import('node:path');
const { parseArgs } = await import('node:util');
const { print } = await import('graphql');
const pg = (await import('pg')).default;
const { loadConfig, repoRoot } = await import('../src/config.js');
const { openDatabase } = await import('../src/db.js');
const { extractStory } = await import('../src/extraction/index.js');
const { AddRawStoryDocument } = await import('../src/generated/operations/graphql.js');
const { createApp } = await import('../src/server/app.js');
const { runLoad } = await import('./ingest-load.js');
type LoadResult = import('./ingest-load.js').LoadResult;
type AddStoryInput = import('../src/generated/operations/graphql.js').AddStoryInput;
type AddRawStoryMutation = import('../src/generated/operations/graphql.js').AddRawStoryMutation;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'pglite,postgres' },
    phases: { type: 'string', default: 'sequential,load' },
    concurrency: { type: 'string', default: '16' },
    'load-rounds': { type: 'string', default: '3' },
    // A CPU profile of the main thread during each engine's load phase: <dir>/ingest-<engine>.cpuprofile.
    'cpu-prof': { type: 'string' },
    // Made-up entities stored before the stories (people and organisations, names of invented
    // words): a database that has grown, where what scales with the entity count shows.
    entities: { type: 'string', default: '0' },
    // EXTRACTION_NICE for the app under test (the default when absent; 0: workers at the server's priority).
    'extraction-nice': { type: 'string' },
    // INGEST_WRITE_CONCURRENCY for the app under test (the default when absent).
    'write-concurrency': { type: 'string' },
  },
});
const phases = new Set(args.phases.split(',').map((phase) => phase.trim()));
const rounds = Number(args.rounds);
const engines = args.engines.split(',').map((engine) => engine.trim()) as ('pglite' | 'postgres')[];
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';
const TOKEN = 'bench-ingest-token';
const ADD_STORY = print(AddRawStoryDocument);

const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
const stories = ['dev', 'dev-stats'].flatMap((folder) => {
  const dir = path.join(corpusDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const body = readFileSync(path.join(dir, file), 'utf8');
      return { name: `${folder}/${file.replace(/\.txt$/, '')}`, title: body.split('\n')[0].trim(), body };
    });
});
if (!stories.length) {
  console.error(`No corpus stories under ${corpusDir}/{dev,dev-stats}`);
  process.exit(1);
}

type Mode = 'raw text' | 'empty annotation';
const MODES: Mode[] = ['raw text', 'empty annotation'];
const EMPTY = { statements: [], statistics: [], agreements: [], topics: [] };

interface Sample {
  ms: number;
  statements: number;
}

async function withEngine<T>(engine: 'pglite' | 'postgres', work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  if (engine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://', poolSize: 1 }, { logQueries: true });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }
  const name = `newsgraph_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const onSignal = () => void drop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 10 }, { logQueries: true });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await drop();
    process.off('SIGINT', onSignal);
  }
}

/** Stores `count` made-up entities (every third an organisation, the others people), then ANALYZE. */
async function storeMadeUpEntities(database: Awaited<ReturnType<typeof openDatabase>>, count: number) {
  if (count <= 0) return;
  await database.prisma.$executeRaw`
    INSERT INTO "Entity" ("name", "key", "kind", "titles")
    SELECT 'Given' || g || ' Family' || (g % 977), 'given' || g || ' family' || (g % 977),
      (CASE WHEN g % 3 = 0 THEN 'ORGANIZATION' ELSE 'PERSON' END)::"EntityKind", '{}'
    FROM generate_series(1, ${count}::int) AS g`;
  await database.prisma.$executeRaw`ANALYZE "Entity"`;
}

async function runEngine(engine: 'pglite' | 'postgres') {
  return withEngine(engine, async (database) => {
    await storeMadeUpEntities(database, Number(args.entities));
    // Stories as fast as they go, from one client: no rate limit.
    const config = loadConfig({});
    if (args['extraction-nice'] !== undefined) config.extractionNice = Number(args['extraction-nice']);
    if (args['write-concurrency'] !== undefined) config.ingestWriteConcurrency = Number(args['write-concurrency']);
    const app = await createApp({ ...config, apiTokens: [TOKEN], rateLimitRequestsPerMinute: 0, rateLimitWritesPerMinute: 0 }, database);
    const addStory = async (input: AddStoryInput): Promise<Sample> => {
      const text = JSON.stringify({ query: ADD_STORY, variables: { input } });
      const started = performance.now();
      const response = await app.yoga.fetch('http://bench.newsgraph.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          authorization: `Bearer ${TOKEN}`,
        },
        body: text,
      });
      const result = (await response.json()) as { data?: AddRawStoryMutation; errors?: unknown[] };
      const ms = performance.now() - started;
      const payload = result.data?.addStory;
      if (result.errors || payload?.__typename !== 'AddStoryPayload' || !payload.created) {
        throw new Error(`addStory failed for ${input.url}: ${JSON.stringify(result.errors ?? payload)}`);
      }
      return { ms, statements: payload.newStatements };
    };

    const samples = new Map<Mode, Sample[]>(MODES.map((mode) => [mode, []]));
    for (let round = 0; phases.has('sequential') && round <= rounds; round++) {
      for (const [i, story] of stories.entries()) {
        // Alternate which mode goes first, story by story.
        const order = (i + round) % 2 ? [...MODES].reverse() : MODES;
        for (const mode of order) {
          const slug = mode === 'raw text' ? 'raw' : 'empty';
          const input: AddStoryInput = {
            url: `https://bench.newsgraph.test/round-${round}/${slug}/${story.name}`,
            title: story.title,
            body: story.body,
            source: 'Newsgraph bench',
            ...(mode === 'empty annotation' ? EMPTY : {}),
          };
          const sample = await addStory(input);
          if (round > 0) samples.get(mode)!.push(sample);
        }
      }
    }
    const load = phases.has('load')
      ? await runLoad(app, database, {
          token: TOKEN,
          addStory: ADD_STORY,
          stories: Array.from({ length: Number(args['load-rounds']) }, () => stories).flat(),
          concurrency: Number(args.concurrency),
          label: engine,
          cpuProfile: args['cpu-prof'] ? path.join(args['cpu-prof'], `ingest-${engine}.cpuprofile`) : undefined,
        })
      : undefined;
    const stored = {
      statements: await database.prisma.statement.count(),
      statistics: await database.prisma.statistic.count(),
      agreements: await database.prisma.agreementMention.count(),
      entities: await database.prisma.entity.count(),
      articles: await database.prisma.article.count(),
    };
    await app.stop();
    return { samples, stored, load };
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const fixed = (x: number, digits = 1) => x.toFixed(digits);

// The extractor alone, in process: what the raw-text mode adds before the transaction.
for (const story of stories) extractStory({ body: story.body });
const extractMs: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  for (const story of stories) {
    const started = performance.now();
    extractStory({ body: story.body });
    extractMs.push(performance.now() - started);
  }
}
extractMs.sort((a, b) => a - b);

const version = extractStory({ body: stories[0].body }).version;
const chars = stories.reduce((n, story) => n + story.body.length, 0);
console.log(
  `extractor ${version}; node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'}; ` +
    `${stories.length} corpus stories (dev/, dev-stats/; mean ${Math.round(chars / stories.length)} chars), ` +
    `${rounds} counted round(s) after 1 warm-up, one story at a time`,
);
console.log(
  `extractStory alone: p50 ${fixed(quantile(extractMs, 0.5), 2)} ms, p99 ${fixed(quantile(extractMs, 0.99), 2)} ms per story\n`,
);

const header = ['engine', 'mode', 'stories', 'stories/s', 'p50 ms', 'p99 ms', 'statements/s', 'time vs baseline'];
const rows: string[][] = [];
const notes: string[] = [];
const loads: [string, LoadResult][] = [];
for (const engine of engines) {
  const { samples, stored, load } = await runEngine(engine);
  if (load) loads.push([engine, load]);
  if (!phases.has('sequential')) continue;
  const meanMs = new Map<Mode, number>();
  for (const mode of MODES) {
    const list = samples.get(mode)!;
    meanMs.set(mode, list.reduce((n, s) => n + s.ms, 0) / list.length);
  }
  for (const mode of MODES) {
    const list = samples.get(mode)!;
    const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
    const seconds = list.reduce((n, s) => n + s.ms, 0) / 1000;
    const statements = list.reduce((n, s) => n + s.statements, 0);
    rows.push([
      engine,
      mode,
      String(list.length),
      fixed(list.length / seconds),
      fixed(quantile(sorted, 0.5)),
      fixed(quantile(sorted, 0.99)),
      fixed(statements / seconds),
      `${fixed(meanMs.get(mode)! / meanMs.get('empty annotation')!, 2)}x`,
    ]);
  }
  notes.push(
    `${engine}: stored ${stored.articles} articles, ${stored.statements} statements, ${stored.statistics} statistics, ` +
      `${stored.agreements} agreement mentions, ${stored.entities} entities (warm-up round included)`,
  );
}

if (rows.length) printSequential();
function printSequential() {
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`\n${notes.join('\n')}`);
console.log(
  'baseline = the same stories with statements, statistics, agreements and topics annotated as empty lists: the ' +
    'extractor still runs and its entities are still stored, so the ratio is the cost of storing the findings.',
);
}

if (loads.length) {
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
  const table: [string, (load: LoadResult) => string][] = [
    ['raw stories (concurrent addStory)', (load) => `${load.stories} x${args.concurrency}`],
    ['failures', (load) => String(load.failures)],
    ['stories/s end to end', (load) => fixed(load.storiesPerSecond)],
    ['p50 / p99 ms per story', (load) => `${fixed(quantile(sorted(load.storyMs), 0.5), 0)} / ${fixed(quantile(sorted(load.storyMs), 0.99), 0)}`],
    ['SQL statements per story', (load) => fixed(load.sqlPerStory)],
    [
      'CPU ms per story: main / other threads / PostgreSQL',
      (load) => `${fixed(load.cpuPerStory.main)} / ${fixed(load.cpuPerStory.others)} / ${load.cpuPerStory.postgres === null ? '-' : fixed(load.cpuPerStory.postgres)}`,
    ],
    [
      "  PostgreSQL: this database's sessions only",
      (load) => (load.cpuPerStory.sessions === null ? '-' : fixed(load.cpuPerStory.sessions)),
    ],
    ['read p50 / p99 / max ms, idle', (load) => readStats(load.idleReadMs)],
    ['read p50 / p99 / max ms, during load', (load) => readStats(load.loadReadMs)],
    ['read p99 during load / idle', (load) => `${fixed(quantile(sorted(load.loadReadMs), 0.99) / quantile(sorted(load.idleReadMs), 0.99), 2)}x`],
    ['450 KB story: ms (ok)', (load) => `${fixed(load.big.ms, 0)} (${load.big.ok ? 'ok' : 'FAILED'})`],
    ['read p50 / p99 / max ms, during it', (load) => readStats(load.big.readMs)],
  ];
  function readStats(list: number[]) {
    const s = sorted(list);
    return `${fixed(quantile(s, 0.5))} / ${fixed(quantile(s, 0.99))} / ${fixed(s.at(-1) ?? NaN)} (${s.length} reads)`;
  }
  const labelWidth = Math.max(...table.map(([label]) => label.length));
  const cells = table.map(([label, cell]) => [label, ...loads.map(([, load]) => cell(load))]);
  const widthsLoad = loads.map((_, i) => Math.max(loads[i]![0].length, ...cells.map((row) => row[i + 1]!.length)));
  console.log(`\nUnder load: every dev story ${args['load-rounds']} times under fresh URLs, ${args.concurrency} addStory calls at once, a read every 20 ms`);
  console.log([' '.repeat(labelWidth), ...loads.map(([engine], i) => engine.padStart(widthsLoad[i]!))].join('  '));
  for (const row of cells) console.log([row[0]!.padEnd(labelWidth), ...row.slice(1).map((cell, i) => cell.padStart(widthsLoad[i]!))].join('  '));
  for (const [engine, load] of loads) for (const sample of load.failureSamples) console.log(`${engine} failure: ${sample}`);
}
