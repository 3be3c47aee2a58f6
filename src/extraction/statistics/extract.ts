// Statistics: the numbers a story reports, with their unit, full magnitude, direction of change and
// the year they are compared with. Pure rules over the text, no models:
//
//   1. number rules find the numbers (find.ts) and unit rules read the unit around each one (units.ts,
//      rates.ts); numbers that are no reported quantity are dropped (figures.ts, filters.ts);
//   2. each figure's role in its clause: the size of a change ("rose 12%"), the new level a change
//      leads to ("to £2.7bn"), or an earlier value ("from $410m"), and so its direction (direction.ts);
//   3. a range's upper end joins its lower end (ranges.ts);
//   4. the year of the comparison when the clause states one ("a 15 percent fall from 2012"), the
//      earlier value, the counted noun of a bare count, a readable label and the subject.
// Runs over the shared layout's sentences; each statistic records the rules that found it.
//
// Every rule is about English news prose in general; nothing is tuned to one story.
import type { EntityRegistry, Mention } from '../entities.js';
import type { Layout } from '../text.js';
import type { ExtractedStatistic, Span } from '../types.js';
import { clauseSpans, skipSpans } from './clauses.js';
import { inferCountUnit } from './count-unit.js';
import { spreadElidedMoney } from './elided-money.js';
import { assignDirection, comparisonYear, setDirection } from './direction.js';
import { spreadDirections } from './direction-spread.js';
import type { Figure } from './figure.js';
import { readFigures } from './figures.js';
import { rawNumbers } from './find.js';
import { labelFor } from './labels.js';
import { mergeRanges } from './ranges.js';
import { pointsOfPercent } from './points.js';
import { spreadRates } from './rate-spread.js';
import { readableLabel } from './readable-label.js';
import { SubjectFinder } from './subjects.js';
import { YEAR_RE } from './words.js';



