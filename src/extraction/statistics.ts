// Statistics: the numbers a story reports, with their unit, full magnitude, direction of change and
// the year they are compared with. Pure rules over the text, no models:
//
//   1. find number mentions (digits, spelled-out numbers, fractions, rankings) and read the unit
//      around each one (currency sign or word, scale, %, the counted noun, a duration, "times");
//   2. drop what is not a reported quantity: years used as dates, dates, clock times, ages,
//      ordinals of sequence, numbers inside names, list numbering;
//   3. decide each figure's role in its clause: the size of a change ("rose 12%"), the new level a
//      change leads to ("to £2.7bn"), or an earlier value ("from $410m"), and so its direction;
//   4. find the year of the comparison when the clause states one ("a 15 percent fall from 2012").
//
// Every rule is about English news prose in general; nothing is tuned to one story.
import { ABBREVIATIONS, MONTH_NAMES } from './lexicon.js';
import type { ChangeDirection, ExtractedStatistic, Span } from './types.js';
import {
  FRACTION_DENOMINATORS,
  NUMBER_WORD,
  ORDINALS,
  ORDINAL_WORD,
  SCALE_SUFFIX,
  UNITS,
  parseDigits,
  parseNumberWords,
  roundFraction,
  tidy,
} from './numbers.js';

type Kind = 'percent' | 'points' | 'money' | 'count' | 'duration' | 'times' | 'fraction' | 'rank';
type Role = 'size' | 'level' | 'baseline' | 'none';

interface Figure {
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
}

// ---------------------------------------------------------------------------------------------------------
// Word lists

