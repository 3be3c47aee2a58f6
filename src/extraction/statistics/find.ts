// Finding the numbers: the number rules, in order, each claiming the characters of what it finds.
// Digits and spelled cardinals are here; fractions, multiples and rankings have files of their own.
import { NUMBER_WORD, parseDigits, parseNumberWords, SCALE_SUFFIX, tidy } from '../numbers.js';
import type { Span } from '../types.js';
import type { Raw } from './figure.js';
import { fractionHalf, fractionOneIn, fractionWords } from './find-fractions.js';
import { multiplierFold, multiplierRatio, multiplierVerb, multiplierWord, rankSuperlative, rankVerb } from './find-multiples.js';
import { endingAt, wordHits, type NumberRule } from './number-words.js';

export const AND_A_HALF = new RegExp(`\\b(${NUMBER_WORD})[\\s-]+and[\\s-]+a[\\s-]+half$`, 'i');
export const SCALE_AFTER = /[\s-]+(thousand|million|billion)\b/iy;
export const HYPHEN_RANGE = /(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)(?=\s?(?:%|per ?cent\b|bn\b|m\b|million\b|billion\b))/g;
/** A slash before a rate's denominator: "$52/barrel", "£9/hour". */
const SLASH_RATE = /^\/(?:barrel|share|hour|day|week|month|year|tonne|ounce|head|person)\b/;
export const PLAIN_DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
export const SPELLED = new RegExp(`\\b(?:${NUMBER_WORD})(?:(?:-|\\s+(?:and\\s+)?)(?:${NUMBER_WORD}))*\\b`, 'iy');
export const SCALED_PHRASE = /\b(?:(a|one)\s+quarter\s+of\s+a|(three)[\s-]quarters\s+of\s+a|(half)(?:\s+a|-a)?|(a))[\s-](hundred|thousand|million|billion|dozen)$/i;

export const numberAndAHalf: NumberRule = {
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
};

export const numberScaledPhrase: NumberRule = {
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
};

export const rangeHyphen: NumberRule = {
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
};

export const numberDigits: NumberRule = {
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
      // "3/4", "12/05/2024" are no quantities; "$52/barrel" is a rate (rates.ts)
      if (prev === '/' || (next === '/' && !SLASH_RATE.test(text.slice(end, end + 12))) || prev === ':' || (next === ':' && /\d/.test(text[end + 1] ?? ''))) continue;
      if (next === '-' && /\d/.test(text[end + 1] ?? '')) continue; // ranges, scores, ISO dates
      // "4th", "1990s", "3D" are no quantities; a scale ("4bn"), pence ("40p") and a measure ("2C", "12km") are
      if (/[A-Za-z]/.test(next) && !/^(?:bn|mn|mln|bln|tn|trn|m|k|p|C|F|km|kg|cm|mm|mph|ft|kW|MW|GW)(?![A-Za-z])/.test(text.slice(end, end + 4))) continue;
      if (next === "'" && /^'s\b/.test(text.slice(end, end + 3)) && /^\d{4}$/.test(m[0])) continue;
      add({ numStart: start, numEnd: end, value: parseDigits(m[0]), spelled: false });
    }
  },
};

export const numberWords: NumberRule = {
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
};

/** In order: the longer, more specific forms first, so that "a third" is not read as "a" and "third". */
export const NUMBER_RULES: NumberRule[] = [
  numberAndAHalf,
  rankSuperlative,
  rankVerb,
  numberScaledPhrase,
  fractionWords,
  multiplierWord,
  multiplierFold,
  multiplierVerb,
  multiplierRatio,
  fractionHalf,
  fractionOneIn,
  rangeHyphen,
  numberDigits,
  numberWords,
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
