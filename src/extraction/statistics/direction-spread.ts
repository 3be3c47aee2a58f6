// Directions that one figure lends another in the same sentence, once each figure has read its own cue:
// the same change restated in another unit, a share the change is of, and a level that an apposed change
// noun compares with an earlier one. Each rule names itself in the figure's rule list.
import type { Span } from '../types.js';
import { setDirection } from './direction.js';
import type { Figure } from './figure.js';
import { CHANGE_NOUN_ALT, CHANGE_NOUNS } from './words.js';

/** "rose 20 cents - 1.4% - in", "rose 20 cents (1.4%)": the opening mark before the restated figure. */
const RESTATED_OPEN = /^\s*([-–—(])\s*$/;
const RESTATED_CLOSE: Record<string, RegExp> = { '(': /^\s*\)/, '-': /^\s+[-–—]\s/, '–': /^\s+[-–—]\s/, '—': /^\s*[-–—]/ };
/** "cut 900 jobs, about 8% of its workforce": a share of the whole the change is taken from. */
const SHARE_GAP = /^\s*,\s*(?:or\s+)?$/;
const SHARE_OF = /^\s+of\s+(?:the|its|their|his|her|our|a|an|all)\b/i;
/** "9% of the market, an improvement on its current 4%": a change noun in apposition, compared with before. */
const APPOSED_NOUN = new RegExp(
  `^(?:\\s+(?:of|in|for)\\s+[^,;.\\d()]{1,40})?\\s*,\\s+(?:an?|the)\\s+(?:[a-z]+\\s+)?(${CHANGE_NOUN_ALT})\\s+(?:on|from|over|compared\\s+(?:with|to))\\b`,
  'i',
);

function lend(f: Figure, from: Figure, rule: string): void {
  setDirection(f, from.direction!, from.dirCue!, from.dirCueAt, 'size', from.cueIsNoun);
  f.rule += `+${rule}`;
}

export function spreadDirections(text: string, figures: Figure[], sentences: Span[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i]!;
    const prev = figures[i - 1]!;
    if (f.direction || f.conversionOf || f.role === 'baseline' || prev.sentence !== f.sentence) continue;
    const anchor = prev.conversionOf ?? prev;
    if (!anchor.direction || anchor.role !== 'size') continue;
    const gap = text.slice(prev.end, f.start);
    const after = text.slice(f.end, f.end + 20);
    // direction.restated: the size of a change given again in another unit, between dashes or in brackets
    const open = RESTATED_OPEN.exec(gap);
    if (open && f.unit !== anchor.unit && RESTATED_CLOSE[open[1]!]!.test(after)) {
      lend(f, anchor, 'direction.restated');
      continue;
    }
    // direction.share-of-change: "cut 900 jobs, about 8% of its workforce"
    if (f.kind === 'percent' && anchor.kind !== 'percent' && SHARE_GAP.test(gap) && SHARE_OF.test(after)) lend(f, anchor, 'direction.share-of-change');
  }
  // direction.apposed-noun: "9% of the market, an improvement on its current 4%" is a new level
  for (const f of figures) {
    if (f.direction || f.conversionOf || f.role === 'baseline') continue;
    const sentence = sentences[f.sentence]!;
    const m = APPOSED_NOUN.exec(text.slice(f.end, Math.min(sentence.end, f.end + 100)));
    if (!m) continue;
    setDirection(f, CHANGE_NOUNS[m[1]!.toLowerCase()]!, m[1]!, f.end + m.index + m[0].indexOf(m[1]!), 'level', true);
    f.rule += '+direction.apposed-noun';
  }
}
