// A currency is often written once for two figures: "rose from 480 to 530p", "closed at 530p, up from
// 480", "from £4.85 to 5.05", "530p a share, against 480 on Friday". The bare figure takes the unit of the
// amount it is compared with (rule money.elided), as a baseline takes its rate's unit (rate-spread.ts).
import type { Figure } from './figure.js';

const MONEY_UNIT = /^(?:[A-Z]{3}|pence|US cents|euro cents)(?: per [a-z]+)?$/;
/** Between the amount and a later bare figure: "530p, up from 480", "530p a share, against 480". */
const AFTER_MONEY = /^[^\d;:.!?()]{0,30}?\b(?:from|against|compared (?:with|to)|versus|vs\.?)\s+(?:just\s+|only\s+)?$/i;
/** Between a bare figure and a later amount: "from 480 to 530p", "fell 12 to 512p", "480 or 530p". */
const BEFORE_MONEY = /^\s*(?:to|and|or|-|–)\s*$/;

export function spreadElidedMoney(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    if (f.kind !== 'count' || f.unit || !f.bare || f.conversionOf) return;
    const prev = figures[i - 1];
    const next = figures[i + 1];
    let from: Figure | undefined;
    if (next && next.sentence === f.sentence && next.unit && MONEY_UNIT.test(next.unit) && BEFORE_MONEY.test(text.slice(f.end, next.start))) from = next;
    else if (prev && prev.sentence === f.sentence && prev.unit && MONEY_UNIT.test(prev.unit)) {
      const gap = text.slice(prev.end, f.start);
      // "from £4.85 to 5.05", "between £4m and 5m"
      const secondEnd = BEFORE_MONEY.test(gap) && /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, prev.start - 12), prev.start));
      if (secondEnd || AFTER_MONEY.test(gap)) from = prev;
    }
    if (!from) return;
    // the size of a change is in the amount's unit, not its rate ("fell 12 to 512p a share": 12 pence)
    f.unit = f.direction && f.role === 'size' ? from.unit!.replace(/ per [a-z]+$/, '') : from.unit;
    f.rule += '+money.elided';
  });
}
