// Rates keep their denominator in the unit: "£120 a week" is `GBP per week`, "40p a share" is `pence per
// share`, "35 hours a week" is `hours per week`, "3% of GDP" is `percent of GDP`. The vocabulary of
// denominators is closed (README: "Statistic units"), so that "£5 a head" reads and "£5 a year ago" does not.
import type { Reading } from './figure.js';

/** Denominators a rate may have, singular, as written after "a", "an" or "per". */
export const DENOMINATORS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year',
  'share', 'barrel', 'tonne', 'ton', 'ounce', 'litre', 'liter', 'gallon', 'kilo', 'kilogram', 'kg', 'pound', 'mile', 'kilometre',
  'head', 'person', 'adult', 'child', 'pupil', 'student', 'patient', 'household', 'family', 'passenger', 'employee', 'worker',
  'unit', 'copy', 'ticket', 'game', 'visit', 'call', 'text', 'download', 'subscriber', 'user', 'customer', 'vote',
]);

/** After the number and its unit: "a week", "per share", "an hour"; not "a year ago", "a day after". */
const PER = /\s+(?:a|an|per)\s+([a-z]+)\b(?!\s+(?:ago|earlier|later|before|after)\b)(?!-)/y;
const OF_GDP = /\s+of\s+(?:(?:the\s+)?(?:country's|nation's|its|their|annual|national)\s+)?(?:GDP|gross domestic product)\b/iy;

const EACH = /\s+(?:each|apiece)\b/y;
const SHARES_NEARBY = /\bshares?\b/i;

export function withDenominator(text: string, reading: Reading): Reading {
  if (reading.kind === 'percent') {
    OF_GDP.lastIndex = reading.end;
    return OF_GDP.test(text) ? { ...reading, unit: 'percent of GDP', rule: `${reading.rule}.of-gdp` } : reading;
  }
  if (reading.kind !== 'money' && reading.kind !== 'duration') return reading;
  // "$31 each" in a sentence about shares: a price per share
  if (reading.kind === 'money') {
    EACH.lastIndex = reading.end;
    const each = EACH.exec(text);
    if (each && SHARES_NEARBY.test(text.slice(Math.max(0, reading.end - 120), reading.end + 80))) {
      return { ...reading, unit: `${reading.unit} per share`, end: each.index + each[0].length, rule: `${reading.rule}.each-share` };
    }
  }
  PER.lastIndex = reading.end;
  const m = PER.exec(text);
  if (!m || !DENOMINATORS.has(m[1]!)) return reading;
  // "six hours a day" and "£3 a day" are rates; "two days a week" too, but not "a week a week".
  if (reading.kind === 'duration' && reading.unit === `${m[1]}s`) return reading;
  return { ...reading, unit: `${reading.unit} per ${m[1]}`, end: m.index + m[0].length, rule: `${reading.rule}.rate` };
}
