import { type Layout, type Sentence } from '../../text.js';
import { topicsOf } from '../../topics.js';
import { type AgreementStatus } from '../../types.js';
import { contextBefore, isClauseBreak, isNegation, subjectBefore } from '../clause.js';
import { type Found } from '../found.js';
import { subjectOf } from '../names.js';
import { complementEnd, joined, range, titleIndexes, topicAfterMarker, topicFromModifiers } from '../phrase.js';
import { PROPOSING_INFINITIVES } from '../verbs.js';
import { AGREEMENT_NOUNS, DETERMINERS } from '../words.js';

/** "X and Y agreed to cut tariffs", "the two sides agreed on a timetable", "both countries agreed that ...". */
export function agreedAgreement(layout: Layout, sentence: Sentence, a: number, hasJointSubject: (from: number, to: number) => boolean): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[a]!;
  const next = tokens[a + 1];
  if (!next?.word || !['to', 'on', 'upon'].includes(next.lower)) return null;
  // "agreed to a deal" is the noun pattern's.
  const after = tokens[a + 2];
  if (!after?.word) return null;
  if (next.lower === 'to' && (DETERMINERS.has(after.lower) || AGREEMENT_NOUNS.has(after.lower))) return null;
  // "agreed on the need for ...": shared views, not a deal.
  const object = after.lower === 'the' ? tokens[a + 3]?.lower : after.lower;
  if (next.lower !== 'to' && /^(need|importance|fact|view|idea|principle|necessity|goal|assessment|point)$/.test(object ?? '')) return null;
  // The subject: back to a clause break or a clause opener.
  let from = a;
  while (from > 0) {
    const token = tokens[from - 1]!;
    if (isClauseBreak(token) || token.word && ['that', 'which', 'who', 'when', 'while', 'after', 'because', 'but', 'if', 'said', 'says'].includes(token.lower)) break;
    from--;
  }
  const subject = subjectOf(tokens, a);
  const named = subject && subject.names.length >= 2 ? subject.names : [];
  if (!named.length && !hasJointSubject(from, a)) return null;
  const context = contextBefore(tokens, a, from);
  // "agreed to propose a joint commission on ...": what they agreed on is a proposal.
  const proposal = next.lower === 'to' && PROPOSING_INFINITIVES.has(after.lower) && !!tokens[a + 3]?.word;
  const status: AgreementStatus = context.negated ? 'NOT_REACHED' : proposal || context.intent && !['has', 'have', 'had'].includes(tokens[a - 1]?.lower ?? '') ? 'PROPOSED' : 'SIGNED';
  const objectFrom = proposal ? a + 3 : a + 2;
  const npTo = complementEnd(tokens, objectFrom, 12);
  const rest = range(objectFrom, npTo);
  const proposed = joined(layout.text, tokens, titleIndexes(tokens, objectFrom, npTo));
  const title = proposal && proposed ? proposed : `agreement ${next.lower} ${joined(layout.text, tokens, titleIndexes(tokens, a + 2, npTo))}`.trim();
  let start = verb.start;
  if (status === 'NOT_REACHED') for (let j = a - 1; j >= Math.max(from, a - 4); j--) if (isNegation(tokens[j]!)) start = tokens[j]!.start;
  if (subject && subject.from >= from && subject.from < a) start = Math.min(start, tokens[subject.from]!.start);
  return {
    start,
    end: rest.length ? tokens[npTo - 1]!.end : proposal ? tokens[a + 2]!.end : next.end,
    title,
    status,
    topic: (proposal ? topicAfterMarker(tokens, objectFrom, npTo) ?? topicFromModifiers(tokens, objectFrom, npTo - 1) : null) ?? topicAfterMarker(tokens, a + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.65,
    rule: proposal ? 'agreed.to-propose' : 'agreed.joint-subject',
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
