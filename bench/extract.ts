// Extraction throughput on one core (the extractor is synchronous; this runs on the main thread only).
// Loads every corpus story (the founding story, dev/, dev-stats/), warms up, then runs timed passes for at
// least --seconds (default 5) over (1) the corpus articles as they are and (2) "typical" articles of about
// 4,000 characters, built by concatenating the corpus texts and cutting at paragraph boundaries. A baseline
// row times a trivial pass over the same texts (counting quotation marks with a regex), to read the numbers
// as ratios.
//
//   npm run bench:extract
//   npm run bench:extract -- --seconds 10 --warmup 5
//
// The corpus is third-party text: it is read in place, never copied into this repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/config.js';
import { extractStory } from '../src/extraction/index.js';

const TARGET_PER_SECOND = 200;
const TYPICAL_LENGTH = 4_000;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
  },
});
const minSeconds = Number(args.seconds);
const warmupPasses = Number(args.warmup);

const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
const txtIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    : [];
const articles = [
  ...txtIn(corpusDir), // the founding story
  ...txtIn(path.join(corpusDir, 'dev')),
  ...txtIn(path.join(corpusDir, 'dev-stats')),
];
if (articles.length === 0) {
  console.error(`No corpus texts under ${corpusDir}`);
  process.exit(1);
}

/** Concatenates the texts and cuts pieces of about `length` characters at the paragraph boundary nearest to it. */
function typicalArticles(texts: string[], length: number): string[] {
  const all = texts.join('\n\n');
  const pieces: string[] = [];
  let from = 0;
  while (all.length - from >= length * 0.75) {
    const target = from + length;
    const before = all.lastIndexOf('\n\n', target);
    const after = all.indexOf('\n\n', target);
    const candidates = [before, after].filter((at) => at > from + length * 0.75 && at < from + length * 1.25);
    const cut = candidates.length ? candidates.reduce((a, b) => (Math.abs(a - target) <= Math.abs(b - target) ? a : b)) : Math.min(target, all.length);
    pieces.push(all.slice(from, cut).trim());
    from = cut;
  }
  return pieces;
}
const typical = typicalArticles(articles, TYPICAL_LENGTH);

// keeps the work observable, so that nothing can be optimised away
let sink = 0;
const extract = (text: string) => {
  const x = extractStory({ body: text });
  sink += x.statements.length + x.statistics.length + x.agreements.length + x.entities.length;
};
const quoteMarks = /["“”‘’]/g;
const baseline = (text: string) => {
  sink += text.match(quoteMarks)?.length ?? 0;
};

interface Result {
  articles: number;
  chars: number;
  bytes: number;
  seconds: number;
  passes: number;
  perArticleMs: number[];
}

/**
 * Throughput from passes timed as a whole (no timer inside the loop), for at least `minSeconds`; then the
 * per-article times from separate passes, one timer call around each article (at least one whole pass, then
 * more while they take under a second and give under 200,000 samples).
 */
function run(texts: string[], work: (text: string) => void): Result {
  for (let i = 0; i < warmupPasses; i++) for (const t of texts) work(t);
  let passes = 0;
  const started = performance.now();
  do {
    for (const t of texts) work(t);
    passes++;
  } while (performance.now() - started < minSeconds * 1000);
  const seconds = (performance.now() - started) / 1000;

  const perArticleMs: number[] = [];
  const timingStarted = performance.now();
  do {
    for (const t of texts) {
      const t0 = performance.now();
      work(t);
      perArticleMs.push(performance.now() - t0);
    }
  } while (performance.now() - timingStarted < 1000 && perArticleMs.length < 200_000);

  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  return { articles: texts.length * passes, chars: chars * passes, bytes: bytes * passes, seconds, passes, perArticleMs };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const fmt = (x: number, digits = 1) =>
  !Number.isFinite(x) ? '∞' : x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e4 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(digits);

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));
const times = (x: number) => (x >= 10 ? x.toFixed(0) : x.toPrecision(2));

function describe(label: string, texts: string[], r: Result) {
  const sorted = [...r.perArticleMs].sort((a, b) => a - b);
  const perSecond = r.articles / r.seconds;
  const normalised = r.chars / r.seconds / TYPICAL_LENGTH;
  return {
    label,
    perSecond,
    normalised,
    cells: [
      label.padEnd(26),
      String(texts.length).padStart(5),
      fmt(texts.reduce((n, t) => n + t.length, 0) / texts.length, 0).padStart(7),
      String(r.passes).padStart(7),
      fmt(perSecond).padStart(10),
      fmt(r.bytes / r.seconds / 1e6, 2).padStart(8),
      fmt(normalised).padStart(10),
      ms(quantile(sorted, 0.5)).padStart(8),
      ms(quantile(sorted, 0.99)).padStart(8),
      ms(sorted[sorted.length - 1]).padStart(8),
    ].join(' '),
  };
}

const probe = extractStory({ body: articles[0] });
console.log(
  `extractor ${probe.version}; node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'}; one thread; ` +
    `${warmupPasses} warm-up passes, then passes for >= ${minSeconds} s per row`,
);
console.log(
  `corpus: ${articles.length} articles, ${articles.reduce((n, t) => n + t.length, 0).toLocaleString('en')} chars; ` +
    `typical: ${typical.length} articles cut at paragraph boundaries near ${TYPICAL_LENGTH.toLocaleString('en')} chars\n`,
);
console.log(
  ['row'.padEnd(26), 'arts', 'mean ch', ' passes', 'articles/s', '    MB/s', '4k-equiv/s', ' p50 ms', ' p99 ms', ' max ms'].join(' '),
);

const rows = [
  describe('extract: corpus', articles, run(articles, extract)),
  describe('extract: typical 4k', typical, run(typical, extract)),
  describe('baseline: corpus', articles, run(articles, baseline)),
  describe('baseline: typical 4k', typical, run(typical, baseline)),
];
for (const r of rows) console.log(r.cells);

const [corpusRow, typicalRow, baseCorpus, baseTypical] = rows;
console.log(
  `\nextraction takes ${times(baseCorpus.perSecond / corpusRow.perSecond)}x the baseline's time per article on the corpus, ` +
    `${times(baseTypical.perSecond / typicalRow.perSecond)}x on typical articles`,
);
console.log('MB/s counts UTF-8 bytes; 4k-equiv/s is characters per second / 4,000.');
const pass = typicalRow.perSecond >= TARGET_PER_SECOND;
console.log(
  `target: >= ${TARGET_PER_SECOND} typical (~4,000-char) articles/s on one core: ${fmt(typicalRow.perSecond)}/s  ${pass ? 'PASS' : 'FAIL'}`,
);
if (sink < 0) console.log(sink);
