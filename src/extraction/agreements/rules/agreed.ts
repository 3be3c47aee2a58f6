import { type Layout, type Sentence, type Token } from '../../text.js';
import { topicsOf } from '../../topics.js';
import { type AgreementStatus } from '../../types.js';
import { contextBefore, isClauseBreak, isNegation, subjectBefore, subjectEnd } from '../clause.js';
import { firmAfter } from '../companies.js';
import { type Found, type NameSpan } from '../found.js';
import { isCollectiveBody, isMembersSubject, readName, subjectOf } from '../names.js';
import { complementEnd, joined, range, titleIndexes, topicAfterMarker, topicFromModifiers } from '../phrase.js';
import { PROPOSING_INFINITIVES } from '../verbs.js';
import { AGREEMENT_NOUNS, DETERMINERS } from '../words.js';

/** The first name of the subject [from, to) when it is a collective body ("the G8 of top nations", "EU leaders"). */
function collectiveIn(text: string, tokens: Token[], from: number, to: number): NameSpan | null {
  for (let k = from; k < to; k++) {
    if (!tokens[k]!.capitalised || tokens[k]!.lower === 'the') continue;
    const name = readName(tokens, k);
    if (!name) return null;
    if (isCollectiveBody(joined(text, tokens, range(name.from, name.to)))) return name;
    // ("Farm ministers from the European Union": a sentence's capitalised first word, then the body the members are from.)
    if (k !== 0 || !/^(from|of)$/.test(tokens[name.to]?.lower ?? '') && !/^(ministers|leaders|officials|members|representatives|delegates|envoys|negotiators)$/.test(tokens[name.to]?.lower ?? '')) return null;
    k = name.to - 1;
  }
  return null;
}

/** What a body of many members agrees on or backs: "changes to the rules", "plans to speed up ...". */
const AGREED_OBJECTS = /^(plan|plans|proposal|proposals|change|changes|reform|reforms|measure|measures|package|strategy|blueprint|timetable|roadmap|target|targets|framework|rules|overhaul|revisions?|amendments?|terms)$/;

/** The length of a time phrase at `k` ("in 1970", "last week", "on Monday", "yesterday"), or 0. */
function timeAfter(tokens: Token[], k: number): number {
  const first = tokens[k]?.lower ?? '';
  const second = tokens[k + 1]?.lower ?? '';
  if (/^(yesterday|today|earlier|later|previously|finally|eventually|already|unanimously|formally)$/.test(first)) return 1;
  if (first === 'in' && /^\d{4}$/.test(second)) return 2;
  // ("agreed in March to ...", "agreed in March 2004 to ...")
  if (first === 'in' && /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(second)) return /^\d{4}$/.test(tokens[k + 2]?.lower ?? '') ? 3 : 2;
  if (/^(last|this|next)$/.test(first) && /^(week|month|year|weekend|spring|summer|autumn|winter)$/.test(second)) return 2;
  if (first === 'on' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(second)) return 2;
  return 0;
}

