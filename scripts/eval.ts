// Evaluates the extractor on every annotated story: the founding story, ../shared/corpus/dev (40 PolNeAR
// articles), ../shared/corpus/dev-stats (12 BBC articles) and any test/fixtures/**/*.gold.json with a sibling .txt.
// The scoring rules are in scripts/eval/score.ts.
//
//   npm run eval                          one line per story, then the totals and the targets
//   npm run eval -- --verbose             also every miss, false positive and wrong speaker
//   npm run eval -- --story bbc-business  only the stories whose id contains the string
//   npm run eval -- --json out.json       also write every number as JSON (numbers and ids only, no corpus text)
//
// The corpus is third-party text: it is read in place, never copied into this repository.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/config.js';
import { extractStory } from '../src/extraction/index.js';
import type { Extraction } from '../src/extraction/types.js';
import {
  addCounts,
  emptyStatementCounts,
  emptyStatisticCounts,
  scoreStory,
  statementMetrics,
  statisticMetrics,
  type AgreementCounts,
  type GoldFile,
  type StatementCounts,
  type StatisticCounts,
  type StoryScore,
} from './eval/score.js';

const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

type Group = 'founding' | 'dev' | 'dev-stats' | 'fixtures';

interface Story {
  id: string;
  group: Group;
  txtPath: string;
  goldPath: string;
}

const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    story: { type: 'string', short: 's' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (args.help) {
  console.log('usage: npm run eval -- [--verbose|-v] [--story <substring>] [--json <file>]');
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------
// The stories

function storiesIn(dir: string, group: Group, recursive = false): Story[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive }) as string[])
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const goldPath = path.join(dir, name);
      const txtPath = goldPath.replace(/\.gold\.json$/, '.txt');
      const id = group === 'fixtures' ? `fixtures/${name.replace(/\.gold\.json$/, '')}` : path.basename(name, '.gold.json');
      return { id, group, txtPath, goldPath };
    })
    .filter((story) => existsSync(story.txtPath));
}

