// Approaches to a firm, read from the verb: "A has approached B about a possible takeover", "B was
// approached by A over a merger" (the noun, "a takeover approach to B", is bid.for's).
import type { Token } from '../../text.js';
import { firmAfter } from '../companies.js';
import type { Found, NameSpan } from '../found.js';
import { readNameList, subjectOf } from '../names.js';
import { DETERMINERS } from '../words.js';
import { found } from './bid.js';

export const APPROACH_FORMS = new Set(['approach', 'approaches', 'approached', 'approaching']);
/** What an approach is about when it is an offer for a firm: "approached B about a takeover". */
const APPROACH_TOPICS = /^(takeover|takeovers|merger|mergers|bid|bids|offer|offers|deal|deals|acquisition|acquisitions|buyout|tie-up|sale|combination)$/;

/**
 * Rule bid.approach: "A has approached B about a possible takeover", "B was approached by A over a
 * merger": a first step towards a deal between two firms (PROPOSED; "rejected an approach" is the noun's).
 */
export function approachVerb(tokens: Token[], v: number): Found | null {
  const verb = tokens[v]!;
  if (verb.capitalised && v > 0 || verb.lower === 'approach' && DETERMINERS.has(tokens[v - 1]?.lower ?? '')) return null;
  const passive = /^(was|were|been|is|are|being)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'by';
  let actor: NameSpan | undefined;
  let other: NameSpan | null;
  let after: number;
  if (passive) {
    // "B was approached by A about ...".
    other = subjectOf(tokens, v)?.names[0] ?? null;
    actor = readNameList(tokens, v + 2)?.[0];
    after = actor?.to ?? v + 2;
  } else {
    actor = subjectOf(tokens, v)?.names[0];
    const object = firmAfter(tokens, v + 1, 6);
    other = object.name;
    after = other?.to ?? v + 1;
  }
  if (!actor || !other) return null;
  // "about a possible takeover", "over a merger", "with a view to a takeover".
  let topic = -1;
  if (/^(about|over|regarding|concerning|with)$/.test(tokens[after]?.lower ?? '')) {
    for (let j = after + 1; j < tokens.length && j <= after + 6; j++) {
      if (!tokens[j]!.word) break;
      if (APPROACH_TOPICS.test(tokens[j]!.lower)) {
        topic = j;
        break;
      }
    }
  }
  if (topic < 0) return null;
  const subject = subjectOf(tokens, v);
  const from = Math.min(subject?.from ?? v, v);
  return { ...found(tokens, from, tokens[topic]!.end, v, 'PROPOSED', 'bid.approach', [actor, other], undefined, 0.6), title: 'takeover approach' };
}
