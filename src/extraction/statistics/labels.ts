// Labels: what a figure measures, in a few words.
import type { Span } from '../types.js';
import type { Figure } from './figure.js';
import { MONTH_RE } from './words.js';

// Labels

export const LEADING_FRAME =
  /^(?:.*\b(?:said|says|say|added|announced|reported|showed|show|shows|suggests|suggested|revealed|found|expects|expected|told\s+\w+)\s+(?:that\s+)?|.*\bthat\s+)/i;
export const CLAUSE_VERBS =
  /\s(?:was|were|is|are|has|have|had|will|would|could|can|may|might|saw|sees|posted|posts|made|makes|took|takes|employs|owns|reported|reports|expects|expected|plans|aims|got|gets|received|raised|spent|gave|paid|pay|reached|remains|remained|stood|stands|said|says|showed|shows|enjoyed|delivering|posting|registering|hit|hits)\b/i;

export function cleanPhrase(s: string): string {
  return s
    .replace(/^[\s,;:"'“”‘’(-]+|[\s,;:"'“”‘’(-]+$/g, '')
    .replace(/^(?:however|meanwhile|overall|nevertheless|in contrast|but|and|so|also|then|still|now|in all|(?:for|over) the (?:year|quarter|period|month) as a whole|while|whereas|although|though|as|if|when)\b,?\s*/i, '')
    .replace(/^(?:for|in|during|throughout|over|by)\s+[^,]{1,30},\s*/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .trim();
}

export function lastWords(s: string, n: number): string {
  const words = s.split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

export function subjectOf(text: string, f: Figure, figures: Figure[]): string {
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

export const PRONOUN = /^(?:it|its|he|she|they|we|i|you|this|that|which|who|there|a|an|the|for|to|in|of|up|and|but|or|so|as|total|amount|part|bulk)$/i;
export const MEASURE_NOUN =
  /^(?:\s*\([^)]*\))?\s+((?:[a-z-]+\s+){0,2}(?:loss|profit|payout|charge|hit|deal|fine|bill|budget|investment|package|payment|contract|fee|salary|bonus|debt|deficit|surplus|stake|share|rise|increase|fall|drop|decline|cut|jump|growth|chance|lead|majority|margin|settlement|fund|grant|loan|bid|offer|price|cost|wage|tax|rate)s?)\b(?:\s+(?:in|of|on|for)\s+((?:[A-Za-z'’-]+\s*){1,3}))?/i;

/** The nearest name before `pos` in the sentence or the one before ("Acme", "Smith & Jones"). */
export function nearestName(text: string, from: number, pos: number): string {
  const names = [...text.slice(from, pos).matchAll(/(?<![.!?]\s|^)\b([A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*)*)/g)]
    .map((m) => m[1].replace(/['’]s$/, ''))
    .filter((name) => !MONTH_RE.test(name) && !PRONOUN.test(name) && !/^(?:Mr|Mrs|Ms|Dr|The|In|On|At|For|But|And|However|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/.test(name));
  return names.at(-1) ?? '';
}

/** Where the figure applies, when a place follows it: "8.3% in Italy". */
export function placeAfter(text: string, f: Figure): string {
  const m = /^\s+in\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){0,3})/.exec(text.slice(f.end, f.end + 50));
  if (!m || MONTH_RE.test(m[1].split(/\s+/)[0]!)) return '';
  return ` in ${m[1]}`;
}

export function labelFor(text: string, f: Figure, sentences: Span[], figures: Figure[]): string {
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

