// Finding the numbers: digits, spelled-out numbers, fractions, multipliers, "one in five", rankings.
import { SCALE_SUFFIX, FRACTION_DENOMINATORS, NUMBER_WORD, ORDINALS, parseDigits, parseNumberWords, roundFraction, tidy, UNITS, ORDINAL_WORD } from '../numbers.js';
import type { Span } from '../types.js';
import type { Raw } from './figure.js';
import { NP_STOP } from './words.js';

/** Fractions are percentages, to one decimal: "two thirds" is 66.7. */
const asPercent = (share: number): number => Math.round(share * 1000) / 10;

export const FOLD = new RegExp(`\\b(${NUMBER_WORD})fold\\b`, 'gi');
export const MULTIPLY_VERB = /\b(?:doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)\b/gi;
export const AND_A_HALF = new RegExp(`\\b(${NUMBER_WORD})[\\s-]+and[\\s-]+a[\\s-]+half$`, 'i');
export const SCALE_AFTER = /[\s-]+(thousand|million|billion)\b/iy;
export const HYPHEN_RANGE = /(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)(?=\s?(?:%|per ?cent\b|bn\b|m\b|million\b|billion\b))/g;
export const PLAIN_DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
export const SPELLED = new RegExp(`\\b(?:${NUMBER_WORD})(?:(?:-|\\s+(?:and\\s+)?)(?:${NUMBER_WORD}))*\\b`, 'iy');
export const SUPERLATIVES =
  'biggest|largest|smallest|highest|lowest|greatest|richest|poorest|busiest|strongest|weakest|best|worst|most|least|fastest|slowest|oldest|youngest|cheapest|wealthiest|leading|heaviest|deadliest|safest|costliest|longest|tallest';