const MONTH_RE = new RegExp(`^(?:${MONTH_NAMES})$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`);
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+(?:the\\s+)?$`);

const CURRENCY_SYMBOLS: [RegExp, string, string][] = [
  [/(?:US|U\.S\.)\$\s?$/, 'USD', 'US$'],
  [/(?:A|AU)\$\s?$/, 'AUD', 'A$'],
  [/(?:C|CA|Can)\$\s?$/, 'CAD', 'C$'],
  [/NZ\$\s?$/, 'NZD', 'NZ$'],
  [/HK\$\s?$/, 'HKD', 'HK$'],
  [/S\$\s?$/, 'SGD', 'S$'],
  [/R\$\s?$/, 'BRL', 'R$'],
  [/\$\s?$/, 'USD', '$'],
  [/£\s?$/, 'GBP', '£'],
  [/€\s?$/, 'EUR', '€'],
  [/¥\s?$/, 'JPY', '¥'],
  [/₹\s?$/, 'INR', '₹'],
  [/₩\s?$/, 'KRW', '₩'],
  [/\bRs\.?\s?$/, 'INR', 'Rs'],
  [/\b(USD|GBP|EUR|JPY|CNY|CHF|BRL|INR|CAD|AUD|RUB|ZAR|SEK|NOK|DKK|MXN|HKD)\s?$/, '', ''],
];

/** Currency words after a number, with the code they give ("1.5bn euros", "300m reais"). */
const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', reais: 'BRL', real: 'BRL', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', dollar: 'USD', dollars: 'USD',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', 'pounds sterling': 'GBP', pence: 'pence', p: 'pence', cent: 'US cents',
  cents: 'US cents', franc: 'francs', francs: 'francs', krona: 'SEK', kronor: 'SEK', kroner: 'kroner', krone: 'kroner',
  rand: 'ZAR', lira: 'TRY', naira: 'NGN', ringgit: 'MYR', baht: 'THB', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN',
  won: 'KRW', peso: 'pesos', pesos: 'pesos', rupiah: 'IDR', dirhams: 'AED', riyals: 'SAR',
};
const CURRENCY_ADJECTIVES: Record<string, string> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
  'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'swiss francs': 'CHF',
  'mexican pesos': 'MXN', 'euro cents': 'euro cents', 'us cents': 'US cents',
};
const CURRENCY_WORD_RE = new RegExp(
  `\\s+((?:(?:US|U\\.S\\.|Canadian|Australian|Hong Kong|New Zealand|Singapore|Swiss|Mexican|euro)\\s+)?(?:${Object.keys(CURRENCY_WORDS)
    .filter((w) => w !== 'p')
    .sort((a, b) => b.length - a.length)
    .join('|')}))\\b`,
  'y',
);
/** Currency words that are also common English words: only after a scaled number ("5bn won"). */
const AMBIGUOUS_CURRENCY = new Set(['real', 'won', 'rand', 'pound']);

const TIME_UNITS: Record<string, string> = {
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', fortnight: 'weeks', fortnights: 'weeks', month: 'months',
  months: 'months', quarter: 'quarters', quarters: 'quarters', year: 'years', years: 'years', decade: 'decades',
  decades: 'decades', century: 'centuries', centuries: 'centuries',
};

const IRREGULAR_PLURALS = new Set(
  'people staff police personnel children men women cattle sheep livestock aircraft crew feet teeth geese mice clergy deer fish offspring youth'.split(' '),
);
const NOT_PLURAL = new Set(
  'was has is this its his hers ours yours theirs less unless always perhaps overseas sometimes nowadays afterwards upwards downwards backwards forwards indoors outdoors towards besides whereas across news thus plus various previous serious famous gas bus bonus status census campus virus surplus focus process access business analysis basis crisis thesis emphasis series species chaos minus lens atlas alias bias canvas'.split(
    ' ',
  ),
);

/** Words that end a noun phrase after a number. */
const NP_STOP = new Set(
  `a an the of in on at to from for by with without than as into onto over under per and or but nor that which who whom
  whose this these those their its his her our your my there here were was are is be been being have has had will would
  could should may might can must do did does not no said say says also each every some any all after before since during
  while when where if then so because though although until about around up down out off like just only still even yet
  again more most less least very too both either neither such than against between among within across through`.split(/\s+/),
);
/** Words a counted noun phrase may start with although they look like stops ("4,000 more nurses"). */
const NP_LEADERS = new Set(['more', 'fewer', 'less', 'additional', 'extra', 'new', 'other', 'further']);

/** Capitalised words that can come before a number without making it part of a name. */
const FUNCTION_CAPS = new Set(
  `a an the of in on at to from for by with and or but nor about around almost nearly some over under up only just
  all among another roughly approximately more less fewer than at least with without some those these their its his her
  our after before since during while when where if then so because though although until between within across through
  said says according per each every both either`.split(/\s+/),
);

/** The qualifiers that belong in the span ("more than", "about"); "a total of", "at" and the like do not. */
const SPAN_QUALIFIER_RE =
  /(?:\b(?:more than|less than|fewer than|better than|worse than|greater than|up to|about|around|almost|nearly|over|under|roughly|approximately|some|at least|at most|as many as|as much as|as few as|as little as|close to|upwards of|in excess of)\s+)+$/i;

const INC_WORDS =
  'rebounded rebound rebounds recovered widening strengthened strengthening growth created creating create creates rose rise rises rising risen up jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing grown increased increase increases increasing gained gain gains gaining soared soar soars soaring surged surge surges surging boosted boost boosts boosting doubled doubling double doubles tripled trebled expanded expand expands expanding advanced widened improved improve improves leapt leaped leap leaps rallied spiked lifted lift lifts hiked hike hikes added adds raised raise raises raising';
const DEC_WORDS =
  'narrowed narrowing narrows narrow contracted contracting shrinking fell fall falls falling fallen down dropped drop drops dropping declined decline declines declining slipped slip slips slipping slid slide slides sliding slumped slump slumps plunged plunge plunges plummeted tumbled tumble tumbles sank sink sinks shrank shrink shrinks shrunk decreased decrease decreases cut cuts cutting reduced reduce reduces reducing lost lose loses losing shed sheds shedding axed axe axes axing halved halve halves halving dipped dip dips slashed slash slashing trimmed trim trims saved save saves saving savings close closing eliminated eliminate eliminating scrapped scrap scrapping weakened eased';
const DIRECTION_OF: Record<string, ChangeDirection> = {};
for (const word of INC_WORDS.split(' ')) DIRECTION_OF[word] = 'INCREASE';
for (const word of DEC_WORDS.split(' ')) DIRECTION_OF[word] = 'DECREASE';

/** Cue words that come straight before the size of a change ("rose 3%", "save £4bn"). */
const ADJACENT_CUES = Object.keys(DIRECTION_OF).filter((w) => !/^(rais|raise|savings$|double$|doubles$|halves$)/.test(w));
/** Cue words for "<cue> <object> by N" ("raise output by 2bn euros"). */
const BY_CUES = Object.keys(DIRECTION_OF).filter((w) => !['up', 'down', 'added', 'adds', 'close', 'closing', 'savings', 'lost', 'lose', 'loses', 'losing'].includes(w));
/** Cue words a later "to N" can be the new level of ("rose 12% to £2.7bn", "a decline ... to 3.1%"). */
const LEVEL_CUES = Object.keys(DIRECTION_OF).filter((w) => !['added', 'adds', 'close', 'closing', 'lost', 'lose', 'loses', 'losing'].includes(w));
const CHANGE_NOUNS: Record<string, ChangeDirection> = {
  rise: 'INCREASE', rises: 'INCREASE', increase: 'INCREASE', increases: 'INCREASE', jump: 'INCREASE', jumps: 'INCREASE',
  gain: 'INCREASE', gains: 'INCREASE', growth: 'INCREASE', surge: 'INCREASE', hike: 'INCREASE', hikes: 'INCREASE',
  climb: 'INCREASE', boost: 'INCREASE', rally: 'INCREASE', improvement: 'INCREASE', fall: 'DECREASE', falls: 'DECREASE',
  drop: 'DECREASE', drops: 'DECREASE', decline: 'DECREASE', declines: 'DECREASE', decrease: 'DECREASE',
  decreases: 'DECREASE', cut: 'DECREASE', cuts: 'DECREASE', reduction: 'DECREASE', reductions: 'DECREASE',
  slump: 'DECREASE', dip: 'DECREASE', slide: 'DECREASE', plunge: 'DECREASE', tumble: 'DECREASE', contraction: 'DECREASE',
  savings: 'DECREASE', saving: 'DECREASE',
};
const CHANGE_NOUN_ALT = Object.keys(CHANGE_NOUNS).join('|');

const ADJACENT_CUE_RE = new RegExp(
  `(?:^|[^\\w-])(${ADJACENT_CUES.join('|')})(?:\\s+(?:by|just|only|further|another|a further|an additional|between|(?:an?\\s+)?(?:average|total)\\s+of|at\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?rate\\s+of|[a-z]+ly))*\\s+$`,
  'i',
);
const BY_CUE_RE = new RegExp(`(?:^|[^\\w-])(${BY_CUES.join('|')})\\s+(?:[\\w'’-]+\\s+){1,6}by\\s+(?:just\\s+|only\\s+)?$`, 'i');
const LEVEL_CUE_RE = new RegExp(`(?:^|[^\\w-])(${LEVEL_CUES.join('|')}|to go|to be cut)\\b`, 'gi');
const NOUN_OF_RE = new RegExp(`\\b(${CHANGE_NOUN_ALT})\\s+of\\s+$`, 'i');
const TO_LEVEL_RE = /\b(?:back\s+)?to\s+(?:just\s+|only\s+|a\s+mere\s+)?$/i;
const RECORD_LEVEL_RE = /\bto\s+(?:a|an|its|their)\s+(?:(?:record|new|fresh|all-time|historic)\s+)?(low|high)\s+of\s+$/i;
const FOLLOWING_NOUN_RE = new RegExp(
  `^\\s+(?:(?:[a-z]+ly|annual|annualised|annualized|year-on-year|quarterly|monthly|further|sharp|overall|average|underlying|net|total|real|nominal)\\s+){0,2}(${CHANGE_NOUN_ALT})\\b`,
  'i',
);
const FOLLOWING_SAVINGS_RE = /^\s+(?:of|in|worth of)\s+(?:[a-z-]+\s+){0,2}?(savings|cuts|reductions|rises|increases)\b/i;
const FOLLOWING_VERB_RE =
  /^\s+(?:(?:are|is|were|was|will|would|could|may|might|set|due|expected|likely|have|has|had|being|been|now)\s+){0,3}(?:to\s+)?(?:be\s+)?(go|going|axed|cut|lost|shed|scrapped|eliminated|abolished|saved|slashed|closed|disappear|created|added)\b/i;
const FOLLOWING_COMPARATIVE_RE = /^\s+(higher|lower|more|less|fewer|bigger|smaller|greater|up|down)\b/i;
const BASELINE_MARKER_RE = /\b(from|compared (?:with|to)|against|versus|vs\.?|than)\s/gi;
const LEVEL_CUE_WORD_RE = new RegExp(`\\b(?:${LEVEL_CUES.join('|')})\\b`, 'i');
const RANGE_RE = /\brang(?:e|ed|es|ing)\b/i;
const YEAR_RE = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d%]|,\d|\.\d)/g;

// ---------------------------------------------------------------------------------------------------------
// The text's layout: sentences and clauses


function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const pattern = /[.!?]+["'”’)]*(?=\s)|\n/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] !== '\n') {
      if (m[0][0] === '.') {
        const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
        if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) continue;
      }
      const next = /\s*(\S)/y;
      next.lastIndex = m.index + m[0].length;
      const following = next.exec(text)?.[1];
      if (following && /[a-z]/.test(following)) continue;
    }
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function clauseSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Span[] = [];
  const pattern = /;|,?\s+(?:while|but|whereas|although|though)\s+|\s[-–—]\s|—/g;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    if (m[0] === ';' && body.lastIndexOf('(', m.index) > body.lastIndexOf(')', m.index)) continue; // "($410; £320.5)"
    cuts.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    clauses.push({ start, end: cut.start });
    start = cut.end;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

