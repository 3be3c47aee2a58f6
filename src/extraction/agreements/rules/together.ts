// Two firms that do one thing together, read from the verb: "A and B are to merge", "A will merge with
// B", "A plans to merge with B" (merger.verb); "A teamed up with B", "A and B joined forces", "A has
// partnered with B" (partner.verb). The sides are the subject's names, or the subject and the name after
// "with"; the status comes from the verb group or from the word that governs an infinitive ("agreed to
// merge" SIGNED, "plans to merge", "in talks to merge" PROPOSED, "failed to merge" NOT_REACHED).
import type { Token } from '../../text.js';
import type { AgreementStatus } from '../../types.js';
import { actorHead, skipTally, firmAfter, skipAdverbsBack, statusOfGovernor, statusOfVerbGroup } from '../companies.js';
import type { Found, NameSpan } from '../found.js';
import { readNameList, subjectOf } from '../names.js';
import { range } from '../phrase.js';
import { FIRM_REFERENCES, SUBJECT_PRONOUNS } from '../words.js';

export const MERGE_FORMS = new Set(['merge', 'merges', 'merged', 'merging']);
/** The verbs of partnering, with the word that must follow them ("teamed up", "joined forces"); null when none. */
const PARTNER_VERBS: Record<string, string | null> = {
  team: 'up', teams: 'up', teamed: 'up', teaming: 'up',
  link: 'up', links: 'up', linked: 'up', linking: 'up',
  tie: 'up', ties: 'up', tied: 'up', tying: 'up',
  join: 'forces', joins: 'forces', joined: 'forces', joining: 'forces',
  partner: null, partners: null, partnered: null, partnering: null,
};
export const PARTNER_FORMS = new Set(Object.keys(PARTNER_VERBS));

/** The status of the verb at `v` and the index of the word that governs it (the verb itself, or the word before "to"). */
function statusAt(tokens: Token[], v: number): { status: AgreementStatus | null; head: number } {
  const before = skipAdverbsBack(tokens, v - 1);
  const ing = tokens[v]!.lower.endsWith('ing');
  if (tokens[before]?.lower !== 'to' && !ing) return { status: statusOfVerbGroup(tokens, v), head: v };
  const governor = skipTally(tokens, skipAdverbsBack(tokens, ing ? v - 1 : before - 1));
  const token = tokens[governor];
  if (!token?.word) return { status: ing ? statusOfVerbGroup(tokens, v) : null, head: v };
  const governed = statusOfGovernor(token.lower);
  if (governed) return { status: governed, head: governor };
  // "are merging", "are to merge", "is set to merge": an agreed plan.
  return { status: ing ? statusOfVerbGroup(tokens, v) : statusOfVerbGroup(tokens, governor), head: governor };
}

/** Parts of a firm that merge with another's: "its sales arm", "its UK business". */
const PART_WORDS = /^(arm|arms|business|businesses|unit|units|division|divisions|operations|subsidiary|network|networks)$/;

function together(tokens: Token[], v: number, object: number, rule: 'merger.verb' | 'partner.verb'): Found | null {
  const { status, head } = statusAt(tokens, v);
  if (!status) return null;
  const subject = subjectOf(tokens, actorHead(tokens, head));
  if (!subject) return null;
  let named: NameSpan[] = subject.names.slice(0, 2);
  let pronoun: number | undefined;
  let end = tokens[v]!.end;
  if (named.length < 2) {
    // (Rule merger.firm-reference: "the company agreed to merge with B": a firm named by its kind, resolved by the party step.)
    const reference = tokens[subject.from]!.lower === 'the' && FIRM_REFERENCES.test(tokens[subject.from + 1]?.lower ?? '');
    if (!named.length && !(SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower) || tokens[subject.from]!.lower === 'it' || reference)) return null;
    if (!named.length) pronoun = subject.from;
    // Rule merger.part-with: "merge its US sales arm with that of B": a part of the firm merged with the other's.
    let with_ = object;
    if (tokens[with_]?.lower !== 'with' && /^(its|their)$/.test(tokens[with_]?.lower ?? '')) {
      const at = range(with_ + 1, Math.min(tokens.length, with_ + 6)).find((j) => tokens[j]!.lower === 'with');
      if (at !== undefined && range(with_ + 1, at).some((j) => PART_WORDS.test(tokens[j]!.lower))) with_ = at;
    }
    // "merge with its rival Dextra": the firm after "with", across what describes it.
    if (tokens[with_]?.lower !== 'with') return null;
    const other = firmAfter(tokens, tokens[with_ + 1]?.lower === 'that' && tokens[with_ + 2]?.lower === 'of' ? with_ + 3 : with_ + 1, 6);
    if (!other.name) return null;
    named = [...named, other.name];
    end = other.end;
  }
  const merger = rule === 'merger.verb';
  return {
    start: tokens[Math.min(subject.from, v)]!.start,
    end: Math.max(end, tokens[v]!.end),
    title: `${status === 'PROPOSED' ? 'proposed ' : ''}${merger ? 'merger' : 'partnership'}`,
    status,
    topic: merger ? 'mergers' : null,
    confidence: 0.65,
    rule,
    ...verbClause(v, named, pronoun),
  };
}

