import { type Layout, type Sentence } from '../../text.js';
import { topicsOf } from '../../topics.js';
import { contextBefore, subjectBefore } from '../clause.js';
import { type Found, type NameSpan } from '../found.js';
import { namesAfter, readNameList, subjectOf } from '../names.js';
import { complementEnd, joined, range, titleIndexes, topicAfterMarker } from '../phrase.js';
import { AUXILIARIES, NEGATION } from '../verbs.js';
import { AGREEMENT_NOUNS, DETERMINERS, TALK_NOUNS, TOPIC_MARKERS, TOPIC_STOPS } from '../words.js';

/** Things one side proposes on its own: not agreements, whoever else the sentence names. */
export const NOT_PROPOSALS = new Set([
  'bill', 'bills', 'law', 'laws', 'legislation', 'amendment', 'amendments', 'tax', 'taxes', 'ban', 'bans', 'budget', 'budgets',
  'resolution', 'motion', 'measure', 'measures', 'rule', 'rules', 'change', 'changes', 'idea', 'ideas', 'question', 'name',
  'candidate', 'toast', 'theory', 'explanation', 'alternative', 'compromise', 'cut', 'cuts', 'increase', 'hike', 'reform', 'reforms',
  'policy', 'policies', 'wall', 'date', 'time', 'deadline', 'debate', 'debates', 'vote', 'referendum',
]);

/** What makes an offer a joint undertaking ("offered a joint patrol"), not a gift. */
export const JOINT_WORDS = new Set(['joint', 'shared', 'common', 'mutual', 'bilateral', 'reciprocal', 'cross-border', 'combined']);

/**
 * "A and B proposed a joint task force", "A proposed a joint commission with B", "A offered B a shared
 * patrol": a proposal named by its object. The parties must be named (or the subject must point at two
 * sides): a proposal by one side alone ("the mayor proposed a new tax") is not an agreement.
 */
export function proposalAgreement(layout: Layout, sentence: Sentence, v: number): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[v]!;
  let o = v + 1;
  if (verb.lower === 'put') {
    if (tokens[o]?.lower !== 'forward') return null;
    o++;
  }
  const before = tokens[v - 1];
  // "the proposed task force", "a plan proposed by ...", "was proposed": not a report of who proposed it.
  if (before?.word && (DETERMINERS.has(before.lower) || /^(was|were|is|are|be|been|being)$/.test(before.lower))) return null;
  // "offered Kestria a ...": the other side as indirect object.
  let indirect: NameSpan[] = [];
  const list = readNameList(tokens, o);
  if (list && tokens[list.at(-1)!.to]?.word && DETERMINERS.has(tokens[list.at(-1)!.to]!.lower)) {
    indirect = list;
    o = list.at(-1)!.to;
  }
  const first = tokens[o];
  if (!first?.word || !/^(a|an|the|new)$/.test(first.lower) && !JOINT_WORDS.has(first.lower)) return null;
  // "the idea", "the plan": only "the joint ..." or "the creation of ..." name something new.
  if (first.lower === 'the' && !JOINT_WORDS.has(tokens[o + 1]?.lower ?? '') && !/^(creation|establishment|formation|setting)$/.test(tokens[o + 1]?.lower ?? '')) return null;
  const npTo = complementEnd(tokens, o, 14);
  if (npTo <= o + 1) return null;
  // The head of what is proposed: laws and measures of one side are not agreements.
  let head = o;
  while (head + 1 < npTo && tokens[head + 1]!.word && !TOPIC_STOPS.has(tokens[head + 1]!.lower) && !TOPIC_MARKERS.has(tokens[head + 1]!.lower)) head++;
  if (NOT_PROPOSALS.has(tokens[head]!.lower)) return null;
  // "proposed a deal": the noun pattern's.
  for (let k = o; k < npTo; k++) if (AGREEMENT_NOUNS.has(tokens[k]!.lower) || TALK_NOUNS.has(tokens[k]!.lower)) return null;
  const isOffer = verb.lower.startsWith('offer');
  if (isOffer && !range(o, Math.min(npTo, o + 4)).some((k) => JOINT_WORDS.has(tokens[k]!.lower))) return null;
  const context = contextBefore(tokens, v, 0);
  if (context.negated) return null;
  const subject = subjectOf(tokens, v);
  const subjectNames = subject?.names ?? [];
  const others = indirect.length ? indirect : subjectNames.length === 1 ? namesAfter(tokens, o, npTo, ['with', 'to']) : [];
  const named = subjectNames.length >= 2 || others.length ? [...subjectNames, ...others] : [];
  const title = joined(layout.text, tokens, titleIndexes(tokens, o, npTo));
  return {
    start: subject && subject.from < v && v - subject.from <= 14 ? tokens[subject.from]!.start : verb.start,
    end: tokens[npTo - 1]!.end,
    title,
    status: 'PROPOSED',
    topic: topicAfterMarker(tokens, o + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.6,
    rule: 'proposal.joint-object',
    npFrom: o,
    npTo,
    noun: v,
    anchor: v,
    subject: subjectBefore(tokens, v),
    clauseOnly: true,
    named,
    strict: true,
  };
}

/**
 * Rule exchange.in-return: "a stake could be offered in return for a seat on the board", "it freed the
 * prisoners in exchange for aid": something given for something back is a deal between two sides; a
 * modal or an offer makes it a proposal. The sides are the names of the clause, or the story's.
 */
export function exchangeAgreement(layout: Layout, sentence: Sentence, r: number): Found | null {
  const tokens = sentence.tokens;
  if (tokens[r - 1]?.lower !== 'in' || tokens[r + 1]?.lower !== 'for') return null;
  // The clause that gives: back to a clause break or a clause opener.
  let from = r - 1;
  while (from > 0 && tokens[from - 1]!.word && !/^(that|which|who|said|says|but|and|while|because|if)$/.test(tokens[from - 1]!.lower)) from--;
  if (r - 1 - from < 2) return null;
  const words = range(from, r - 1).map((k) => tokens[k]!.lower);
  if (words.some((word) => NEGATION.has(word) || word.endsWith("n't"))) return null;
  const proposed = words.some((word) => /^(could|would|might|may|will|can|should|offered|offers|offering|proposed|proposes|suggested)$/.test(word));
  const npTo = complementEnd(tokens, r + 2, 12);
  if (npTo <= r + 2) return null;
  const given = joined(layout.text, tokens, titleIndexes(tokens, from, r - 1).filter((k) => !AUXILIARIES.has(tokens[k]!.lower) && !/^(could|would|might|may|will|can|should)$/.test(tokens[k]!.lower)));
  const wanted = joined(layout.text, tokens, titleIndexes(tokens, r + 2, npTo));
  return {
    start: tokens[from]!.start,
    end: tokens[npTo - 1]!.end,
    title: `${given} in ${tokens[r]!.lower} for ${wanted}`.trim(),
    status: proposed ? 'PROPOSED' : 'SIGNED',
    topic: topicsOf(wanted, 1)[0] ?? null,
    confidence: 0.5,
    rule: 'exchange.in-return',
    npFrom: from,
    npTo,
    noun: r,
    anchor: r,
    subject: 'none',
    clauseOnly: false,
    named: [],
  };
}
