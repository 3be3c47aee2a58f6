// Points of a percentage are percentage points: "support fell three points to 41%", "41%, down three
// points". Without a percentage beside them, points stay points (a lead, a score, an index).
import type { Figure } from './figure.js';

/** "three points to 41%", "four points from 38%" */
const BEFORE_PERCENT = /^\s+(?:to|from)\s+(?:just\s+|only\s+)?$/i;
/** "41%, down three points", "41% - up two points" */
const AFTER_PERCENT = /^\s*(?:,|\s[-–—])\s*(?:up|down)\s+(?:by\s+)?$/i;

const isPercent = (f: Figure | undefined): boolean => !!f && (f.unit === 'percent' || f.unit === 'percent of GDP');

export function pointsOfPercent(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    if (f.unit !== 'points') return;
    const next = figures[i + 1];
    const prev = figures[i - 1];
    const before = isPercent(next) && next!.sentence === f.sentence && BEFORE_PERCENT.test(text.slice(f.end, next!.start));
    const after = isPercent(prev) && prev!.sentence === f.sentence && AFTER_PERCENT.test(text.slice(prev!.end, f.start));
    if (!before && !after) return;
    f.unit = 'percentage points';
    f.rule += '+points.of-percent';
  });
}