/** Rule merger.verb: "A and B are to merge", "A will merge with B", "A plans to merge with B". */
export function mergeVerb(tokens: Token[], v: number): Found | null {
  if (tokens[v]!.capitalised && v > 0) return null;
  return together(tokens, v, v + 1, 'merger.verb');
}

/** Rule partner.verb: "A teamed up with B", "A and B have joined forces", "A has partnered with B". */
export function partnerVerb(tokens: Token[], v: number): Found | null {
  const verb = tokens[v]!;
  if (verb.capitalised && v > 0) return null;
  const needs = PARTNER_VERBS[verb.lower];
  if (needs === undefined) return null;
  // "partners" and "partner" are nouns after a determiner ("its partners"), verbs after a subject.
  if (needs === null && /^(a|an|the|its|their|his|her|our|of|and|as|with|trading|business|joint|key|main|new)$/.test(tokens[v - 1]?.lower ?? '')) return null;
  if (needs && tokens[v + 1]?.lower !== needs) return null;
  return together(tokens, v, needs ? v + 2 : v + 1, 'partner.verb');
}

export const SETTLE_FORMS = new Set(['settle', 'settles', 'settled', 'settling']);
/** What is settled between two sides: "settled the case", "settled claims brought by B". */
const SETTLED_THINGS = /^(case|cases|lawsuit|lawsuits|suit|suits|claim|claims|dispute|disputes|action|actions|litigation|charges|allegations)$/;

/**
 * Rule settle.verb: a legal dispute settled between two sides: "A and B settled out of court", "A settled
 * with B", "A settled the lawsuit brought by B", "he sued B ... and settled for £65,000". Only with a sign of
 * a dispute (out of court, a case, an amount, a side sued), never "settled in London".
 */
