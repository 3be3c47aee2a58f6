// Scoring of an extraction against a hand annotation (*.gold.json). Pure: text, gold and extraction in,
// counts and the details of every miss out. No I/O, so the rules can be unit tested on crafted inputs.
//
// Rules (from the extraction issue):
// - gold spans are located in the text with indexOf; successive gold entries with the same text take
//   successive occurrences;
// - gold entries, required first then optional (list order otherwise), greedily claim the best-overlapping
//   prediction still unclaimed; optional entries count neither for nor against;
// - a statement matches when the overlap covers at least half of the gold span (STRICT: at least 90% of the
//   gold span and 90% of the predicted span); a statistic matches when the values are equal and the spans
//   overlap at all. A range (`value_max` set) matches on its low end `value`, and its high end is scored as
//   range agreement (valueMax); a prediction that is the high end alone is counted as an error of its own;
// - fractions are percentages (the brief's convention, that of ../dev-bbc): gold written with the older unit
//   `fraction` (../dev-stats: 0.3333) is read as `percent` (33.3) by `fractionsAsPercent`;
// - an agreement is found when a prediction's span overlaps the gold text, and right when its status and its
//   set of parties (names or aliases of the gold entities) are the gold ones too.
import type {
  AgreementStatus,
  ChangeDirection,
  ExtractedAgreement,
  ExtractedEntity,
  ExtractedStatement,
  ExtractedStatistic,
  Extraction,
  Span,
  StatementKind,
} from '../../src/extraction/types.js';

// ---------------------------------------------------------------------------------------------------------
// Gold file shape

export interface GoldStatement {
  text: string;
  speaker: string | null;
  kind: StatementKind;
  via?: string;
  optional?: boolean;
}

export interface GoldStatistic {
  text: string;
  value: number;
  /** the high end of a range (../dev-bbc); null or absent otherwise. Scored as valueMax agreement over matched figures. */
  value_max?: number | null;
  unit?: string | null;
  label?: string;
  direction?: ChangeDirection | null;
  baselineYear?: number | null;
  optional?: boolean;
}

export interface GoldAgreement {
  title: string;
  parties: string[];
  status: AgreementStatus | 'WITHDRAWN';
  topic?: string;
  text?: string;
  optional?: boolean;
}

export interface GoldEntity {
  name: string;
  kind: string;
  title?: string;
  aliases?: string[];
}

