// Reading the unit around a number: its scale, then the first unit rule that reads it (%, points, a
// currency sign or word, "times", a duration, the counted noun...). Each rule has an id, recorded on the
// statistic, and a confidence.
import { NUMBER_WORD, SCALE_SUFFIX, tidy } from '../numbers.js';
import type { Kind, NounPhrase, Reading } from './figure.js';
import { withDenominator } from './rates.js';
import { AMBIGUOUS_CURRENCY, CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_WORD_RE, CURRENCY_WORDS, IRREGULAR_PLURALS, NOT_PLURAL, NOT_CLASSIFIERS, NP_LEADERS, NP_STOP, ROLE_HEADS, TIME_UNITS } from './words.js';

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
  for (let i = 0; i < 6; i++) {
    const m = word.exec(text);
    if (!m) break;
    const w = m[1];
    const lower = w.toLowerCase();
    // np.coordinated-modifiers: "300 civil and military firms", "40 public or private hospitals"; the words
    // before "and" are modifiers (a plural there would have ended the phrase: "300 jobs and 40 shops")
    if ((lower === 'and' || lower === 'or') && i > 0 && !NP_LEADERS.has(words[i - 1]!.toLowerCase())) {
      words.push(w);
      continue;
    }
    if (i >= 4 && !words.some((x) => x === 'and' || x === 'or')) break;
    if (NP_STOP.has(lower) && !(i === 0 && NP_LEADERS.has(lower))) break;
    if (/['’]s$/.test(w)) break;
    const capital = /^[A-Z]/.test(w);
    // a name ("10 Downing Street"), but not a plural acronym after a modifier ("14 Liberal MPs")
    if (capital && previousCapital && !/^[A-Z]{2,}s$/.test(w)) {
      // np.name-then-head: a name of several words before what it names: "13,000 Special Operations forces"
      const rest = /^(?:\s+[A-Z][A-Za-z'’-]*){0,3}/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))![0];
      if (/\b(?:Street|St|Road|Rd|Avenue|Lane|Square|Place|Way|Drive|Terrace)$/.test(w + rest)) return null; // "10 Downing Street staff"
      const named = namedHead(text, m.index + m[0].length + rest.length);
      return named ? { end: named.end, text: text.slice(pos, named.end).trim(), head: named.head, words: [...words, w, ...rest.trim().split(/\s+/).filter(Boolean), ...named.words] } : null;
    }
    previousCapital = capital;
    words.push(w);
    end = m.index + m[0].length;
    if (TIME_UNITS[lower]) return null; // "24 Hours" (a title) or a duration
    // count.demonym: "700 million Chinese", "40,000 Swiss" count people, unless a plural follows ("Chinese workers")
    if (DEMONYM.test(w) && !isPluralNoun(w)) {
      const next = word.exec(text);
      word.lastIndex = end;
      if (!next || !isPluralNoun(next[1]) || NP_STOP.has(next[1].toLowerCase())) return { end, text: text.slice(pos, end).trim(), head: w, words };
      continue;
    }
    // a name before what it names: "150 Robosapiens remote control robots" counts robots
    if (isPluralNoun(w) && /^[A-Z][a-z]/.test(w)) {
      const named = namedHead(text, end);
      if (named) return { end: named.end, text: text.slice(pos, named.end).trim(), head: named.head, words: [...words, ...named.words] };
    }
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

/** The lower-case plural within three words after a capitalised one ("remote control robots"), or null. */
function namedHead(text: string, pos: number): { end: number; head: string; words: string[] } | null {
  const word = /\s+([a-z][a-z'’-]*[a-z])\b/y;
  word.lastIndex = pos;
  const words: string[] = [];
  for (let i = 0; i < 3; i++) {
    const m = word.exec(text);
    if (!m || NP_STOP.has(m[1]!) || TIME_UNITS[m[1]!]) return null;
    words.push(m[1]!);
    if (isPluralNoun(m[1]!)) {
      // a plural used as a modifier: "five Dallas police officers" count officers
      const next = word.exec(text);
      if (next && isPluralNoun(next[1]!) && !NP_STOP.has(next[1]!) && !TIME_UNITS[next[1]!]) return { end: next.index + next[0].length, head: next[1]!, words: [...words, next[1]!] };
      return { end: m.index + m[0].length, head: m[1]!, words };
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

/** What a unit rule sees: the number, its scale, the currency sign before it. */
interface UnitContext {
  text: string;
  numStart: number;
  numEnd: number;
  /** Where the unit is read from: after the number and its scale. */
  pos: number;
  value: number;
  scaled: boolean;
  spelled: boolean;
  currency: { code: string; start: number; cue: string } | null;
  /** The pattern, anchored at `pos`. */
  sticky(re: RegExp): RegExpExecArray | null;
  reading(kind: Kind, unit: string | null, unitCue: string | null, end?: number): Reading;
}

/** A reading; `null` when the number is not a quantity ("three-year plan", "18 years old"); `undefined` when the rule does not apply. */
type UnitRead = Reading | null | undefined;

export interface UnitRule {
  id: string;
  /** The form it reads, with examples. */
  matches: string;
  confidence: number;
  read(c: UnitContext): UnitRead;
}

const RANGE_AHEAD = new RegExp(`\\s+(?:to|or|and)\\s+(?:\\d|(?:${NUMBER_WORD})\\b)`, 'iy');
const MEASURE_AFTER = /[\s-](megapixel|gigabyte|megabyte|terabyte|kilobyte|megawatt|gigawatt|kilowatt|tonne|kilometre|kilometer|mile|litre|barrel|hectare|acre)s?\b/iy;
/**
 * Nouns of something that lasts, whose length is the quantity reported: "an 18-month fight"; the term of an
 * agreement is one of its terms ("a 10-year contract", "a 30-day ceasefire", "a three-year, £4.5m deal").
 */
const LASTING = /^(?:,\s+[£$€]?\d[\d.,]*[a-z]{0,2})?\s+(?:[a-z]+\s+)?(?:fight|battle|campaign|struggle|strike|stand-?off|siege|war|dispute|delay|wait|investigation|inquiry|probe|search|hunt|ban|freeze|moratorium|suspension|sentence|jail term|trial|talks|negotiations|meeting|debate|hearing|saga|journey|stay|absence|break|shutdown|closure|outage|stoppage|contract|deal|agreement|ceasefire|truce|lease|loan|sponsorship|tenancy|franchise|licence|license)\b/;
/** Units of measure written short, and the unit they give. */
const MEASURE_NAMES: Record<string, string> = {
  km: 'kilometres', kg: 'kilograms', cm: 'centimetres', mm: 'millimetres', mph: 'miles per hour', ft: 'feet', kW: 'kilowatts', MW: 'megawatts', GW: 'gigawatts',
};
/** "Of the 300 nurses, " before a number: the whole it is part of, with its plural noun. */
const PARTITIVE = /\b[Oo]f\s+(?:the|its|their|these|those|all|[A-Z][\w.-]*['’]s|(?:the\s+)?[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k))?\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s),\s*$/;
/** The first side of a vote tally right before a number: "by 31 votes to ", "six votes to ". */
const VOTE_TALLY = new RegExp(`(?:\\d[\\d,]*|\\b(?:${NUMBER_WORD}))\\s+votes?\\s+to\\s+$`, 'i');
/** A vote verb right before a tally: "voted 9 to 4", "by a vote of 5 to 2", "passed by 316 to 283"; and the first side of that tally. */
const VOTED = /\b(?:(?:voted|vote\s+of|votes\s+of)\s+(?:by\s+)?|(?:passed|approved|rejected|carried|defeated|backed|endorsed|confirmed|thrown\s+out)\s+(?:by\s+)?)$/i;
const TALLY_AHEAD = new RegExp(`\\s+to\\s+(?:\\d|(?:${NUMBER_WORD})\\b)`, 'iy');
const VOTED_FIRST = new RegExp(`\\b(?:(?:voted|vote\\s+of|votes\\s+of)\\s+(?:by\\s+)?|(?:passed|approved|rejected|carried|defeated|backed|endorsed|confirmed|thrown\\s+out)\\s+(?:by\\s+)?)(?:\\d[\\d,]*|(?:${NUMBER_WORD}))\\s+to\\s+$`, 'i');
/** People named by where they are from: "3 million Africans" counts people; a party, a church or a team is no demonym ("10 Republicans"). */
const DEMONYM = /^(?:(?!(?:Republic|Anglic|Luther|Purit|Samarit|Spart|Tit|Troj)ans$)[A-Z][a-z]+(?:ans|ese)|Britons|Scots|Danes|Swedes|Finns|Poles|Turks|Greeks|Arabs|Kurds|Thais|Swiss|French|Dutch|Irish|Welsh|English)$/;

/**
 * The unit of a count: its head noun ("1,200 permanent jobs": jobs; "800 local council workers": workers),
 * with the one word before it when the head is a role or a generic kind that says little alone ("Cabinet
 * members", "TV stations", "mobile users"); "job losses" count jobs, "Africans" people (README, "Statistic
 * units").
 */
export function countedUnit(np: NounPhrase): string {
  const head = np.head;
  if (DEMONYM.test(head)) return 'people';
  const modifiers = np.words.slice(0, np.words.lastIndexOf(head)).filter((w) => !NP_LEADERS.has(w.toLowerCase()));
  if (modifiers.length === 1 && /^jobs?$/i.test(modifiers[0]!) && /^(?:losses|cuts|redundancies)$/i.test(head)) return 'jobs';
  // the word right before the head names its kind, whatever comes before it ("25 EU member states")
  const last = modifiers.at(-1);
  if (last && isRoleHead(head) && isClassifier(last)) return `${last} ${head}`;
  return head;
}

/** count.role-head: "members", "stations", "drugmakers" (see ROLE_HEADS). */
function isRoleHead(head: string): boolean {
  const lower = head.toLowerCase();
  return ROLE_HEADS.has(lower) || /^[a-z]{3,}makers$/.test(lower);
}

/**
 * A word that names the kind of a role head ("Cabinet", "TV", "retail", "member"): one plain word, not
 * hyphenated ("middle-class consumers" are consumers), not a descriptive or ordering word ("former",
 * "key"), not an "-ly" word ("monthly"), not a name ("Orlen customers", "French customers").
 */
function isClassifier(word: string): boolean {
  // a capitalised word is a name ("300 Orlen customers" are customers), unless it names an institution
  if (/^[A-Z][a-z]/.test(word)) return INSTITUTIONS.has(word);
  return /^(?:[a-z]+|[A-Z]{2,})$/.test(word) && !NOT_CLASSIFIERS.has(word) && !/ly$/.test(word);
}

/** Capitalised common nouns of institutions, which name a kind ("Cabinet members", "Senate seats"). */
const INSTITUTIONS = new Set(['Cabinet', 'Commons', 'Lords', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Council', 'Board', 'Army', 'Navy', 'Government', 'Shadow']);

/** Pesos are the currency of the country the story names. */
const PESO_COUNTRIES: [RegExp, string][] = [[/\bArgentin/, 'ARS'], [/\bMexic/, 'MXN'], [/\bChile/, 'CLP'], [/\bColombia/, 'COP'], [/\bPhilippin|\bFilipino/, 'PHP'], [/\bCuba/, 'CUP'], [/\bUruguay/, 'UYU']];
function pesoOf(text: string): string | null {
  const found = PESO_COUNTRIES.filter(([pattern]) => pattern.test(text));
  return found.length === 1 ? found[0]![1] : null;
}

/** Francs are Swiss in a story about Switzerland that names no other franc country. */
function francOf(text: string): string | null {
  return /\b(?:Swiss|Switzerland|Zurich|Geneva|Basel|Bern|Lausanne|Lugano)\b/.test(text) && !/\b(?:Franc[ei]|French|Belgi\w*|CFA|Congo\w*|Rwand\w*|Burundi)\b/.test(text) ? 'CHF' : null;
}

const CONTAINERS = /^(?:batches|rounds|sets|pairs|pieces|packs|packets|boxes|bottles|cans|bags|sacks|crates|cartons|cups|glasses|slices|sheets|loads|lorryloads|truckloads|tranches|waves|series)$/i;
const CONTAINED = /\s+of\s+([a-z][a-z-]*)\b/y;
const noCurrency = (reading: Reading): Reading => ({ ...reading, currencyStart: null });

/** In order; the first rule that gives an answer wins. */
export const UNIT_RULES: UnitRule[] = [
  { id: 'percent.sign', matches: '"24%"', confidence: 0.95, read: (c) => { const m = c.sticky(/\s?%/y); return m ? noCurrency(c.reading('percent', 'percent', '%', c.pos + m[0].length)) : undefined; } },
  {
    id: 'points.percentage', matches: '"2 percentage points", "0.5 of a percentage point"', confidence: 0.85,
    read: (c) => { const m = c.sticky(/[\s-](?:of\s+a\s+)?(percentage points?|per ?cent(?:age)? points?)\b/iy); return m ? noCurrency(c.reading('points', 'percentage points', m[1]!, c.pos + m[0].length)) : undefined; },
  },
  { id: 'percent.word', matches: '"24 percent", "24 per cent", "24 pct"', confidence: 0.95, read: (c) => { const m = c.sticky(/[\s-](percent|per cent|per-cent|pct)\b/iy); return m ? noCurrency(c.reading('percent', 'percent', m[1]!, c.pos + m[0].length)) : undefined; } },
  { id: 'points.word', matches: '"12 points"', confidence: 0.85, read: (c) => { const m = !c.currency && c.sticky(/[\s-](points?|pts)\b/iy); return m ? c.reading('points', 'points', m[1]!, c.pos + m[0].length) : undefined; } },
  { id: 'money.sign', matches: 'a currency sign or code before: "£3.2bn", "US$5", "USD 40m"', confidence: 0.95, read: (c) => (c.currency ? c.reading('money', c.currency.code, c.currency.cue) : undefined) },
  { id: 'money.pence', matches: '"40p"', confidence: 0.95, read: (c) => (!c.spelled && !c.scaled && c.sticky(/p(?![A-Za-z])/y) ? c.reading('money', 'pence', 'p', c.pos + 1) : undefined) },
  {
    id: 'money.word', matches: 'a currency word after: "1.5bn euros", "300 Swiss francs", "5bn won"', confidence: 0.95,
    read: (c) => {
      const m = c.sticky(CURRENCY_WORD_RE);
      if (!m) return undefined;
      const phrase = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const last = phrase.split(' ').at(-1)!;
      if (AMBIGUOUS_CURRENCY.has(last) && !c.scaled) return undefined;
      const code = CURRENCY_ADJECTIVES[phrase] ?? (/^pesos?$/.test(phrase) ? pesoOf(c.text) : /^francs?$/.test(phrase) ? francOf(c.text) : null) ?? CURRENCY_WORDS[last]!;
      return c.reading('money', code, m[1]!, c.pos + m[0].length);
    },
  },
  {
    id: 'money.code-after', matches: '"40m USD"', confidence: 0.95,
    read: (c) => { const m = c.sticky(/\s(?:USD|GBP|EUR|JPY|CNY|CHF|BRL|INR|CAD|AUD)\b/y); return m ? c.reading('money', m[0].trim(), m[0].trim(), c.pos + m[0].length) : undefined; },
  },
  { id: 'times.word', matches: '"three times", "fourfold", "4-fold", "10 fold"', confidence: 0.8, read: (c) => { const m = c.sticky(/\s+times\b|[-\s]?fold\b/y); return m ? c.reading('times', 'times', m[0].trim().replace(/^-/, ''), c.pos + m[0].length) : undefined; } },
  {
    id: 'measure.temperature', matches: '"2C", "35°C", "95F", "3 degrees Celsius", "40 degrees" (a temperature when no other unit follows)', confidence: 0.8,
    read: (c) => {
      const m = c.sticky(/(?:\s?°\s?)?([CF])(?![A-Za-z])|[\s-]degrees?(?:\s+(Celsius|centigrade|Fahrenheit|C|F)(?![A-Za-z]))?/y);
      if (!m || c.currency || c.scaled) return undefined;
      const scale = (m[1] ?? m[2] ?? '').toLowerCase();
      const unit = scale.startsWith('f') ? 'degrees Fahrenheit' : scale ? 'degrees Celsius' : 'degrees';
      return c.reading('count', unit, m[0].trim(), c.pos + m[0].length);
    },
  },
  {
    id: 'measure.abbreviation', matches: 'a unit of measure written short: "12km", "5 kg", "70mph", "400MW"', confidence: 0.8,
    read: (c) => {
      const m = c.sticky(/\s?(km|kg|cm|mm|mph|ft|kW|MW|GW)(?![A-Za-z])/y);
      return m && !c.currency ? c.reading('count', MEASURE_NAMES[m[1]!]!, m[1]!, c.pos + m[0].length) : undefined;
    },
  },
  { id: 'not.suspended-hyphen', matches: '"14- and 15-year-olds"', confidence: 0, read: (c) => (c.sticky(/-\s/y) ? null : undefined) },
  {
    id: 'modifier.hyphen', matches: '"10-point lead", "66-seat majority", "5,000-strong"; "three-year plan" is no quantity', confidence: 0.8,
    read: (c) => {
      const m = c.sticky(/-([a-z]+)/y);
      if (!m) return undefined;
      const word = m[1]!;
      const end = c.pos + m[0].length;
      if (word === 'point') return c.reading('points', 'points', 'point', end);
      if (word === 'strong') return c.reading('count', null, 'strong', end);
      if (word === 'seat' || word === 'vote') return c.reading('count', `${word}s`, word, end);
      // a duration that is the quantity: "an 18-month fight", "a 90-minute meeting", "a six-week strike"; not
      // the scope of a plan or a week ("a three-year plan", "a three-day week"): README of the corpus
      if (TIME_UNITS[word] && LASTING.test(c.text.slice(end, end + 30))) return c.reading('duration', TIME_UNITS[word]!, word, end);
      return null;
    },
  },
  { id: 'not.age', matches: '"65 years old", "25 to 34 year olds"', confidence: 0, read: (c) => (c.sticky(/\s+(?:years?[\s-]+olds?|years? of age)\b/y) || c.sticky(/\s+(?:to|and|or)\s+\d+[\s-]+years?[\s-]+olds?\b/y) ? null : undefined) },
  {
    id: 'duration', matches: '"six months", "35 hours"; not "two years ago", "five days after the vote"', confidence: 0.55,
    read: (c) => {
      // "two working days", "three school weeks"
      const m = c.sticky(/\s+(?:(?:working|business|calendar|school|full|whole|consecutive)\s+)?([a-z]+)\b/y);
      if (!m || !TIME_UNITS[m[1]!]) return undefined;
      if (c.sticky(/\s+[a-z]+\s+(?:ago|old|earlier|later|before now|from now|in a row|running|straight)\b/y)) return null;
      if (c.sticky(/\s+[a-z]+\s+(?:after|before|ahead of|prior to)\s+(?:(?:the|a|an|his|her|its|their|this|that)\b|\d|[A-Z])/y)) return null;
      return c.reading('duration', TIME_UNITS[m[1]!]!, m[1]!, c.pos + m[0].length);
    },
  },
  {
    id: 'count.square-measure', matches: 'an area: "8,000 square miles", "40 sq km"', confidence: 0.8,
    read: (c) => {
      const m = c.sticky(/\s+(?:square|sq)\s+(mile|kilometre|kilometer|km|metre|meter|foot|feet|yard)s?\b/iy);
      if (!m) return undefined;
      const unit = ({ km: 'kilometres', kilometer: 'kilometres', meter: 'metres', foot: 'feet', feet: 'feet' } as Record<string, string>)[m[1]!.toLowerCase()] ?? `${m[1]!.toLowerCase()}s`;
      return c.reading('count', `square ${unit}`, m[0].trim(), c.pos + m[0].length);
    },
  },
  {
    id: 'count.measure', matches: 'a unit of measure written singular as a modifier: "two megapixel", "four gigabyte", "a 40-tonne"', confidence: 0.8,
    read: (c) => {
      const m = c.sticky(MEASURE_AFTER);
      return m ? c.reading('count', `${m[1]!.toLowerCase()}s`, m[1]!, c.pos + m[0].length) : undefined;
    },
  },
  {
    id: 'count.vote-tally', matches: 'a side of a vote tally: "by 31 votes to 7", "by six votes to one", "voted 9 to 4", "by a vote of 5 to 2"', confidence: 0.8,
    read: (c) => {
      if (c.scaled) return undefined;
      const before = c.text.slice(Math.max(0, c.numStart - 40), c.numStart);
      if (!/\b(?:vot|passed|approved|rejected|carried|defeated|backed|endorsed|confirmed|thrown)/i.test(before) && !/\bvot/i.test(c.text.slice(c.numEnd, c.numEnd + 8))) return undefined;
      const tally = VOTE_TALLY.test(before) || (VOTED.test(before) && c.sticky(TALLY_AHEAD)) || VOTED_FIRST.test(before);
      return tally && !nounPhraseAt(c.text, c.pos) ? c.reading('count', 'votes', 'votes') : undefined;
    },
  },
  {
    id: 'count.partitive', matches: 'the part of a counted whole: "Of the 360 million households, 100 million receive ..."; not "..., 40 nurses left"', confidence: 0.7,
    read: (c) => {
      if (c.scaled && !c.spelled && c.value < 1000) return undefined;
      const whole = PARTITIVE.exec(c.text.slice(Math.max(0, c.numStart - 120), c.numStart));
      if (!whole) return undefined;
      const np = nounPhraseAt(c.text, c.pos);
      if (np && isPluralNoun(np.words[0]!)) return undefined;
      return c.reading('count', whole[1]!, whole[1]!);
    },
  },
  {
    id: 'count.noun', matches: 'the counted noun phrase after: "1,200 jobs", "four marginal seats", "4,000 more nurses"', confidence: 0.8,
    read: (c) => {
      if (c.scaled && !c.spelled && c.value < 1000) return undefined;
      const np = nounPhraseAt(c.text, c.pos);
      if (!np) return undefined;
      // "two batches of promises", "three rounds of talks": a container counts with what it holds
      CONTAINED.lastIndex = np.end;
      const held = CONTAINERS.test(np.head) ? CONTAINED.exec(c.text) : null;
      if (held) return { ...c.reading('count', `${np.head} of ${held[1]}`, np.head, held.index + held[0].length), noun: `${np.text} of ${held[1]}`, nounWords: np.words };
      return { ...c.reading('count', countedUnit(np), np.head, np.end), noun: np.text, nounWords: np.words };
    },
  },
  {
    id: 'range.first-end.words', matches: 'a spelled first end whose second end gives the unit: "two to three months", "two or three megapixel"', confidence: 0.7,
    read: (c) => (c.spelled && !c.scaled && c.sticky(RANGE_AHEAD) ? { ...c.reading('count', null, null), bare: true, rangeHead: true } : undefined),
  },
  {
    id: 'range.first-end', matches: 'the first end of a range takes the unit of the second: "5 to 10%", "between 3 and 4 million"', confidence: 0.8,
    read: (c) => {
      if (c.spelled || c.scaled || c.value > 100) return undefined;
      const m = c.sticky(/\s*(-|–|to|and|or)\s*\d[\d,]*(?:\.\d+)?\s?(%|percent|per cent|million|billion|bn|m)(?![A-Za-z])/iy);
      if (!m) return undefined;
      const second = m[2]!.toLowerCase();
      if (!(second in SCALE_SUFFIX)) return noCurrency(c.reading('percent', 'percent', m[2]!));
      // "rose 14,000 to 2.3 million" is a change and its new level, not a range
      const range = m[1] !== 'to' || /\b(?:between|from)\s+(?:about\s+|around\s+|some\s+)?$/i.test(c.text.slice(Math.max(0, c.numStart - 20), c.numStart));
      return range ? { ...c.reading('count', null, null), value: tidy(c.value * SCALE_SUFFIX[second]!), scaled: true, bare: true } : undefined;
    },
  },
  {
    id: 'not.metres', matches: '"the 100m race": millions in business and politics, metres in sport', confidence: 0,
    read: (c) => (!c.spelled && c.scaled && /^m$/i.test(c.text.slice(c.numEnd, c.pos)) && c.sticky(/\s+(?:race|sprint|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|final|tall|long|high|deep|wide|away|above|below|from)\b/y) ? null : undefined),
  },
];

/** The context of one number; methods rather than closures, as it is made for every number of a story. */
class Context implements UnitContext {
  constructor(
    readonly text: string,
    readonly numStart: number,
    readonly numEnd: number,
    readonly pos: number,
    readonly value: number,
    readonly scaled: boolean,
    readonly spelled: boolean,
    readonly currency: { code: string; start: number; cue: string } | null,
  ) {}

  sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    return re.exec(this.text);
  }

  reading(kind: Kind, unit: string | null, unitCue: string | null, end = this.pos): Reading {
    return {
      end, value: this.value, unit, kind, unitCue, noun: null, nounWords: [], bare: false, scaled: this.scaled,
      currencyStart: this.currency?.start ?? null, rule: '', confidence: 0,
    };
  }
}

const BARE_RULE: UnitRule = { id: 'count.bare', matches: 'a number with no unit in the text ("rose 14,000 to ...")', confidence: 0.6, read: (c) => ({ ...c.reading('count', null, null), bare: true }) };
const ALL_UNIT_RULES = [...UNIT_RULES, BARE_RULE];

/**
 * Reads the unit after (and currency before) a number by the first unit rule that answers, then a
 * rate's denominator ("a week", "per share", "of GDP"). Null when the number is no quantity.
 */
function stickyAt(text: string, pos: number, re: RegExp): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function readUnit(text: string, numStart: number, numEnd: number, base: number, spelled: boolean): Reading | null {
  let pos = numEnd;
  let value = base;
  let scaled = false;
  let m: RegExpExecArray | null;
  // scale: "4.1bn", "750m", "2.3 million"
  if (!spelled && (m = stickyAt(text, pos, /(bn|mn|mln|bln|tn|trn|m|k)(?![A-Za-z])/y))) {
    value = tidy(value * SCALE_SUFFIX[m[1]!.toLowerCase()]!);
    pos += m[0].length;
    scaled = true;
  } else if ((m = stickyAt(text, pos, /\s?(million|billion|trillion|thousand|bn|mn|lakhs?|crores?)\b/y))) {
    value = tidy(value * SCALE_SUFFIX[m[1]!.toLowerCase()]!);
    pos += m[0].length;
    scaled = true;
  } else if (spelled && /\b(?:million|billion|trillion|thousand|hundred)$/i.test(text.slice(numStart, numEnd))) {
    scaled = true;
  }
  const context = new Context(text, numStart, numEnd, pos, value, scaled, spelled, currencyBefore(text, numStart));
  for (const rule of ALL_UNIT_RULES) {
    const reading = rule.read(context);
    if (reading === undefined) continue;
    if (reading === null) return null;
    return withDenominator(text, { ...reading, rule: rule.id, confidence: rule.confidence }, numStart);
  }
  return null;
}
