// `npm run ingest -- [options] <file or folder>...`: adds story files (.txt, .md; see
// scripts/ingest/story-file.ts for the layout) to a running Newsgraph through the public addStory
// mutation, a few at a time, with a progress bar (one line per file when stdout is not a terminal)
// and a summary. Exit code: 0 all stored, 1 some file failed, 2 nothing could be done.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { print } from 'graphql';
import { IngestStoriesDocument, type IngestStoriesMutation } from '../src/generated/operations/graphql.js';
import { DEFAULT_BASE_URL, isStoryFile, parseStoryFile, StoryFileError, type StoryInput } from './ingest/story-file.js';

const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';
const INGEST_STORIES = print(IngestStoriesDocument);
const USAGE = `Usage: npm run ingest -- [options] <file or folder>...

Adds .txt and .md story files to a running Newsgraph server. Folders are walked recursively;
hidden files and README.* in them are skipped.
A story file is either "---", key: value lines (title, url, source, publishedAt, language,
topics), "---", then the body; or a title line, a blank line and the body.

Options:
  --url <endpoint>      GraphQL endpoint (default $NEWSGRAPH_URL or ${DEFAULT_URL})
  --token <token>       bearer token, one of the server's API_TOKENS (default $API_TOKEN)
  --concurrency <n>     addStories calls in flight at once (default 4)
  --batch <n>           stories per addStories call (default 10, at most 100)
  --source <name>       publication name for files that do not give one
  --base-url <url>      base of the URL given to files without one (default ${DEFAULT_BASE_URL})
  --timeout <seconds>   longest wait for one story (default 120)
  --dry-run             read and check the files, send nothing
  -h, --help            this text`;

type Outcome = 'created' | 'updated' | 'unchanged' | 'failed';
type Counts = { statements: number; statistics: number; agreements: number; entities: number };

interface StoryFile {
  file: string;
  /** Shown in reports: relative to the folder given, or the path as given. */
  label: string;
  relativePath: string;
}

interface Result {
  label: string;
  outcome: Outcome | 'ok';
  reason?: string;
  /** Dry run: where it would go. */
  url?: string;
  counts?: Counts;
}

class UsageError extends Error {}

/** Raised when further stories would fail the same way: stop sending. */
class StopRun extends Error {}

function fail(message: string, code = 2): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      batch: { type: 'string', default: '10' },
      source: { type: 'string' },
      'base-url': { type: 'string', default: DEFAULT_BASE_URL },
      timeout: { type: 'string', default: '120' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!positionals.length) throw new UsageError('name at least one file or folder');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 100) throw new UsageError('--batch must be a whole number from 1 to 100');
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout must be a positive number of seconds');
  const httpUrl = (name: string, value: string) => {
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
    } catch {
      // reported below
    }
    throw new UsageError(`${name} must be an absolute http(s) URL, got "${value}"`);
  };
  return {
    paths: positionals,
    url: httpUrl('--url', values.url || process.env.NEWSGRAPH_URL || DEFAULT_URL),
    token: values.token || process.env.API_TOKEN,
    concurrency,
    batch,
    timeoutMs: timeout * 1000,
    source: values.source,
    baseUrl: httpUrl('--base-url', values['base-url']),
    dryRun: values['dry-run'],
  };
}

async function walk(root: string, dir: string, found: string[], ignored: { count: number }) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Hidden files and folders (.git) are skipped; so is a folder's README, which describes the
    // stories rather than being one (name it explicitly to add it anyway).
    if (entry.name.startsWith('.')) continue;
    if (/^readme\./i.test(entry.name)) {
      ignored.count++;
      continue;
    }
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(full).catch(() => null) : entry;
    if (kind?.isDirectory()) await walk(root, full, found, ignored);
    else if (kind?.isFile() && isStoryFile(entry.name)) found.push(path.relative(root, full));
    else ignored.count++;
  }
}

