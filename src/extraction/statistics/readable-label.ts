// A label a reader understands out of context: a noun phrase of two words or more, never a name alone
// ("Trump"), an adverb ("only") or a function word. The label rules (labels.ts) give what the clause
// says; this makes it readable: it drops leading function words and, when what is left is a name or a
// single word, says what kind of figure it is and whom it is for ("percentage for Sanders").
import type { Figure } from './figure.js';
import { DIRECTION_OF } from './words.js';

/** Words that open no noun phrase: adverbs, determiners, conjunctions, pronouns, auxiliaries. */
const LEADING_NOISE = new Set(
  `only just mere merely below above about around nearly almost some many much more most less least few several
  if when while although though because as so but and or nor yet then also even still already now according having
  being been be is are was were has have had do does did will would could should may might must can we we've i you
  they he she it its it's their his her our my your this that these those there here what which who whom whose
  a an the of in on at to from for by with between among within after before during since until over under into than`.split(/\s+/),
);

const TRAILING_VERBS = new Set('work works worked said says made makes paid pays earned earns spent spends cost costs won lost took takes got gets reached reaches hit hits stood stands totalled totaled came comes'.split(' '));

const CHANGE_HEAD = /^(rise in|fall in|share of|number of) (.*)$/;
const TIME_PHRASE = /^(?:since|in|by|for|from|until|during|after|before)\s+(?:\d{4}|the\s+\w+\s+(?:year|quarter|month)|last\s+\w+)\b,?\s*/i;

/** Leading time phrases and function words off a phrase. */
function stripNoise(phrase: string): string {
  const words = phrase.replace(TIME_PHRASE, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && LEADING_NOISE.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

/** A change verb in the past ("rose", "dropped"), not a change noun ("decline", "pay rise"). */
const isChangeVerb = (word: string): boolean => !!DIRECTION_OF[word] && (/ed$/.test(word) || /^(?:rose|fell|grew|sank|shrank|slid|shed|cut|soared|leapt)$/.test(word));

const CONNECTORS = /^(?:of|and|the|for|de|du|von|van|la|le|&)$/;

/** A name alone: every word capitalised but for connectors ("Standard Chartered", "Bank of England"). */
export function isNameAlone(words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => /^[\p{Lu}\d]/u.test(word) || CONNECTORS.test(word)) && words.some((word) => /^\p{Lu}/u.test(word));
}

/** What kind of figure it is, as a noun phrase. */
function kindNoun(f: Figure): string {
  const unit = f.unit ?? '';
  if (unit === 'percent of GDP') return 'share of GDP';
  if (unit === 'years of age') return 'age in years';
  if (unit.includes(' per ')) return `rate in ${unit}`;
  switch (f.kind) {
    case 'percent':
      return 'percentage';
    case 'points':
      return 'margin in points';
    case 'money':
      return 'sum of money';
    case 'count':
      return unit ? `number of ${unit}` : 'number counted';
    case 'duration':
      return unit ? `length of time in ${unit}` : 'length of time';
    case 'times':
      return 'multiple';
    case 'fraction':
      return 'share';
    case 'rank':
      return 'ranking';
  }
}

/** A readable label from the clause's label, the figure and the entity it is about. */
export function readableLabel(label: string, f: Figure, subject: string | null): string {
  // a bracketed part that starts with a function word says nothing: "viewers (Between)", "staff (to carry)"
  let cleaned = label.replace(/\s*\(([^()]*)\)/g, (part, inner: string) => (LEADING_NOISE.has(inner.split(/\s+/)[0]!.toLowerCase()) ? '' : part));
  // an apposition or a clause after a comma is no part of what is measured: "share of KFB, an agreement"
  const comma = cleaned.indexOf(', ');
  if (comma > 0 && !cleaned.slice(0, comma).includes('(') && cleaned.slice(0, comma).split(' ').length >= 2) cleaned = cleaned.slice(0, comma);
  // "rise in Since 1999 its loans": a time phrase and function words after the change noun say nothing
  cleaned = cleaned.replace(CHANGE_HEAD, (_all, head: string, rest: string) => `${head} ${stripNoise(rest)}`.trim());
  const words = cleaned.replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  while (words.length && LEADING_NOISE.has(words[0]!.toLowerCase())) words.shift();
  // a verb left at the end of the clause's subject: "pension age rose", "drivers work"
  while (words.length && (LEADING_NOISE.has(words.at(-1)!.toLowerCase()) || TRAILING_VERBS.has(words.at(-1)!.toLowerCase()) || isChangeVerb(words.at(-1)!.toLowerCase()))) words.pop();
  if (words.length >= 2 && !isNameAlone(words)) return words.join(' ');
  const kind = kindNoun(f);
  if (words.length === 0) return subject ? `${kind} for ${subject}` : kind.includes(' ') ? kind : `reported ${kind}`;
  const phrase = words.join(' ');
  if (phrase.toLowerCase() === f.unit?.toLowerCase()) return subject ? `${kind} for ${subject}` : kind.includes(' ') ? kind : `reported ${kind}`;
  if (isNameAlone(words)) return `${kind} for ${phrase.replace(/^The\b/, 'the')}`;
  // one common word: "settlement", "deal", "count"
  if (f.kind === 'count' && f.unit && f.unit !== phrase) return `${kind} (${phrase})`;
  if (kind.startsWith(phrase)) return subject ? `${kind} for ${subject}` : `reported ${kind}`;
  return subject ? `${subject} ${phrase}` : `${phrase} ${kind.split(' ')[0]}`;
}
