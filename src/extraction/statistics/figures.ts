// Numbers become figures: each number is read with its unit, numbers that are no quantity are dropped
// (dates, ages, names, descriptive counts), and the span grows over the currency sign and the qualifier.
import { tidy } from '../numbers.js';
import type { Span, StatisticQualifier } from '../types.js';
import type { Figure, Kind, Raw, Reading } from './figure.js';
import { isDescriptive, isTemporalScope, notAQuantity, spelledCountStands } from './filters.js';
import { withDenominator } from './rates.js';
import { readUnit } from './units.js';
import { SPAN_QUALIFIER_RE } from './words.js';

const KIND_CONFIDENCE: Record<Kind, number> = { percent: 0.95, points: 0.85, money: 0.95, count: 0.8, duration: 0.55, times: 0.8, fraction: 0.8, rank: 0.85 };

/** The qualifier vocabulary: the words before a figure that bound or approximate it. */
const QUALIFIERS: [RegExp, StatisticQualifier][] = [
  [/^(?:about|around|roughly|approximately|some|close to)$/, 'ABOUT'],
  [/^(?:more than|over|greater than|better than|upwards of|in excess of)$/, 'MORE_THAN'],
  [/^at least$/, 'AT_LEAST'],
  [/^(?:less than|fewer than|under|worse than)$/, 'LESS_THAN'],
  [/^(?:up to|as many as|as much as)$/, 'UP_TO'],
  [/^(?:at most|as few as|as little as)$/, 'AT_MOST'],
  [/^(?:almost|nearly)$/, 'ALMOST'],
];

/** The qualifier nearest the number ("more than about 300": about). */
export function qualifierOf(words: string): StatisticQualifier | null {
  const phrase = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!phrase) return null;
  for (const [pattern, qualifier] of QUALIFIERS) if (pattern.test(phrase)) return qualifier;
  const parts = SPAN_QUALIFIER_PARTS.exec(phrase);
  return parts ? qualifierOf(parts[1]!) : null;
}
const SPAN_QUALIFIER_PARTS = /\b((?:more|less|fewer|better|worse|greater) than|up to|at (?:least|most)|as (?:many|much|few|little) as|close to|upwards of|in excess of|about|around|almost|nearly|over|under|roughly|approximately|some)$/;

export function readFigures(
  text: string,
  raws: Raw[],
  sentences: Span[],
  sentenceIndexAt: (pos: number) => number,
  clauseAt: (sentence: number, pos: number) => Span,
): Figure[] {
  const figures: Figure[] = [];
  for (const raw of raws) {
    const sentenceIndex = sentenceIndexAt(raw.numStart);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    let reading: Reading | null;
    if (raw.kind) {
      reading = {
        end: raw.end ?? raw.numEnd, value: raw.value, unit: raw.unit ?? null, kind: raw.kind, unitCue: raw.unitCue ?? null,
        noun: null, nounWords: [], bare: false, scaled: false, currencyStart: null, rule: '', confidence: KIND_CONFIDENCE[raw.kind],
      };
      // "half of GDP", "a third of gross domestic product"
      if (raw.kind === 'fraction') reading = withDenominator(text, reading, raw.numStart);
    } else {
      reading = readUnit(text, raw.numStart, raw.numEnd, raw.value, raw.spelled);
    }
    if (!reading) continue;
    if (notAQuantity(text, raw, reading, sentence)) continue;
    const word = text.slice(raw.numStart, raw.numEnd).toLowerCase();
    if (raw.spelled && !raw.kind && !reading.rangeHead) {
      // spelled-out numbers count with a unit, a counted noun, or as "two less than"
      if (/^(?:one|zero)$/.test(word) && !reading.scaled && !['money', 'percent', 'points'].includes(reading.kind) && reading.rule !== 'count.vote-tally') continue;
      if (reading.kind === 'points' && /\b(?:at|from|to)\s+$/i.test(text.slice(Math.max(0, raw.numStart - 6), raw.numStart)) && /^\s+point\b/i.test(text.slice(raw.numEnd, raw.numEnd + 7))) continue; // "at one point" 
      if (reading.bare && !spelledCountStands(text, raw.numStart, reading.end, sentence)) continue;
      if ((reading.kind === 'count' || reading.kind === 'times') && isDescriptive(text, raw.numStart) && !reading.scaled) continue;
    }
    // "the 18-month fight": the article belongs to the lasting thing, the length is no scope
    if (reading.kind === 'duration' && reading.rule !== 'modifier.hyphen' && isTemporalScope(text, raw.numStart)) continue;
    if (reading.kind === 'count' && reading.noun && /^(?:years?|months?|days?)$/i.test(reading.unit ?? '')) continue;

    // extend over the currency sign and the qualifiers ("more than $200m", "Up to 900 jobs")
    let start = Math.min(raw.numStart, reading.currencyStart ?? raw.numStart);
    const qualifier = SPAN_QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - 40), start));
    if (qualifier) start -= qualifier[0].length;
    const end = reading.end;
    const lead = reading.nounWords.length > 1 && /^(more|fewer|less|extra|additional)$/i.test(reading.nounWords[0]) ? reading.nounWords[0] : null;
    let confidence = reading.confidence;
    if (reading.bare) confidence = 0.6;
    if (raw.spelled && reading.kind === 'count') confidence = 0.7;
    figures.push({
      start, end, numStart: raw.numStart, numEnd: raw.numEnd, value: reading.value, unit: reading.unit, kind: reading.kind,
      spelled: raw.spelled, bare: reading.bare, noun: reading.noun, unitCue: reading.unitCue ?? (reading.kind === 'count' ? null : word),
      rule: reading.rule ? `${raw.rule}+${reading.rule}` : raw.rule, qualifier: qualifierOf(qualifier?.[0] ?? ''), valueMax: raw.valueMax === undefined ? null : tidy(raw.valueMax * (reading.value / raw.value)), rangeHead: !!reading.rangeHead,
      confidence, role: raw.change ? 'size' : 'none', direction: raw.change ?? null, dirCue: raw.change ? raw.unitCue ?? null : null, dirCueAt: raw.change ? raw.numStart : -1, cueIsNoun: false, baselineYear: null,
      conversionOf: null, yearRegion: null, sentence: sentenceIndex, clause: clauseAt(sentenceIndex, raw.numStart), nounLead: lead, gapBefore: '', anchor: null, index: 0,
    });
  }

  return figures;
}