/** Every story file under the paths given: folders recursively, each folder's files in sorted order. */
async function collectFiles(paths: string[]): Promise<{ files: StoryFile[]; ignored: number }> {
  const files: StoryFile[] = [];
  const seen = new Set<string>();
  const ignored = { count: 0 };
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${given}`);
    const add = (file: string, label: string, relativePath: string) => {
      const key = path.resolve(file);
      if (seen.has(key)) return;
      seen.add(key);
      files.push({ file, label, relativePath });
    };
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(given, given, found, ignored);
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const relative of found) add(path.join(given, relative), paths.length > 1 ? path.join(given, relative) : relative, relative);
    } else if (isStoryFile(given)) {
      add(given, given, path.basename(given));
    } else {
      ignored.count++;
    }
  }
  return { files, ignored: ignored.count };
}

interface GraphQLResponse {
  data?: IngestStoriesMutation | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Fails fast, before any file is read, when nothing answers GraphQL at `url`. */
async function checkServer(url: string) {
  const hint = `Start it with \`API_TOKENS=<token> npm start\` (PORT sets the port), or point --url / NEWSGRAPH_URL at it.`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    fail(`cannot reach the Newsgraph server at ${url} (${errorCode(error)}). ${hint}`);
  }
  const answer = (await response.json().catch(() => null)) as { data?: { __typename?: string } } | null;
  if (!response.ok || answer?.data?.__typename !== 'Query') {
    fail(`${url} answered HTTP ${response.status} ${response.statusText} but not as a Newsgraph GraphQL endpoint. ${hint}`);
  }
}

/**
 * Sends stories in one addStories call; one result per story, in order. Waits and sends again when
 * the server says so (429 from the rate limits, SERVER_BUSY when its queue is full).
 */
async function sendStories(url: string, token: string, inputs: StoryInput[], timeoutMs: number): Promise<Omit<Result, 'label'>[]> {
  const all = (result: Omit<Result, 'label'>) => inputs.map(() => result);
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: INGEST_STORIES, variables: { inputs } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') return all({ outcome: 'failed', reason: `no answer within ${timeoutMs / 1000} s` });
      throw new StopRun(`lost the server at ${url} (${errorCode(error)})`);
    }
    const text = await response.text();
    let answer: GraphQLResponse | null = null;
    try {
      answer = JSON.parse(text) as GraphQLResponse;
    } catch {
      // Not JSON (a proxy's error page): reported below with the status.
    }
    const busy = response.status === 429 || answer?.errors?.some((error) => error.extensions?.code === 'SERVER_BUSY');
    if (busy && attempt <= 20) {
      const seconds = Number(response.headers.get('retry-after')) || answer?.errors?.[0]?.extensions?.retryAfterSeconds || 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 60) * 1000));
      continue;
    }
    const status = response.ok ? '' : `HTTP ${response.status} ${response.statusText}: `;
    if (answer?.errors?.length) {
      if (answer.errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
        throw new StopRun(`the server refused the token: ${answer.errors[0].message} Use one of the server's API_TOKENS (API_TOKEN or --token).`);
      }
      return all({ outcome: 'failed', reason: status + answer.errors.map((error) => error.message).join('; ') });
    }
    const results = answer?.data?.addStories;
    if (!response.ok || !results || results.length !== inputs.length) {
      return all({ outcome: 'failed', reason: `${status || 'unexpected answer: '}${text.slice(0, 200).trim()}` });
    }
    return results.map(outcomeOf);
  }
}

