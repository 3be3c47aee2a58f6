// The shapes the statistics stage passes between its rules: a raw number, its unit reading, and the
// figure it becomes once its role in the clause is known.
import type { ChangeDirection, Span, StatisticQualifier } from '../types.js';

export type Kind = 'percent' | 'points' | 'money' | 'count' | 'duration' | 'times' | 'fraction' | 'rank';
export type Role = 'size' | 'level' | 'baseline' | 'none';

export interface Figure {
  start: number;
  end: number;
  /** The number itself, without qualifiers or unit words. */
  numStart: number;
  numEnd: number;
  value: number;
  unit: string | null;
  kind: Kind;
  spelled: boolean;
  /** A count with no counted noun in the text ("rose 14,000 to ..."). */
  bare: boolean;
  /** The counted noun phrase ("senior managers") or the noun the figure is a size of. */
  noun: string | null;
  unitCue: string | null;
  confidence: number;
  role: Role;
  direction: ChangeDirection | null;
  dirCue: string | null;
  /** Where the direction cue is; the comparison year is looked for after it. */
  dirCueAt: number;
  /** The direction came from a noun ("a decline in ...", "growth of ..."): the figure is a rate. */
  cueIsNoun: boolean;
  baselineYear: number | null;
  /** The figure this one converts ("$2.6bn (£2.1bn)"). */
  conversionOf: Figure | null;
  /** Where to look for a comparison year, when not the figure's own clause (set by propagation). */
  yearRegion: Span | null;
  sentence: number;
  clause: Span;
  /** "more" or "fewer" opening the counted noun phrase ("4,000 more nurses"). */
  nounLead: string | null;
  /** The text between the previous figure and this one. */
  gapBefore: string;
  /** For an earlier value, the figure it is the earlier value of. */
  anchor: Figure | null;
  /** Position in the list of figures. */
  index: number;
  /** The rules that found and read it: the number rule, the unit rule, then any later rule ("+range.to"). */
  rule: string;
  qualifier: StatisticQualifier | null;
  /** The upper end of a range ("between £4m and £5m"); `value` is the lower end. */
  valueMax: number | null;
  /** A first end that only stands as part of a range ("two" in "two to three months"). */
  rangeHead: boolean;
}


// Reading the unit around a number

export interface NounPhrase {
  end: number;
  text: string;
  head: string;
  words: string[];
}

export interface Reading {
  end: number;
  value: number;
  unit: string | null;
  kind: Kind;
  unitCue: string | null;
  noun: string | null;
  nounWords: string[];
  bare: boolean;
  scaled: boolean;
  currencyStart: number | null;
  /** The id of the unit rule that read it. */
  rule: string;
  confidence: number;
  /** The first end of a range whose second end gives the unit ("two to three months"). */
  rangeHead?: boolean;
}

export interface Raw {
  numStart: number;
  numEnd: number;
  value: number;
  spelled: boolean;
  kind?: Kind;
  unit?: string;
  end?: number;
  unitCue?: string;
  /** The upper end, when the number rule read a range ("4-4.5%"). */
  valueMax?: number;
  /** A change the number word itself states ("doubling"). */
  change?: ChangeDirection;
  /** The id of the number rule that found it. */
  rule: string;
}