/** "X and Y agreed to cut tariffs", "the two sides agreed on a timetable", "both countries agreed that ...". */
export function agreedAgreement(layout: Layout, sentence: Sentence, a: number, hasJointSubject: (from: number, to: number) => boolean): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[a]!;
  if (tokens[a + 1]?.lower === 'by') return agreedByBody(layout, tokens, a);
  // "agreed in 1970 to ...", "agreed last week to ...": across a time phrase.
  const t = a + timeAfter(tokens, a + 1);
  const next = tokens[t + 1];
  // "EU ministers agreed a new set of rules", "agreed a plan to ...": what they agreed as a direct object.
  // (Also a bare plural of changes or plans: "finance ministers agreed changes to the rules".)
  const direct = !!next?.word && (/^(a|an)$/.test(next.lower) || AGREED_OBJECTS.test(next.lower) && /s$/.test(next.lower));
  if (!next?.word || !direct && !['to', 'on', 'upon'].includes(next.lower)) return null;
  // "agreed to a deal", "agreed a deal" are the noun pattern's.
  const after = tokens[t + 2];
  if (!after?.word) return null;
  if ((next.lower === 'to' || direct) && (DETERMINERS.has(after.lower) || AGREEMENT_NOUNS.has(after.lower) || direct && AGREEMENT_NOUNS.has(tokens[t + 3]?.lower ?? ''))) return null;
  // "Ryan and Trump agreed to meet", "agreed to serve", "agreed to debate": to meet, speak or serve is no deal.
  if (next.lower === 'to' && /^(meet|talk|speak|serve|debate|appear|attend|testify|discuss|consider|review|study|disagree|differ|comment|answer|sit|stay|remain|run|return)$/.test(after.lower)) return null;
  // "agreed on the need for ...": shared views, not a deal.
  // ("agree on the overarching need for ...": an adjective or two may come first.)
  const viewNoun = /^(need|importance|fact|view|idea|principle|necessity|goal|assessment|point)$/;
  if (next.lower !== 'to' && range(t + 2, t + 5).some((k) => viewNoun.test(tokens[k]?.lower ?? '') && range(t + 2, k).every((j) => tokens[j]!.word && !tokens[j]!.capitalised))) return null;
  // The subject: back to a clause break or a clause opener.
  let from = a;
  while (from > 0) {
    const token = tokens[from - 1]!;
    if (isClauseBreak(token) || token.word && ['that', 'which', 'who', 'when', 'while', 'after', 'because', 'but', 'if', 'said', 'says'].includes(token.lower)) break;
    from--;
  }
  const subject = subjectOf(tokens, a);
  let named = subject && subject.names.length >= 2 ? subject.names : [];
  // Rule agreed.with-other: "A agreed a compensation package with B", "A agreed on a timetable with B": one
  // named side and the other after "with" in what was agreed.
  // (Or a pronoun for the first side, which the party step resolves: "it had agreed terms with B".)
  let pronoun: number | undefined;
  let withOther = false;
  const pronounSubject = !!subject && !subject.names.length && /^(it|they)$/.test(tokens[subject.from]!.lower);
  if (!named.length && (subject?.names.length === 1 || pronounSubject) && (direct || next.lower === 'on')) {
    const end = complementEnd(tokens, t + 2, 12);
    const withAt = range(t + 2, end).find((k) => tokens[k]!.lower === 'with');
    const other = withAt === undefined ? null : firmAfter(tokens, withAt + 1, 5).name;
    if (other && pronounSubject) {
      named = [other];
      pronoun = subject!.from;
    } else if (other) named = [subject!.names[0]!, other];
    withOther = !!other;
  }
  // "The G8 had agreed in 1970 to ...", "EU leaders agreed on ...": a body of many members agrees as one party.
  const collective = named.length ? null : collectiveIn(layout.text, tokens, from, a);
  if (collective) named = [collective];
  const members = !named.length && isMembersSubject(tokens, from, subjectEnd(tokens, a));
  if (!named.length && !members && !hasJointSubject(from, a)) return null;
  const rule = collective || members ? 'agreed.collective' : withOther ? 'agreed.with-other' : 'agreed.joint-subject';
  const context = contextBefore(tokens, a, from);
  // "agreed to propose a joint commission on ...": what they agreed on is a proposal.
  const proposal = next.lower === 'to' && PROPOSING_INFINITIVES.has(after.lower) && !!tokens[t + 3]?.word;
  const status: AgreementStatus = context.negated ? 'NOT_REACHED' : proposal || context.intent && !['has', 'have', 'had'].includes(tokens[a - 1]?.lower ?? '') ? 'PROPOSED' : 'SIGNED';
  const objectFrom = proposal ? t + 3 : direct ? t + 1 : t + 2;
  const npTo = complementEnd(tokens, objectFrom, 12);
  const rest = range(objectFrom, npTo);
  const proposed = joined(layout.text, tokens, titleIndexes(tokens, objectFrom, npTo));
  const title = proposal && proposed ? proposed : `agreement ${direct ? 'on' : next.lower} ${joined(layout.text, tokens, titleIndexes(tokens, t + 2, npTo))}`.trim();
  let start = verb.start;
  if (status === 'NOT_REACHED') for (let j = a - 1; j >= Math.max(from, a - 4); j--) if (isNegation(tokens[j]!)) start = tokens[j]!.start;
  if (subject && subject.from >= from && subject.from < a) start = Math.min(start, tokens[subject.from]!.start);
  if (members) start = Math.min(start, tokens[from]!.start);
  return {
    start,
    end: rest.length ? tokens[npTo - 1]!.end : proposal ? tokens[t + 2]!.end : next.end,
    title,
    status,
    topic: (proposal ? topicAfterMarker(tokens, objectFrom, npTo) ?? topicFromModifiers(tokens, objectFrom, npTo - 1) : null) ?? topicAfterMarker(tokens, t + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.65,
    rule: proposal && rule === 'agreed.joint-subject' ? 'agreed.to-propose' : rule,
    ...(pronoun !== undefined ? { pronoun } : {}),
    ...(collective || members ? { collective: true } : {}),
    ...(members ? { bodyFromStory: true } : {}),
    npFrom: a,
    npTo,
    subjectFrom: from,
    subjectTo: a,
    noun: a,
    anchor: a,
    subject: subjectBefore(tokens, a),
    clauseOnly: false,
    named,
  };
}

