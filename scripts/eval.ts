// Evaluates the extractor on every annotated story of ../shared/corpus, and on test/fixtures/**/*.gold.json
// (with a sibling .txt). The stories fall into sets:
//
//   founding             the founding story, china-us-cybercrime
//   dev                  ../shared/corpus/dev: 40 PolNeAR articles, automatically converted gold
//   dev-stats            ../shared/corpus/dev-stats: 12 BBC articles, statements and statistics
//   dev-more-tune        ../shared/corpus/dev-more: 126 PolNeAR articles (same shape as dev), minus the held-out part
//   dev-more-held-out    the held-out third of dev-more
//   dev-bbc-tune         ../shared/corpus/dev-bbc: 24 BBC articles, statements, statistics (with ranges) and
//                        agreements, minus the held-out part
//   dev-bbc-held-out     the held-out third of dev-bbc
//   fixtures             test/fixtures/**: invented stories
//   probe-tune           test/probe: invented stories teammates wrote and annotated without reading the
//   probe-held-out       extractor, in three batches (test/probe/README.md); 24 are held out (PROBE_HELD_OUT)
//
// The held-out rules are in scripts/eval/held-out.ts; the scoring rules are in scripts/eval/score.ts. "All tuning
// sets" is every corpus and fixture set but the two held-out ones; "all held-out" is those two. The probe's two
// parts are reported on their own rows, in neither total, so the totals stay comparable with earlier runs.
//
//   npm run eval                               one line per story, then the totals per set and the targets
//   npm run eval -- --verbose                  also every miss, false positive and wrong speaker of the tuning
//                                              stories (never of held-out stories ...
//   npm run eval -- --verbose --held-out       ... unless --held-out is given)
//   npm run eval -- --set dev-more-tune        only that set (repeatable; a folder name such as dev-more takes both parts)
//   npm run eval -- --story bbc-business       only the stories whose id contains the string
//   npm run eval -- --list-held-out            print the held-out ids and stop
//   npm run eval -- --json out.json            also write every number as JSON (numbers and ids only, no corpus text)
//
// The corpus is third-party text: it is read in place, never copied into this repository.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/config.js';
import { extractStory } from '../src/extraction/index.js';
import type { Extraction } from '../src/extraction/types.js';
import { heldOutIds, PROBE_HELD_OUT } from './eval/held-out.js';
import {
  addCounts,
  agreementMetrics,
  emptyAgreementCounts,
  emptyEntityCounts,
  ratio,
  emptyStatementCounts,
  emptyStatisticCounts,
  fractionsAsPercent,
  scoreStory,
  statementMetrics,
  statisticMetrics,
  type AgreementCounts,
  type EntityCounts,
  type GoldFile,
  type StatementCounts,
  type StatisticCounts,
  type StoryScore,
} from './eval/score.js';

const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
const probeDir = path.join(repoRoot, 'test', 'probe');

const SETS = ['founding', 'dev', 'dev-stats', 'dev-more-tune', 'dev-more-held-out', 'dev-bbc-tune', 'dev-bbc-held-out', 'fixtures', 'probe-tune', 'probe-held-out'] as const;
type SetName = (typeof SETS)[number];
const HELD_OUT_SETS: readonly SetName[] = ['dev-more-held-out', 'dev-bbc-held-out'];
const PROBE_SETS: readonly SetName[] = ['probe-tune', 'probe-held-out'];
const TUNING_SETS: readonly SetName[] = SETS.filter((s) => !HELD_OUT_SETS.includes(s) && !PROBE_SETS.includes(s));
const setLabel = (set: SetName) => set.replace(/-(tune|held-out)$/, ' ($1)');

interface Story {
  id: string;
  set: SetName;
  heldOut: boolean;
  txtPath: string;
  goldPath: string;
}

const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    'held-out': { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    story: { type: 'string', short: 's' },
    'list-held-out': { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (args.help) {
  console.log('usage: npm run eval -- [--verbose|-v [--held-out]] [--set <name>]... [--story <substring>] [--list-held-out] [--json <file>]');
  console.log(`sets: ${SETS.join(', ')} (dev-more and dev-bbc name both their parts)`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------
// The stories

function storiesIn(dir: string, recursive = false): { id: string; txtPath: string; goldPath: string }[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive }) as string[])
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const goldPath = path.join(dir, name);
      const txtPath = goldPath.replace(/\.gold\.json$/, '.txt');
      return { id: name.replace(/\.gold\.json$/, ''), txtPath, goldPath };
    })
    .filter((story) => existsSync(story.txtPath));
}