export function settleVerb(tokens: Token[], v: number): Found | null {
  const verb = tokens[v]!;
  if (verb.capitalised && v > 0) return null;
  let { status, head } = statusAt(tokens, v);
  // "agreed to pay $54m to settle ...", "offered to pay $300m to settle ...": the payment's verb group decides.
  const pay = payBefore(tokens, v);
  if (pay >= 0) ({ status, head } = statusAt(tokens, pay));
  if (!status) return null;
  // What follows: "out of court", "with B", "the case (brought by B)", "for £65,000".
  let k = v + 1;
  let dispute = false;
  let other: NameSpan | null = null;
  const others: NameSpan[] = [];
  let end = verb.end;
  if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'court') {
    dispute = true;
    end = tokens[k + 2]!.end;
    k += 3;
  }
  if (tokens[k]?.lower === 'with') {
    const firm = firmAfter(tokens, k + 1, 6);
    if (firm.name) {
      other = firm.name;
      end = firm.end;
      dispute = true;
    }
  } else if (settledThing(tokens, k) >= 0) {
    dispute = true;
    const thing = settledThing(tokens, k);
    end = tokens[thing]!.end;
    // "... brought by B", "... filed by B", "... with B".
    for (let j = thing + 1; j < tokens.length && j <= thing + 4; j++) {
      if (!tokens[j]!.word) break;
      if (/^(by|with)$/.test(tokens[j]!.lower)) {
        // (Rule settle.brought-by-several: "a lawsuit brought by A and B": each of them is a side.)
        const list = readNameList(tokens, j + 1);
        other = list?.[0] ?? null;
        if (list && list.length > 1) others.push(...list.slice(1, 3));
        if (other) end = tokens[(list?.at(-1) ?? other).to - 1]!.end;
        break;
      }
    }
  } else if (tokens[k]?.lower === 'for' && /^[$£€]$|^\d/.test(tokens[k + 1]?.text ?? '')) {
    dispute = true;
    end = tokens[Math.min(tokens.length - 1, k + 2)]!.end;
  }
  if (!dispute) return null;
  let subject = subjectOf(tokens, actorHead(tokens, head));
  // "he sued B ... and settled": the subject of the first clause, the nearest pronoun or the opening name.
  if (!subject && tokens[skipAdverbsBack(tokens, head - 1)]?.lower === 'and') {
    for (let j = head - 2; j >= 0 && !subject; j--) if (/^(he|she|it|they)$/.test(tokens[j]!.lower)) subject = { from: j, names: [] };
    const opening = subject ? null : readNameList(tokens, 0);
    if (opening) subject = { from: 0, names: opening.slice(0, 1) };
  }
  if (!subject) return null;
  let named: NameSpan[] = subject.names.slice(0, 2);
  let pronoun: number | undefined;
  if (!named.length) {
    if (!(SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower) || tokens[subject.from]!.lower === 'it')) return null;
    pronoun = subject.from;
  }
  // "took legal action against B - and settled": the side sued, earlier in the sentence.
  if (!other && named.length < 2) {
    for (let j = v - 1; j >= 0 && j >= v - 20; j--) {
      if (/^(against|sued|suing|sue|sues)$/.test(tokens[j]!.lower)) {
        other = readNameList(tokens, j + 1)?.[0] ?? null;
        break;
      }
    }
  }
  if (other) named = [...named.slice(0, 1), other, ...others];
  if (named.length + (pronoun !== undefined ? 1 : 0) < 2) return null;
  return {
    start: tokens[Math.min(subject.from, v)]!.start,
    end: Math.max(end, verb.end),
    title: `${status === 'PROPOSED' ? 'proposed ' : ''}settlement`,
    status,
    topic: 'legal settlement',
    confidence: 0.6,
    rule: 'settle.verb',
    ...verbClause(v, named, pronoun),
  };
}

/** The index of the thing settled at `k` ("the case", "a civil lawsuit", "claims"), across a determiner and a modifier; or -1. */
function settledThing(tokens: Token[], k: number): number {
  if (SETTLED_THINGS.test(tokens[k]?.lower ?? '')) return k;
  if (!/^(the|a|an|its|their|his|her)$/.test(tokens[k]?.lower ?? '')) return -1;
  if (SETTLED_THINGS.test(tokens[k + 1]?.lower ?? '')) return k + 1;
  return /^(civil|legal|class-action|class|criminal|federal|long-running|bitter|pending|outstanding|remaining)$/.test(tokens[k + 1]?.lower ?? '') && SETTLED_THINGS.test(tokens[k + 2]?.lower ?? '') ? k + 2 : -1;
}

/** "pay $54m (£28m) to settle": the index of the verb of paying before the infinitive at `v`, or -1. */
function payBefore(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower !== 'to') return -1;
  for (let k = v - 2; k >= 0 && k >= v - 14; k--) {
    const token = tokens[k]!;
    if (/^(pay|pays|paid|paying|spend|spends|spent|spending)$/.test(token.lower)) return k;
    // Only across the amount, its conversion and "including ... from their own pockets" asides of a price.
    if (token.word && !/^(about|around|some|up|to|nearly|almost|more|than|a|an|total|of|bn|m|billion|million|in|cash|compensation|damages|including|from|their|its|his|her|own|pockets?)$/.test(token.lower) && !/^\d/.test(token.text) && !/^[£$€]?\d/.test(token.text)) return -1;
  }
  return -1;
}

/** What a sides-by-verb agreement shares: the verb is its anchor, the sides are its subject (a name or a pronoun). */
function verbClause(v: number, named: NameSpan[], pronoun: number | undefined) {
  return {
    npFrom: v + 1,
    npTo: v + 1,
    noun: v,
    anchor: v,
    subject: pronoun !== undefined ? ('pronoun' as const) : ('name' as const),
    clauseOnly: true,
    named,
    strict: true,
    ...(pronoun !== undefined ? { pronoun } : {}),
  };
}