/**
 * Rule agreed.passive-collective: "the reform of the budget rules was agreed by EU finance ministers", "changes
 * ... were agreed by all 25 member states": a plan agreed by a body of many members (or by the members of the
 * one body the story names) is that body's agreement. Only after a form of "be" and with "by" next.
 */
function agreedByBody(layout: Layout, tokens: Token[], a: number): Found | null {
  if (!/^(was|were|been|is|are|be|being)$/.test(tokens[a - 1]?.lower ?? '')) return null;
  let stop = a + 2;
  while (stop < tokens.length && stop < a + 13 && tokens[stop]!.word && !/^(in|on|at|last|this|after|before|during|and|but|which|who|that|to)$/.test(tokens[stop]!.lower)) stop++;
  const body = collectiveIn(layout.text, tokens, a + 2, stop);
  const members = !body && isMembersSubject(tokens, a + 2, stop);
  if (!body && !members) return null;
  // What was agreed: the subject's noun phrase, back to the clause's start.
  let from = subjectEnd(tokens, a);
  while (from > 0 && !isClauseBreak(tokens[from - 1]!) && !/^(that|which|who|when|while|after|because|but|if|said|says)$/.test(tokens[from - 1]!.lower)) from--;
  const subjectTo = subjectEnd(tokens, a);
  if (subjectTo <= from) return null;
  const title = joined(layout.text, tokens, titleIndexes(tokens, from, subjectTo)).replace(/^(the|a|an|this|these) /i, '');
  return {
    start: tokens[from]!.start,
    end: tokens[stop - 1]!.end,
    title: title || 'agreement',
    status: 'SIGNED',
    topic: topicsOf(title, 1)[0] ?? null,
    confidence: 0.6,
    rule: 'agreed.passive-collective',
    collective: true,
    ...(members ? { bodyFromStory: true } : {}),
    npFrom: from,
    npTo: subjectTo,
    noun: a,
    anchor: a,
    subject: 'none',
    clauseOnly: false,
    named: body ? [body] : [],
  };
}

/**
 * Rule announced.joint-subject: two named sides that announce something together have a deal ("A and B
 * announced a version of A's service would run on B's phones"). Only a subject of two or more names
 * ("both"/"each" make it two announcements), a past tense, and no agreement noun next (the noun rule's).
 */
