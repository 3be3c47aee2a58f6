// Number rules for fractions, read as percentages: "a third of", "two thirds", "half of", "one in five".
import { FRACTION_DENOMINATORS, roundFraction, UNITS } from '../numbers.js';
import { endingAt, type NumberRule } from './number-words.js';
import { NP_STOP } from './words.js';

/** Fractions are percentages, to one decimal: "two thirds" is 66.7. */
const asPercent = (share: number): number => Math.round(share * 1000) / 10;

export const FRACTION = /\b(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/i;
export const ONE_IN_TAIL = /(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/iy;
export const ONE_IN = /\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

export const fractionWords: NumberRule = {
  id: 'fraction.words',
  matches: 'a spelled fraction: "a third of", "two thirds", "a quarter of a percentage point"',
  find(text, hits, add) {
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
      const standsAlone = /^\s*(?:[,.;:)]|$|\s+(?:and|or|but|say|said|says|think|thought|believe|agree|agreed|want|wanted|are|were|have|had|would|will|support|oppose|back|backed|supported|opposed|voted|vote|left|quit|chose|preferred|favoured|favored|reported|felt|feel|admitted|do|did|does|could|should|might|may|can|expect|expected|plan|planned|live|lived|work|worked)\b)/.test(after);
      const governed = /\b(?:for|by|to|than|about|nearly|almost|over|around|roughly|just|only|some|least|from|with|is|was|are|were|be|rose|fell|cut|grew|increased|reduced|fallen|risen|dropped)\s+$/i.test(before);
      const nextWord = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
      if (!ofFollows && !(standsAlone && (plural || governed)) && !(governed && nextWord && NP_STOP.has(nextWord))) continue;
      if (/quarters?$/.test(denominatorWord) && !ofFollows) continue; // "the previous three quarters"
      if (/\b(?:the|first|last|next|second|third|fourth)\s+$/i.test(before)) continue;
      const numeratorValue = single ? 1 : UNITS[numerator];
      const share = numeratorValue / FRACTION_DENOMINATORS[denominatorWord];
      const point = /^\s+of\s+a\s+(percentage\s+)?point\b/i.exec(after);
      if (point) {
        // "a quarter of a percentage point"
        add({ numStart: start, numEnd: end, end: end + point[0].length, value: roundFraction(share), spelled: true, kind: 'points', unit: point[1] ? 'percentage points' : 'points', unitCue: 'point' });
        continue;
      }
      add({ numStart: start, numEnd: end, value: asPercent(share), spelled: true, kind: 'fraction', unit: 'percent', unitCue: m[2] });
    }
  },
};

export const fractionHalf: NumberRule = {
  id: 'fraction.half',
  matches: '"half of", "by half", "nearly half"',
  find(text, hits, add) {
    for (const hit of hits.half) {
      const start = hit.start;
      const governedHalf = /\b(?:by|nearly|almost|about|roughly|around|over|than|least|in|is|are|was|were|be)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
      // "half of", "half the", "half their 1990 level", "half owned by"
      if (!governedHalf && !/^\s+(?:of|the|their|its|his|her|our|owned)\b/i.test(text.slice(start + 4, start + 12))) continue;
      if (/\b(?:the|first|second|other|a|one|and)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
      add({ numStart: start, numEnd: start + 4, value: 50, spelled: true, kind: 'fraction', unit: 'percent', unitCue: 'half' });
    }
  },
};

export const fractionOneIn: NumberRule = {
  id: 'fraction.one-in',
  matches: '"one in five", "three out of every ten"',
  find(text, hits, add) {
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
      add({ numStart: m.index!, numEnd: m.index! + m[0].length, value: asPercent(a / b), spelled: /[a-z]/i.test(m[1]), kind: 'fraction', unit: 'percent', unitCue: 'in' });
    }
  },
};