/** Between a level and the size of its change in apposition: "$1.9bn, up 14%", "£212m, a 40% jump". */
const APPOSED_CHANGE = /^(?:\s+[\w'’-]+){0,3}?\s*(?:\)\s*)?(?:,|\s[-–—])\s+(?:(?:up|down)\s+(?:by\s+)?|an?\s+)?$/i;
/** The same with a change noun and "of", after a few more words: "£3bn online this winter, an increase of 40%". */
const APPOSED_CHANGE_OF = /^(?:\s+[\w'’-]+){0,8}?\s*(?:\)\s*)?(?:,|\s[-–—])\s+an?\s+(?:[a-z]+\s+)?[a-z]+\s+of\s+$/i;

/** The story's named entities, when the pipeline has found them: statistics link the one they are about. */
export interface StoryEntities {
  mentions: readonly Mention[];
  registry: EntityRegistry;
}

export function extractStatistics(layout: Layout, entities?: StoryEntities): ExtractedStatistic[] {
  const { text } = layout;
  const skip = skipSpans(text);
  const sentences: Span[] = layout.sentences;
  const clausesBySentence = new Map<number, Span[]>();
  const sentenceIndexAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const clauseAt = (index: number, pos: number): Span => {
    let clauses = clausesBySentence.get(index);
    if (!clauses) {
      clauses = clauseSpans(text, sentences[index] ?? { start: 0, end: text.length });
      clausesBySentence.set(index, clauses);
    }
    return clauses.find((c) => pos >= c.start && pos < c.end) ?? clauses[clauses.length - 1];
  };

  let figures = readFigures(text, rawNumbers(text, skip), sentences, sentenceIndexAt, clauseAt);

  // bracketed conversions: "$2.6bn (£2.1bn)", "1,200 reais ($410; £320.5)"
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    const prev = figures[i - 1];
    if (f.kind !== 'money' || prev.kind !== 'money' || f.sentence !== prev.sentence) continue;
    const gap = text.slice(prev.end, f.start);
    if (/^\s*\(\s*$/.test(gap) && f.unit !== prev.unit) f.conversionOf = prev;
    else if (/^\s*[;,/]\s*$/.test(gap) && prev.conversionOf && f.unit !== prev.unit) f.conversionOf = prev.conversionOf;
  }

  let previous: Figure | null = null;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    f.index = i;
    if (f.conversionOf) continue;
    // a conversion in brackets sits between a figure and what follows it
    let spanAfter = f.end;
    for (let j = i + 1; j < figures.length && figures[j].conversionOf === f; j++) {
      const close = text.indexOf(')', figures[j].end);
      if (close >= 0 && close - figures[j].end < 40) spanAfter = close + 1;
    }
    f.gapBefore = previous ? text.slice(previous.end, f.start) : '';
    const before = previous;
    previous = f;
    assignDirection(text, f, spanAfter, before && before.sentence === f.sentence ? before : null);
  }
  // a range's upper end joins its lower end; a first end that found no second end was no figure
  figures = mergeRanges(text, figures).filter((f) => !f.rangeHead || f.valueMax !== null);
  figures.forEach((f, index) => (f.index = index));

  // propagation inside a sentence
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const prev = i > 0 ? figures[i - 1] : null;
    if (f.conversionOf || !prev || prev.sentence !== f.sentence) continue;
    const gap = text.slice(prev.end, f.start);
    const anchor = prev.conversionOf ?? prev;
    // ", or 7.5%": the same change restated
    if (!f.direction && f.role !== 'baseline' && /^\s*,?\s+or\s+$/.test(gap) && anchor.direction) {
      setDirection(f, anchor.direction, anchor.dirCue!, anchor.dirCueAt, anchor.role === 'level' ? 'size' : anchor.role);
      continue;
    }
    // "$1.9bn, up 14% from ...", "£212m, a 40% jump on 2015", "290 MPs, six fewer than ...", "£3bn online
    // this winter, an increase of 40% on 2024"
    if (
      f.direction && f.role === 'size' && !anchor.direction && anchor.role !== 'baseline' &&
      (APPOSED_CHANGE.test(gap) || (f.cueIsNoun && APPOSED_CHANGE_OF.test(gap)))
    ) {
      setDirection(anchor, f.direction, f.dirCue!, f.dirCueAt, 'level');
      anchor.yearRegion = { start: f.start, end: f.clause.end };
    }
    // coordinated figures share a cue: "savings of £90m at one ministry and £120m at ..."
    if (
      !f.direction && f.role !== 'baseline' && anchor.direction && anchor.role === 'size' && anchor.kind === f.kind &&
      /^(?:\s+(?:at|in|for|on|from|by)\s+[^,;.\d()]{1,40})?,?\s+and\s+$/i.test(text.slice(anchor.end, f.start))
    ) {
      setDirection(f, anchor.direction, anchor.dirCue!, anchor.dirCueAt, 'size', anchor.cueIsNoun);
    }
  }
  spreadDirections(text, figures, sentences);
  // "6.2%, down from 7.4%", "41,000 people on the register, down from ...", "12% ... in 2019 - up from 9%"
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.conversionOf || f.role === 'baseline' || (f.direction && f.role === 'size' && f.dirCueAt < f.start)) continue;
    const sentence = sentences[f.sentence];
    const next = figures[i + 1];
    const limit = Math.min(sentence.end, next && next.sentence === f.sentence ? next.start : sentence.end, f.end + 130);
    const after = text.slice(f.end, limit);
    const m = /^([^.;]*?)(?:,|\s[-–—])\s*(up|down)\s+from\b/i.exec(after);
    if (!m || /\d/.test(m[1].replace(YEAR_RE, ''))) continue;
    const cueAt = f.end + m.index + m[0].length - m[2].length - 5;
    if (!f.direction) setDirection(f, m[2].toLowerCase() === 'up' ? 'INCREASE' : 'DECREASE', m[2], cueAt, 'level');
    const cueClause = clauseAt(f.sentence, cueAt);
    f.yearRegion = { start: cueAt, end: cueClause.end };
  }
  // a growth rate compared with an earlier growth rate keeps its direction: "rose by 3.1% ... up from May's 2.9%"
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.role !== 'baseline' || f.unit !== 'percent') continue;
    for (let j = i - 1; j >= 0; j--) {
      const g = figures[j];
      if (g.sentence !== f.sentence || g.clause.start !== f.clause.start) break;
      if (g.conversionOf || g.role === 'baseline') continue;
      if (g.unit === 'percent' && g.direction && (g.role === 'size' || g.cueIsNoun)) {
        f.direction = g.direction;
        f.dirCue = g.dirCue;
      }
      break;
    }
  }
  // the comparison year
  for (const f of figures) {
    if (f.conversionOf || !f.direction || f.role === 'baseline') continue;
    let region = f.yearRegion ?? f.clause;
    for (let j = f.index + 1; j < figures.length && figures[j].start < region.end; j++) {
      const g = figures[j];
      if (!g.conversionOf && g.direction && g.dirCueAt !== f.dirCueAt && g.role === 'size' && g.dirCueAt > f.dirCueAt) {
        region = { start: region.start, end: Math.min(region.end, g.dirCueAt < g.start ? g.dirCueAt : g.start) };
        break;
      }
    }
    f.baselineYear = comparisonYear(text, region, f.yearRegion ? region.start : Math.min(f.dirCueAt >= 0 ? f.dirCueAt : f.start, f.start), f.role === 'level' && !f.yearRegion, f.start);
  }
  for (const f of figures) {
    if (!f.conversionOf) continue;
    f.direction = f.conversionOf.direction;
    f.dirCue = f.conversionOf.dirCue;
    f.baselineYear = f.conversionOf.baselineYear;
    f.role = f.conversionOf.role;
  }

  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.role !== 'baseline') continue;
    for (let j = i - 1; j >= 0 && figures[j].clause.start === f.clause.start && figures[j].sentence === f.sentence; j--) {
      if (figures[j].role !== 'baseline' && !figures[j].conversionOf) {
        f.anchor = figures[j];
        break;
      }
    }
  }
  spreadElidedMoney(text, figures);
  spreadRates(text, figures, sentences);
  pointsOfPercent(text, figures);
  // counts with no noun take the noun they count
  for (const f of figures) if (f.kind === 'count' && !f.unit) f.unit = inferCountUnit(text, f, figures, sentences);

  const subjects = entities ? new SubjectFinder(entities) : null;
  // "$2.6bn (£2.1bn)": the converted figure's label, with the currency of the conversion
  const conversionLabel = (f: Figure, subject: string | null): string => {
    const anchor = f.conversionOf!;
    const kind = { GBP: 'sterling', USD: 'dollar', EUR: 'euro' }[f.unit ?? ''] ?? f.unit;
    return `${readableLabel(labelFor(text, anchor, sentences, figures), anchor, subject)} (${kind} conversion)`;
  };
  const out: ExtractedStatistic[] = [];
  for (const f of figures) {
    // a lone small digit with nothing around it is rarely a reported figure ("(Previous: 3.)")
    if (f.bare && !f.spelled && f.value < 10 && !f.direction) continue;
    const subject = subjects?.subjectOf(f.conversionOf ?? f.anchor ?? f) ?? null;
    const sentence = sentences[f.sentence] ?? { start: 0, end: text.length };
    const baseline = f.role !== 'baseline' ? figures.find((g) => g.anchor === f && g.role === 'baseline') : undefined;
    out.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      value: f.value,
      valueMax: f.valueMax,
      qualifier: f.qualifier,
      unit: f.unit,
      label: f.conversionOf ? conversionLabel(f, subject) : readableLabel(labelFor(text, f, sentences, figures), f, subject),
      subject,
      context: text.slice(sentence.start, sentence.end),
      direction: f.direction,
      baselineYear: f.baselineYear,
      baselineValue: baseline && baseline.unit === f.unit ? baseline.value : null,
      rule: f.rule,
      cue: f.dirCue ?? f.unitCue,
      confidence: f.direction ? Math.min(1, f.confidence + 0.03) : f.confidence,
    });
  }
  return out;
}

/** Plural nouns that measure rather than count ("profits rose to 1.7m" is not 1.7m profits). */