/** Markup and addresses, whose digits are never statistics. */
function skipSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (pattern: RegExp) => {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  if (text.includes('<')) add(/<[^<>]{0,500}>/g);
  if (text.includes('http')) add(/\bhttps?:\/\/\S+/g);
  if (text.includes('www.')) add(/\bwww\.\S+/g);
  if (text.includes('@')) add(/@[\w.-]+/g); // handles and e-mail domains
  if (text.includes('#')) add(/#\w+/g);
  return spans;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the unit around a number

interface NounPhrase {
  end: number;
  text: string;
  head: string;
  words: string[];
}

function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_PLURAL.has(w) || w.length < 3) return false;
  return /[a-z]s$/.test(w) && !/(ss|us|is|ous|'s|’s)$/.test(w);
}

/** The counted noun phrase right after a number ("1,200 jobs", "four marginal seats", "4,000 more nurses"). */
function nounPhraseAt(text: string, pos: number): NounPhrase | null {
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

function currencyBefore(text: string, numStart: number): { code: string; start: number; cue: string } | null {
  const before = text.slice(Math.max(0, numStart - 6), numStart);
  for (const [pattern, code, cue] of CURRENCY_SYMBOLS) {
    const m = pattern.exec(before);
    if (m) return { code: code || m[1], start: numStart - m[0].length, cue: cue || m[1] };
  }
  return null;
}

interface Reading {
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
}

/**
 * Reads the unit after (and currency before) a number: scale, %, currency, "times", a duration or
 * the counted noun. Null when the number is a descriptive modifier ("three-year plan") or an age.
 */
function readUnit(text: string, numStart: number, numEnd: number, base: number, spelled: boolean): Reading | null {
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

// ---------------------------------------------------------------------------------------------------------
// Finding the numbers

interface Raw {
  numStart: number;
  numEnd: number;
  value: number;
  spelled: boolean;
  kind?: Kind;
  unit?: string;
  end?: number;
  unitCue?: string;
}

const PLAIN_DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const SPELLED = new RegExp(`\\b(?:${NUMBER_WORD})(?:(?:-|\\s+(?:and\\s+)?)(?:${NUMBER_WORD}))*\\b`, 'iy');
const SUPERLATIVES =
  'biggest|largest|smallest|highest|lowest|greatest|richest|poorest|busiest|strongest|weakest|best|worst|most|least|fastest|slowest|oldest|youngest|cheapest|wealthiest|leading|heaviest|deadliest|safest|costliest|longest|tallest';
const RANK = new RegExp(`\\b(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))[-\\s](${SUPERLATIVES})$`, 'i');
const RANK_VERB = new RegExp(`(?:came|finished|placed|ranked|ranks|ranking|comes|finishes|finishing|coming)\\s+(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))\\b`, 'iy');
const FRACTION = /\b(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/i;
const ONE_IN_TAIL = /(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/iy;
const ONE_IN = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

type HitKind = 'rank' | 'rankVerb' | 'scale' | 'fraction' | 'multiple' | 'half' | 'oneIn' | 'spelled';
const HIT_WORDS = new Map<string, HitKind[]>();
const hitWords = (kind: HitKind, words: string) => {
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
function wordHits(text: string): Record<HitKind, Span[]> {
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
function endingAt(text: string, end: number, full: RegExp, reach: number): RegExpExecArray | null {
  const from = Math.max(0, end - reach);
  const m = full.exec(text.slice(from, end));
  if (m) m.index += from;
  return m;
}

const MULTIPLE = /(twice|double|triple|treble|quadruple)(?=\s+(?:as|the|that|what|its|their|his|her|our|this|last|a)\b)/iy;
const SCALED_PHRASE = /\b(?:(a|one)\s+quarter\s+of\s+a|(three)[\s-]quarters\s+of\s+a|(half)(?:\s+a|-a)?|(a))[\s-](hundred|thousand|million|billion|dozen)$/i;

function rawNumbers(text: string, skip: Span[]): Raw[] {
  const found: Raw[] = [];
  // which characters already belong to a number (or to markup): one byte per character
  const taken = new Uint8Array(text.length + 1);
  const mark = (start: number, end: number) => taken.fill(1, start, end);
  for (const span of skip) mark(span.start, span.end);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  };
  const add = (raw: Raw) => {
    const end = raw.end ?? raw.numEnd;
    if (!free(raw.numStart, end)) return;
    mark(raw.numStart, end);
    found.push(raw);
  };
  const hits = wordHits(text);
  for (const hit of hits.rank) {
    if (!/[-\s]/.test(text[hit.start - 1] ?? '')) continue;
    const m = endingAt(text, hit.end, RANK, 40);
    if (!m) continue;
    const ordinal = m[1].toLowerCase();
    const value = ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10);
    add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'rank', unit: 'rank', unitCue: m[2] });
  }
  for (const hit of hits.rankVerb) {
    RANK_VERB.lastIndex = hit.start;
    const m = RANK_VERB.exec(text);
    if (!m) continue;
    const ordinal = m[1].toLowerCase();
    const start = m.index! + m[0].length - m[1].length;
    add({ numStart: start, numEnd: start + m[1].length, value: ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10), spelled: true, kind: 'rank', unit: 'rank', unitCue: m[1] });
  }
  for (const hit of hits.scale) {
    const m = endingAt(text, hit.end, SCALED_PHRASE, 30 + hit.end - hit.start);
    if (!m) continue;
    const scale = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 }[m[5].toLowerCase()]!;
    const factor = m[1] ? 0.25 : m[2] ? 0.75 : m[3] ? 0.5 : 1;
    add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: tidy(factor * scale), spelled: true });
  }
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
    const value = roundFraction(numeratorValue / FRACTION_DENOMINATORS[denominatorWord]);
    const point = /^\s+of\s+a\s+(percentage\s+)?point\b/i.exec(after);
    if (point) {
      // "a quarter of a percentage point"
      add({ numStart: start, numEnd: end, end: end + point[0].length, value, spelled: true, kind: 'points', unit: point[1] ? 'percentage points' : 'points', unitCue: 'point' });
      continue;
    }
    add({ numStart: start, numEnd: end, value, spelled: true, kind: 'fraction', unit: 'fraction', unitCue: m[2] });
  }
  for (const hit of hits.multiple) {
    MULTIPLE.lastIndex = hit.start;
    const m = MULTIPLE.exec(text);
    if (!m) continue;
    const value = { twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4 }[m[1].toLowerCase()]!;
    if (m[1].toLowerCase() !== 'twice' && /\b(?:a|the|to)\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue; // "a double act"
    add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[1] });
  }
  for (const hit of hits.half) {
    const start = hit.start;
    const governedHalf = /\b(?:by|nearly|almost|about|roughly|around|over|than|least|in)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
    if (!governedHalf && !/^\s+(?:of|the)\b/i.test(text.slice(start + 4, start + 10))) continue;
    if (/\b(?:the|first|second|other|a|one|and)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
    add({ numStart: start, numEnd: start + 4, value: 0.5, spelled: true, kind: 'fraction', unit: 'fraction', unitCue: 'half' });
  }
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
    add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: roundFraction(a / b), spelled: /[a-z]/i.test(m[1]), kind: 'fraction', unit: 'fraction', unitCue: 'in' });
  }
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
  let spelledEnd = 0;
  for (const hit of hits.spelled) {
    if (hit.start < spelledEnd) continue; // "twenty-five": "five" is part of the same number
    SPELLED.lastIndex = hit.start;
    const m = SPELLED.exec(text);
    if (!m) continue;
    spelledEnd = m.index + m[0].length;
    const words = m[0].toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
    const value = parseNumberWords(words);
    if (value === null) continue;
    add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true });
  }
  return found.sort((a, b) => a.numStart - b.numStart);
}