/** A folder split into a tuning part and a held-out part (scripts/eval/held-out.ts). */
function splitFolder(folder: 'dev-more' | 'dev-bbc'): Story[] {
  const found = storiesIn(path.join(corpusDir, folder));
  const heldOut = heldOutIds(found.map((s) => s.id));
  const part = (s: { id: string }) => heldOut.has(s.id);
  return [
    ...found.filter((s) => !part(s)).map((s) => ({ ...s, set: `${folder}-tune` as SetName, heldOut: false })),
    ...found.filter(part).map((s) => ({ ...s, set: `${folder}-held-out` as SetName, heldOut: true })),
  ];
}

const allStories: Story[] = [
  ...storiesIn(corpusDir)
    .filter((s) => s.id === 'china-us-cybercrime')
    .map((s) => ({ ...s, set: 'founding' as const, heldOut: false })),
  ...storiesIn(path.join(corpusDir, 'dev')).map((s) => ({ ...s, set: 'dev' as const, heldOut: false })),
  ...storiesIn(path.join(corpusDir, 'dev-stats')).map((s) => ({ ...s, set: 'dev-stats' as const, heldOut: false })),
  ...splitFolder('dev-more'),
  ...splitFolder('dev-bbc'),
  ...storiesIn(fixturesDir, true).map((s) => ({ ...s, id: `fixtures/${s.id}`, set: 'fixtures' as const, heldOut: false })),
  ...storiesIn(probeDir).filter((s) => !PROBE_HELD_OUT.has(s.id)).map((s) => ({ ...s, id: `probe/${s.id}`, set: 'probe-tune' as const, heldOut: false })),
  ...storiesIn(probeDir).filter((s) => PROBE_HELD_OUT.has(s.id)).map((s) => ({ ...s, id: `probe/${s.id}`, set: 'probe-held-out' as const, heldOut: true })),
];
// A held-out probe id that names no file would silently move that story into the tuning part.
const missingProbe = [...PROBE_HELD_OUT].filter((id) => !allStories.some((s) => s.id === `probe/${id}`));
if (existsSync(probeDir) && missingProbe.length) {
  console.error(`PROBE_HELD_OUT names stories test/probe does not hold: ${missingProbe.join(', ')}`);
  process.exit(1);
}
if (allStories.length === 0) {
  console.error(`No annotated stories found under ${corpusDir}`);
  process.exit(1);
}

if (args['list-held-out']) {
  for (const set of [...HELD_OUT_SETS, 'probe-held-out' as const]) {
    const ids = allStories.filter((s) => s.set === set).map((s) => s.id);
    console.log(`${set} (${ids.length}):`);
    for (const id of ids) console.log(`  ${id}`);
  }
  process.exit(0);
}

const wantedSets = new Set<SetName>();
for (const name of args.set ?? []) {
  const matching = SETS.filter((s) => s === name || s === `${name}-tune` || s === `${name}-held-out`);
  if (matching.length === 0) {
    console.error(`Unknown set "${name}"; the sets are: ${SETS.join(', ')} (dev-more and dev-bbc name both their parts)`);
    process.exit(1);
  }
  for (const s of matching) wantedSets.add(s);
}
const stories = allStories.filter((s) => (wantedSets.size === 0 || wantedSets.has(s.set)) && (!args.story || s.id.includes(args.story)));
if (stories.length === 0) {
  console.error(`No story matches${args.set ? ` --set ${args.set.join(', ')}` : ''}${args.story ? ` --story "${args.story}"` : ''}`);
  process.exit(1);
}
const filtered = wantedSets.size > 0 || !!args.story;

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
  /** stories whose gold has an `agreements` key */
  agreementStories: number;
  entities: EntityCounts;
  /** stories whose gold has an `entities` key */
  entityStories: number;
  errors: number;
}

