// Reading the unit around a number: currency before it; scale, %, currency word, "times", a duration or
// the counted noun after it.
import { SCALE_SUFFIX, tidy } from '../numbers.js';
import type { Kind, NounPhrase, Reading } from './figure.js';
import { AMBIGUOUS_CURRENCY, CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_WORD_RE, CURRENCY_WORDS, IRREGULAR_PLURALS, NOT_PLURAL, NP_LEADERS, NP_STOP, TIME_UNITS } from './words.js';

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w) || w.length < 3) return false;
  return /[a-z]s$/.test(w) && !/(ss|us|is|ous|'s|’s)$/.test(w);
}

/** The counted noun phrase right after a number ("1,200 jobs", "four marginal seats", "4,000 more nurses"). */
export function nounPhraseAt(text: string, pos: number): NounPhrase | null {
  const word = /\s+([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])/y;
  word.lastIndex = pos;
  const words: string[] = [];
  let end = pos;
  let previousCapital = false;
  for (let i = 0; i < 4; i++) {
    const m = word.exec(text);
    if (!m) break;
    const w = m[1];
    const lower = w.toLowerCase();
    if (NP_STOP.has(lower) && !(i === 0 && NP_LEADERS.has(lower))) break;
    if (/['’]s$/.test(w)) break;
    const capital = /^[A-Z]/.test(w);
    if (capital && previousCapital) return null; // a name ("10 Downing Street")
    previousCapital = capital;
    words.push(w);
    end = m.index + m[0].length;
    if (TIME_UNITS[lower]) return null; // "24 Hours" (a title) or a duration
    if (isPluralNoun(w)) {
      // a plural used as a modifier: "police officers", "sales staff"
      const next = word.exec(text);
      if (next && isPluralNoun(next[1]) && !NP_STOP.has(next[1].toLowerCase()) && /^[a-z]/.test(next[1]) && !TIME_UNITS[next[1].toLowerCase()]) {
        end = next.index + next[0].length;
        return { end, text: text.slice(pos, end).trim(), head: next[1], words: [...words, next[1]] };
      }
      return { end, text: text.slice(pos, end).trim(), head: w, words };
    }
  }
  return null;
}

export function currencyBefore(text: string, numStart: number): { code: string; start: number; cue: string } | null {
  const before = text.slice(Math.max(0, numStart - 6), numStart);
  for (const [pattern, code, cue] of CURRENCY_SYMBOLS) {
    const m = pattern.exec(before);
    if (m) return { code: code || m[1], start: numStart - m[0].length, cue: cue || m[1] };
  }
  return null;
}



/**
 * Reads the unit after (and currency before) a number: scale, %, currency, "times", a duration or
 * the counted noun. Null when the number is a descriptive modifier ("three-year plan") or an age.
 */
export function readUnit(text: string, numStart: number, numEnd: number, base: number, spelled: boolean): Reading | null {
  let pos = numEnd;
  let value = base;
  let scaled = false;
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    return re.exec(text);
  };
  let m: RegExpExecArray | null;
  // scale: "4.1bn", "750m", "2.3 million"
  if (!spelled && (m = sticky(/(bn|mn|mln|bln|tn|trn|m|k)(?![A-Za-z])/y))) {
    value = tidy(value * SCALE_SUFFIX[m[1].toLowerCase()]);
    pos += m[0].length;
    scaled = true;
  } else if ((m = sticky(/\s?(million|billion|trillion|thousand|bn|mn)\b/y))) {
    value = tidy(value * SCALE_SUFFIX[m[1].toLowerCase()]);
    pos += m[0].length;
    scaled = true;
  } else if (spelled && /\b(?:million|billion|trillion|thousand|hundred)$/i.test(text.slice(numStart, numEnd))) {
    scaled = true;
  }
  const currency = currencyBefore(text, numStart);
  const reading = (kind: Kind, unit: string | null, unitCue: string | null, end = pos): Reading => ({
    end, value, unit, kind, unitCue, noun: null, nounWords: [], bare: false, scaled, currencyStart: currency?.start ?? null,
  });
  // percentages and points
  if ((m = sticky(/\s?%/y))) return { ...reading('percent', 'percent', '%', pos + m[0].length), currencyStart: null };
  if ((m = sticky(/[\s-](percentage points?|per ?cent(?:age)? points?)\b/iy))) return { ...reading('points', 'percentage points', m[1], pos + m[0].length), currencyStart: null };
  if ((m = sticky(/[\s-](percent|per cent|per-cent|pct)\b/iy))) return { ...reading('percent', 'percent', m[1], pos + m[0].length), currencyStart: null };
  if ((m = sticky(/[\s-](points?|pts)\b/iy)) && !currency) return reading('points', 'points', m[1], pos + m[0].length);
  // money
  if (currency) return reading('money', currency.code, currency.cue);
  if (!spelled && (m = sticky(/p(?![A-Za-z])/y)) && !scaled) return reading('money', 'pence', 'p', pos + 1);
  if ((m = sticky(CURRENCY_WORD_RE))) {
    const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
    const last = phrase.split(' ').at(-1)!;
    if (!AMBIGUOUS_CURRENCY.has(last) || scaled) {
      const code = CURRENCY_ADJECTIVES[phrase] ?? CURRENCY_WORDS[last];
      return reading('money', code, m[1], pos + m[0].length);
    }
  }
  if ((m = sticky(/\s(?:[A-Z]{3})\b/y)) && /^\s(?:USD|GBP|EUR|JPY|CNY|CHF|BRL|INR|CAD|AUD)$/.test(m[0])) {
    return reading('money', m[0].trim(), m[0].trim(), pos + m[0].length);
  }
  // multipliers
  if ((m = sticky(/\s+times\b|-fold\b/y))) return reading('times', 'times', m[0].trim().replace(/^-/, ''), pos + m[0].length);
  if (sticky(/-\s/y)) return null; // "14- and 15-year-olds"
  // hyphenated modifiers: "three-year plan", "18-year-old", "10-point lead"
  if ((m = sticky(/-([a-z]+)/y))) {
    const word = m[1];
    if (word === 'point') return reading('points', 'points', 'point', pos + m[0].length);
    if (word === 'strong') return reading('count', null, 'strong', pos + m[0].length);
    if (word === 'seat' || word === 'vote') return reading('count', `${word}s`, word, pos + m[0].length); // "a 66-seat majority"
    return null;
  }
  // ages: "25 to 34 year olds", "65 years old"
  if (sticky(/\s+(?:years?[\s-]+olds?|years? of age)\b/y) || sticky(/\s+(?:to|and|or)\s+\d+\s+years?[\s-]+olds?\b/y)) return null;
  // durations
  if ((m = sticky(/\s+([a-z]+)\b/y)) && TIME_UNITS[m[1]]) {
    if (sticky(/\s+[a-z]+\s+(?:ago|old|earlier|later|before now|from now|in a row|running|straight)\b/y)) return null;
    // "two days after the vote", "five months before the vote": a time reference, not a quantity
    if (sticky(/\s+[a-z]+\s+(?:after|before|ahead of|prior to)\s+(?:(?:the|a|an|his|her|its|their|this|that)\b|\d|[A-Z])/y)) return null;
    return reading('duration', TIME_UNITS[m[1]], m[1], pos + m[0].length);
  }
  // counted noun
  if (!scaled || spelled || value >= 1000) {
    const np = nounPhraseAt(text, pos);
    if (np) {
      const unit = np.head; // as written: "jobs", "MPs", "Democrats"
      return { ...reading('count', unit, np.head, np.end), noun: np.text, nounWords: np.words };
    }
  }
  // the first end of a range takes the unit of the second: "5 to 10%", "between 3 and 4 million"
  if (!spelled && !scaled && value <= 100 && (m = sticky(/\s*(-|–|to|and|or)\s*\d[\d,]*(?:\.\d+)?\s?(%|percent|per cent|million|billion|bn|m)(?![A-Za-z])/iy))) {
    const second = m[2].toLowerCase();
    if (!(second in SCALE_SUFFIX)) return { ...reading('percent', 'percent', m[2]), currencyStart: null };
    // "rose 14,000 to 2.3 million" is a change and its new level, not a range
    const range = m[1] !== 'to' || /\b(?:between|from)\s+(?:about\s+|around\s+|some\s+)?$/i.test(text.slice(Math.max(0, numStart - 20), numStart));
    if (range) return { ...reading('count', null, null), value: tidy(value * SCALE_SUFFIX[second]), scaled: true, bare: true };
  }
  // "100m" alone: millions in business and politics, metres in sport
  if (!spelled && scaled && /^m$/i.test(text.slice(numEnd, pos)) && sticky(/\s+(?:race|sprint|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|final|tall|long|high|deep|wide|away|above|below|from)\b/y)) return null;
  return { ...reading('count', null, null), bare: true };
}

