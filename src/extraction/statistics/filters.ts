// What is not a statistic: dates, clock times, ages, numbers in names, list numbering, temporal scope.
import type { Span } from '../types.js';
import type { Raw, Reading } from './figure.js';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon.js';
import { FUNCTION_CAPS, LEVEL_CUE_WORD_RE, MONTH_AFTER, MONTH_BEFORE, MONTH_RE } from './words.js';

// What is not a statistic

export function previousWord(text: string, pos: number): { word: string; start: number } | null {
  const m = /([A-Za-z][\w.'’&-]*)\s+$/.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  return { word: m[1], start: pos - m[0].length };
}

export function isSentenceStart(text: string, pos: number, sentence: Span): boolean {
  return /^[\s"'“‘(]*$/.test(text.slice(sentence.start, pos));
}

/** More days of the month after a day, then the month: ", 16 and 21 March", " and 9 May", " or 3 June". */
const DAY_LIST_AFTER = new RegExp(`^(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?)*,?\\s+(?:and|or|to)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`);

/** Dates, clock times, ages, names and list numbers: the number is not a reported quantity. */
const AGE_LIMIT_BEFORE = /\b(?:pension|retirement|voting|school-leaving|leaving|drinking|legal|minimum|maximum)\s+age\s+(?:of\s+|to\s+|from\s+|at\s+)?(?:\d+\s+to\s+)?$/i;

export function notAQuantity(text: string, raw: Raw, reading: Reading, sentence: Span): boolean {
  const { numStart, numEnd, value } = raw;
  const digits = text.slice(numStart, numEnd);
  const before = text.slice(Math.max(0, numStart - 40), numStart);
  const after = text.slice(numEnd, numEnd + 30);
  const unitless = reading.kind === 'count' || reading.kind === 'duration';
  // years as dates
  if (!raw.spelled && unitless && /^\d{4}$/.test(digits) && value >= 1000 && value <= 2099 && !reading.scaled) return true;
  if (!raw.spelled && !reading.scaled && Number.isInteger(value) && value >= 1 && value <= 31 && unitless) {
    if (MONTH_AFTER.test(after)) return true; // "31 December"
    if (DAY_LIST_AFTER.test(text.slice(numEnd, numEnd + 40))) return true; // "on 14, 16 and 21 March"
    if (MONTH_BEFORE.test(before)) return true; // "December 31", "Dec. 8"
  }
  // emergency numbers: "911 calls", "a 999 call"
  if (!raw.spelled && /^(?:911|999|112)$/.test(digits) && /^\s+(?:calls?|operators?|dispatchers?|call\s+(?:centres?|centers?|handlers?))\b/i.test(after)) return true;
  // clock times
  if (!raw.spelled && /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|UTC\b|CET\b|EST\b|EDT\b|ET\b|PT\b|PST\b|PDT\b|CST\b|CDT\b|hrs\b|o'clock)/.test(after)) return true;
  if (/\b(?:at|by|from|until|till)\s+$/.test(before) && /^:\d\d/.test(after)) return true;
  // ages (an age limit, "the pension age from 60 to 65", is a quantity: `years of age`)
  if (unitless && !reading.scaled && Number.isInteger(value) && value < 130 && !AGE_LIMIT_BEFORE.test(before)) {
    if (/\b(?:aged|age|ages|ageing)\s+(?:of\s+|to\s+|from\s+|at\s+)?(?:between\s+)?(?:\d+\s+(?:and|to|or|-)\s+)?$/i.test(before)) return true;
    if (/\bages?\s+(?:of\s+)?(?:between\s+)?\d+\s+(?:and|to|or)\s+$/i.test(before)) return true;
    if (/\b(?:died|dies|dead|retired|retires)\s+at\s+(?:the\s+age\s+of\s+)?$/i.test(before)) return true;
    if (/\b(?:he|she|who)\s+(?:is|was|turns|turned|will be)\s+$/i.test(before) && /^\s*[,.;]/.test(after)) return true;
    if (/[A-Z][\w.'’-]*,\s$/.test(before) && /^\s*,/.test(after) && reading.bare) return true; // "Smith, 47, of ..."
    if (/^\s*(?:,\s*)?(?:years?[\s-]old|-year-old)/.test(after)) return true;
  }
  // not.model-number: a number right after a name, before what it names: "Boeing 747 jets", "Windows 10
  // sales"; not a party named before its count in a gap ("Labour won 355 seats, the Tories 198 seats"), not in a title-case headline ("Orlen Cuts 300 Jobs"), nor after a day ("on Monday 40 staff")
  if (!raw.spelled && reading.kind === 'count' && reading.noun && /^\d{1,4}$/.test(digits) && /^\s/.test(text.slice(numEnd))) {
    const prev = previousWord(text, numStart);
    if (prev && /^[A-Z][a-z]+[A-Za-z]*$/.test(prev.word) && numStart - prev.start === prev.word.length + 1 && !isSentenceStart(text, prev.start, sentence) &&
      !FUNCTION_CAPS.has(prev.word.toLowerCase()) && !MONTH_RE.test(prev.word) && !WEEKDAYS.test(prev.word) && !titleCase(text, sentence) &&
      !(/s$/.test(prev.word) && /\bthe\s+$/i.test(text.slice(Math.max(0, prev.start - 5), prev.start)))) return true; // "..., the Tories 198 seats": a gap
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

/** A headline in title case: most of its words of four letters or more are capitalised. */
function titleCase(text: string, sentence: Span): boolean {
  const words = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)).match(/\b[A-Za-z]{4,}\b/g) ?? [];
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length * 2 > words.length;
}

/**
 * A spelled-out number with no noun still counts where a figure is expected: "two less than",
 * "rose from five to seven", "Lee got seven and Khan got three".
 */
export function spelledCountStands(text: string, start: number, end: number, sentence: Span): boolean {
  const after = text.slice(end, end + 14);
  if (/^\s+(?:less|fewer|more)\s+than\b/i.test(after)) return true;
  if (isDescriptive(text, start)) return false;
  const before = text.slice(Math.max(sentence.start, start - 30), start);
  // count.part-of: "two of the contractors", "four of his last 19 games" count the part; not "one or two of"
  if (PART_OF.test(text.slice(end, end + 60)) && !/\bor\s+$/i.test(before)) return true;
  const endsPhrase = /^\s*(?:[,.;:)]|$|\s+(?:and|or|but|in|on|at|to|last|this|after|before)\b)/.test(after);
  if (!endsPhrase) return false;
  if (/\b(?:won|got|gets|took|takes|gained|gains|lost|loses|scored|secured|received|picked up|sold|selling|sells|bought|buying)\s+$/i.test(before)) return true;
  return /\b(?:from|to|by)\s+$/i.test(before) && LEVEL_CUE_WORD_RE.test(text.slice(sentence.start, start));
}

/** "of" a determined plural after a spelled count: " of the three hospitals", " of his last 19 games". */
const PART_OF = /^\s+of\s+(?:the|its|his|her|their|these|those|our|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b/;

/** Durations that only scope another figure: "for the six months to", "two years ago", "in three years". */
export function isTemporalScope(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // "the slowest rate of growth for nine years", "its lowest level in four years"
  if (/\b(?:for|in)\s+(?:(?:more|less) than\s+|almost\s+|nearly\s+|over\s+|about\s+)?$/i.test(before) && /\b(?:[a-z]{2,}est|most|least|record|first)\b/i.test(text.slice(Math.max(0, start - 60), start))) return true;
  return /\b(?:the|last|past|next|previous|preceding|first|coming|following|recent|in|within|every|each|per|this|those|these|its|their|his|her|our|over|over the|during the|for the)\s+$/i.test(
    before,
  );
}

/** Definite or possessive determiners make a spelled count descriptive ("the two parties", "Europe's four big airlines"). */
export function isDescriptive(text: string, start: number): boolean {
  return /(?:\b(?:the|these|those|its|his|her|their|our|your|my|both|all|every|each|first|last|next|other|another|of)|['’]s)\s+$/i.test(
    text.slice(Math.max(0, start - 20), start),
  );
}