function outcomeOf(result: IngestStoriesMutation['addStories'][number]): Omit<Result, 'label'> {
  switch (result.__typename) {
    case 'ValidationError':
      return {
        outcome: 'failed',
        reason: result.issues.length ? result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') : result.message,
      };
    case 'StoryNotStoredError':
      return { outcome: 'failed', reason: result.message };
    case 'AddStoryPayload': {
      const { article } = result;
      return {
        outcome: result.created ? 'created' : result.changed ? 'updated' : 'unchanged',
        counts: {
          statements: article.statements.totalCount,
          statistics: article.statistics.totalCount,
          agreements: article.agreements.totalCount,
          entities: article.entities.totalCount,
        },
      };
    }
  }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const describe = (c: Counts) =>
  [
    count(c.statements, 'statement', 'statements'),
    count(c.statistics, 'statistic', 'statistics'),
    count(c.agreements, 'agreement', 'agreements'),
    count(c.entities, 'entity', 'entities'),
  ].join(', ');

async function main() {
  let options: ReturnType<typeof parseOptions>;
  let collected: Awaited<ReturnType<typeof collectFiles>>;
  try {
    options = parseOptions();
    collected = await collectFiles(options.paths);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      fail(`${(error as Error).message} (npm run ingest -- --help lists the options)`);
    }
    throw error;
  }
  const { files, ignored } = collected;
  if (!files.length) fail(`no .txt or .md files in ${options.paths.join(', ')}`);
  if (!options.dryRun) {
    if (!options.token) fail('set API_TOKEN (or pass --token) to one of the tokens the server was started with (API_TOKENS).');
    await checkServer(options.url);
  }

  const started = performance.now();
  const tty = Boolean(process.stdout.isTTY);
  const tally = { created: 0, updated: 0, unchanged: 0, failed: 0, ok: 0 };
  const stored: Counts = { statements: 0, statistics: 0, agreements: 0, entities: 0 };
  const failures: Result[] = [];
  let done = 0;
  let stopped: string | null = null;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream: process.stdout,
          format: `ingest [{bar}] {value}/{total} | {created} created, {updated} updated, {unchanged} unchanged, {failed} failed | {speed} stories/s | {file}`,
          hideCursor: true,
          barsize: 24,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { ...tally, speed: '0.0', file: '' });
  const width = String(files.length).length;

  const record = (result: Result) => {
    done++;
    tally[result.outcome]++;
    if (result.outcome === 'failed') failures.push(result);
    if (result.counts && (result.outcome === 'created' || result.outcome === 'updated')) {
      for (const key of Object.keys(stored) as (keyof Counts)[]) stored[key] += result.counts[key];
    }
    if (bar) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { ...tally, speed: (done / Math.max(seconds, 0.001)).toFixed(1), file: result.label.slice(-40) });
    } else {
      const detail = result.reason ?? (result.counts ? describe(result.counts) : (result.url ?? ''));
      console.log(`[${String(done).padStart(width)}/${files.length}] ${result.outcome.padEnd(9)} ${result.label}${detail ? `  (${detail})` : ''}`);
    }
  };

  // Read and check every file first: a file's problems are reported without a request, and two
  // files that would land on one URL are caught before either is sent.
  const queue: { label: string; input: StoryInput }[] = [];
  const byUrl = new Map<string, string>();
  for (const { file, label, relativePath } of files) {
    try {
      const input = parseStoryFile(await readFile(file, 'utf8'), { relativePath, baseUrl: options.baseUrl, defaultSource: options.source });
      const other = byUrl.get(input.url);
      if (other) record({ label, outcome: 'failed', reason: `same url as ${other} (${input.url})` });
      else {
        byUrl.set(input.url, label);
        if (options.dryRun) record({ label, outcome: 'ok', url: input.url });
        else queue.push({ label, input });
      }
    } catch (error) {
      record({ label, outcome: 'failed', reason: error instanceof StoryFileError ? error.message : `cannot read: ${(error as Error).message}` });
    }
  }

  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    stopped = 'interrupted (Ctrl-C)';
  });
  let next = 0;
  const worker = async () => {
    while (!stopped && next < queue.length) {
      const batch = queue.slice(next, next + options.batch);
      next += batch.length;
      try {
        const results = await sendStories(options.url, options.token!, batch.map(({ input }) => input), options.timeoutMs);
        results.forEach((result, i) => record({ label: batch[i]!.label, ...result }));
      } catch (error) {
        if (!(error instanceof StopRun)) throw error;
        stopped ??= error.message;
        for (const { label } of batch) record({ label, outcome: 'failed', reason: error.message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.ceil(queue.length / options.batch)) }, worker));
  const notSent = queue.length - next;
  tally.failed += notSent;
  bar?.stop();

  const seconds = (performance.now() - started) / 1000;
  const sent = next;
  const line = (name: string, n: number, note = '') => console.log(`  ${name.padEnd(11)}${String(n).padStart(6)}${note}`);
  console.log('');
  if (options.dryRun) {
    console.log(`Dry run: read ${files.length} files in ${seconds.toFixed(1)} s, sent nothing.`);
    line('files read', files.length, ignored ? `  (${ignored} other files ignored)` : '');
    line('ready', tally.ok);
    line('failed', tally.failed);
  } else {
    console.log(`Ingested into ${options.url}: ${sent} stories sent in ${seconds.toFixed(1)} s (${(sent / Math.max(seconds, 0.001)).toFixed(1)} stories/s, concurrency ${options.concurrency}, ${options.batch} per call)`);
    line('files read', files.length, ignored ? `  (${ignored} other files ignored)` : '');
    line('created', tally.created);
    line('updated', tally.updated);
    line('unchanged', tally.unchanged);
    line('failed', tally.failed, notSent ? `  (${notSent} not sent)` : '');
    const changed = tally.created + tally.updated;
    if (changed) console.log(`  stored for the ${changed} created or updated stories: ${describe(stored)}`);
  }
  if (stopped) console.log(`Stopped early: ${stopped}${notSent ? ` (${notSent} files not sent, counted as failed)` : ''}`);
  if (failures.length) {
    console.log('Failed:');
    for (const failure of failures.slice(0, 200)) console.log(`  ${failure.label}: ${failure.reason}`);
    if (failures.length > 200) console.log(`  … and ${failures.length - 200} more`);
  }
  process.exitCode = interrupted ? 130 : tally.failed ? 1 : 0;
}

await main();