export const RANK = new RegExp(`\\b(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))[-\\s](${SUPERLATIVES})$`, 'i');
export const RANK_VERB = new RegExp(`(?:came|finished|placed|ranked|ranks|ranking|comes|finishes|finishing|coming)\\s+(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))\\b`, 'iy');
export const FRACTION = /\b(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/i;
export const ONE_IN_TAIL = /(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/iy;
export const ONE_IN = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

export type HitKind = 'rank' | 'rankVerb' | 'scale' | 'fraction' | 'multiple' | 'half' | 'oneIn' | 'spelled';
export const HIT_WORDS = new Map<string, HitKind[]>();
export const hitWords = (kind: HitKind, words: string) => {
  for (const word of words.split('|')) HIT_WORDS.set(word, [...(HIT_WORDS.get(word) ?? []), kind]);
};
hitWords('rank', SUPERLATIVES);
hitWords('rankVerb', 'came|finished|placed|ranked|ranks|ranking|comes|finishes|finishing|coming');
hitWords('scale', 'hundred|thousand|million|billion|dozen');
hitWords('fraction', 'half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths');
hitWords('multiple', 'twice|double|triple|treble|quadruple');
hitWords('half', 'half');
hitWords('oneIn', 'in|out');
hitWords('spelled', NUMBER_WORD);

/** One pass over the words: where each kind of number word occurs (cheaper than a regex per kind). */
export function wordHits(text: string): Record<HitKind, Span[]> {
  const hits: Record<HitKind, Span[]> = { rank: [], rankVerb: [], scale: [], fraction: [], multiple: [], half: [], oneIn: [], spelled: [] };
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

export const MULTIPLE = /(twice|double|triple|treble|quadruple)(?=\s+(?:as|the|that|what|its|their|his|her|our|this|last|a)\b)/iy;
export const SCALED_PHRASE = /\b(?:(a|one)\s+quarter\s+of\s+a|(three)[\s-]quarters\s+of\s+a|(half)(?:\s+a|-a)?|(a))[\s-](hundred|thousand|million|billion|dozen)$/i;

/** A rule that finds one form of number in the text; the first rule to claim the characters wins. */
export interface NumberRule {
  id: string;
  /** The form it finds, with examples. */
  matches: string;
  find(text: string, hits: Record<HitKind, Span[]>, add: (raw: Omit<Raw, 'rule'>) => void): void;
}

/** In order: the longer, more specific forms first, so that "a third" is not read as "a" and "third". */
export const NUMBER_RULES: NumberRule[] = [
  {
    id: 'number.and-a-half',
    matches: 'a spelled number and a half, with its scale: "two and a half", "two-and-a-half thousand"',
    find(text, hits, add) {
      for (const hit of hits.half) {
        const m = endingAt(text, hit.end, AND_A_HALF, 30);
        if (!m) continue;
        const whole = parseNumberWords([m[1]!.toLowerCase()]);
        if (whole === null) continue;
        SCALE_AFTER.lastIndex = hit.end;
        const scale = SCALE_AFTER.exec(text);
        const end = scale ? hit.end + scale[0].length : hit.end;
        add({ numStart: m.index!, numEnd: end, value: tidy((whole + 0.5) * (scale ? SCALE_SUFFIX[scale[1]!.toLowerCase()]! : 1)), spelled: true });
      }
    },
  },
  {
    id: 'rank.superlative',
    matches: 'an ordinal before a superlative: "third largest", "2nd-biggest"',
    find(text, hits, add) {
      for (const hit of hits.rank) {
        if (!/[-\s]/.test(text[hit.start - 1] ?? '')) continue;
        const m = endingAt(text, hit.end, RANK, 40);
        if (!m) continue;
        const ordinal = m[1].toLowerCase();
        const value = ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10);
        add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'rank', unit: 'rank', unitCue: m[2] });
      }
    },
  },
  {
    id: 'rank.verb',
    matches: 'an ordinal after a ranking verb: "came third", "ranked 4th"',
    find(text, hits, add) {
      for (const hit of hits.rankVerb) {
        RANK_VERB.lastIndex = hit.start;
        const m = RANK_VERB.exec(text);
        if (!m) continue;
        const ordinal = m[1].toLowerCase();
        const start = m.index! + m[0].length - m[1].length;
        add({ numStart: start, numEnd: start + m[1].length, value: ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10), spelled: true, kind: 'rank', unit: 'rank', unitCue: m[1] });
      }
    },
  },
  {
    id: 'number.scaled-phrase',
    matches: 'a scale word with "a", "half a", "a quarter of a": "a million", "half a billion"',
    find(text, hits, add) {
      for (const hit of hits.scale) {
        const m = endingAt(text, hit.end, SCALED_PHRASE, 30 + hit.end - hit.start);
        if (!m) continue;
        const scale = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 }[m[5].toLowerCase()]!;
        const factor = m[1] ? 0.25 : m[2] ? 0.75 : m[3] ? 0.5 : 1;
        add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: tidy(factor * scale), spelled: true });
      }
    },
  },
  {
    id: 'fraction.words',
    matches: 'a spelled fraction: "a third of", "two thirds", "a quarter of a percentage point"',
    find(text, hits, add) {
      for (const hit of hits.fraction) {
        if (!/[-\s]/.test(text[hit.start - 1] ?? '')) continue;
        const m = endingAt(text, hit.end, FRACTION, 7 + hit.end - hit.start);
        if (!m) continue;
        const start = m.index!;
        const end = start + m[0].length;
        const numerator = m[1].toLowerCase();
        const denominatorWord = m[2].toLowerCase();
        const plural = /s$/.test(denominatorWord) && denominatorWord !== 'halves' ? true : denominatorWord === 'halves';
        const single = numerator === 'a' || numerator === 'an' || numerator === 'one';
        if (single === plural) continue; // "two third", "a thirds"
        const after = text.slice(end, end + 40);
        const before = text.slice(Math.max(0, start - 12), start);
        // "a third of", "two thirds of", "for a third," — not "a third term", "the second quarter"
        const ofFollows = /^\s+of\b/.test(after);
        const standsAlone = /^\s*(?:[,.;:)]|$|\s+(?:and|or|but|say|said|says|think|thought|believe|agree|agreed|want|wanted|are|were|have|had|would|will|support|oppose|back|backed)\b)/.test(after);
        const governed = /\b(?:for|by|to|than|about|nearly|almost|over|around|roughly|just|only|some|least|from|with|is|was|are|were|be|rose|fell|cut|grew|increased|reduced|fallen|risen|dropped)\s+$/i.test(before);
        const nextWord = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
        if (!ofFollows && !(standsAlone && (plural || governed)) && !(governed && nextWord && NP_STOP.has(nextWord))) continue;
        if (/quarters?$/.test(denominatorWord) && !ofFollows) continue; // "the previous three quarters"
        if (/\b(?:the|first|last|next|second|third|fourth)\s+$/i.test(before)) continue;
        const numeratorValue = single ? 1 : UNITS[numerator];
        const share = numeratorValue / FRACTION_DENOMINATORS[denominatorWord];
        const point = /^\s+of\s+a\s+(percentage\s+)?point\b/i.exec(after);
        if (point) {
          // "a quarter of a percentage point"
          add({ numStart: start, numEnd: end, end: end + point[0].length, value: roundFraction(share), spelled: true, kind: 'points', unit: point[1] ? 'percentage points' : 'points', unitCue: 'point' });
          continue;
        }
        add({ numStart: start, numEnd: end, value: asPercent(share), spelled: true, kind: 'fraction', unit: 'percent', unitCue: m[2] });
      }
    },
  },
  {
    id: 'multiplier.word',
    matches: '"twice as many", "double the", "triple what"',
    find(text, hits, add) {
      for (const hit of hits.multiple) {
        MULTIPLE.lastIndex = hit.start;
        const m = MULTIPLE.exec(text);
        if (!m) continue;
        const value = { twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4 }[m[1].toLowerCase()]!;
        if (m[1].toLowerCase() !== 'twice' && /\b(?:a|the|to)\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue; // "a double act"
        add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[1] });
      }
    },
  },
  {
    id: 'multiplier.fold',
    matches: 'a spelled multiple in one word: "fourfold", "tenfold", "a twofold rise"',
    find(text, _hits, add) {
      if (!/fold\b/i.test(text)) return;
      for (const m of text.matchAll(FOLD)) {
        const value = parseNumberWords([m[1]!.toLowerCase()]);
        if (value !== null && value > 1) add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[0] });
      }
    },
  },
  {
    id: 'multiplier.verb',
    matches: 'a change by a multiple: "doubling aid", "hoped to double", "more than double", "profits tripled"',
    find(text, _hits, add) {
      for (const m of text.matchAll(MULTIPLY_VERB)) {
        const start = m.index!;
        const before = text.slice(Math.max(0, start - 12), start);
        const after = text.slice(start + m[0].length, start + m[0].length + 20);
        if (/^-|^\s+(?:digits?|standards?|act|acts|agents?|bed|beds|rooms?|glazing|dip|whammy|check|jeopardy|figures|decker|time|bill)\b/i.test(after)) continue;
        // "a double", "the treble": nouns; "double" and "triple" count as verbs after a modal, "to" or "than"
        if (/\b(?:a|an|the)\s+$/i.test(before)) continue;
        if (/^(?:double|triple|treble|quadruple)$/i.test(m[0]) && !/\b(?:to|will|would|could|can|may|might|should|than|nearly|almost)\s+$/i.test(before) && !/^(?:[\s"“]*)$/.test(before.slice(-2))) continue;
        const value = /^doubl/i.test(m[0]) ? 2 : /^(?:tripl|trebl)/i.test(m[0]) ? 3 : 4;
        add({ numStart: start, numEnd: start + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[0], change: 'INCREASE' });
      }
    },
  },
  {
    id: 'fraction.half',
    matches: '"half of", "by half", "nearly half"',
    find(text, hits, add) {
      for (const hit of hits.half) {
        const start = hit.start;
        const governedHalf = /\b(?:by|nearly|almost|about|roughly|around|over|than|least|in|is|are|was|were|be)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
        // "half of", "half the", "half their 1990 level", "half owned by"
        if (!governedHalf && !/^\s+(?:of|the|their|its|his|her|our|owned)\b/i.test(text.slice(start + 4, start + 12))) continue;
        if (/\b(?:the|first|second|other|a|one|and)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
        add({ numStart: start, numEnd: start + 4, value: 50, spelled: true, kind: 'fraction', unit: 'percent', unitCue: 'half' });
      }
    },
  },
  {
    id: 'fraction.one-in',
    matches: '"one in five", "three out of every ten"',
    find(text, hits, add) {
      for (const hit of hits.oneIn) {
        ONE_IN_TAIL.lastIndex = hit.start;
        const tail = ONE_IN_TAIL.exec(text);
        if (!tail || !/\s/.test(text[hit.start - 1] ?? '')) continue;
        const m = endingAt(text, hit.start + tail[0].length, ONE_IN, 13 + tail[0].length);
        if (!m) continue;
        const a = /\d/.test(m[1]) ? Number(m[1]) : UNITS[m[1].toLowerCase()];
        const b = /\d/.test(m[2]) ? Number(m[2]) : UNITS[m[2].toLowerCase()];
        if (!(a >= 1 && b > a && b <= (/in$/.test(m[0].slice(0, m[0].length - m[2].length).trim()) ? 100 : 1000))) continue;
        const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
        if (/^\s*-|^\s+(?:years?|months?|weeks?|days?|elections?|generations?)\b/i.test(rest)) continue; // "one in five-year terms", "one in 50 years"
        add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: asPercent(a / b), spelled: /[a-z]/i.test(m[1]), kind: 'fraction', unit: 'percent', unitCue: 'in' });
      }
    },
  },
  {
    id: 'range.hyphen',
    matches: 'two numbers joined by a hyphen before a unit or scale: "4-4.5%", "£4-5m", "10-15 million"',
    find(text, _hits, add) {
      for (const m of text.matchAll(HYPHEN_RANGE)) {
        const low = parseDigits(m[1]!);
        const high = parseDigits(m[2]!);
        if (!(high > low) || /[\p{L}\p{N}.-]/u.test(text[m.index! - 1] ?? '')) continue;
        add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: low, valueMax: high, spelled: false });
      }
    },
  },
  {
    id: 'number.digits',
    matches: 'digits with separators and decimals: "1,200", "4.5"',
    find(text, hits, add) {
      for (const m of text.matchAll(PLAIN_DIGITS)) {
        const start = m.index!;
        const end = start + m[0].length;
        const prev = text[start - 1] ?? '';
        const next = text[end] ?? '';
        if (/[\p{L}\p{N}_]/u.test(prev)) continue; // "A380", "G8"
        if (prev === '.' && /\d/.test(text[start - 2] ?? '')) continue;
        if (prev === '-' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) continue; // "F-16", "mid-2011", "15-17"
        if (prev === '/' || next === '/' || prev === ':' || (next === ':' && /\d/.test(text[end + 1] ?? ''))) continue;
        if (next === '-' && /\d/.test(text[end + 1] ?? '')) continue; // ranges, scores, ISO dates
        if (/[A-Za-z]/.test(next) && !/^(?:bn|mn|mln|bln|tn|trn|m|k|p)(?![A-Za-z])/.test(text.slice(end, end + 4))) continue; // "4th", "1990s", "3D"
        if (next === "'" && /^'s\b/.test(text.slice(end, end + 3)) && /^\d{4}$/.test(m[0])) continue;
        add({ numStart: start, numEnd: end, value: parseDigits(m[0]), spelled: false });
      }
    },
  },
  {
    id: 'number.words',
    matches: 'a spelled cardinal and its compounds: "eight", "twenty-five", "nine million", "two hundred and fifty"',
    find(text, hits, add) {
      let spelledEnd = 0;
      for (const hit of hits.spelled) {
        if (hit.start < spelledEnd) continue; // "twenty-five": "five" is part of the same number
        SPELLED.lastIndex = hit.start;
        const m = SPELLED.exec(text);
        if (!m) continue;
        spelledEnd = m.index + m[0].length;
        const words = m[0].toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
        let value = parseNumberWords(words);
        let end = m.index + m[0].length;
        if (value === null) {
          // "two and three", "five six": two numbers; read the first, and let the next start afresh
          value = parseNumberWords(words.slice(0, 1));
          end = m.index + words[0]!.length;
          spelledEnd = end;
          if (value === null) continue;
        }
        add({ numStart: m.index!, numEnd: end, value, spelled: true });
      }
    },
  },
];

/** Every number of the text, each claimed by the first rule that finds it, in text order. */
export function rawNumbers(text: string, skip: Span[]): Raw[] {
  const found: Raw[] = [];
  // which characters already belong to a number (or to markup): one byte per character
  const taken = new Uint8Array(text.length + 1);
  const mark = (start: number, end: number) => taken.fill(1, start, end);
  for (const span of skip) mark(span.start, span.end);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  };
  const claim = (rule: string) => (number: Omit<Raw, 'rule'>) => {
    const raw: Raw = { ...number, rule };
    const end = raw.end ?? raw.numEnd;
    if (!free(raw.numStart, end)) return;
    mark(raw.numStart, end);
    found.push(raw);
  };
  const hits = wordHits(text);
  for (const rule of NUMBER_RULES) rule.find(text, hits, claim(rule.id));
  return found.sort((a, b) => a.numStart - b.numStart);
}
