// A rate's denominator is often written once for several figures: "from £4.85 to £5.05 an hour", "£120 a
// week, down from £134", "3.2% of GDP ... the 3% limit". These rules give the other figures the rate's unit
// once every figure has its role; each records its id on the figure it changes.
import type { Span } from '../types.js';
import type { Figure } from './figure.js';

/** The public-finance balances that are measured against GDP. */
const DEBT_WORDS = /\b(?:deficits?|debts?|borrowing|shortfalls?|surplus(?:es)?|budget gaps?|overspend(?:s|ing)?|in the red)\b/i;
/** The balances of a state's budget: a share of GDP by definition (README: "budget and debt ratios"). */
const PUBLIC_BALANCE = /\b(?:budget|public|government|national|state|federal|fiscal|public-sector|public sector)\s+(?:deficits?|debts?|borrowing|surplus(?:es)?|shortfalls?)\b/i;
/** What else a percentage may measure, in a sentence near a share of GDP. */
const OTHER_MEASURE =
  /\b(?:inflation|prices?|interest|rates?|yields?|growth|grow(?:s|n|ing)?|grew|expand\w*|shr[iau]nk\w*|contract\w*|unemployment|jobless|tax(?:es)?|VAT|sales|profits?|revenues?|earnings|shares?|stake|turnout|votes?|voters|support|polls?|margin|wages?|pay|salar(?:y|ies)|rents?|fares?|discount|returns?|cuts?|won|wins?|took|scored?|rise|rose|fell|fall|increase\w*|decrease\w*|drop\w*|of the|per cent of|% of)\b/i;
/** What a limit may be on other than a share of GDP: "the 2% inflation target", "a 5% pay cap". */
const NOT_GDP_LIMIT = /\b(?:inflation|prices?|interest|rates?|growth|unemployment|jobless|tax|VAT|pay|wages?|salar(?:y|ies)|rents?|fares?|turnout|vote|votes|threshold for|stake|shares?|margin)\b/i;
// case-sensitive alternatives: a whole-story scan with /i and \b costs more than the rest of this file
const GDP_WORDS = /GDP|[Gg]ross [Dd]omestic [Pp]roduct|(?:[Ee]conomic|[Nn]ational) output/;
const PRICE_OF_DEBT = /\b(?:interest|rates?|yields?|yielding|coupons?)\b[^,;.]*$/i;
/** Words that name a ratio by its value: "the 3% limit", "a 60% ceiling". */
const RATIO_NAMES = /\b(?:limits?|ceilings?|caps?|thresholds?|targets?|rules?|ratios?|deficits?|debts?|borrowing)\b/i;
/** The words between two ends of one comparison: "from £4.85 to £5.05 an hour", "3% or 3.5% of GDP". */
const OTHER_END_GAP = /^\s*(?:to|and|or|-|–|versus|vs\.?|against|compared (?:with|to))\s*$/i;

/** A rate built on the figure's own unit: `GBP per hour` on `GBP`, `percent of GDP` on `percent`. */
function rateOn(unit: string | null, rate: string | null | undefined): boolean {
  return !!unit && !!rate && (rate.startsWith(`${unit} per `) || (unit === 'percent' && rate === 'percent of GDP'));
}

function setRate(f: Figure, unit: string, rule: string): void {
  f.unit = unit;
  f.rule += `+${rule}`;
}