export interface GoldFile {
  id?: string;
  title?: string;
  statements?: GoldStatement[];
  /** Absent means "not annotated" (not "no statistics"): statistics are then not scored. */
  statistics?: GoldStatistic[];
  agreements?: GoldAgreement[];
  entities?: GoldEntity[];
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** ratio, or null when the denominator is 0 (shown as "-"; never counts as passing a target). */
export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** tp = matched required gold, fp = unmatched predictions (ignoring those matched to optional gold), fn = missed required gold. */
export function prf(tp: number, fp: number, fn: number): Prf {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** An occurrence that does not start or end inside a word or a number ("5%" inside "1.5%" or "25%" is not clean). */
function cleanBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const first = text[start];
  const last = text[end - 1];
  if (isWordChar(first) && isWordChar(before)) return false;
  if (isWordChar(last) && isWordChar(after)) return false;
  // a number's decimal or thousands separator: "1.5%" must not yield "5%"
  if (/\p{N}/u.test(first ?? '') && (before === '.' || before === ',') && /\p{N}/u.test(text[start - 2] ?? '')) return false;
  return true;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export interface LocatedSpan extends Span {
  /** false when the text was not found at a fresh occurrence (the span then repeats an earlier one, or is -1). */
  found: boolean;
}

/**
 * Locates every entry's `text` in `text`. Entries with equal text take successive occurrences, in list order.
 * Among the remaining occurrences, one is preferred that starts and ends at word boundaries and does not lie
 * inside the span of another entry of the same list (longer texts are placed first for that): the gold of
 * statistics lists "1.5%" and "5%", and indexOf alone would put "5%" inside "1.5%". When no fresh occurrence
 * is left (an annotation that lists the same span twice), the previous occurrence is reused and `found` is false.
 */
export function locateSpans(text: string, entries: readonly { text?: string | null }[]): (LocatedSpan | null)[] {
  const result: (LocatedSpan | null)[] = entries.map(() => null);
  const order = entries.map((_, i) => i).sort((a, b) => (entries[b].text?.length ?? 0) - (entries[a].text?.length ?? 0) || a - b);
  const placed: Span[] = [];
  // equal texts have equal length, so within one text the placement order is list order
  const lastStart = new Map<string, number>();
  for (const i of order) {
    const needle = entries[i].text;
    if (!needle) continue;
    const after = lastStart.get(needle) ?? -1;
    const candidates = occurrences(text, needle).filter((at) => at > after);
    const inside = (at: number) => placed.some((s) => s.start <= at && at + needle.length <= s.end && s.end - s.start > needle.length);
    const pick =
      candidates.find((at) => cleanBoundary(text, at, at + needle.length) && !inside(at)) ??
      candidates.find((at) => cleanBoundary(text, at, at + needle.length)) ??
      candidates[0];
    if (pick === undefined) {
      const previous = after >= 0 ? after : -1;
      result[i] = { start: previous, end: previous < 0 ? -1 : previous + needle.length, found: false };
      continue;
    }
    lastStart.set(needle, pick);
    const span = { start: pick, end: pick + needle.length };
    placed.push(span);
    result[i] = { ...span, found: true };
  }
  return result;
}

/** Required entries first, then optional ones; list order otherwise (a stable sort). */
export function requiredFirst<T extends { optional?: boolean }>(items: readonly T[]): { item: T; index: number }[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => Number(!!a.item.optional) - Number(!!b.item.optional) || a.index - b.index);
}

// ---------------------------------------------------------------------------------------------------------
// Names

/** lowercase, no diacritics, no "." or apostrophes ("U.S." = "US"), other punctuation as spaces, no leading "the ". */
export function normaliseName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function containsWords(longer: string[], shorter: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  for (let i = 0; i + shorter.length <= longer.length; i++) {
    if (shorter.every((word, k) => longer[i + k] === word)) return true;
  }
  return false;
}

/** The corpus scorer's rule: equal after normalisation, or one contained in the other word-wise ("Xi" / "Xi Jinping"). */
export function sameSpeaker(predicted: string | null | undefined, gold: string | null | undefined): boolean {
  const p = normaliseName(predicted);
  const g = normaliseName(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const pw = p.split(' ');
  const gw = g.split(' ');
  return containsWords(pw, gw) || containsWords(gw, pw);
}

// ---------------------------------------------------------------------------------------------------------
// Greedy matching

export interface Match {
  /** index into the gold list as given (not the required-first order) */
  gold: number;
  /** index into the predictions, or -1 */
  predicted: number;
}

/**
 * Gold entries, required first, each claim the eligible unclaimed prediction with the largest overlap (ties:
 * the shorter prediction, then the earlier one). Returns, for every gold entry, the claimed prediction or -1.
 */
export function greedyMatch<G extends { optional?: boolean }>(
  gold: readonly G[],
  goldSpans: readonly (LocatedSpan | null)[],
  predicted: readonly Span[],
  eligible: (g: G, gSpan: Span, p: Span, index: number) => boolean,
): number[] {
  const claimedBy = new Array<number>(gold.length).fill(-1);
  const taken = new Set<number>();
  for (const { item, index } of requiredFirst(gold)) {
    const gSpan = goldSpans[index];
    if (!gSpan || gSpan.start < 0) continue;
    let best = -1;
    let bestOverlap = -1;
    predicted.forEach((p, k) => {
      if (taken.has(k) || !eligible(item, gSpan, p, k)) return;
      const o = overlap(gSpan, p);
      const better =
        o > bestOverlap || (o === bestOverlap && best >= 0 && p.end - p.start < predicted[best].end - predicted[best].start);
      if (better) {
        best = k;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      taken.add(best);
      claimedBy[index] = best;
    }
  }
  return claimedBy;
}

// ---------------------------------------------------------------------------------------------------------
// Statements

export const lenientStatementMatch = (g: Span, p: Span) => g.end > g.start && overlap(g, p) >= 0.5 * (g.end - g.start);
export const strictStatementMatch = (g: Span, p: Span) =>
  g.end > g.start && p.end > p.start && overlap(g, p) >= 0.9 * (g.end - g.start) && overlap(g, p) >= 0.9 * (p.end - p.start);

export interface StatementCounts {
  /** required gold statements */
  gold: number;
  goldDirect: number;
  goldIndirect: number;
  optionalGold: number;
  predicted: number;
  /** predictions matched only to optional gold: ignored */
  ignored: number;
  /** matched required gold (lenient rule) */
  matched: number;
  matchedDirect: number;
  matchedIndirect: number;
  /** among matched required: predicted kind equals gold kind */
  kindCorrect: number;
  /** among matched required: same speaker by the corpus rule */
  speakerCorrect: number;
  /** STRICT rule: matched required and predictions matched to optional */
  strictMatched: number;
  strictIgnored: number;
  /** gold entries whose text could not be located at a fresh occurrence */
  goldNotFound: number;
  /** predictions whose text is not body.slice(start, end) (a contract violation; start/end are used) */
  predictedSpanMismatch: number;
}

export interface StatementDetails {
  misses: GoldStatement[];
  falsePositives: ExtractedStatement[];
  wrongSpeakers: { gold: GoldStatement; predicted: ExtractedStatement }[];
  wrongKinds: { gold: GoldStatement; predicted: ExtractedStatement }[];
  notFound: GoldStatement[];
}

export function emptyStatementCounts(): StatementCounts {
  return {
    gold: 0, goldDirect: 0, goldIndirect: 0, optionalGold: 0, predicted: 0, ignored: 0, matched: 0, matchedDirect: 0,
    matchedIndirect: 0, kindCorrect: 0, speakerCorrect: 0, strictMatched: 0, strictIgnored: 0, goldNotFound: 0, predictedSpanMismatch: 0,
  };
}

/** Locates the gold spans and counts what every kind of finding reports: unlocated gold, predictions, bad spans. */
function locateAndCount<G extends { text: string }>(
  text: string,
  gold: readonly G[],
  predicted: readonly { text: string; start: number; end: number }[],
  counts: { goldNotFound: number; predicted: number; predictedSpanMismatch: number },
  details: { notFound: G[] },
) {
  const spans = locateSpans(text, gold);
  gold.forEach((g, i) => {
    if (!spans[i]?.found) {
      counts.goldNotFound++;
      details.notFound.push(g);
    }
  });
  counts.predicted = predicted.length;
  counts.predictedSpanMismatch = predicted.filter((p) => text.slice(p.start, p.end) !== p.text).length;
  return spans;
}

export function scoreStatements(
  text: string,
  gold: readonly GoldStatement[],
  predicted: readonly ExtractedStatement[],
): { counts: StatementCounts; details: StatementDetails } {
  const counts = emptyStatementCounts();
  const details: StatementDetails = { misses: [], falsePositives: [], wrongSpeakers: [], wrongKinds: [], notFound: [] };
  const spans = locateAndCount(text, gold, predicted, counts, details);

  const lenient = greedyMatch(gold, spans, predicted, (_g, gs, p) => lenientStatementMatch(gs, p));
  const strict = greedyMatch(gold, spans, predicted, (_g, gs, p) => strictStatementMatch(gs, p));

  const usedByRequired = new Set<number>();
  const usedByOptional = new Set<number>();
  gold.forEach((g, i) => {
    const k = lenient[i];
    if (g.optional) {
      counts.optionalGold++;
      if (k >= 0) usedByOptional.add(k);
      return;
    }
    counts.gold++;
    if (g.kind === 'DIRECT') counts.goldDirect++;
    else counts.goldIndirect++;
    if (k < 0) {
      details.misses.push(g);
      return;
    }
    usedByRequired.add(k);
    const p = predicted[k];
    counts.matched++;
    if (g.kind === 'DIRECT') counts.matchedDirect++;
    else counts.matchedIndirect++;
    if (p.kind === g.kind) counts.kindCorrect++;
    else details.wrongKinds.push({ gold: g, predicted: p });
    if (sameSpeaker(p.speaker, g.speaker)) counts.speakerCorrect++;
    else details.wrongSpeakers.push({ gold: g, predicted: p });
  });
  counts.ignored = usedByOptional.size;
  predicted.forEach((p, k) => {
    if (!usedByRequired.has(k) && !usedByOptional.has(k)) details.falsePositives.push(p);
  });
  gold.forEach((g, i) => {
    if (strict[i] < 0) return;
    if (g.optional) counts.strictIgnored++;
    else counts.strictMatched++;
  });
  return { counts, details };
}

export interface StatementMetrics extends Prf {
  strict: Prf;
  directRecall: number | null;
  indirectRecall: number | null;
  kindAccuracy: number | null;
  speakerAccuracy: number | null;
}

export function statementMetrics(c: StatementCounts): StatementMetrics {
  const fp = c.predicted - c.ignored - c.matched;
  const strictFp = c.predicted - c.strictIgnored - c.strictMatched;
  return {
    ...prf(c.matched, fp, c.gold - c.matched),
    strict: prf(c.strictMatched, strictFp, c.gold - c.strictMatched),
    directRecall: ratio(c.matchedDirect, c.goldDirect),
    indirectRecall: ratio(c.matchedIndirect, c.goldIndirect),
    kindAccuracy: ratio(c.kindCorrect, c.matched),
    speakerAccuracy: ratio(c.speakerCorrect, c.matched),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Statistics

export const sameValue = (a: number, b: number): boolean =>
  Number.isFinite(a) && Number.isFinite(b) && (a === b || Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 1e-6);

export const statisticMatch = (g: GoldStatistic, gSpan: Span, p: ExtractedStatistic): boolean => sameValue(g.value, p.value) && overlap(gSpan, p) > 0;

export interface StatisticCounts {
  gold: number;
  optionalGold: number;
  predicted: number;
  ignored: number;
  matched: number;
  unitCorrect: number;
  directionCorrect: number;
  baselineYearCorrect: number;
  goldNotFound: number;
  predictedSpanMismatch: number;
  /** Matched required figures whose gold is a range, and those whose predicted valueMax is the gold's. */
  rangeGold: number;
  rangeCorrect: number;
  /** Matched required figures that are no range but were given a valueMax. */
  valueMaxSpurious: number;
  /** Predictions that are the upper end of a gold range emitted as a statistic of its own. */
  upperEndAlone: number;
  /** Matched required figures whose gold unit is a rate ("GBP per week", "percent of GDP"), and those right. */
  rateGold: number;
  rateCorrect: number;
}

export interface StatisticDetails {
  misses: GoldStatistic[];
  falsePositives: ExtractedStatistic[];
  wrongUnits: { gold: GoldStatistic; predicted: ExtractedStatistic }[];
  wrongDirections: { gold: GoldStatistic; predicted: ExtractedStatistic }[];
  notFound: GoldStatistic[];
}

export function emptyStatisticCounts(): StatisticCounts {
  return {
    gold: 0, optionalGold: 0, predicted: 0, ignored: 0, matched: 0, unitCorrect: 0, directionCorrect: 0, baselineYearCorrect: 0, goldNotFound: 0, predictedSpanMismatch: 0,
    rangeGold: 0, rangeCorrect: 0, valueMaxSpurious: 0, upperEndAlone: 0, rateGold: 0, rateCorrect: 0,
  };
}

const sameUnit = (p: string | null | undefined, g: string | null | undefined) => (p ?? '').trim().toLowerCase() === (g ?? '').trim().toLowerCase();

export function scoreStatistics(
  text: string,
  gold: readonly GoldStatistic[],
  predicted: readonly ExtractedStatistic[],
): { counts: StatisticCounts; details: StatisticDetails } {
  const counts = emptyStatisticCounts();
  const details: StatisticDetails = { misses: [], falsePositives: [], wrongUnits: [], wrongDirections: [], notFound: [] };
  const spans = locateAndCount(text, gold, predicted, counts, details);
  const claimed = greedyMatch(gold, spans, predicted, (g, gs, p) => statisticMatch(g, gs, p as ExtractedStatistic));
  const usedByRequired = new Set<number>();
  const usedByOptional = new Set<number>();
  gold.forEach((g, i) => {
    const k = claimed[i];
    if (g.optional) {
      counts.optionalGold++;
      if (k >= 0) usedByOptional.add(k);
      return;
    }
    counts.gold++;
    if (k < 0) {
      details.misses.push(g);
      return;
    }
    usedByRequired.add(k);
    const p = predicted[k];
    counts.matched++;
    if (sameUnit(p.unit, g.unit)) counts.unitCorrect++;
    else details.wrongUnits.push({ gold: g, predicted: p });
    if ((p.direction ?? null) === (g.direction ?? null)) counts.directionCorrect++;
    else details.wrongDirections.push({ gold: g, predicted: p });
    if ((p.baselineYear ?? null) === (g.baselineYear ?? null)) counts.baselineYearCorrect++;
    if (g.value_max != null) {
      counts.rangeGold++;
      if (p.valueMax != null && sameValue(p.valueMax, g.value_max)) counts.rangeCorrect++;
    } else if (p.valueMax != null) counts.valueMaxSpurious++;
    if (isRateUnit(g.unit)) {
      counts.rateGold++;
      if (sameUnit(p.unit, g.unit)) counts.rateCorrect++;
    }
  });
  // the upper end of a gold range must never be a statistic of its own
  gold.forEach((g, i) => {
    if (g.value_max == null) return;
    predicted.forEach((p, k) => {
      if (k !== claimed[i] && sameValue(p.value, g.value_max!) && overlap(spans[i]!, p) > 0) counts.upperEndAlone++;
    });
  });
  counts.ignored = usedByOptional.size;
  predicted.forEach((p, k) => {
    if (!usedByRequired.has(k) && !usedByOptional.has(k)) details.falsePositives.push(p);
  });
  return { counts, details };
}

/** A unit with a denominator: "GBP per week", "hours per week", "percent of GDP". */
/** Gold in the older convention (unit `fraction`, 0.3333) read in the brief's (unit `percent`, 33.3). */
export function fractionsAsPercent(gold: GoldFile): GoldFile {
  if (!gold.statistics?.some((s) => s.unit === 'fraction')) return gold;
  const percent = (value: number) => Math.round(value * 1000) / 10;
  return {
    ...gold,
    statistics: gold.statistics.map((s) =>
      s.unit === 'fraction' ? { ...s, unit: 'percent', value: percent(s.value), value_max: s.value_max == null ? s.value_max : percent(s.value_max) } : s,
    ),
  };
}

export const isRateUnit = (unit: string | null | undefined): boolean => / per |\bof GDP$/.test(unit ?? '');

export interface StatisticMetrics extends Prf {
  /** valueMax equal to the gold's high end, over matched gold ranges. */
  rangeAgreement: number | null;
  /** Unit equal to the gold's, over matched gold rates. */
  rateUnitAgreement: number | null;
  unitAgreement: number | null;
  directionAgreement: number | null;
  baselineYearAgreement: number | null;
}

export function statisticMetrics(c: StatisticCounts): StatisticMetrics {
  return {
    ...prf(c.matched, c.predicted - c.ignored - c.matched, c.gold - c.matched),
    unitAgreement: ratio(c.unitCorrect, c.matched),
    rangeAgreement: ratio(c.rangeCorrect, c.rangeGold),
    rateUnitAgreement: ratio(c.rateCorrect, c.rateGold),
    directionAgreement: ratio(c.directionCorrect, c.matched),
    baselineYearAgreement: ratio(c.baselineYearCorrect, c.matched),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Agreements

export interface AgreementResult {
  title: string;
  status: string;
  parties: string[];
  optional: boolean;
  /** index of the predicted agreement whose span overlaps the gold text (preferring a right one), or -1 */
  found: number;
  /** the prediction at `found` also has the gold status and the gold parties */
  right: boolean;
}

export interface AgreementCounts {
  /** required gold agreements */
  gold: number;
  predicted: number;
  /** required gold agreements found: a prediction's span overlaps the gold text */
  found: number;
  /** found required gold agreements whose prediction also has the same status and set of parties */
  right: number;
  /** predictions that only an optional gold agreement claimed: neither a hit nor a false positive */
  ignored: number;
}

export const emptyAgreementCounts = (): AgreementCounts => ({ gold: 0, predicted: 0, found: 0, right: 0, ignored: 0 });

/** Maps a name to its entity's normalised name when the gold entities list it as a name or alias ("US" → "united states"). */
function canonicalNames(entities: readonly GoldEntity[]): (name: string) => string {
  const map = new Map<string, string>();
  for (const e of entities) {
    const canonical = normaliseName(e.name);
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const key = normaliseName(n);
      if (key && !map.has(key)) map.set(key, canonical);
    }
  }
  return (name) => {
    const key = normaliseName(name);
    return map.get(key) ?? key;
  };
}

/**
 * A gold agreement is found when a prediction's span overlaps its text, and right when that prediction also has
 * the same status and the same set of parties (normalised names: case, dots and a leading "the" ignored, gold
 * entity aliases resolved to the entity). Each prediction is used once. Matching runs in two greedy passes, gold
 * required first: the first pass takes only right predictions, the second gives the gold left over any unused
 * overlapping prediction. A gold agreement without a text can only be found by a right prediction, anywhere.
 * Optional gold agreements are neither rewarded nor penalised: a prediction they claim is ignored.
 */
export function scoreAgreements(
  text: string,
  gold: readonly GoldAgreement[],
  predicted: readonly ExtractedAgreement[],
  entities: readonly GoldEntity[] = [],
): { counts: AgreementCounts; results: AgreementResult[]; falsePositives: ExtractedAgreement[] } {
  const canonical = canonicalNames(entities);
  const partySet = (parties: readonly string[]) => [...new Set(parties.map(canonical))].sort().join('|');
  const spans = locateSpans(text, gold).map((s) => s ?? { start: 0, end: 0, found: true });
  const isRight = (g: GoldAgreement, p: ExtractedAgreement) => p.status === g.status && partySet(p.parties) === partySet(g.parties);
  const right = greedyMatch(gold, spans, predicted, (g, gs, p) => isRight(g, p as ExtractedAgreement) && (!g.text || overlap(gs, p) > 0));
  const rightGold = new Set(gold.filter((_, i) => right[i] >= 0));
  const rightPredictions = new Set(right.filter((k) => k >= 0));
  const overlapping = greedyMatch(gold, spans, predicted, (g, gs, p, k) => !rightGold.has(g) && !rightPredictions.has(k) && !!g.text && overlap(gs, p) > 0);
  const results = gold.map((g, i) => {
    const found = right[i] >= 0 ? right[i] : overlapping[i];
    return { title: g.title, status: g.status, parties: g.parties, optional: !!g.optional, found, right: right[i] >= 0 };
  });
  const required = results.filter((r) => !r.optional);
  const usedByOptional = new Set(results.filter((r) => r.optional && r.found >= 0).map((r) => r.found));
  const used = new Set(results.filter((r) => r.found >= 0).map((r) => r.found));
  return {
    counts: {
      gold: required.length,
      predicted: predicted.length,
      found: required.filter((r) => r.found >= 0).length,
      right: required.filter((r) => r.right).length,
      ignored: usedByOptional.size,
    },
    results,
    falsePositives: predicted.filter((_, k) => !used.has(k)),
  };
}

export interface AgreementMetrics extends Prf {
  /** right / found: among the found required agreements, the share with the right status and parties */
  rightRate: number | null;
  /** right / gold */
  rightRecall: number | null;
}

/** recall = found / gold; precision = found / (predicted - ignored): both on the text overlap alone. */
export function agreementMetrics(c: AgreementCounts): AgreementMetrics {
  return {
    ...prf(c.found, c.predicted - c.ignored - c.found, c.gold - c.found),
    rightRate: ratio(c.right, c.found),
    rightRecall: ratio(c.right, c.gold),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Entities

export interface EntityCounts {
  /** gold entities (dev-bbc lists every named speaker and agreement party) */
  gold: number;
  /** gold entities that some extracted entity names: its name or an alias equals the gold name or an alias */
  found: number;
  /** found, and the extracted entity that carries the gold name (or else the first that matched) has the gold kind */
  kindCorrect: number;
  /** found, but split: the gold entity's names land on two or more extracted entities (one person, two entities) */
  split: number;
}

export const emptyEntityCounts = (): EntityCounts => ({ gold: 0, found: 0, kindCorrect: 0, split: 0 });

/** A name for entity matching: normalised, honorifics dropped ("Mr Glazer" = "Glazer"). */
const entityKey = (name: string) => normaliseName(name).replace(/^(mr|mrs|ms|miss|dr|sir|dame|lord|lady) /, '');

export interface EntityResult {
  kind: string;
  found: boolean;
  predictedKind: string | null;
  split: boolean;
}

/**
 * Entities, scored on recall only (the gold lists the entities that matter, not every name): a gold entity is
 * found when an extracted entity shares one of its name forms; its kind is right when that entity's kind is the
 * gold kind; it is split when its forms land on more than one extracted entity.
 */
export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly ExtractedEntity[]): { counts: EntityCounts; results: EntityResult[] } {
  const formsOf = (e: { name: string; aliases?: readonly string[] }) => new Set([e.name, ...(e.aliases ?? [])].map(entityKey).filter(Boolean));
  const predictedForms = predicted.map(formsOf);
  const results = gold.map((g) => {
    const forms = formsOf(g);
    const matches = predicted.map((_, k) => k).filter((k) => [...predictedForms[k]!].some((form) => forms.has(form)));
    const primary = matches.find((k) => entityKey(predicted[k]!.name) === entityKey(g.name)) ?? matches[0];
    const predictedKind = primary === undefined ? null : predicted[primary]!.kind;
    return { kind: g.kind, found: matches.length > 0, predictedKind, split: matches.length > 1 };
  });
  return {
    counts: {
      gold: results.length,
      found: results.filter((r) => r.found).length,
      kindCorrect: results.filter((r) => r.found && r.predictedKind === r.kind).length,
      split: results.filter((r) => r.split).length,
    },
    results,
  };
}

// ---------------------------------------------------------------------------------------------------------
// A whole story

export interface StoryScore {
  statements: { counts: StatementCounts; details: StatementDetails };
  /** null when the gold file has no `statistics` key */
  statistics: { counts: StatisticCounts; details: StatisticDetails } | null;
  /** null when the gold file has no `agreements` key */
  agreements: ReturnType<typeof scoreAgreements> | null;
  /** null when the gold file has no `entities` key */
  entities: ReturnType<typeof scoreEntities> | null;
}

export function scoreStory(text: string, gold: GoldFile, extraction: Extraction): StoryScore {
  return {
    statements: scoreStatements(text, gold.statements ?? [], extraction.statements ?? []),
    statistics: gold.statistics ? scoreStatistics(text, gold.statistics, extraction.statistics ?? []) : null,
    agreements: gold.agreements ? scoreAgreements(text, gold.agreements, extraction.agreements ?? [], gold.entities ?? []) : null,
    entities: gold.entities ? scoreEntities(gold.entities, extraction.entities ?? []) : null,
  };
}

/** Sums counts field by field (micro-averaging: sum the counts, then compute the ratios). */
export function addCounts<T extends object>(into: T, add: T): T {
  for (const key of Object.keys(add) as (keyof T)[]) {
    (into[key] as unknown as number) = ((into[key] as unknown as number) ?? 0) + (add[key] as unknown as number);
  }
  return into;
}