export function announcedTogether(layout: Layout, sentence: Sentence, a: number): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[a]!;
  if (!/^(announced|unveiled)$/.test(verb.lower)) return null;
  const subject = subjectOf(tokens, a);
  if (!subject || subject.names.length < 2 || subject.names.some((name) => name.group)) return null;
  if (/^(both|each|separately)$/.test(tokens[subject.from - 1]?.lower ?? '') || tokens[a - 1]?.lower === 'separately') return null;
  const context = contextBefore(tokens, a, subject.from);
  if (context.negated || context.intent || context.infinitive) return null;
  // "announced plans to ...": a proposal.
  const t = a + timeAfter(tokens, a + 1);
  const object = tokens[t + 1]?.lower === 'that' ? t + 2 : t + 1;
  const first = tokens[object];
  if (!first?.word || AGREEMENT_NOUNS.has(first.lower) || DETERMINERS.has(first.lower) && AGREEMENT_NOUNS.has(tokens[object + 1]?.lower ?? '')) return null;
  const plans = /^(plans?|intention|proposals?)$/.test(first.lower) || DETERMINERS.has(first.lower) && /^(plans?|intention|proposals?)$/.test(tokens[object + 1]?.lower ?? '');
  const npTo = complementEnd(tokens, object, 14);
  const title = joined(layout.text, tokens, titleIndexes(tokens, object, npTo));
  return {
    start: tokens[subject.from]!.start,
    end: npTo > object ? tokens[npTo - 1]!.end : verb.end,
    title: title ? `joint announcement: ${title}` : 'joint announcement',
    status: plans ? 'PROPOSED' : 'SIGNED',
    topic: topicsOf(title, 1)[0] ?? null,
    confidence: 0.55,
    rule: 'announced.joint-subject',
    npFrom: a,
    npTo: Math.max(npTo, a + 1),
    subjectFrom: subject.from,
    subjectTo: a,
    noun: a,
    anchor: a,
    subject: 'name',
    clauseOnly: false,
    named: subject.names,
  };
}

export const ENDORSING_FORMS = new Set([
  'backed', 'approved', 'endorsed', 'adopted', 'accepted', 'rubber-stamped', 'back', 'backs', 'approve', 'approves', 'endorse', 'endorses', 'adopt', 'adopts',
]);

/**
 * Rule agreed.collective-backed: a body of many members that backs a plan has agreed on it as one party:
 * "EU leaders backed plans to speed up asylum claims", "the G8 approved a package of debt relief".
 * Only a collective body as the subject and a plan-like object (not "approved the merger": the noun rule's).
 */
export function collectiveEndorsed(layout: Layout, sentence: Sentence, a: number): Found | null {
  const tokens = sentence.tokens;
  const t = a + timeAfter(tokens, a + 1);
  // The object: a determiner, up to three modifiers, then the plan noun.
  let o = t + 1;
  if (DETERMINERS.has(tokens[o]?.lower ?? '')) o++;
  let head = -1;
  for (let k = o; k < tokens.length && k <= o + 3; k++) {
    if (!tokens[k]!.word) break;
    if (AGREED_OBJECTS.test(tokens[k]!.lower)) {
      head = k;
      break;
    }
  }
  if (head < 0) return null;
  let from = a;
  while (from > 0 && !isClauseBreak(tokens[from - 1]!) && !(tokens[from - 1]!.word && ['that', 'which', 'who', 'when', 'while', 'after', 'because', 'but', 'if', 'said', 'says'].includes(tokens[from - 1]!.lower))) from--;
  const body = collectiveIn(layout.text, tokens, from, a);
  const members = !body && isMembersSubject(tokens, from, subjectEnd(tokens, a));
  if (!body && !members) return null;
  const context = contextBefore(tokens, a, from);
  const status: AgreementStatus = context.negated ? 'NOT_REACHED' : context.intent || context.infinitive ? 'PROPOSED' : 'SIGNED';
  const npTo = complementEnd(tokens, head + 1, 12);
  const title = joined(layout.text, tokens, titleIndexes(tokens, o, npTo));
  const subject = subjectOf(tokens, a);
  return {
    start: tokens[subject && subject.from >= from ? subject.from : a]!.start,
    end: tokens[Math.max(npTo, head + 1) - 1]!.end,
    title,
    status,
    topic: topicAfterMarker(tokens, head + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.6,
    rule: 'agreed.collective-backed',
    collective: true,
    npFrom: o,
    npTo: Math.max(npTo, head + 1),
    subjectFrom: from,
    subjectTo: a,
    noun: head,
    anchor: a,
    subject: 'name',
    clauseOnly: false,
    named: body ? [body] : [],
    ...(members ? { bodyFromStory: true } : {}),
  };
}