// ---------------------------------------------------------------------------------------------------------
// What is not a statistic

function previousWord(text: string, pos: number): { word: string; start: number } | null {
  const m = /([A-Za-z][\w.'’&-]*)\s+$/.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  return { word: m[1], start: pos - m[0].length };
}

function isSentenceStart(text: string, pos: number, sentence: Span): boolean {
  return /^[\s"'“‘(]*$/.test(text.slice(sentence.start, pos));
}

/** Dates, clock times, ages, names and list numbers: the number is not a reported quantity. */
function notAQuantity(text: string, raw: Raw, reading: Reading, sentence: Span): boolean {
  const { numStart, numEnd, value } = raw;
  const digits = text.slice(numStart, numEnd);
  const before = text.slice(Math.max(0, numStart - 40), numStart);
  const after = text.slice(numEnd, numEnd + 30);
  const unitless = reading.kind === 'count' || reading.kind === 'duration';
  // years as dates
  if (!raw.spelled && unitless && /^\d{4}$/.test(digits) && value >= 1000 && value <= 2099 && !reading.scaled) return true;
  if (!raw.spelled && !reading.scaled && Number.isInteger(value) && value >= 1 && value <= 31 && unitless) {
    if (MONTH_AFTER.test(after)) return true; // "31 December"
    if (MONTH_BEFORE.test(before)) return true; // "December 31", "Dec. 8"
  }
  // clock times
  if (!raw.spelled && /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|UTC\b|CET\b|EST\b|EDT\b|ET\b|PT\b|PST\b|PDT\b|CST\b|CDT\b|hrs\b|o'clock)/.test(after)) return true;
  if (/\b(?:at|by|from|until|till)\s+$/.test(before) && /^:\d\d/.test(after)) return true;
  // ages
  if (unitless && !reading.scaled && Number.isInteger(value) && value < 130) {
    if (/\b(?:aged|age|ages|ageing)\s+(?:of\s+|to\s+|from\s+|at\s+)?(?:between\s+)?(?:\d+\s+(?:and|to|or|-)\s+)?$/i.test(before)) return true;
    if (/\bages?\s+(?:of\s+)?(?:between\s+)?\d+\s+(?:and|to|or)\s+$/i.test(before)) return true;
    if (/\b(?:died|dies|dead|retired|retires)\s+at\s+(?:the\s+age\s+of\s+)?$/i.test(before)) return true;
    if (/\b(?:he|she|who)\s+(?:is|was|turns|turned|will be)\s+$/i.test(before) && /^\s*[,.;]/.test(after)) return true;
    if (/[A-Z][\w.'’-]*,\s$/.test(before) && /^\s*,/.test(after) && reading.bare) return true; // "Smith, 47, of ..."
    if (/^\s*(?:,\s*)?(?:years?[\s-]old|-year-old)/.test(after)) return true;
  }
  if (reading.bare || (unitless && raw.spelled === false && !reading.noun && reading.kind !== 'duration')) {
    // numbers in names: "Radio 5", "Channel 4", "ROUND 12", "No. 2"
    const prev = previousWord(text, numStart);
    if (prev) {
      const w = prev.word.replace(/[’']s$/, '');
      const isName = (/^[A-Z][a-zA-Z]*$/.test(w) && !isSentenceStart(text, prev.start, sentence)) || /^[A-Z]{2,}$/.test(w);
      if (isName && !/[’']s$/.test(prev.word) && !FUNCTION_CAPS.has(w.toLowerCase()) && !MONTH_RE.test(w)) return true;
      if (/^(?:No\.?|Nos\.?|Number|#)$/.test(prev.word)) return true;
    }
    if (/(?:No\.|#)\s?$/.test(before)) return true;
    // references, not quantities: "page 12", "room 101", "section 8", "week 13"
    if (/\b(?:page|pages|chapter|section|article|clause|paragraph|room|flight|route|platform|gate|line|stage|phase|round|week|day|game|number|item|rule|schedule|annex|part|figure|table|model|version|series|season|episode|grade|class|category|division|tier|band|zone|step|question|amendment|bill|act|resolution|channel|radio|studio|terminal|junction|exit|highway|interstate|district|ward|precinct|bus|unit|block|floor|lot|case)\s+$/i.test(before)) return true;
    // "10 Downing Street", "221 Baker Street": an address or a name
    if (/^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Place|Square|Way|Court|Terrace)\b/.test(after)) return true;
    if (value < 100 && /^\s+[A-Z][a-z]/.test(after)) return true;
    // list numbering "1. Jane Smith" and "(2.)"
    if (/(?:^|\n)\s*$/.test(before) && /^\.\s/.test(after)) return true;
    if (/\(\s*$/.test(before) && /^\.?\)/.test(after)) return true;
  }
  return false;
}

/**
 * A spelled-out number with no noun still counts where a figure is expected: "two less than",
 * "rose from five to seven", "Lee got seven and Khan got three".
 */
function spelledCountStands(text: string, start: number, end: number, sentence: Span): boolean {
  const after = text.slice(end, end + 14);
  if (/^\s+(?:less|fewer|more)\s+than\b/i.test(after)) return true;
  if (isDescriptive(text, start)) return false;
  const before = text.slice(Math.max(sentence.start, start - 30), start);
  const endsPhrase = /^\s*(?:[,.;:)]|$|\s+(?:and|or|but|in|on|at|to|last|this|after|before)\b)/.test(after);
  if (!endsPhrase) return false;
  if (/\b(?:won|got|gets|took|takes|gained|gains|lost|loses|scored|secured|received|picked up)\s+$/i.test(before)) return true;
  return /\b(?:from|to|by)\s+$/i.test(before) && LEVEL_CUE_WORD_RE.test(text.slice(sentence.start, start));
}

/** Durations that only scope another figure: "for the six months to", "two years ago", "in three years". */
function isTemporalScope(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // "the slowest rate of growth for nine years", "its lowest level in four years"
  if (/\b(?:for|in)\s+(?:(?:more|less) than\s+|almost\s+|nearly\s+|over\s+|about\s+)?$/i.test(before) && /\b(?:[a-z]{2,}est|most|least|record|first)\b/i.test(text.slice(Math.max(0, start - 60), start))) return true;
  return /\b(?:the|last|past|next|previous|preceding|first|coming|following|recent|in|within|every|each|per|this|those|these|its|their|his|her|our|over|over the|during the|for the)\s+$/i.test(
    before,
  );
}

/** Definite or possessive determiners make a spelled count descriptive ("the two parties", "Europe's four big airlines"). */
function isDescriptive(text: string, start: number): boolean {
  return /(?:\b(?:the|these|those|its|his|her|their|our|your|my|both|all|every|each|first|last|next|other|another|of)|['’]s)\s+$/i.test(
    text.slice(Math.max(0, start - 20), start),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Direction and baseline

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

function setDirection(f: Figure, direction: ChangeDirection, cue: string, at: number, role: Role, noun = false): void {
  f.direction = direction;
  f.dirCue = cue;
  f.dirCueAt = at;
  f.role = role;
  f.cueIsNoun = noun;
}

function directionOfWord(word: string): ChangeDirection | null {
  const w = word.toLowerCase();
  if (w === 'to go' || w === 'to be cut') return 'DECREASE';
  return DIRECTION_OF[w] ?? CHANGE_NOUNS[w] ?? null;
}

const AUXILIARY = /\b(?:is|was|are|were|has|have|had|will|would|could|be|been|being|do|does|did)\b/i;

/** Whether the figure follows "from", "compared with", "against", "than" as the earlier value of a comparison. */
function isBaseline(prefix: string, f: Figure, previous: Figure | null): boolean {
  const marker = lastMatch(BASELINE_MARKER_RE, prefix);
  if (!marker) return false;
  const between = prefix.slice(marker.index + marker[0].length);
  if (/\bto\b/i.test(between) || LEVEL_CUE_WORD_RE.test(between) || AUXILIARY.test(between)) return false;
  if (between.length <= (/^than$/i.test(marker[1]) ? 12 : 30) && !/\d/.test(between) && !/\bof\s+$/.test(between)) return true;
  // a list of earlier values: "from 7.2% in May and 7.5% in June 2018"
  return (
    !!previous && previous.role === 'baseline' && previous.clause.start === f.clause.start &&
    /^(?:\s*\([^()]*\))?(?:\s+(?:in|for|at|on)\s+[^,;.()]{1,40}?)?(?:,|\s+and|,\s+and)\s+$/.test(f.gapBefore)
  );
}

/** Whether a clause states a range ("between 5% and 7%"); remembered for the clause last asked about. */
let lastRangeCheck: { text: string; start: number; end: number; range: boolean } | null = null;
function isRangeClause(text: string, clause: Span): boolean {
  if (lastRangeCheck && lastRangeCheck.text === text && lastRangeCheck.start === clause.start && lastRangeCheck.end === clause.end) return lastRangeCheck.range;
  const range = RANGE_RE.test(text.slice(clause.start, clause.end));
  lastRangeCheck = { text, start: clause.start, end: clause.end, range };
  return range;
}

function assignDirection(text: string, f: Figure, spanAfter: number, previous: Figure | null): void {
  if (f.kind === 'rank' || f.kind === 'times') return;
  if (isRangeClause(text, f.clause)) return;
  // What decides a direction sits close before the figure: looking further back only costs time
  // (and makes a story with no full stops quadratic).
  const prefix = text.slice(Math.max(f.clause.start, f.start - 300), f.start);
  const after = text.slice(spanAfter, Math.min(f.clause.end, spanAfter + 80));

  const near = prefix.slice(-60);
  const nearStart = f.start - near.length;
  let m: RegExpExecArray | null;
  const baseline = isBaseline(prefix, f, previous);
  // the size of a change: "rose 3%", "up 14%", "cut by £2.2bn", "save £4bn"
  if (!baseline && (m = ADJACENT_CUE_RE.exec(near)) && !isNameWord(near, m.index + m[0].indexOf(m[1]), m[1])) {
    const cue = m[1];
    const word = cue.toLowerCase();
    const at = m.index + m[0].indexOf(cue);
    const tail = near.slice(at + cue.length);
    const margin = /^(?:lost|lose|loses|losing)$/.test(word) && /\bby\s+$/i.test(tail); // "lost by 9 points": a margin
    const speech = /^add(?:ed|s)$/.test(word) && !/^\s+(?:by\s+)?$/.test(tail); // "added" speaks unless a number follows
    const closing = /^clos/.test(word) && FOLLOWING_COMPARATIVE_RE.test(after); // "closed 3% higher"
    if (!margin && !speech && !closing) {
      setDirection(f, directionOfWord(word)!, cue, nearStart + at, 'size', /^sav/.test(word));
      return;
    }
  }
  if (!baseline && (m = BY_CUE_RE.exec(near)) && !isNameWord(near, m.index + m[0].indexOf(m[1]), m[1])) {
    setDirection(f, directionOfWord(m[1])!, m[1], nearStart + m.index + m[0].indexOf(m[1]), 'size');
    return;
  }
  // "a 31% rise", "a 6% annual increase", "£700m of cuts", "posts are to go", "4% higher", "4,000 more nurses"
  if (f.kind !== 'duration' && f.kind !== 'fraction') {
    if ((m = FOLLOWING_NOUN_RE.exec(after))) {
      setDirection(f, CHANGE_NOUNS[m[1].toLowerCase()], m[1], spanAfter + m.index + m[0].length - m[1].length, 'size', true);
      return;
    }
    if ((m = FOLLOWING_SAVINGS_RE.exec(after))) {
      setDirection(f, /^(?:rises|increases)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE', m[1], spanAfter + m[0].length - m[1].length, 'size', true);
      return;
    }
    if ((m = FOLLOWING_VERB_RE.exec(after)) || (m = coordinatedVerb(after))) {
      const dir: ChangeDirection = /^(created|added)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE';
      setDirection(f, dir, m[1], spanAfter + m.index + m[0].length - m[1].length, 'size');
      return;
    }
    if ((m = FOLLOWING_COMPARATIVE_RE.exec(after))) {
      const dir: ChangeDirection = /^(higher|more|bigger|greater|up)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE';
      setDirection(f, dir, m[1], spanAfter + m.index + m[0].length - m[1].length, 'size');
      return;
    }
    const lead = f.nounLead;
    if (lead) {
      setDirection(f, /^more$/i.test(lead) ? 'INCREASE' : 'DECREASE', lead, f.numEnd, 'size');
      return;
    }
  }
  // an earlier value: "from $410m", "compared with 8.3%", "from 7.2% in May and 7.5% ..."
  if (baseline) {
    f.role = 'baseline';
    return;
  }
  // "growth of 2.8%", "savings of £90m"
  if ((m = NOUN_OF_RE.exec(near))) {
    setDirection(f, CHANGE_NOUNS[m[1].toLowerCase()], m[1], nearStart + m.index, 'size', true);
    return;
  }
  // the new level after a change: "rose 12% to £2.7bn", "a decline in ... to 3.1%", "to a record low of"
  if ((m = RECORD_LEVEL_RE.exec(near))) {
    setDirection(f, m[1].toLowerCase() === 'low' ? 'DECREASE' : 'INCREASE', m[1], nearStart + m.index, 'level');
    return;
  }
  if ((m = TO_LEVEL_RE.exec(prefix))) {
    const head = prefix.slice(0, m.index);
    // "added 3% to 90bn euros": the level after a sized change
    if (previous && previous.direction && previous.role === 'size' && previous.clause.start === f.clause.start && /^(?:\s*\([^()]*\))?(?:\s+[\w'’-]+){0,4}?\s+(?:back\s+)?to\s+(?:just\s+|only\s+)?$/.test(f.gapBefore)) {
      setDirection(f, previous.direction, previous.dirCue!, previous.dirCueAt, 'level', previous.cueIsNoun);
      return;
    }
    let cue = lastMatch(LEVEL_CUE_RE, head);
    if (cue && isNameWord(head, cue.index + cue[0].indexOf(cue[1]), cue[1])) cue = null;
    // "61 percent to 39 percent" is a score, not a change
    const versus = previous && previous.role === 'none' && !previous.direction && /^\s+to\s+$/.test(f.gapBefore);
    if (cue && !versus && head.length - cue.index <= 80) {
      const word = cue[1];
      const at = cue.index + cue[0].indexOf(word);
      const noun = /^(?:growth|savings|reductions?|increases|declines)$/i.test(word) || (word.toLowerCase() in CHANGE_NOUNS && isNounUse(head, at));
      setDirection(f, directionOfWord(word)!, word, f.clause.start + at, 'level', noun);
      return;
    }
  }
}

/** A capitalised cue word inside a sentence is part of a name ("Campaign for Growth", "Rise Against"). */
function isNameWord(s: string, at: number, word: string): boolean {
  return /^[A-Z]/.test(word) && !/(?:^|[.!?:"“]\s*)$/.test(s.slice(0, at).trimEnd() === '' ? '' : s.slice(Math.max(0, at - 3), at));
}

/** Whether a change word at `at` in `s` is used as a noun ("a decline in", "the fall in"). */
function isNounUse(s: string, at: number): boolean {
  return /\b(?:a|an|the|its|their|this|further|sharp|slight)\s+$/i.test(s.slice(Math.max(0, at - 12), at));
}

/** "about 3,000 posts and 40 offices would go": the verb after a coordinated figure. */
function coordinatedVerb(after: string): RegExpExecArray | null {
  const m = /^\s+and\s+(?:[\w£$€.,-]+\s+){1,5}?(?=(?:are|is|were|was|will|would|could|may|might|set|due)\b)/i.exec(after);
  if (!m) return null;
  const rest = FOLLOWING_VERB_RE.exec(' ' + after.slice(m[0].length));
  if (!rest) return null;
  const verb = rest[1];
  const index = m[0].length + rest.index + rest[0].length - verb.length - 1;
  const fake = [after.slice(0, index + verb.length), verb] as unknown as RegExpExecArray;
  fake.index = 0;
  return fake;
}

function yearsIn(s: string): number[] {
  return [...s.matchAll(YEAR_RE)].map((m) => Number(m[1]));
}

/** The year of the earlier value, when the comparison after the cue states one. */
function comparisonYear(text: string, region: Span, from: number, level = false, levelStart?: number): number | null {
  const s = text.slice(region.start, region.end);
  const offset = Math.max(0, from - region.start);
  const marker = /\b(from|since|on|over|versus|vs|than|compared with|compared to|against)\.?\s/gi;
  marker.lastIndex = offset;
  const levelAt = levelStart ?? 0;
  for (let m = marker.exec(s); m; m = marker.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    const word = m[1].toLowerCase();
    let phrase = '';
    if (word === 'from') {
      phrase = rest.split(/\bto\b/)[0].slice(0, 90);
      // "will rise to £4 from 2026": a start date, unless the earlier value is there too
      if (level && region.start + m.index > levelAt && !/\d/.test(phrase.replace(YEAR_RE, ''))) phrase = '';
    } else if (word === 'since' && /\b(?:[a-z]+est|most|least|first|worst|best)\s+(?:[a-z]+\s+)?$/i.test(s.slice(Math.max(0, m.index - 25), m.index))) {
      phrase = ''; // "the lowest since 1995": a record, not a comparison
    } else if (word === 'since' || word === 'on' || word === 'over' || word === 'versus' || word === 'vs') {
      phrase = /^(?:its\s+|the\s+|their\s+)?(?:1[89]\d\d|20\d\d)\b/.exec(rest)?.[0] ?? ''; // "up 5% on 2019"
    } else if (word === 'than') {
      phrase = rest.slice(0, 60);
    } else {
      phrase = rest.slice(0, 50);
    }
    const years = yearsIn(phrase);
    if (years.length) return years.at(-1)!;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Labels

const LEADING_FRAME =
  /^(?:.*\b(?:said|says|say|added|announced|reported|showed|show|shows|suggests|suggested|revealed|found|expects|expected|told\s+\w+)\s+(?:that\s+)?|.*\bthat\s+)/i;
const CLAUSE_VERBS =
  /\s(?:was|were|is|are|has|have|had|will|would|could|can|may|might|saw|sees|posted|posts|made|makes|took|takes|employs|owns|reported|reports|expects|expected|plans|aims|got|gets|received|raised|spent|gave|paid|pay|reached|remains|remained|stood|stands|said|says|showed|shows|enjoyed|delivering|posting|registering|hit|hits)\b/i;

function cleanPhrase(s: string): string {
  return s
    .replace(/^[\s,;:"'“”‘’(-]+|[\s,;:"'“”‘’(-]+$/g, '')
    .replace(/^(?:however|meanwhile|overall|nevertheless|in contrast|but|and|so|also|then|still|now|in all|(?:for|over) the (?:year|quarter|period|month) as a whole|while|whereas|although|though|as|if|when)\b,?\s*/i, '')
    .replace(/^(?:for|in|during|throughout|over|by)\s+[^,]{1,30},\s*/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .trim();
}

function lastWords(s: string, n: number): string {
  const words = s.split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

function subjectOf(text: string, f: Figure, figures: Figure[]): string {
  let cueAt = f.dirCue && f.dirCueAt >= f.clause.start && f.dirCueAt < f.start ? f.dirCueAt : f.start;
  if (cueAt < f.start && f.cueIsNoun && f.dirCue) cueAt = Math.min(f.start, cueAt + f.dirCue.length); // "Annual growth slowed to ..."
  // a clause never crosses a line break, and starts after the last figure before the subject
  let from = f.clause.start;
  for (let i = f.index - 1; i >= 0 && figures[i].end > from; i--) {
    if (figures[i].end <= cueAt && !figures[i].conversionOf) {
      const rest = text.slice(figures[i].end, cueAt);
      const joint = /^.*?\b(?:as|and|while|with|after|before|because|when|since|whereas)\s+/i.exec(rest);
      if (joint) from = figures[i].end + joint[0].length;
      break;
    }
  }
  let s = text.slice(from, cueAt);
  s = cleanPhrase(s.replace(LEADING_FRAME, ''));
  const verb = CLAUSE_VERBS.exec(' ' + s) ?? /\s(?<!\b(?:a|an|the|of|and|newly|most)\s)[a-z]{3,}ed\b/.exec(' ' + s);
  if (verb) s = s.slice(0, Math.max(0, verb.index));
  s = s.split(/[,;:(](?!\d)|\s[-–—]\s/)[0];
  s = s.replace(/(?:\s+(?:to|by|at|of|from|for|in|with|just|only|and|its|their|a|an|the|who|which|that|also|now|still))+\s*$/i, '');
  return lastWords(cleanPhrase(s), 7);
}

const PRONOUN = /^(?:it|its|he|she|they|we|i|you|this|that|which|who|there|a|an|the|for|to|in|of|up|and|but|or|so|as|total|amount|part|bulk)$/i;
const MEASURE_NOUN =
  /^(?:\s*\([^)]*\))?\s+((?:[a-z-]+\s+){0,2}(?:loss|profit|payout|charge|hit|deal|fine|bill|budget|investment|package|payment|contract|fee|salary|bonus|debt|deficit|surplus|stake|share|rise|increase|fall|drop|decline|cut|jump|growth|chance|lead|majority|margin|settlement|fund|grant|loan|bid|offer|price|cost|wage|tax|rate)s?)\b(?:\s+(?:in|of|on|for)\s+((?:[A-Za-z'’-]+\s*){1,3}))?/i;

/** The nearest name before `pos` in the sentence or the one before ("Acme", "Smith & Jones"). */
function nearestName(text: string, from: number, pos: number): string {
  const names = [...text.slice(from, pos).matchAll(/(?<![.!?]\s|^)\b([A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*)*)/g)]
    .map((m) => m[1].replace(/['’]s$/, ''))
    .filter((name) => !MONTH_RE.test(name) && !PRONOUN.test(name) && !/^(?:Mr|Mrs|Ms|Dr|The|In|On|At|For|But|And|However|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/.test(name));
  return names.at(-1) ?? '';
}

/** Where the figure applies, when a place follows it: "8.3% in Italy". */
function placeAfter(text: string, f: Figure): string {
  const m = /^\s+in\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3})/.exec(text.slice(f.end, f.end + 50));
  if (!m || MONTH_RE.test(m[1].split(/\s+/)[0]!)) return '';
  return ` in ${m[1]}`;
}

function labelFor(text: string, f: Figure, sentences: Span[], figures: Figure[]): string {
  if (f.conversionOf) {
    const kind = { GBP: 'sterling', USD: 'dollar', EUR: 'euro' }[f.unit ?? ''] ?? f.unit;
    return `${labelFor(text, f.conversionOf, sentences, figures)} (${kind} conversion)`;
  }
  if (f.role === 'baseline' && f.anchor) {
    const base = labelFor(text, f.anchor, sentences, figures).replace(/^(?:rise|fall) in /, '');
    const place = placeAfter(text, f);
    return place ? `${base.replace(/ in [A-Z].*$/, '')}${place}` : `${base} (earlier value)`;
  }
  const near = text.slice(Math.max(f.clause.start, f.start - 50), f.start);
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 60));
  let measure = '';
  let m: RegExpExecArray | null;
  if (f.kind === 'rank') {
    const what = lastWords(cleanPhrase(after.split(/[,.;]|\s(?:by|in|with|to|and|that|which|who)\s/)[0]), 3);
    return `rank of ${what || 'entity'} (${text.slice(f.numStart, f.numEnd).replace(/^\w+[-\s]/, '')})`;
  }
  if (/\sof\s+$/.test(near) && (m = /((?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+)\s+of\s+$/.exec(near.slice(-45))) && !/^(?:some|one|all|most|many|part|bulk|total|worth|rest|average)$/i.test(m[1])) {
    measure = cleanPhrase(m[1].replace(/^.*\b(?:a|an|the|its|their|his|her|of|to|at|with|by|from|and)\s+/i, ''));
  }
  if (!measure && f.kind === 'count' && f.noun) measure = f.noun;
  if (!measure && (m = MEASURE_NOUN.exec(after))) {
    measure = m[2] ? `${m[1]} ${/^(?:rise|increase|fall|drop|decline|jump|growth)/i.test(m[1]) ? 'in' : 'of'} ${m[2].trim()}` : m[1];
    measure = measure.replace(/^(?:of|in|on|for|to)\s+/i, '');
  }
  if (!measure && (f.kind === 'percent' || f.kind === 'fraction') && (m = /^\s+of\s+((?:[A-Za-z0-9,'’-]+\s*){1,4})/.exec(after))) {
    measure = `share of ${cleanPhrase(m[1].split(/\b(?:said|say|says|were|was|is|are|who|that|in|on|at|by)\b/)[0])}`;
  }
  if (PRONOUN.test(measure)) measure = '';
  let subject = subjectOf(text, f, figures);
  if (!subject || PRONOUN.test(subject) || /^(?:his|her|its|their|our)\b/i.test(subject)) {
    const previous = sentences[f.sentence - 1];
    const name = nearestName(text, previous ? previous.start : sentences[f.sentence].start, f.start);
    const rest = subject.replace(/^\w+\s*/, '');
    if (/^(?:his|her|its|their|our)\s+/i.test(subject)) subject = name && !/[A-Z]/.test(rest) ? `${name}'s ${rest}` : rest;
    else subject = name;
  }
  let label = measure || subject;
  if (measure && subject && !measure.toLowerCase().includes(subject.toLowerCase()) && !subject.toLowerCase().includes(measure.toLowerCase())) {
    label = f.kind === 'count' && f.noun ? `${measure} (${subject})` : measure.split(' ').length < 3 ? `${subject} ${measure}` : measure;
  }
  label += placeAfter(text, f);
  if (!label.trim()) label = f.unit && f.kind === 'count' ? f.unit : { percent: 'percentage', points: 'points', money: 'amount', count: 'count', duration: 'duration', times: 'multiple', fraction: 'share', rank: 'rank' }[f.kind];
  if (f.role === 'size' && f.direction && !/\b(?:rise|increase|fall|drop|decline|growth|cut|cuts|saving|savings|jump|change)\b/i.test(label)) {
    label = `${f.direction === 'INCREASE' ? 'rise' : 'fall'} in ${label}`;
  }
  return label.replace(/\s+/g, ' ').slice(0, 80).trim();
}

// ---------------------------------------------------------------------------------------------------------
// The extractor

export function extractStatistics(text: string): ExtractedStatistic[] {
  const skip = skipSpans(text);
  const sentences = sentenceSpans(text);
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

  const figures: Figure[] = [];
  for (const raw of rawNumbers(text, skip)) {
    const sentenceIndex = sentenceIndexAt(raw.numStart);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    let reading: Reading | null;
    if (raw.kind) {
      reading = {
        end: raw.end ?? raw.numEnd, value: raw.value, unit: raw.unit ?? null, kind: raw.kind, unitCue: raw.unitCue ?? null,
        noun: null, nounWords: [], bare: false, scaled: false, currencyStart: null,
      };
    } else {
      reading = readUnit(text, raw.numStart, raw.numEnd, raw.value, raw.spelled);
    }
    if (!reading) continue;
    if (notAQuantity(text, raw, reading, sentence)) continue;
    const word = text.slice(raw.numStart, raw.numEnd).toLowerCase();
    if (raw.spelled && !raw.kind) {
      // spelled-out numbers count with a unit, a counted noun, or as "two less than"
      if (/^(?:one|zero)$/.test(word) && !reading.scaled && !['money', 'percent', 'points'].includes(reading.kind)) continue;
      if (reading.kind === 'points' && /\b(?:at|from|to)\s+$/i.test(text.slice(Math.max(0, raw.numStart - 6), raw.numStart)) && /^\s+point\b/i.test(text.slice(raw.numEnd, raw.numEnd + 7))) continue; // "at one point" 
      if (reading.bare && !spelledCountStands(text, raw.numStart, reading.end, sentence)) continue;
      if ((reading.kind === 'count' || reading.kind === 'times') && isDescriptive(text, raw.numStart) && !reading.scaled) continue;
    }
    if (reading.kind === 'duration' && isTemporalScope(text, raw.numStart)) continue;
    if (reading.kind === 'count' && reading.noun && /^(?:years?|months?|days?)$/i.test(reading.unit ?? '')) continue;

    // extend over the currency sign and the qualifiers ("more than $200m", "Up to 900 jobs")
    let start = Math.min(raw.numStart, reading.currencyStart ?? raw.numStart);
    const qualifier = SPAN_QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - 40), start));
    if (qualifier) start -= qualifier[0].length;
    const end = reading.end;
    const lead = reading.nounWords.length > 1 && /^(more|fewer|less)$/i.test(reading.nounWords[0]) ? reading.nounWords[0] : null;
    let confidence = { percent: 0.95, points: 0.85, money: 0.95, count: 0.8, duration: 0.55, times: 0.8, fraction: 0.8, rank: 0.85 }[reading.kind];
    if (reading.bare) confidence = 0.6;
    if (raw.spelled && reading.kind === 'count') confidence = 0.7;
    figures.push({
      start, end, numStart: raw.numStart, numEnd: raw.numEnd, value: reading.value, unit: reading.unit, kind: reading.kind,
      spelled: raw.spelled, bare: reading.bare, noun: reading.noun, unitCue: reading.unitCue ?? (reading.kind === 'count' ? null : word),
      confidence, role: 'none', direction: null, dirCue: null, dirCueAt: -1, cueIsNoun: false, baselineYear: null,
      conversionOf: null, yearRegion: null, sentence: sentenceIndex, clause: clauseAt(sentenceIndex, raw.numStart), nounLead: lead, gapBefore: '', anchor: null, index: 0,
    });
  }

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
    // "$1.9bn, up 14% from ...", "£212m, a 40% jump on 2015", "290 MPs, six fewer than ..."
    if (
      f.direction && f.role === 'size' && !anchor.direction && anchor.role !== 'baseline' &&
      /^(?:\s+[\w'’-]+){0,3}?\s*(?:\)\s*)?(?:,|\s[-–—])\s+(?:(?:up|down)\s+(?:by\s+)?|an?\s+)?$/i.test(gap)
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
  // "6.2%, down from 7.4%", "41,000 people on the register, down from ...", "12% ... in 2019 - up from 9%"
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.conversionOf || f.role === 'baseline' || (f.direction && f.role === 'size' && f.dirCueAt < f.start)) continue;
    const sentence = sentences[f.sentence];
    const next = figures[i + 1];
    const limit = Math.min(sentence.end, next && next.sentence === f.sentence ? next.start : sentence.end, f.end + 90);
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
  // counts with no noun take the noun they count
  for (const f of figures) if (f.kind === 'count' && !f.unit) f.unit = inferCountUnit(text, f, figures, sentences);

  const out: ExtractedStatistic[] = [];
  for (const f of figures) {
    // a lone small digit with nothing around it is rarely a reported figure ("(Previous: 3.)")
    if (f.bare && !f.spelled && f.value < 10 && !f.direction) continue;
    out.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      value: f.value,
      unit: f.unit,
      label: labelFor(text, f, sentences, figures),
      direction: f.direction,
      baselineYear: f.baselineYear,
      cue: f.dirCue ?? f.unitCue,
      confidence: f.direction ? Math.min(1, f.confidence + 0.03) : f.confidence,
    });
  }
  return out;
}

/** Plural nouns that measure rather than count ("profits rose to 1.7m" is not 1.7m profits). */
const NOT_COUNTED = /^(?:profits|revenues|earnings|sales|shares|prices|rates|figures|results|costs|taxes|levels|numbers|totals|values|volumes|assets|losses|returns|margins|bills|fees|wages|salaries|savings|payments|exports|imports|stocks|markets|points|ratings|scores|readings|yields)$/i;

const PEOPLE_WORDS =
  /\b(unemploy\w*|jobless|out of work|in work|employment|claimants?|waiting|turnout|population|voters|residents|inhabitants|workforce|employees|membership)\b/gi;

function inferCountUnit(text: string, f: Figure, figures: Figure[], sentences: Span[]): string | null {
  const sentence = sentences[f.sentence];
  const after = text.slice(f.end, f.end + 60);
  const of = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+|them\b)?(?:[\d,]+)?/.exec(after);
  if (of && !/them\b/.test(of[0])) {
    const np = nounPhraseAt(text, f.end + of[0].length);
    if (np) return np.head.toLowerCase();
  }
  // the first end of a range counts what the second counts: "between 2 and 3 million viewers"
  const next = figures[f.index + 1];
  if (next && next.unit && next.kind === 'count' && /^\s*(?:-|–|to|and|or)\s*$/.test(text.slice(f.end, next.start))) return next.unit;
  const before = text.slice(sentence.start, f.start);
  const numberOf = /\b(?:number|numbers|total)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s|people|staff|police|children|men|women)\b/gi;
  let m = lastMatch(numberOf, before);
  if (m) return m[1].toLowerCase();
  const clauseBefore = text.slice(f.clause.start, f.start);
  if (/\bmajority\b/i.test(clauseBefore)) return f.value > 700 ? 'votes' : 'seats';
  if (/\bvot(?:ed|es|ing)\b/i.test(clauseBefore)) return 'votes';
  const sales = lastMatch(/\b([a-z]+)\s+sales\b/gi, clauseBefore);
  if (sales && !/^(?:retail|total|annual|global|worldwide|its|their|the|of|and|net|gross|online|home|sales|like-for-like)$/i.test(sales[1])) {
    return sales[1].toLowerCase().replace(/y$/, 'ie') + 's';
  }
  if (lastMatch(PEOPLE_WORDS, clauseBefore)) return 'people';
  // the plural subject of the change: "Members rose to 1.7m"
  if (f.dirCue && f.dirCueAt > f.clause.start && f.dirCueAt < f.start) {
    const subject = /([A-Za-z]+)\s+(?:(?:have|has|had|were|was)\s+)?(?:[a-z]+ly\s+)?$/.exec(text.slice(Math.max(f.clause.start, f.dirCueAt - 40), f.dirCueAt));
    if (subject && isPluralNoun(subject[1]) && !TIME_UNITS[subject[1].toLowerCase()] && !NOT_COUNTED.test(subject[1])) return subject[1].toLowerCase();
  }
  for (let i = f.index - 1; i >= 0 && figures[i].sentence === f.sentence; i--) {
    const g = figures[i];
    if (g.kind === 'count' && g.unit) return g.unit;
  }
  if (lastMatch(PEOPLE_WORDS, before)) return 'people';
  const previous = sentences[f.sentence - 1];
  if (previous) {
    m = lastMatch(numberOf, text.slice(previous.start, previous.end));
    if (m) return m[1].toLowerCase();
  }
  return null;
}
