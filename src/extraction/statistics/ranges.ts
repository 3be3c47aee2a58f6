// Ranges are one statistic: "between £4m and £5m", "2.5% to 2.8%", "4-4.5%", "two to three months",
// "30,000 to 50,000 polygons", "two or three megapixel". The upper end becomes `valueMax` of the first
// figure and is never a statistic of its own.
import type { Figure } from './figure.js';

interface RangeRule {
  id: string;
  /** The words between the two ends. */
  joint: RegExp;
  /** Whether the text before the lower end allows this joint to make a range. */
  opens(before: string, low: Figure, high: Figure): boolean;
}

const tookUnit = (low: Figure) => low.rule.endsWith('+range.first-end');
const BETWEEN = /\bbetween\s+["“]?(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;

export const RANGE_RULES: RangeRule[] = [
  { id: 'range.between', joint: /^\s+and\s+$/i, opens: (before) => BETWEEN.test(before) },
  // "rose from 5% to 7%" is a change, handled by the direction rules: "from" never opens a range here.
  // a lower end that took its unit from the upper one ("rose by 3 to 5%") is a range even after a change verb
  { id: 'range.to', joint: /^\s*(?:to|[-–])\s*$/i, opens: (before, low) => !/\bfrom\s+(?:about\s+|around\s+)?$/i.test(before) && (!low.direction || tookUnit(low)) },
  // "prices ranging from £19 to £29"
  { id: 'range.ranging-from', joint: /^\s*(?:to|[-–])\s*$/i, opens: (before) => /\brang(?:e|es|ed|ing)\s+from\s+$/i.test(before) },
  // "one or two", "two or three megapixel": small spelled alternatives.
  { id: 'range.or', joint: /^\s+or\s+$/i, opens: (_before, low, high) => low.spelled && high.spelled && high.value - low.value <= Math.max(1, low.value) },
];

/** Ends of one range: the same kind (or a lower end that took its unit from the upper one) and low < high. */
function sameMeasure(low: Figure, high: Figure): boolean {
  if (!(high.value > low.value) || low.valueMax !== null || high.conversionOf || low.conversionOf) return false;
  if (low.unit === high.unit) return true;
  return low.bare || low.unit === null || low.kind === 'count' && !low.noun;
}

/** Merges each range's upper end into its lower end; returns the figures that remain. */
export function mergeRanges(text: string, figures: Figure[]): Figure[] {
  const kept: Figure[] = [];
  for (const figure of figures) {
    const low = kept.at(-1);
    if (low && low.sentence === figure.sentence && sameMeasure(low, figure)) {
      const joint = text.slice(low.numEnd, figure.start);
      const before = text.slice(Math.max(0, low.start - 30), low.start);
      // the lower end's own unit words ("5% to 7%", "£19 to £29") sit between the ends
      const jointText = low.end <= figure.start ? text.slice(low.end, figure.start) : joint;
      const rule = RANGE_RULES.find((r) => (r.joint.test(jointText) || r.joint.test(joint)) && r.opens(before, low, figure));
      if (rule && !(figure.direction && figure.role === 'level' && !tookUnit(low))) {
        low.valueMax = figure.value;
        low.end = figure.end;
        low.unit = figure.unit;
        low.kind = figure.kind;
        low.noun = figure.noun ?? low.noun;
        low.bare = figure.bare;
        low.unitCue = figure.unitCue;
        low.rule = `${low.rule}+${rule.id}`;
        if (!low.direction && figure.direction) {
          low.direction = figure.direction;
          low.dirCue = figure.dirCue;
          low.dirCueAt = figure.dirCueAt;
          low.role = figure.role;
        }
        continue;
      }
    }
    kept.push(figure);
  }
  kept.forEach((figure, index) => (figure.index = index));
  return kept;
}
