// What the noun rule (noun.ts) reads around an agreement noun besides its verb: a decision before "to"
// ("voted to accept"), the subject of a gerund ("by signing an accord"), the members of a body after "by", and
// the possessive name that owns the deal ("A's deal with B").
import type { Token } from '../../text.js';
import type { NameSpan } from '../found.js';
import { isMembersSubject, isNameWord, readNameList, subjectOf } from '../names.js';
import { range } from '../phrase.js';
import { AUXILIARIES, VERBS, type VerbInfo } from '../verbs.js';
import { skipTally } from '../companies.js';
import { ADVERBS, LEFT_STOPS } from '../words.js';

/** Auxiliaries that open a finite verb group: "has renewed", "was signed". */
const FINITE_AUXILIARIES = /^(has|have|had|is|was|are|were|will|would)$/;

/** Verbs of a decision taken, before "to": "voted to accept", "decided to sign". */
export const DECIDED = /^(voted|decided|chose|opted|resolved)$/;

/** The index of the verb before the "to" that precedes `k` ("voted [to] accept"), across adverbs; or -1. */
export function skipAdverbsBackTo(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.word && ADVERBS.has(tokens[j]!.lower)) j--;
  if (tokens[j]?.lower !== 'to') return -1;
  j--;
  while (j >= 0 && tokens[j]!.word && ADVERBS.has(tokens[j]!.lower)) j--;
  // ("voted by 72% to 28% to accept": across the tally.)
  return skipTally(tokens, j);
}

/**
 * Rule noun.gerund-subject: "A and B ended their dispute by signing an accord", "after signing a deal with B, A
 * ...": a gerund after a preposition has the subject of the clause that opens the sentence.
 */
export function gerundSubject(tokens: Token[], verb: number, info: VerbInfo): { from: number; names: NameSpan[] } | null {
  if (info.form !== 'ing') return null;
  // Rule noun.participle-clause: "A has renewed its sponsorship, signing a deal with B": a gerund after a comma
  // shares the subject of the clause before it (the first finite verb of the sentence).
  if (tokens[verb - 1]?.text === ',') {
    const finite = range(0, verb - 1).find((k) => tokens[k]!.word && !tokens[k]!.capitalised && (FINITE_AUXILIARIES.test(tokens[k]!.lower) || VERBS.get(tokens[k]!.lower)?.form === 'past' || VERBS.get(tokens[k]!.lower)?.form === 's'));
    return finite === undefined ? null : subjectOf(tokens, finite);
  }
  if (!/^(by|after|before|while|since|on|in)$/.test(tokens[verb - 1]?.lower ?? '')) return null;
  const list = readNameList(tokens, 0);
  const next = list ? tokens[list.at(-1)!.to] : undefined;
  if (!list?.length || !next?.word || next.capitalised || LEFT_STOPS.has(next.lower) && !AUXILIARIES.has(next.lower)) return null;
  return { from: list[0]!.start, names: list };
}

/** After "by" at `by`, the end of a phrase for the members of a body ("all 25 member states", "the leaders of the member states"), or -1. */
export function membersEnd(tokens: Token[], by: number): number {
  let stop = by + 1;
  while (stop < tokens.length && stop < by + 12 && tokens[stop]!.word && !/^(in|on|at|last|this|after|before|during|and|but|which|who|that)$/.test(tokens[stop]!.lower)) stop++;
  return isMembersSubject(tokens, by + 1, stop) ? stop : -1;
}

/** The possessive name that opens the noun phrase at `npFrom` ("Corvane Group's deal"), or null. */
export function ownerName(tokens: Token[], npFrom: number): NameSpan | null {
  const token = tokens[npFrom];
  if (!token?.capitalised || !/['’]s$/.test(token.text)) return null;
  let from = npFrom;
  while (from > 0 && isNameWord(tokens[from - 1]) && !/['’]s$/.test(tokens[from - 1]!.text)) from--;
  return { start: from, from, to: npFrom + 1, ownerTo: npFrom + 1 };
}