const allStories: Story[] = [
  ...storiesIn(corpusDir, 'founding').filter((s) => s.id === 'china-us-cybercrime'),
  ...storiesIn(path.join(corpusDir, 'dev'), 'dev'),
  ...storiesIn(path.join(corpusDir, 'dev-stats'), 'dev-stats'),
  ...storiesIn(fixturesDir, 'fixtures', true),
];
if (allStories.length === 0) {
  console.error(`No annotated stories found under ${corpusDir}`);
  process.exit(1);
}
const stories = args.story ? allStories.filter((s) => s.id.includes(args.story!)) : allStories;
if (stories.length === 0) {
  console.error(`No story id contains "${args.story}"`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '   -' : (x * 100).toFixed(0).padStart(4));
const dec = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(3));
const clip = (s: string | null | undefined, n = 100) => {
  const flat = (s ?? '').replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const shortId = (id: string) => id.replace(/^polnear-train-/, '').slice(0, 44).padEnd(44);

const header = [
  'story'.padEnd(44),
  ' gold',
  ' pred',
  '   P',
  '   R',
  '  F1',
  ' sF1',
  ' DirR',
  ' IndR',
  '  Spk',
  ' |',
  'stG',
  'stPr',
  ' stP',
  ' stR',
  'stF1',
].join(' ');

interface Totals {
  stories: number;
  statements: StatementCounts;
  statistics: StatisticCounts;
  /** stories whose gold has a `statistics` key */
  statisticStories: number;
  agreements: AgreementCounts;
  errors: number;
}

const emptyTotals = (): Totals => ({
  stories: 0,
  statements: emptyStatementCounts(),
  statistics: emptyStatisticCounts(),
  statisticStories: 0,
  agreements: { gold: 0, predicted: 0, found: 0 },
  errors: 0,
});

function row(label: string, stc: StatementCounts, sc: StatisticCounts | null): string {
  const m = statementMetrics(stc);
  const s = sc ? statisticMetrics(sc) : null;
  return [
    shortId(label),
    String(stc.gold).padStart(5),
    String(stc.predicted).padStart(5),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
    pct(m.strict.f1),
    ' ' + pct(m.directRecall),
    ' ' + pct(m.indirectRecall),
    ' ' + pct(m.speakerAccuracy),
    ' |',
    sc ? String(sc.gold).padStart(3) : '  -',
    sc ? String(sc.predicted).padStart(4) : '   -',
    pct(s?.precision),
    pct(s?.recall),
    pct(s?.f1),
  ].join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Run

const EMPTY: Extraction = { version: 'none', entities: [], statements: [], statistics: [], agreements: [], topics: [] };
const totals = new Map<Group, Totals>();
const perStory: { id: string; group: Group; version: string; error?: string; score: StoryScore }[] = [];
let version = '';

console.log(header);
for (const story of stories) {
  const text = readFileSync(story.txtPath, 'utf8');
  const gold = JSON.parse(readFileSync(story.goldPath, 'utf8')) as GoldFile;
  let extraction = EMPTY;
  let error: string | undefined;
  try {
    extraction = extractStory({ body: text });
    version = extraction.version;
  } catch (e) {
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const score = scoreStory(text, gold, extraction);
  perStory.push({ id: story.id, group: story.group, version: extraction.version, error, score });

  const t = totals.get(story.group) ?? emptyTotals();
  totals.set(story.group, t);
  t.stories++;
  if (error) t.errors++;
  addCounts(t.statements, score.statements.counts);
  if (score.statistics) {
    addCounts(t.statistics, score.statistics.counts);
    t.statisticStories++;
  }
  if (score.agreements) addCounts(t.agreements, score.agreements.counts);

  console.log(row(story.id, score.statements.counts, score.statistics?.counts ?? null) + (error ? '  EXTRACTOR THREW' : ''));
  if (error) console.log(`    ${error.split('\n').slice(0, 4).join('\n    ')}`);
  if (args.verbose) printDetails(text, score);
}

function printDetails(text: string, score: StoryScore) {
  const st = score.statements;
  const lines: string[] = [];
  const where = (p: { start: number; end: number; text: string }) => (text.slice(p.start, p.end) === p.text ? '' : ` [span ${p.start}-${p.end} is not its text]`);
  for (const g of st.details.notFound) lines.push(`  ! gold statement not located: "${clip(g.text)}"`);
  for (const g of st.details.misses) lines.push(`  MISS  ${g.kind.padEnd(8)} ${clip(g.speaker ?? 'null', 24).padEnd(24)} "${clip(g.text)}"`);
  for (const p of st.details.falsePositives)
    lines.push(`  FP    ${p.kind.padEnd(8)} ${clip(p.speaker ?? 'null', 24).padEnd(24)} cue=${p.cue ?? '-'} "${clip(p.text)}"${where(p)}`);
  for (const { gold, predicted } of st.details.wrongSpeakers)
    lines.push(`  SPKR  gold ${JSON.stringify(gold.speaker)} predicted ${JSON.stringify(predicted.speaker)}: "${clip(gold.text, 70)}"`);
  for (const { gold, predicted } of st.details.wrongKinds) lines.push(`  KIND  gold ${gold.kind} predicted ${predicted.kind}: "${clip(gold.text, 70)}"`);
  if (score.statistics) {
    const sd = score.statistics.details;
    for (const g of sd.notFound) lines.push(`  ! gold statistic not located: "${clip(g.text)}"`);
    for (const g of sd.misses) lines.push(`  STAT MISS  ${String(g.value).padStart(12)} ${(g.unit ?? '-').padEnd(10)} "${clip(g.text, 60)}"`);
    for (const p of sd.falsePositives) lines.push(`  STAT FP    ${String(p.value).padStart(12)} ${(p.unit ?? '-').padEnd(10)} "${clip(p.text, 60)}"${where(p)}`);
    for (const { gold, predicted } of sd.wrongUnits)
      lines.push(`  STAT UNIT  ${String(gold.value).padStart(12)} gold ${JSON.stringify(gold.unit ?? null)} predicted ${JSON.stringify(predicted.unit)}`);
    for (const { gold, predicted } of sd.wrongDirections)
      lines.push(`  STAT DIR   ${String(gold.value).padStart(12)} gold ${gold.direction ?? 'null'} predicted ${predicted.direction ?? 'null'} "${clip(gold.text, 50)}"`);
  }
  if (score.agreements) {
    for (const r of score.agreements.results)
      lines.push(`  AGR   ${r.found >= 0 ? 'found' : r.optional ? 'miss (optional)' : 'MISS'}  ${r.status} [${r.parties.join(', ')}] ${clip(r.title, 60)}`);
    for (const p of score.agreements.falsePositives) lines.push(`  AGR FP ${p.status} [${p.parties.join(', ')}] "${clip(p.text, 60)}"`);
  }
  if (lines.length) console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------
// Totals

const merge = (...groups: Group[]): Totals => {
  const t = emptyTotals();
  for (const g of groups) {
    const x = totals.get(g);
    if (!x) continue;
    t.stories += x.stories;
    t.errors += x.errors;
    t.statisticStories += x.statisticStories;
    addCounts(t.statements, x.statements);
    addCounts(t.statistics, x.statistics);
    addCounts(t.agreements, x.agreements);
  }
  return t;
};

const overall: [string, Totals][] = (
  [
    ['founding', merge('founding')],
    ['dev', merge('dev')],
    ['dev-stats', merge('dev-stats')],
    ['fixtures', merge('fixtures')],
    ['dev+dev-stats', merge('dev', 'dev-stats')],
    ['all', merge('founding', 'dev', 'dev-stats', 'fixtures')],
  ] as [string, Totals][]
).filter(([, t]) => t.stories > 0);

console.log('-'.repeat(header.length));
for (const [label, t] of overall) {
  console.log(row(`${label.toUpperCase()} (${t.stories})`, t.statements, t.statisticStories ? t.statistics : null));
}

console.log('');
console.log('kind accuracy / unit / direction / baseline-year agreement over matched required:');
for (const [label, t] of overall) {
  const m = statementMetrics(t.statements);
  const s = statisticMetrics(t.statistics);
  const stat = t.statisticStories ? `unit ${dec(s.unitAgreement)}  direction ${dec(s.directionAgreement)}  baselineYear ${dec(s.baselineYearAgreement)}` : 'no statistics gold';
  console.log(`  ${label.padEnd(14)} kind ${dec(m.kindAccuracy)}   ${stat}`);
}

const foundingAgreements = perStory.find((s) => s.group === 'founding')?.score.agreements;
if (foundingAgreements) {
  const a = foundingAgreements;
  const list = a.results
    .filter((r) => !r.optional)
    .map((r) => `${r.found >= 0 ? 'found' : 'MISSED'}: ${r.status} [${r.parties.join(', ')}] ${clip(r.title, 50)}`);
  console.log(`\nfounding agreements: ${a.counts.found}/${a.counts.gold} required found, ${a.counts.predicted} predicted`);
  for (const line of list) console.log(`  ${line}`);
}

// targets, on dev+dev-stats (micro-averaged)
const combined = merge('dev', 'dev-stats');
const cm = statementMetrics(combined.statements);
const cs = statisticMetrics(combined.statistics);
const targets = [
  { name: 'statement F1', value: cm.f1, target: 0.9 },
  { name: 'INDIRECT recall', value: cm.indirectRecall, target: 0.85 },
  { name: 'speaker accuracy', value: cm.speakerAccuracy, target: 0.92 },
  { name: 'statistic F1', value: combined.statisticStories ? cs.f1 : null, target: 0.9 },
].map((t) => ({ ...t, pass: t.value !== null && t.value >= t.target }));
if (combined.stories > 0) {
  console.log(`\ntargets on dev+dev-stats (${combined.stories} stories, micro-averaged)${args.story ? ', filtered by --story' : ''}:`);
  for (const t of targets) console.log(`  ${t.name.padEnd(18)} ${dec(t.value).padStart(5)}  >= ${t.target.toFixed(2)}  ${t.pass ? 'PASS' : 'FAIL'}`);
}

const all = merge('founding', 'dev', 'dev-stats', 'fixtures');
const strict = statementMetrics(all.statements).strict;
const warnings: string[] = [];
if (all.statements.goldNotFound + all.statistics.goldNotFound)
  warnings.push(`${all.statements.goldNotFound + all.statistics.goldNotFound} gold entries with no fresh occurrence in the text (listed twice, or absent; see --verbose)`);
if (all.statements.predictedSpanMismatch + all.statistics.predictedSpanMismatch)
  warnings.push(`${all.statements.predictedSpanMismatch + all.statistics.predictedSpanMismatch} predictions whose text is not body.slice(start, end): start/end were used`);
if (all.errors) warnings.push(`the extractor threw on ${all.errors} stories (scored as empty)`);
console.log(`\nextractor ${version || '(unknown)'}; strict statement F1 (all) ${dec(strict.f1)}`);
for (const w of warnings) console.log(`warning: ${w}`);

if (args.json) {
  const numbers = {
    extractorVersion: version,
    corpusDir,
    filter: args.story ?? null,
    stories: perStory.map((s) => ({
      id: s.id,
      group: s.group,
      error: s.error ? s.error.split('\n')[0] : null,
      statements: { counts: s.score.statements.counts, metrics: statementMetrics(s.score.statements.counts) },
      statistics: s.score.statistics ? { counts: s.score.statistics.counts, metrics: statisticMetrics(s.score.statistics.counts) } : null,
      agreements: s.score.agreements
        ? { counts: s.score.agreements.counts, results: s.score.agreements.results.map(({ title, status, parties, optional, found }) => ({ title, status, parties, optional, found: found >= 0 })) }
        : null,
    })),
    groups: Object.fromEntries(
      overall.map(([label, t]) => [
        label,
        {
          stories: t.stories,
          errors: t.errors,
          statements: { counts: t.statements, metrics: statementMetrics(t.statements) },
          statistics: t.statisticStories ? { stories: t.statisticStories, counts: t.statistics, metrics: statisticMetrics(t.statistics) } : null,
          agreements: t.agreements,
        },
      ]),
    ),
    targets,
  };
  writeFileSync(path.resolve(args.json), `${JSON.stringify(numbers, null, 2)}\n`);
  console.log(`wrote ${path.resolve(args.json)}`);
}

if (all.errors) process.exitCode = 1;
