// Two firms that do one thing together, read from the verb: "A and B are to merge", "A will merge with
// B", "A plans to merge with B" (merger.verb); "A teamed up with B", "A and B joined forces", "A has
// partnered with B" (partner.verb). The sides are the subject's names, or the subject and the name after
// "with"; the status comes from the verb group or from the word that governs an infinitive ("agreed to
// merge" SIGNED, "plans to merge", "in talks to merge" PROPOSED, "failed to merge" NOT_REACHED).
import type { Token } from '../../text.js';
import type { AgreementStatus } from '../../types.js';
import { actorHead, firmAfter, skipAdverbsBack, statusOfGovernor, statusOfVerbGroup } from '../companies.js';
import type { Found, NameSpan } from '../found.js';
import { subjectOf } from '../names.js';
import { SUBJECT_PRONOUNS } from '../words.js';

export const MERGE_FORMS = new Set(['merge', 'merges', 'merged', 'merging']);
/** The verbs of partnering, with the word that must follow them ("teamed up", "joined forces"); null when none. */
const PARTNER_VERBS: Record<string, string | null> = {
  team: 'up', teams: 'up', teamed: 'up', teaming: 'up',
  link: 'up', links: 'up', linked: 'up', linking: 'up',
  join: 'forces', joins: 'forces', joined: 'forces', joining: 'forces',
  partner: null, partners: null, partnered: null, partnering: null,
};
export const PARTNER_FORMS = new Set(Object.keys(PARTNER_VERBS));

/** The status of the verb at `v` and the index of the word that governs it (the verb itself, or the word before "to"). */
function statusAt(tokens: Token[], v: number): { status: AgreementStatus | null; head: number } {
  const before = skipAdverbsBack(tokens, v - 1);
  const ing = tokens[v]!.lower.endsWith('ing');
  if (tokens[before]?.lower !== 'to' && !ing) return { status: statusOfVerbGroup(tokens, v), head: v };
  const governor = skipAdverbsBack(tokens, ing ? v - 1 : before - 1);
  const token = tokens[governor];
  if (!token?.word) return { status: ing ? statusOfVerbGroup(tokens, v) : null, head: v };
  const governed = statusOfGovernor(token.lower);
  if (governed) return { status: governed, head: governor };
  // "are merging", "are to merge", "is set to merge": an agreed plan.
  return { status: ing ? statusOfVerbGroup(tokens, v) : statusOfVerbGroup(tokens, governor), head: governor };
}

function together(tokens: Token[], v: number, object: number, rule: 'merger.verb' | 'partner.verb'): Found | null {
  const { status, head } = statusAt(tokens, v);
  if (!status) return null;
  const subject = subjectOf(tokens, actorHead(tokens, head));
  if (!subject) return null;
  let named: NameSpan[] = subject.names.slice(0, 2);
  let pronoun: number | undefined;
  let end = tokens[v]!.end;
  if (named.length < 2) {
    if (!named.length && !(SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower) || tokens[subject.from]!.lower === 'it')) return null;
    if (!named.length) pronoun = subject.from;
    // "merge with its rival Dextra": the firm after "with", across what describes it.
    if (tokens[object]?.lower !== 'with') return null;
    const other = firmAfter(tokens, object + 1, 6);
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
    npFrom: v + 1,
    npTo: v + 1,
    noun: v,
    anchor: v,
    subject: pronoun !== undefined ? 'pronoun' : 'name',
    clauseOnly: true,
    named,
    strict: true,
    ...(pronoun !== undefined ? { pronoun } : {}),
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
