// Where the words numbers are made of occur, found in one pass over the text, and the shape of a
// number rule (find.ts and its rule files).
import { NUMBER_WORD } from '../numbers.js';
import type { Span } from '../types.js';
import type { Raw } from './figure.js';

export const SUPERLATIVES =
  'biggest|largest|smallest|highest|lowest|greatest|richest|poorest|busiest|strongest|weakest|best|worst|most|least|fastest|slowest|oldest|youngest|cheapest|wealthiest|leading|heaviest|deadliest|safest|costliest|longest|tallest';

export type HitKind = 'rank' | 'rankVerb' | 'scale' | 'fraction' | 'multiple' | 'multiplyVerb' | 'half' | 'oneIn' | 'spelled';
export const HIT_WORDS = new Map<string, HitKind[]>();
export const hitWords = (kind: HitKind, words: string) => {
  for (const word of words.split('|')) HIT_WORDS.set(word, [...(HIT_WORDS.get(word) ?? []), kind]);
};
hitWords('rank', SUPERLATIVES);
hitWords('rankVerb', 'came|finished|placed|ranked|ranks|ranking|comes|finishes|finishing|coming');
hitWords('scale', 'hundred|thousand|million|billion|dozen');
hitWords('fraction', 'half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths');
hitWords('multiple', 'twice|double|triple|treble|quadruple');
hitWords('multiplyVerb', 'double|doubled|doubles|doubling|triple|tripled|triples|tripling|treble|trebled|trebles|trebling|quadruple|quadrupled|quadruples|quadrupling');
hitWords('half', 'half');
hitWords('oneIn', 'in|out');
hitWords('spelled', NUMBER_WORD);

/** One pass over the words: where each kind of number word occurs (cheaper than a regex per kind). */
export function wordHits(text: string): Record<HitKind, Span[]> {
  const hits: Record<HitKind, Span[]> = { rank: [], rankVerb: [], scale: [], fraction: [], multiple: [], multiplyVerb: [], half: [], oneIn: [], spelled: [] };
  const word = /[A-Za-z]+/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0];
    const kinds = HIT_WORDS.get(w) ?? (w.charCodeAt(0) <= 90 ? HIT_WORDS.get(w.toLowerCase()) : undefined); // "Two", "HALF"
    if (!kinds) continue;
    for (const kind of kinds) hits[kind].push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The match of `full` (anchored with `$`) in the `reach` characters before `end`, with its offset in `text`. */
export function endingAt(text: string, end: number, full: RegExp, reach: number): RegExpExecArray | null {
  const from = Math.max(0, end - reach);
  const m = full.exec(text.slice(from, end));
  if (m) m.index += from;
  return m;
}

/** A rule that finds one form of number in the text; the first rule to claim the characters wins. */
export interface NumberRule {
  id: string;
  /** The form it finds, with examples. */
  matches: string;
  find(text: string, hits: Record<HitKind, Span[]>, add: (raw: Omit<Raw, 'rule'>) => void): void;
}

/** In order: the longer, more specific forms first, so that "a third" is not read as "a" and "third". */
