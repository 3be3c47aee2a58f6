// Direction and baseline: the role of each figure in its clause (size of a change, new level, earlier
// value) and the year of the comparison.
import type { ChangeDirection, Span } from '../types.js';
import type { Figure, Role } from './figure.js';
import { ADJACENT_CUE_RE, BASELINE_MARKER_RE, BY_CUE_RE, CHANGE_NOUN_ALT, CHANGE_NOUNS, DIRECTION_OF, FOLLOWING_COMPARATIVE_RE, FOLLOWING_NOUN_RE, FOLLOWING_SAVINGS_RE, FOLLOWING_VERB_RE, LEVEL_CUE_RE, LEVEL_CUE_WORD_RE, NOUN_OF_RE, RANGE_RE, RECORD_LEVEL_RE, TO_LEVEL_RE, YEAR_RE } from './words.js';

// Direction and baseline

export function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

export function setDirection(f: Figure, direction: ChangeDirection, cue: string, at: number, role: Role, noun = false): void {
  f.direction = direction;
  f.dirCue = cue;
  f.dirCueAt = at;
  f.role = role;
  f.cueIsNoun = noun;
}

export function directionOfWord(word: string): ChangeDirection | null {
  const w = word.toLowerCase();
  if (w === 'to go' || w === 'to be cut') return 'DECREASE';
  return DIRECTION_OF[w] ?? CHANGE_NOUNS[w] ?? null;
}

export const AUXILIARY = /\b(?:is|was|are|were|has|have|had|will|would|could|be|been|being|do|does|did)\b/i;

/** Whether the figure follows "from", "compared with", "against", "than" as the earlier value of a comparison. */
export function isBaseline(prefix: string, f: Figure, previous: Figure | null): boolean {
  const marker = lastMatch(BASELINE_MARKER_RE, prefix);
  if (!marker) return false;
  const between = prefix.slice(marker.index + marker[0].length);
  if (/\bto\b/i.test(between) || LEVEL_CUE_WORD_RE.test(between) || AUXILIARY.test(between)) return false;
  if (between.length <= (/^than$/i.test(marker[1]) ? 12 : 30) && !/\d/.test(between) && !/\bof\s+$/.test(between)) return true;
  // a list of earlier values: "from 7.2% in May and 7.5% in June 2018"
  return (
    !!previous && previous.role === 'baseline' && previous.clause.start === f.clause.start &&
    /^(?:\s*\([^()]*\))?(?:\s+(?:in|for|at|on)\s+[^,;.()]{1,40}?)?(?:,|\s+and|,\s+and)\s+$/.test(f.gapBefore)
  );
}

/** Whether a clause states a range ("between 5% and 7%"); remembered for the clause last asked about. */
export let lastRangeCheck: { text: string; start: number; end: number; range: boolean } | null = null;
export function isRangeClause(text: string, clause: Span): boolean {
  if (lastRangeCheck && lastRangeCheck.text === text && lastRangeCheck.start === clause.start && lastRangeCheck.end === clause.end) return lastRangeCheck.range;
  const range = RANGE_RE.test(text.slice(clause.start, clause.end));
  lastRangeCheck = { text, start: clause.start, end: clause.end, range };
  return range;
}