const emptyTotals = (): Totals => ({
  stories: 0,
  statements: emptyStatementCounts(),
  statistics: emptyStatisticCounts(),
  statisticStories: 0,
  agreements: emptyAgreementCounts(),
  agreementStories: 0,
  entities: emptyEntityCounts(),
  entityStories: 0,
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
const totals = new Map<SetName, Totals>();
const perStory: { id: string; set: SetName; heldOut: boolean; error?: string; score: StoryScore }[] = [];
let version = '';
let heldOutDetailsHidden = 0;
const started = performance.now();

console.log(header);
let currentSet: SetName | null = null;
for (const story of stories) {
  if (story.set !== currentSet) {
    currentSet = story.set;
    const n = stories.filter((s) => s.set === currentSet).length;
    console.log(`== ${setLabel(currentSet)}: ${n} ${n === 1 ? 'story' : 'stories'}`);
  }
  const text = readFileSync(story.txtPath, 'utf8');
  const gold = fractionsAsPercent(JSON.parse(readFileSync(story.goldPath, 'utf8')) as GoldFile);
  let extraction = EMPTY;
  let error: string | undefined;
  try {
    extraction = extractStory({ body: text });
    version = extraction.version;
  } catch (e) {
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const score = scoreStory(text, gold, extraction);
  perStory.push({ id: story.id, set: story.set, heldOut: story.heldOut, error, score });

  const t = totals.get(story.set) ?? emptyTotals();
  totals.set(story.set, t);
  t.stories++;
  if (error) t.errors++;
  addCounts(t.statements, score.statements.counts);
  if (score.statistics) {
    addCounts(t.statistics, score.statistics.counts);
    t.statisticStories++;
  }
  if (score.agreements) {
    addCounts(t.agreements, score.agreements.counts);
    t.agreementStories++;
  }
  if (score.entities) {
    addCounts(t.entities, score.entities.counts);
    t.entityStories++;
  }

  console.log(row(story.id, score.statements.counts, score.statistics?.counts ?? null) + (error ? '  EXTRACTOR THREW' : ''));
  if (error) console.log(`    ${error.split('\n').slice(0, 4).join('\n    ')}`);
  if (args.verbose) {
    // held-out stories are scored, but their errors are not shown: nobody should tune on them
    if (story.heldOut && !args['held-out']) heldOutDetailsHidden++;
    else printDetails(text, score, extraction);
  }
}
const seconds = (performance.now() - started) / 1000;

function printDetails(text: string, score: StoryScore, extraction: Extraction) {
  const st = score.statements;
  const lines: string[] = [];
  const where = (p: { start: number; end: number; text: string }) => (text.slice(p.start, p.end) === p.text ? '' : ` [span ${p.start}-${p.end} is not its text]`);
  for (const g of st.details.notFound) lines.push(`  ! gold statement not located: "${clip(g.text)}"`);
  for (const g of st.details.misses) lines.push(`  MISS  ${g.kind.padEnd(8)} ${clip(g.speaker ?? 'null', 24).padEnd(24)} "${clip(g.text)}"`);
  for (const p of st.details.falsePositives)
    lines.push(`  FP    ${p.kind.padEnd(8)} ${clip(p.speaker ?? 'null', 24).padEnd(24)} cue=${p.cue ?? '-'} rule=${p.rule ?? '-'} "${clip(p.text)}"${where(p)}`);
  for (const { gold, predicted } of st.details.wrongSpeakers)
    lines.push(`  SPKR  gold ${JSON.stringify(gold.speaker)} predicted ${JSON.stringify(predicted.speaker)} (${predicted.rule ?? '-'}): "${clip(gold.text, 70)}"`);
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
    const outcome = (r: { found: number; right: boolean; optional: boolean }) =>
      r.right ? 'right' : r.found >= 0 ? 'found, wrong status or parties' : r.optional ? 'miss (optional)' : 'MISS';
    for (const r of score.agreements.results) {
      const q = r.found >= 0 && !r.right ? extraction.agreements[r.found] : null;
      const p = q ? ` (predicted ${q.status} [${q.parties.join(', ')}])` : '';
      lines.push(`  AGR   ${outcome(r)}  ${r.status} [${r.parties.join(', ')}] ${clip(r.title, 60)}${p}`);
    }
    for (const p of score.agreements.falsePositives) lines.push(`  AGR FP ${p.status} [${p.parties.join(', ')}] "${clip(p.text, 60)}"`);
  }
  if (lines.length) console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------
// Totals

const merge = (groups: readonly SetName[]): Totals => {
  const t = emptyTotals();
  for (const g of groups) {
    const x = totals.get(g);
    if (!x) continue;
    t.stories += x.stories;
    t.errors += x.errors;
    t.statisticStories += x.statisticStories;
    t.agreementStories += x.agreementStories;
    t.entityStories += x.entityStories;
    addCounts(t.entities, x.entities);
    addCounts(t.statements, x.statements);
    addCounts(t.statistics, x.statistics);
    addCounts(t.agreements, x.agreements);
  }
  return t;
};

const overall: [string, Totals][] = (
  [
    ...SETS.map((set) => [setLabel(set), merge([set])]),
    ['all tuning sets', merge(TUNING_SETS)],
    ['all held-out', merge(HELD_OUT_SETS)],
    ['all', merge(SETS)],
  ] as [string, Totals][]
).filter(([, t]) => t.stories > 0);

console.log('-'.repeat(header.length));
for (const [label, t] of overall) {
  if (label === 'all tuning sets') console.log('-'.repeat(header.length));
  console.log(row(`${label.toUpperCase()} (${t.stories})`, t.statements, t.statisticStories ? t.statistics : null));
}

console.log('');
console.log('kind accuracy / unit / direction / baseline-year agreement over matched required:');
for (const [label, t] of overall) {
  const m = statementMetrics(t.statements);
  const s = statisticMetrics(t.statistics);
  const ranges = t.statistics.rangeGold ? `  valueMax ${dec(s.rangeAgreement)} (${t.statistics.rangeGold})` : '';
  const rates = t.statistics.rateGold ? `  rate unit ${dec(s.rateUnitAgreement)} (${t.statistics.rateGold})` : '';
  const stat = t.statisticStories
    ? `unit ${dec(s.unitAgreement)}  direction ${dec(s.directionAgreement)}  baselineYear ${dec(s.baselineYearAgreement)}${ranges}${rates}` +
      `${t.statistics.upperEndAlone ? `  upper ends alone ${t.statistics.upperEndAlone}` : ''}${t.statistics.valueMaxSpurious ? `  spurious valueMax ${t.statistics.valueMaxSpurious}` : ''}`
    : 'no statistics gold';
  console.log(`  ${label.padEnd(20)} kind ${dec(m.kindAccuracy)}   ${stat}`);
}

const withAgreements = overall.filter(([, t]) => t.agreementStories > 0);
if (withAgreements.length) {
  console.log('');
  console.log('agreements (found: the spans overlap; right: found, with the gold status and set of parties):');
  console.log(`  ${'set'.padEnd(20)} stories gold pred found-R    P right-rate right-R`);
  for (const [label, t] of withAgreements) {
    const a = agreementMetrics(t.agreements);
    console.log(
      `  ${label.padEnd(20)} ${String(t.agreementStories).padStart(7)} ${String(t.agreements.gold).padStart(4)} ${String(t.agreements.predicted).padStart(4)}` +
        `   ${pct(a.recall)} ${pct(a.precision)}       ${pct(a.rightRate)}    ${pct(a.rightRecall)}`,
    );
  }
}

const withEntities = overall.filter(([, t]) => t.entityStories > 0);
if (withEntities.length) {
  console.log('');
  console.log('entities (gold: every named speaker and agreement party; found: a name form in common; split: one gold entity, several extracted):');
  console.log(`  ${'set'.padEnd(20)} stories gold found-R kind  split`);
  for (const [label, t] of withEntities) {
    const e = t.entities;
    console.log(`  ${label.padEnd(20)} ${String(t.entityStories).padStart(7)} ${String(e.gold).padStart(4)}    ${pct(ratio(e.found, e.gold))} ${pct(ratio(e.kindCorrect, e.found))} ${String(e.split).padStart(6)}`);
  }
}

const foundingScore = perStory.find((s) => s.set === 'founding')?.score;
if (foundingScore?.agreements) {
  const a = foundingScore.agreements;
  const list = a.results
    .filter((r) => !r.optional)
    .map((r) => `${r.right ? 'right' : r.found >= 0 ? 'FOUND, WRONG STATUS OR PARTIES' : 'MISSED'}: ${r.status} [${r.parties.join(', ')}] ${clip(r.title, 50)}`);
  console.log(`\nfounding agreements: ${a.counts.right}/${a.counts.gold} required right, ${a.counts.predicted} predicted`);
  for (const line of list) console.log(`  ${line}`);
}

// The issue's targets, on the held-out parts (micro-averaged), and the founding story, which must stay perfect.
const heldOutColumns = ([['all held-out', merge(HELD_OUT_SETS)], ...HELD_OUT_SETS.map((set) => [setLabel(set), merge([set])])] as [string, Totals][]).filter(
  ([, t]) => t.stories > 0,
);
const TARGETS: { name: string; key: 'f1' | 'indirectRecall' | 'speakerAccuracy' | 'directRecall'; target: number }[] = [
  { name: 'statement F1', key: 'f1', target: 0.92 },
  { name: 'INDIRECT recall', key: 'indirectRecall', target: 0.85 },
  { name: 'speaker accuracy', key: 'speakerAccuracy', target: 0.9 },
  { name: 'DIRECT recall', key: 'directRecall', target: 0.97 },
];
const targets = TARGETS.map((t) => ({
  ...t,
  values: Object.fromEntries(
    heldOutColumns.map(([label, x]) => {
      const value = statementMetrics(x.statements)[t.key];
      return [label, { value, met: value !== null && value >= t.target }];
    }),
  ),
}));
const metText = (v: { value: number | null; met: boolean }) => `${dec(v.value).padStart(5)} ${(v.met ? 'met' : 'not met').padEnd(7)}`;
if (heldOutColumns.length) {
  console.log(`\ntargets on the held-out parts (micro-averaged)${filtered ? ', filtered by --set/--story' : ''}:`);
  console.log(`  ${''.padEnd(18)} ${'target'.padEnd(7)}  ${heldOutColumns.map(([label, t]) => `${label} (${t.stories})`.padEnd(24)).join(' ')}`);
  for (const t of targets)
    console.log(`  ${t.name.padEnd(18)} >= ${t.target.toFixed(2)}  ${heldOutColumns.map(([label]) => metText(t.values[label]).padEnd(24)).join(' ')}`);
}

let foundingPerfect: boolean | null = null;
if (foundingScore) {
  const m = statementMetrics(foundingScore.statements.counts);
  const checks: [string, number | null][] = [
    ['statement F1', m.f1],
    ['strict statement F1', m.strict.f1],
    ['kind accuracy', m.kindAccuracy],
    ['speaker accuracy', m.speakerAccuracy],
  ];
  if (foundingScore.statistics) {
    const s = statisticMetrics(foundingScore.statistics.counts);
    checks.push(['statistic F1', s.f1], ['unit', s.unitAgreement], ['direction', s.directionAgreement], ['baselineYear', s.baselineYearAgreement]);
  }
  if (foundingScore.agreements?.counts.gold) checks.push(['agreements right', agreementMetrics(foundingScore.agreements.counts).rightRecall]);
  const imperfect = checks.filter(([, v]) => v !== null && v < 1);
  foundingPerfect = imperfect.length === 0;
  console.log(
    `  ${'founding story'.padEnd(18)} perfect  ${foundingPerfect ? 'met' : `NOT MET: ${imperfect.map(([name, v]) => `${name} ${dec(v)}`).join(', ')}`}`,
  );
}

// The statistics targets: on the held-out part of dev-bbc and on dev-stats.
const statisticColumns = (['dev-bbc-held-out', 'dev-stats'] as SetName[]).map((set) => [setLabel(set), merge([set])] as [string, Totals]).filter(([, t]) => t.statisticStories > 0);
if (statisticColumns.length) {
  const STATISTIC_TARGETS: { name: string; value: (t: Totals) => number | null; target: number; atMost?: boolean }[] = [
    { name: 'statistic value F1', value: (t) => statisticMetrics(t.statistics).f1, target: 0.95 },
    { name: 'unit agreement', value: (t) => statisticMetrics(t.statistics).unitAgreement, target: 0.95 },
    { name: 'range upper ends alone', value: (t) => t.statistics.upperEndAlone, target: 0, atMost: true },
  ];
  console.log(`\nstatistics targets${filtered ? ', filtered by --set/--story' : ''}:`);
  console.log(`  ${''.padEnd(22)} ${'target'.padEnd(7)}  ${statisticColumns.map(([label, t]) => `${label} (${t.stories})`.padEnd(24)).join(' ')}`);
  for (const target of STATISTIC_TARGETS) {
    const cells = statisticColumns.map(([, t]) => {
      const value = target.value(t);
      const met = value !== null && (target.atMost ? value <= target.target : value >= target.target);
      const shown = target.atMost ? String(value ?? '-').padStart(5) : dec(value).padStart(5);
      return `${shown} ${(met ? 'met' : 'not met').padEnd(7)}`.padEnd(24);
    });
    console.log(`  ${target.name.padEnd(22)} ${target.atMost ? '<=' : '>='} ${target.atMost ? String(target.target).padEnd(4) : target.target.toFixed(2)}  ${cells.join(' ')}`);
  }
}

const all = merge(SETS);
const strict = statementMetrics(all.statements).strict;
const warnings: string[] = [];
if (all.statements.goldNotFound + all.statistics.goldNotFound)
  warnings.push(`${all.statements.goldNotFound + all.statistics.goldNotFound} gold entries with no fresh occurrence in the text (listed twice, or absent; see --verbose)`);
if (all.statements.predictedSpanMismatch + all.statistics.predictedSpanMismatch)
  warnings.push(`${all.statements.predictedSpanMismatch + all.statistics.predictedSpanMismatch} predictions whose text is not body.slice(start, end): start/end were used`);
if (all.errors) warnings.push(`the extractor threw on ${all.errors} stories (scored as empty)`);
console.log(`\nextractor ${version || '(unknown)'} on node ${process.version}; ${all.stories} stories extracted and scored in ${seconds.toFixed(1)} s; strict statement F1 (all) ${dec(strict.f1)}`);
if (heldOutDetailsHidden) console.log(`--verbose: the details of ${heldOutDetailsHidden} held-out stories are not shown (add --held-out to see them)`);
for (const w of warnings) console.log(`warning: ${w}`);

if (args.json) {
  const numbers = {
    extractorVersion: version,
    corpusDir,
    filter: { sets: args.set ?? null, story: args.story ?? null },
    seconds,
    heldOut: Object.fromEntries([...HELD_OUT_SETS, 'probe-held-out' as const].map((set) => [set, allStories.filter((s) => s.set === set).map((s) => s.id)])),
    stories: perStory.map((s) => ({
      id: s.id,
      set: s.set,
      heldOut: s.heldOut,
      error: s.error ? s.error.split('\n')[0] : null,
      statements: { counts: s.score.statements.counts, metrics: statementMetrics(s.score.statements.counts) },
      statistics: s.score.statistics ? { counts: s.score.statistics.counts, metrics: statisticMetrics(s.score.statistics.counts) } : null,
      // gold agreements by their index in the gold file: titles and parties are left out (no corpus text)
      agreements: s.score.agreements
        ? {
            counts: s.score.agreements.counts,
            metrics: agreementMetrics(s.score.agreements.counts),
            results: s.score.agreements.results.map(({ status, optional, found, right }, index) => ({ index, status, optional, found: found >= 0, right })),
          }
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
          agreements: t.agreementStories ? { stories: t.agreementStories, counts: t.agreements, metrics: agreementMetrics(t.agreements) } : null,
          entities: t.entityStories ? { stories: t.entityStories, counts: t.entities } : null,
        },
      ]),
    ),
    targets: targets.map(({ name, target, values }) => ({ name, target, values })),
    foundingPerfect,
  };
  writeFileSync(path.resolve(args.json), `${JSON.stringify(numbers, null, 2)}\n`);
  console.log(`wrote ${path.resolve(args.json)}`);
}

if (all.errors) process.exitCode = 1;