export function spreadRates(text: string, figures: Figure[], sentences: Span[]): void {
  // a story that names GDP anywhere measures its deficits against it (scanned once, when first asked)
  let gdpNamed: boolean | null = null;
  const namesGdp = (): boolean => (gdpNamed ??= GDP_WORDS.test(text));
  for (const f of figures) {
    if (f.unit !== 'percent' || (f.kind !== 'percent' && f.kind !== 'fraction')) continue;
    const sentence = sentences[f.sentence]!;
    const clause = text.slice(f.clause.start, f.clause.end);
    // rate.gdp-ratio: budget and debt ratios are shares of GDP when the story measures against it ("a
    // deficit of 3.2%"); the size of a change ("borrowing rose 3%") is no ratio
    if (f.direction && f.role === 'size') continue;
    // the price of a debt is no share of GDP: "debt at an interest rate of 6%", "bonds yielding 4%"
    if (PRICE_OF_DEBT.test(text.slice(Math.max(sentence.start, f.start - 40), f.start))) continue;
    // a share of something else is no share of GDP: "3.3% of national income", "45% of its loans"
    if (/^\s+of\s/.test(text.slice(f.end, f.end + 4))) continue;
    // a public balance is measured against GDP even when the story does not say so ("a budget deficit of 3.2%")
    if (DEBT_WORDS.test(clause) && (namesGdp() || PUBLIC_BALANCE.test(clause))) {
      setRate(f, 'percent of GDP', 'rate.gdp-ratio');
    }
  }
  // rate.gdp-restated: a share of GDP named again by its value ("... 3% of GDP. France broke the 3% limit")
  const gdpValues = new Set<number>();
  for (const f of figures) {
    if (f.unit === 'percent of GDP') gdpValues.add(f.value);
    else if (f.unit === 'percent' && f.kind === 'percent' && gdpValues.has(f.value) && RATIO_NAMES.test(text.slice(f.clause.start, f.clause.end))) {
      setRate(f, 'percent of GDP', 'rate.gdp-restated');
    }
  }
  // rate.gdp-limit: a limit named by its value in a story of deficits against GDP ("Velmora has broken the 3%
  // ceiling"); not a limit on something else ("the 2% inflation target")
  let debtNamed: boolean | null = null;
  for (const f of figures) {
    if (f.unit !== 'percent' || f.kind !== 'percent' || (f.direction && f.role === 'size')) continue;
    const near = text.slice(f.end, Math.min(f.clause.end, f.end + 30));
    if (!/^\s*(?:[a-z]+\s+)?(?:limits?|ceilings?|caps?|thresholds?|rules?|targets?)\b/i.test(near) || NOT_GDP_LIMIT.test(near)) continue;
    if (NOT_GDP_LIMIT.test(text.slice(f.clause.start, f.start))) continue;
    if (namesGdp() && (debtNamed ??= DEBT_WORDS.test(text))) setRate(f, 'percent of GDP', 'rate.gdp-limit');
  }
  // rate.gdp-continued: a percentage that names nothing else it measures, in the sentence of a share of GDP or
  // the next one, continues it ("Kestria ran a deficit of 3.9%; Velmora, 4.1%", "... 3% of GDP. Kestria's was
  // 3.7% in 2004"); "prices rose 2%" or "a 2% interest rate" measure something else
  let gdpSentence = -2;
  for (const f of figures) {
    if (f.unit === 'percent of GDP') {
      gdpSentence = f.sentence;
      continue;
    }
    if (f.unit !== 'percent' || f.kind !== 'percent' || f.sentence - gdpSentence > 1 || (f.direction && f.role === 'size')) continue;
    const sentence = sentences[f.sentence]!;
    if (/^\s+of\s/.test(text.slice(f.end, f.end + 4))) continue;
    if (OTHER_MEASURE.test(text.slice(sentence.start, sentence.end))) continue;
    setRate(f, 'percent of GDP', 'rate.gdp-continued');
    gdpSentence = f.sentence;
  }
  // rate.earlier-value: an earlier value of a rate is in the rate's unit ("£120 a week, down from £134")
  for (const f of figures) {
    if (f.role === 'baseline' && rateOn(f.unit, f.anchor?.unit)) setRate(f, f.anchor!.unit!, 'rate.earlier-value');
  }
  // rate.other-end: the first end of a comparison or a change takes the denominator written after the
  // second ("from £4.85 to £5.05 an hour", "between 2.9% and 3.4% of GDP"); a size of change keeps its own
  // unit ("rose 5p to 300p a share": the rise is in pence)
  for (let i = figures.length - 2; i >= 0; i--) {
    const f = figures[i]!;
    const next = figures[i + 1]!;
    if (next.sentence !== f.sentence || f.conversionOf || next.conversionOf || (f.direction && f.role === 'size')) continue;
    if (rateOn(f.unit, next.unit) && OTHER_END_GAP.test(text.slice(f.end, next.start))) setRate(f, next.unit!, 'rate.other-end');
  }
}