export function assignDirection(text: string, f: Figure, spanAfter: number, previous: Figure | null): void {
  if (f.kind === 'rank') return;
  if (isRangeClause(text, f.clause)) return;
  // What decides a direction sits close before the figure: looking further back only costs time
  // (and makes a story with no full stops quadratic).
  const prefix = text.slice(Math.max(f.clause.start, f.start - 300), f.start);
  const after = text.slice(spanAfter, Math.min(f.clause.end, spanAfter + 80));
  // direction.times-level: a multiplier is a change only as the level one leads to ("has risen to double
  // this figure"); "three times higher" and "twice as many" compare, they report no change
  if (f.kind === 'times') {
    // direction.fold-change: "-fold" with a change is the size of it: "rose fivefold", "a threefold increase"
    if (!f.direction && /fold$/i.test(text.slice(f.start, f.end))) {
      const cue = ADJACENT_CUE_RE.exec(prefix.slice(-40));
      const word = cue && cue[1]!.toLowerCase();
      if (word && DIRECTION_OF[word] && !/^(?:add|adds|added|close|closing|lost|lose|loses|losing)$/.test(word)) {
        setDirection(f, DIRECTION_OF[word]!, cue![1]!, f.start - 40 + cue!.index, 'size');
        return;
      }
      const noun = FOLLOWING_NOUN_RE.exec(after);
      if (noun) {
        setDirection(f, CHANGE_NOUNS[noun[1]!.toLowerCase()]!, noun[1]!, spanAfter + noun.index + noun[0].length - noun[1]!.length, 'size', true);
        return;
      }
    }
    if (!f.direction) levelAfterTo(f, prefix, previous); // "doubling" states its own change
    return;
  }

  const near = prefix.slice(-60);
  const nearStart = f.start - near.length;
  let m: RegExpExecArray | null;
  const baseline = isBaseline(prefix, f, previous);
  // the size of a change: "rose 3%", "up 14%", "cut by £2.2bn", "save £4bn"
  if (!baseline && (m = ADJACENT_CUE_RE.exec(near)) && !isNameWord(near, m.index + m[0].indexOf(m[1]), m[1])) {
    const cue = m[1];
    const word = cue.toLowerCase();
    const at = m.index + m[0].indexOf(cue);
    const tail = near.slice(at + cue.length);
    const margin = /^(?:lost|lose|loses|losing)$/.test(word) && /\bby\s+$/i.test(tail); // "lost by 9 points": a margin
    const speech = /^add(?:ed|s)?$/.test(word) && !/^\s+(?:by\s+)?$/.test(tail); // "added" speaks unless a number follows
    const closing = /^clos/.test(word) && FOLLOWING_COMPARATIVE_RE.test(after); // "closed 3% higher"
    // direction.not-composition: "makes up 12% of", "took up 40% of" say what a whole is made of
    const composition = word === 'up' && COMPOSITION_VERB.test(near.slice(0, at));
    if (!margin && !speech && !closing && !composition) {
      setDirection(f, directionOfWord(word)!, cue, nearStart + at, 'size', /^sav/.test(word));
      return;
    }
  }
  if (!baseline && (m = BY_CUE_RE.exec(near)) && !isNameWord(near, m.index + m[0].indexOf(m[1]), m[1])) {
    setDirection(f, directionOfWord(m[1])!, m[1], nearStart + m.index + m[0].indexOf(m[1]), 'size');
    return;
  }
  // direction.laid-off: "laid off 300 workers", "will lay off about 40 staff"
  if (!baseline && (m = LAID_OFF.exec(near))) {
    setDirection(f, 'DECREASE', m[1]!, nearStart + m.index + m[0].indexOf(m[1]!), 'size');
    return;
  }
  // "a 31% rise", "a 6% annual increase", "£700m of cuts", "posts are to go", "4% higher", "4,000 more nurses"
  if (f.kind !== 'duration' && f.kind !== 'fraction') {
    if ((m = FOLLOWING_NOUN_RE.exec(after)) && !isMembership(text, f, after, m)) {
      setDirection(f, CHANGE_NOUNS[m[1].toLowerCase()], m[1], spanAfter + m.index + m[0].length - m[1].length, 'size', true);
      return;
    }
    // direction.taken-off: "knocked 5% off the index", "took £2bn off its value"
    if (TAKEN_OFF_BEFORE.test(near) && (m = OFF_AFTER.exec(after))) {
      setDirection(f, 'DECREASE', 'off', spanAfter + m.index + m[0].length - 3, 'size');
      return;
    }
    if ((m = FOLLOWING_SAVINGS_RE.exec(after))) {
      setDirection(f, /^(?:rises|increases)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE', m[1], spanAfter + m[0].length - m[1].length, 'size', true);
      return;
    }
    if ((m = FOLLOWING_VERB_RE.exec(after)) || (m = coordinatedVerb(after))) {
      // direction.cut-to: "its majority of 161 was cut to 5": the figure is the earlier level, not the size
      if (CUT_TO_AFTER.test(after.slice(m.index + m[0].length))) {
        f.role = 'baseline';
        return;
      }
      const dir: ChangeDirection = /^(created|added)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE';
      setDirection(f, dir, m[1], spanAfter + m.index + m[0].length - m[1].length, 'size');
      return;
    }
    if ((m = FOLLOWING_COMPARATIVE_RE.exec(after))) {
      const dir: ChangeDirection = /^(higher|more|bigger|greater|up)$/i.test(m[1]) ? 'INCREASE' : 'DECREASE';
      setDirection(f, dir, m[1], spanAfter + m.index + m[0].length - m[1].length, 'size');
      return;
    }
    const lead = f.nounLead;
    if (lead) {
      setDirection(f, /^(?:more|extra|additional)$/i.test(lead) ? 'INCREASE' : 'DECREASE', lead, f.numEnd, 'size');
      return;
    }
  }
  // direction.extra: "an extra £45m", "a further 300 staff", "an additional five years" are sizes of an increase
  if (!baseline && (m = EXTRA_BEFORE.exec(near))) {
    setDirection(f, 'INCREASE', m[1]!, nearStart + m.index + m[0].indexOf(m[1]!), 'size');
    return;
  }
  // an earlier value: "from $410m", "compared with 8.3%", "from 7.2% in May and 7.5% ..."
  if (baseline) {
    f.role = 'baseline';
    return;
  }
  // direction.change-subject: "the cuts will affect 9% of staff", "the rise amounts to 4%": the figure is the
  // size of the change its clause is about
  if ((m = CHANGE_SUBJECT.exec(near))) {
    setDirection(f, CHANGE_NOUNS[m[1]!.toLowerCase()]!, m[1]!, nearStart + m.index + m[0].indexOf(m[1]!), 'size', true);
    return;
  }
  // direction.loss-noun: "6,000 job losses", "450 redundancies" count a decrease
  if (f.kind === 'count' && f.noun && LOSS_NOUN.test(f.noun)) {
    setDirection(f, 'DECREASE', f.noun.split(/\s+/).at(-1)!, f.numStart, 'size', true);
    return;
  }
  // "growth of 2.8%", "savings of £90m"
  if ((m = NOUN_OF_RE.exec(near))) {
    setDirection(f, CHANGE_NOUNS[m[1].toLowerCase()], m[1], nearStart + m.index, 'size', true);
    return;
  }
  // the new level after a change: "rose 12% to £2.7bn", "a decline in ... to 3.1%", "to a record low of"
  if ((m = RECORD_LEVEL_RE.exec(near))) {
    setDirection(f, m[1].toLowerCase() === 'low' ? 'DECREASE' : 'INCREASE', m[1], nearStart + m.index, 'level');
    return;
  }
  // direction.level-at: the price a change leaves: "closed 14p lower at 512p", "were up 3% at 410p"
  if (previous && previous.direction && previous.role === 'size' && previous.clause.start === f.clause.start && AT_LEVEL_GAP.test(f.gapBefore)) {
    setDirection(f, previous.direction, previous.dirCue!, previous.dirCueAt, 'level', previous.cueIsNoun);
    return;
  }
  levelAfterTo(f, prefix, previous);
}

/** The new level after a change: "rose 12% to £2.7bn", "a decline in ... to 3.1%", "has risen to double". */
function levelAfterTo(f: Figure, prefix: string, previous: Figure | null): void {
  let m: RegExpExecArray | null;
  // direction.comparative-to: "inched higher to 2.4%", "drifted lower to 98p": the level a move leaves
  const tail = prefix.slice(-50);
  if ((m = COMPARATIVE_TO.exec(tail))) {
    setDirection(f, /^(?:higher|upwards?)$/i.test(m[1]!) ? 'INCREASE' : 'DECREASE', m[1]!, f.start - (tail.length - m.index - m[0].indexOf(m[1]!)), 'level');
    return;
  }
  if ((m = TO_LEVEL_RE.exec(prefix))) {
    const head = prefix.slice(0, m.index);
    // "added 3% to 90bn euros": the level after a sized change
    if (previous && previous.direction && previous.role === 'size' && previous.clause.start === f.clause.start && /^(?:\s*\([^()]*\))?(?:\s+[\w'’-]+){0,4}?\s+(?:back\s+)?to\s+(?:just\s+|only\s+)?$/.test(f.gapBefore)) {
      setDirection(f, previous.direction, previous.dirCue!, previous.dirCueAt, 'level', previous.cueIsNoun);
      return;
    }
    let cue = lastMatch(LEVEL_CUE_RE, head);
    if (cue && isNameWord(head, cue.index + cue[0].indexOf(cue[1]), cue[1])) cue = null;
    // "61 percent to 39 percent" is a score, not a change
    const versus = previous && previous.role === 'none' && !previous.direction && /^\s+to\s+$/.test(f.gapBefore);
    if (cue && !versus && head.length - cue.index <= 80) {
      const word = cue[1];
      const at = cue.index + cue[0].indexOf(word);
      const noun = /^(?:growth|savings|reductions?|increases|declines)$/i.test(word) || (word.toLowerCase() in CHANGE_NOUNS && isNounUse(head, at));
      setDirection(f, directionOfWord(word)!, word, f.clause.start + at, 'level', noun);
      return;
    }
  }
}

/** A comparative of movement right before "to" and the figure ("moved higher to"); not "closer to". */
const COMPARATIVE_TO = /\b[a-z]+(?:ed|s)\s+(higher|lower|upwards?|downwards?)\s+to\s+(?:just\s+|only\s+)?$/i;
/** A change noun as the subject of a verb of extent right before the figure. */
const CHANGE_SUBJECT = new RegExp(
  `\\b(?:the|these|those|its|their|this|that)\\s+(?:[a-z-]+\\s+)?(${CHANGE_NOUN_ALT})\\s+(?:(?:will|would|could|may|might|is|are|were|was)\\s+(?:(?:expected|likely|set)\\s+to\\s+)?)?(?:affect|affects|affected|hit|hits|involve|involves|involved|mean|means|meant|represent|represents|represented|amount\\s+to|amounts\\s+to|amounted\\s+to|total|totals|totalled|totaled)\\s+$`,
  'i',
);
/** "lay off" right before a figure (its qualifier is in the figure's span). */
const LAID_OFF = /\b((?:laid|lay|lays|laying)\s+off)\s+$/i;
/** A new level right after a verb of change: " to 5", " back to £2m". */
const CUT_TO_AFTER = /^\s+(?:back\s+)?to\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:[£$€]|\d)/i;
/** A verb of taking right before a figure that "off" follows. */
const TAKEN_OFF_BEFORE = /\b(?:knock|knocks|knocked|knocking|take|takes|took|taken|taking|wipe|wipes|wiped|wiping|shave|shaves|shaved|shaving|lop|lops|lopped|lopping)\s+$/i;
const OFF_AFTER = /^\s+off\b/i;
/** The verbs of "makes up 12% of": "up" there is no change. */
const COMPOSITION_VERB = /\b(?:make|makes|made|making|take|takes|took|taken|taking)\s+$/i;
/** "an extra", "a further", "an additional" right before a figure. */
const EXTRA_BEFORE = /\b(?:an?\s+)(extra|further|additional)\s+$/i;
/**
 * Counted nouns that are themselves a decrease: losses and cuts of jobs, redundancies, lay-offs. "Losses" alone
 * is no decrease ("five election losses" are defeats).
 */
const LOSS_NOUN = /(?:\b(?:job|jobs|staff|post|posts|head-?count)\s+(?:losses|cuts)|\bredundancies|\blay-?offs)$/i;
/** Between a sized change and the level it leaves, "at" instead of "to": " lower at ", " at ". */
const AT_LEVEL_GAP = /^(?:\s*\([^()]*\))?(?:\s+(?:lower|higher|down|up|weaker|stronger))?\s+at\s+$/i;

/**
 * direction.not-membership: "Forty per cent fall in the 16-35 age group" is a share that belongs to a group,
 * not a fall: the figure opens its clause with no article, and "fall" is a verb ("fall into", "fall in the").
 */
function isMembership(text: string, f: Figure, after: string, m: RegExpExecArray): boolean {
  if (!/^falls?$/i.test(m[1]!) || m.index !== 0 || !/^\s+falls?\b/i.test(after)) return false;
  if (!/^\s*(?:["“'‘(]\s*)?$/.test(text.slice(f.clause.start, f.start))) return false;
  return /^\s+falls?\s+(?:into|within|in\s+(?:the|this|that|those|these))\b/i.test(after);
}

/** A capitalised cue word inside a sentence is part of a name ("Campaign for Growth", "Rise Against"). */
export function isNameWord(s: string, at: number, word: string): boolean {
  return /^[A-Z]/.test(word) && !/(?:^|[.!?:"“]\s*)$/.test(s.slice(0, at).trimEnd() === '' ? '' : s.slice(Math.max(0, at - 3), at));
}

/** Whether a change word at `at` in `s` is used as a noun ("a decline in", "the fall in"). */
export function isNounUse(s: string, at: number): boolean {
  return /\b(?:a|an|the|its|their|this|further|sharp|slight)\s+$/i.test(s.slice(Math.max(0, at - 12), at));
}

/** "about 3,000 posts and 40 offices would go": the verb after a coordinated figure. */
export function coordinatedVerb(after: string): RegExpExecArray | null {
  const m = /^\s+and\s+(?:[\w£$€.,-]+\s+){1,5}?(?=(?:are|is|were|was|will|would|could|may|might|set|due)\b)/i.exec(after);
  if (!m) return null;
  const rest = FOLLOWING_VERB_RE.exec(' ' + after.slice(m[0].length));
  if (!rest) return null;
  const verb = rest[1];
  const index = m[0].length + rest.index + rest[0].length - verb.length - 1;
  const fake = [after.slice(0, index + verb.length), verb] as unknown as RegExpExecArray;
  fake.index = 0;
  return fake;
}

export function yearsIn(s: string): number[] {
  return [...s.matchAll(YEAR_RE)].map((m) => Number(m[1]));
}

/** The year of the earlier value, when the comparison after the cue states one. */
export function comparisonYear(text: string, region: Span, from: number, level = false, levelStart?: number): number | null {
  const s = text.slice(region.start, region.end);
  const offset = Math.max(0, from - region.start);
  const marker = /\b(from|since|on|over|versus|vs|than|compared with|compared to|against)\.?\s/gi;
  marker.lastIndex = offset;
  const levelAt = levelStart ?? 0;
  for (let m = marker.exec(s); m; m = marker.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    const word = m[1].toLowerCase();
    let phrase = '';
    if (word === 'from') {
      phrase = rest.split(/\bto\b/)[0].slice(0, 90);
      // "will rise to £4 from 2026": a start date, unless the earlier value is there too
      if (level && region.start + m.index > levelAt && !/\d/.test(phrase.replace(YEAR_RE, ''))) phrase = '';
    } else if (word === 'since' && /\b(?:[a-z]+est|most|least|first|worst|best)\s+(?:[a-z]+\s+)?$/i.test(s.slice(Math.max(0, m.index - 25), m.index))) {
      phrase = ''; // "the lowest since 1995": a record, not a comparison
    } else if (word === 'since' || word === 'on' || word === 'over' || word === 'versus' || word === 'vs') {
      phrase = /^(?:its\s+|the\s+|their\s+)?(?:1[89]\d\d|20\d\d)\b/.exec(rest)?.[0] ?? ''; // "up 5% on 2019"
    } else if (word === 'than') {
      phrase = rest.slice(0, 60);
    } else {
      phrase = rest.slice(0, 50);
    }
    const years = yearsIn(phrase);
    if (years.length) return years.at(-1)!;
  }
  return null;
}

