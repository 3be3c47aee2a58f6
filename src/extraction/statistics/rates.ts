// Rates keep their denominator in the unit: "£120 a week" is `GBP per week`, "40p a share" is `pence per
// share`, "35 hours a week" is `hours per week`, "3% of GDP" is `percent of GDP`. The vocabulary of
// denominators is closed (README: "Statistic units"), so that "£5 a head" reads and "£5 a year ago" does not.
import type { Reading } from './figure.js';

/** Denominators a rate may have, singular, as written after "a", "an" or "per". */
export const DENOMINATORS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year',
  'share', 'barrel', 'tonne', 'ton', 'ounce', 'litre', 'liter', 'gallon', 'kilo', 'kilogram', 'kg', 'pound', 'mile', 'kilometre',
  'head', 'person', 'adult', 'child', 'pupil', 'student', 'patient', 'household', 'family', 'passenger', 'employee', 'worker',
  'unit', 'copy', 'ticket', 'game', 'visit', 'call', 'text', 'download', 'subscriber', 'user', 'customer', 'vote', 'capita', 'annum',
]);

/**
 * One denominator for one meaning, so that a filter on the unit finds every way of writing it: "a head",
 * "per capita" and "per person" are `per person`; "per annum" is `per year`.
 */
const DENOMINATOR_OF: Record<string, string> = { head: 'person', capita: 'person', annum: 'year' };

/**
 * After the number and its unit: "a week", "per share", "an hour", "each month", "every year", and the
 * hyphenated modifier "a 530p-a-share offer", "a $60-a-barrel price"; not "a year ago", "a day after", "a
 * year on, ...", "a year-long"; "for each share", "for every share they own"; the slash of tables and headlines: "$52/barrel". A share may be named: "per ordinary
 * share", "per Acme share"; the offer may say how it is paid: "£2.40 in cash per share".
 */
const PER = /(?:\s+(?:in\s+)?cash)?(?:(?:\s+|-)(?:a|an|per|each|every)(?:\s+|-)|\s+for\s+(?:each|every)\s+|\/)(?:(?:ordinary|common|new|existing|preference|[A-Z][\w&.-]*)\s+){0,3}([a-z]+)\b(?!\s+(?:ago|earlier|later|before|after)\b)(?!\s+on(?:\s*[,.;:)]|\s+from\b))(?!-(?!(?:offer|bid|deal|price|rise|increase|cut|fee|charge|payment|wage|salary)\b))/y;
/** Words a named share's denominator may be: only "share" takes modifiers ("per ordinary share"). */
const NAMED = /(?:\s+(?:in\s+)?cash)?(?:(?:\s+|-)(?:a|an|per|each|every)(?:\s+|-)|\s+for\s+(?:each|every)\s+|\/)([a-z]+)\b/y;
/**
 * Adverbs of frequency: "$10bn annually", "£5,000 per annum". The "-ly" words are adjectives too ("a £20
 * monthly fee" is the price of the fee), so they read only when no noun follows them.
 */
const PER_ADVERB = /\s+(annually|per annum|p\.a\.|yearly|monthly|weekly|daily|hourly)(?![\w-])(?!\s+(?!(?:and|or|but|in|on|at|to|for|from|by|over|under|since|after|before|with|until|than|each|every|this|last|next|the|a|an|its|their)\b)[a-z])/y;
const ADVERB_DENOMINATOR: Record<string, string> = {
  annually: 'year', 'per annum': 'year', 'p.a.': 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
};

/**
 * Shares of the economy: "3% of GDP", "3% of gross domestic product", "3% of the eurozone's GDP", "3.9% of its
 * annual economic output", "2% of national output". National income is not GDP (README): "0.7% of national
 * income" stays `percent`.
 */
