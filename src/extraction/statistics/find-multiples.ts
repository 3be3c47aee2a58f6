// Number rules for multiples and rankings: "twice as many", "fourfold", "doubling", "third largest".
import { NUMBER_WORD, ORDINAL_WORD, ORDINALS, parseNumberWords } from '../numbers.js';
import { endingAt, SUPERLATIVES, type NumberRule } from './number-words.js';

export const RANK = new RegExp(`\\b(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))[-\\s](${SUPERLATIVES})$`, 'i');
export const RANK_VERB = new RegExp(`(?:came|finished|placed|ranked|ranks|ranking|comes|finishes|finishing|coming)\\s+(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))\\b`, 'iy');
export const MULTIPLE = /(twice|double|triple|treble|quadruple)(?=\s+(?:as|the|that|what|its|their|his|her|our|this|last|a)\b)/iy;
export const FOLD = new RegExp(`\\b(${NUMBER_WORD})fold\\b`, 'gi');
export const MULTIPLY_VERB = /(?:doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)\b/iy;

export const rankSuperlative: NumberRule = {
  id: 'rank.superlative',
  matches: 'an ordinal before a superlative: "third largest", "2nd-biggest"',
  find(text, hits, add) {
    for (const hit of hits.rank) {
      if (!/[-\s]/.test(text[hit.start - 1] ?? '')) continue;
      const m = endingAt(text, hit.end, RANK, 40);
      if (!m) continue;
      const ordinal = m[1].toLowerCase();
      const value = ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10);
      add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'rank', unit: 'rank', unitCue: m[2] });
    }
  },
};

export const rankVerb: NumberRule = {
  id: 'rank.verb',
  matches: 'an ordinal after a ranking verb: "came third", "ranked 4th"',
  find(text, hits, add) {
    for (const hit of hits.rankVerb) {
      RANK_VERB.lastIndex = hit.start;
      const m = RANK_VERB.exec(text);
      if (!m) continue;
      const ordinal = m[1].toLowerCase();
      const start = m.index! + m[0].length - m[1].length;
      add({ numStart: start, numEnd: start + m[1].length, value: ORDINALS[ordinal] ?? Number.parseInt(ordinal, 10), spelled: true, kind: 'rank', unit: 'rank', unitCue: m[1] });
    }
  },
};

export const multiplierWord: NumberRule = {
  id: 'multiplier.word',
  matches: '"twice as many", "double the", "triple what"',
  find(text, hits, add) {
    for (const hit of hits.multiple) {
      MULTIPLE.lastIndex = hit.start;
      const m = MULTIPLE.exec(text);
      if (!m) continue;
      const value = { twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4 }[m[1].toLowerCase()]!;
      if (m[1].toLowerCase() !== 'twice' && /\b(?:a|the|to)\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue; // "a double act"
      add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[1] });
    }
  },
};

export const multiplierFold: NumberRule = {
  id: 'multiplier.fold',
  matches: 'a spelled multiple in one word: "fourfold", "tenfold", "a twofold rise"',
  find(text, _hits, add) {
    if (!/fold\b/i.test(text)) return;
    for (const m of text.matchAll(FOLD)) {
      const value = parseNumberWords([m[1]!.toLowerCase()]);
      if (value !== null && value > 1) add({ numStart: m.index!, numEnd: m.index! + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[0] });
    }
  },
};

export const multiplierVerb: NumberRule = {
  id: 'multiplier.verb',
  matches: 'a change by a multiple: "doubling aid", "hoped to double", "more than double", "profits tripled"',
  find(text, hits, add) {
    for (const hit of hits.multiplyVerb) {
      MULTIPLY_VERB.lastIndex = hit.start;
      const m = MULTIPLY_VERB.exec(text);
      if (!m) continue;
      const start = m.index;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(start + m[0].length, start + m[0].length + 20);
      // "double down" (to persist) and "doubled as a" (served as) are idioms, no change
      if (/^-|^\s+(?:digits?|standards?|act|acts|agents?|bed|beds|rooms?|glazing|dip|whammy|check|jeopardy|figures|decker|time|bill|down|as\s+an?)\b/i.test(after)) continue;
      // "a double", "the treble": nouns; "double" and "triple" count as verbs after a modal, "to" or "than";
      // but "a doubling of its fleet", "the tripling of fees" name the change
      if (/\b(?:a|an|the)\s+$/i.test(before) && !/ing$/i.test(m[0])) continue;
      if (/^(?:double|triple|treble|quadruple)$/i.test(m[0]) && !/\b(?:to|will|would|could|can|may|might|should|than|nearly|almost)\s+$/i.test(before) && !/^(?:[\s"“]*)$/.test(before.slice(-2))) continue;
      const value = /^doubl/i.test(m[0]) ? 2 : /^(?:tripl|trebl)/i.test(m[0]) ? 3 : 4;
      add({ numStart: start, numEnd: start + m[0].length, value, spelled: true, kind: 'times', unit: 'times', unitCue: m[0], change: 'INCREASE' });
    }
  },
};

/** "by two to one", "a three-to-one majority": a ratio, in times (README of the corpus: "two to one" gives 2). */
const RATIO = new RegExp(`\\b(?:(by|of|a|nearly|almost|more than|about)\\s+)?(${NUMBER_WORD}|\\d+)[\\s-]to[\\s-]one\\b(\\s+(?:majority|margin|against|in favour|in favor|vote|lead))?`, 'gi');

export const multiplierRatio: NumberRule = {
  id: 'multiplier.ratio',
  matches: 'a ratio to one: "backed it by two to one", "a three-to-one majority"; not "fell from two to one"',
  find(text, _hits, add) {
    if (!/to[\s-]one\b/i.test(text)) return;
    for (const m of text.matchAll(RATIO)) {
      if (!m[1] && !m[3]) continue;
      const value = /^\d+$/.test(m[2]!) ? Number.parseInt(m[2]!, 10) : parseNumberWords([m[2]!.toLowerCase()]);
      if (value === null || value < 2) continue;
      const start = m.index! + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
      const end = start + m[0].slice(start - m.index!).replace(/\s+(?:majority|margin|against|in favou?r|vote|lead)$/i, '').length;
      add({ numStart: start, numEnd: end, value, spelled: !/^\d/.test(m[2]!), kind: 'times', unit: 'times', unitCue: 'to one' });
    }
  },
};