const OF_GDP = /\s+of\s+(?:the\s+)?(?:(?:[\w.-]+(?:\s+[A-Z][\w.-]*)?['’]s?|its|their|his|her|our)\s+)?(?:(?:annual|yearly|national|total|overall|economic)\s+){0,2}(?:GDP|gross domestic product|(?:economic|national)\s+output|output\s+of\s+the\s+economy)\b/y;

const EACH = /\s+(?:each|apiece)\b/y;
const SHARES_NEARBY = /\bshares?\b/i;
const BOUND_AFTER = /(?:\s+or\s+(?:so|more|less)|-plus)\b/y;
/** A bracketed conversion between an amount and its denominator: "530p ($10) a share". */
const CONVERSION_AFTER = /\s*\([^()\n]{1,60}\)/y;
/** The rest of the bracket a conversion stands in: "($10; €8) a share" seen from "$10". */
const BRACKET_REST = /[^()\n]{0,40}\)/y;

/** The rate a unit and a denominator make: `GBP per week`. */
function rate(reading: Reading, denominator: string, end: number, rule: string): Reading {
  return { ...reading, unit: `${reading.unit} per ${DENOMINATOR_OF[denominator] ?? denominator}`, end, rule: `${reading.rule}.${rule}` };
}

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Where a denominator would start: right after the amount, after a bracketed conversion of it ("530p
 * ($10) a share"), or, for the conversion itself, after its closing bracket; after a bound ("$55 or more a
 * barrel"). `far` names what the span must not grow over (a conversion is a statistic of its own).
 */
function denominatorStarts(text: string, reading: Reading, numStart: number): { pos: number; far: string | null }[] {
  const starts: { pos: number; far: string | null }[] = [{ pos: reading.end, far: null }];
  // "$55 or more a barrel", "£3bn or so a year": the bound belongs to the amount
  const bound = stickyAt(BOUND_AFTER, text, reading.end);
  if (bound) starts.push({ pos: bound.index + bound[0].length, far: null });
  // not after a comparative: "$210 more a year" is the size of a rise, in USD (the fixtures' convention)
  if (reading.kind !== 'money') return starts;
  const conversion = stickyAt(CONVERSION_AFTER, text, reading.end);
  if (conversion && /\d/.test(conversion[0])) starts.push({ pos: conversion.index + conversion[0].length, far: 'beyond-conversion' });
  // an open bracket shortly before the amount (looked for in a short window: a long story has few brackets)
  const window = text.slice(Math.max(0, numStart - 40), numStart);
  const open = numStart - window.length + window.lastIndexOf('(');
  const rest = window.includes('(') && stickyAt(BRACKET_REST, text, reading.end);
  if (rest && !text.slice(open, numStart).includes(')') && /\d/.test(text.slice(Math.max(0, open - 25), open))) {
    starts.push({ pos: rest.index + rest[0].length, far: 'beyond-conversion' });
  }
  return starts;
}

/** The denominator written before the amount: "values each share at 530p", "paid for every share at $31". */
const PER_BEFORE = /\b(?:each|every|per|a)\s+(share|barrel|tonne|ounce)\s+(?:at|for)\s+$/i;

export function withDenominator(text: string, reading: Reading, numStart = reading.end): Reading {
  // a percentage or a fraction of GDP ("3% of GDP", "half of GDP")
  if (reading.unit === 'percent') {
    OF_GDP.lastIndex = reading.end;
    return OF_GDP.test(text) ? { ...reading, unit: 'percent of GDP', rule: reading.rule ? `${reading.rule}.of-gdp` : 'rate.of-gdp' } : reading;
  }
  // counts keep their noun: "250 deaths a year" counts deaths (the fixtures' and README's convention)
  if (reading.kind !== 'money' && reading.kind !== 'duration') return reading;
  for (const { pos, far } of denominatorStarts(text, reading, numStart)) {
    const found = denominatorAt(text, reading, pos);
    if (found) return far ? { ...found, end: reading.end, rule: `${found.rule}-${far}` } : found;
  }
  if (reading.kind === 'money') {
    const start = reading.currencyStart ?? numStart;
    const before = PER_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (before) return rate(reading, before[1]!.toLowerCase(), reading.end, 'rate-before');
  }
  return reading;
}

/** The rate read from `pos`, or null when no denominator starts there. */
function denominatorAt(text: string, reading: Reading, pos: number): Reading | null {
  // "$31 each" in a sentence about shares: a price per share
  if (reading.kind === 'money') {
    const each = stickyAt(EACH, text, pos);
    if (each && SHARES_NEARBY.test(text.slice(Math.max(0, reading.end - 120), reading.end + 80))) {
      return rate(reading, 'share', each.index + each[0].length, 'each-share');
    }
  }
  const adverb = stickyAt(PER_ADVERB, text, pos);
  if (adverb) {
    const denominator = ADVERB_DENOMINATOR[adverb[1]!]!;
    if (reading.kind === 'duration' && reading.unit === `${denominator}s`) return null;
    return rate(reading, denominator, adverb.index + adverb[0].length, 'rate-adverb');
  }
  const m = stickyAt(PER, text, pos);
  if (!m || !DENOMINATORS.has(m[1]!)) return null;
  // only a share is named on the way: "per ordinary share", not "a French worker"
  if (m[1] !== 'share' && stickyAt(NAMED, text, pos)?.[1] !== m[1]) return null;
  // "per capita" only ("$40,000 a capita" is no English)
  if (m[1] === 'capita' && !/^(?:\s+|-)per(?:\s+|-)/.test(m[0])) return null;
  const denominator = DENOMINATOR_OF[m[1]!] ?? m[1]!;
  // "six hours a day" and "£3 a day" are rates; "two days a week" too, but not "a week a week".
  if (reading.kind === 'duration' && reading.unit === `${denominator}s`) return null;
  return rate(reading, m[1]!, m.index + m[0].length, 'rate');
}
