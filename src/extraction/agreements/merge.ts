// The steps after the rules: one agreement per report (overlapping finds of a sentence merged), then
// the story as a whole: sentences that only point at the two sides get them, a repeated "the agreement"
// adds nothing, and a later report of the same agreement changes its status ("B rejected the offer").
import type { Layout } from '../text.js';
import type { AgreementStatus, ExtractedAgreement } from '../types.js';
import type { Found } from './found.js';
import type { PartyFinder } from './parties.js';

export interface Candidate {
  item: Found;
  parties: string[];
  named: boolean;
  pointsAtMain: boolean;
  joint: boolean;
  quoted: boolean;
  /** Only the story's agreements told before can give the parties ("Kestria rejected the deal"). */
  earlierOnly?: boolean;
}

/** Overlapping finds of one sentence are one report: the firmest status wins, then the surest rule. */
const RANK: Record<AgreementStatus, number> = { WITHDRAWN: 4, NOT_REACHED: 3, SIGNED: 2, PROPOSED: 1 };

export function mergeOverlaps(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start);
  const kept: Found[] = [];
  for (const item of found) {
    const clash = kept.findIndex((other) => item.start < other.end && other.start < item.end);
    if (clash < 0) kept.push(item);
    else {
      const other = kept[clash]!;
      // (The same status from two rules: the one that names more of the parties.)
      const better = RANK[item.status] > RANK[other.status] || (RANK[item.status] === RANK[other.status] && (item.named.length > other.named.length || item.named.length === other.named.length && item.confidence > other.confidence));
      const [winner, loser] = better ? [item, other] : [other, item];
      kept[clash] = { ...winner, start: Math.min(item.start, other.start), end: Math.max(item.end, other.end), named: winner.named.length ? winner.named : loser.named };
    }
  }
  return kept;
}

/** Rule families about one deal between two firms: the same firms make the same deal. */
const COMPANY_DEAL = /^(purchase|takeover|bid|merger)\./;

/**
 * Is `item` one more report of the agreement `earlier` (same parties), told later in the story? Then it
 * is no agreement of its own, and when it says what became of the agreement it changes its status:
 * "A and B signed a pact ... B later pulled out of the pact" (WITHDRAWN), "A offered to buy B ... B
 * rejected the offer" (NOT_REACHED). Between two firms, one deal is told once: a repeat, or the offer
 * behind a deal since made ("A's long fight to buy B"), adds nothing; a new offer after a failed one is
 * a new attempt. A fresh offer for what is left
 * ("the remaining shares") is a deal of its own.
 */
function laterReport(earlier: ExtractedAgreement, item: Found, text: string): boolean {
  const company = COMPANY_DEAL.test(item.rule) && COMPANY_DEAL.test(earlier.rule);
  // Rule merge.failed-proposal: "A and B tried for a pact ... hopes of a deal unravelled": a proposal between
  // the same sides that then fails is the same agreement, whatever the determiner.
  const failedProposal = earlier.status === 'PROPOSED' && (item.status === 'NOT_REACHED' || item.status === 'WITHDRAWN');
  if (!company && !item.definite && !failedProposal || item.sameFirm) return false;
  // (A new offer after one that failed is a new attempt, told as its own agreement.)
  if (item.status === earlier.status || item.status === 'PROPOSED' && company && earlier.status === 'SIGNED') return true;
  if (item.status === 'PROPOSED' || earlier.status !== 'PROPOSED' && earlier.status !== 'SIGNED') return false;
  // Rule merge.pluperfect-background: "The talks had broken down twice" after a deal told as made: what had happened
  // before it, not its end (but "A confirmed that the deal had collapsed" reports the end, in reported speech).
  if (earlier.status === 'SIGNED' && isBackground(text, item)) return true;
  earlier.status = item.status;
  // (A deal between firms keeps the family that found it: later steps tell firms' deals apart by it.)
  if (!COMPANY_DEAL.test(earlier.rule ?? '') || COMPANY_DEAL.test(item.rule)) earlier.rule = item.rule;
  // Rule merge.final-evidence: its evidence is now the report that says how it ended (a deal told once, with its final
  // status, is shown by the clause that states that status).
  Object.assign(earlier, { start: item.start, end: item.end, text: text.slice(item.start, item.end) });
  return true;
}

/**
 * Rule merge.short-names: the same sides under a shorter form of a name ("Tidewater" for "Tidewater Port Holdings"):
 * one name is the other's first words.
 */
function sameParty(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Do two lists of parties name the same sides, each of one matching one of the other? */
export function sameSides(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.some((other) => sameParty(name, other))) && b.every((name) => a.some((other) => sameParty(name, other)));
}

/** Is the report at `item` told in the past perfect, outside reported speech ("the talks had broken down")? */
function isBackground(text: string, item: Found): boolean {
  const span = text.slice(item.start, item.end);
  if (!/\bhad\b/.test(span)) return false;
  // The sentence up to the report: a speech verb with "that" before it makes the "had" a reported past.
  const before = text.slice(Math.max(0, text.lastIndexOf('.', item.start) + 1), item.start);
  return !/\b(said|says|confirmed|announced|reported|told|admitted|revealed|added|disclosed|stated)\b/.test(before);
}

/**
 * Rule merge.named-after: "Leaders struck a deal on the budget. The agreement, hammered out between A and B, ...": a
 * report that names fewer than two sides takes them from the next report, in the next sentences, of a deal of the
 * same status that names them and retells the deal ("the agreement"); that retelling is then a repeat.
 */
function sidesNamedAfter(candidates: Candidate[], text: string): void {
  const looseKey = (name: string) => name.toLowerCase().split(/\s+/)[0]!;
  candidates.forEach((candidate, index) => {
    if (candidate.parties.length >= 2 || candidate.item.collective || candidate.quoted) return;
    const next = candidates[index + 1];
    if (!next || !next.item.definite || next.item.status !== candidate.item.status || next.quoted || next.item.collective) return;
    // (Within the next two sentences.)
    const between = text.slice(candidate.item.end, next.item.start);
    if ((between.match(/[.!?](\s|$)/g) ?? []).length > 2) return;
    // "Members of the A union voted to accept the deal. The agreement was reached with B": one side in each report.
    if (candidate.parties.length === 1 && next.parties.length === 1 && looseKey(next.parties[0]!) !== looseKey(candidate.parties[0]!)) {
      candidate.parties = [candidate.parties[0]!, next.parties[0]!];
      candidate.named = true;
      next.parties = candidate.parties;
      next.named = true;
      candidate.item = { ...candidate.item, end: Math.max(candidate.item.end, next.item.end) };
      return;
    }
    if (!next.named || next.parties.length < 2) return;
    // The side the first report names is one of them ("Tidewater Port Holdings" and "Tidewater").
    if (!candidate.parties.every((name) => next.parties.some((other) => looseKey(other) === looseKey(name)))) return;
    const fuller = (name: string) => candidate.parties.find((mine) => looseKey(mine) === looseKey(name) && mine.length > name.length) ?? name;
    candidate.parties = next.parties.map(fuller);
    candidate.named = true;
    next.parties = candidate.parties;
    // (The evidence is both reports: the one that tells the deal and the one that names its sides.)
    candidate.item = { ...candidate.item, end: Math.max(candidate.item.end, next.item.end) };
  });
}

/** The story's agreements from the candidates of every sentence, in text order. */
export function settleStory(layout: Layout, finder: PartyFinder, candidates: Candidate[]): ExtractedAgreement[] {
  // Sentences that only point at the two sides ("they", "the two governments") get them from the whole story.
  sidesNamedAfter(candidates, layout.text);
  const namedParties = candidates.filter((candidate) => candidate.named && !candidate.quoted).map((candidate) => candidate.parties);
  const agreements: ExtractedAgreement[] = [];
  let lastNamed: string[] | null = null;
  for (const { item, parties: named, pointsAtMain, joint, quoted, earlierOnly } of candidates) {
    let parties = named;
    let fallback = false;
    if (parties.length < 2 && pointsAtMain) {
      const before = earlierOnly ? agreements.map((agreement) => agreement.parties) : namedParties;
      const sides = finder.storySides(parties, joint, before, earlierOnly, lastNamed);
      if (sides) {
        parties = sides;
        fallback = true;
      }
    }
    // "offered to buy the remaining shares": the firm of the purchase the same buyer made just before.
    if (item.sameFirm && parties.length === 1) {
      const earlier = [...agreements].reverse().find((other) => other.parties[0] === parties[0] && other.parties.length === 2);
      if (earlier) parties = [parties[0]!, earlier.parties[1]!];
    }
    // "to buy one of the country's banks": the firm a later report of the same buyer names.
    if (item.laterFirm && parties.length === 1) {
      const later = candidates.find((other) => other.item.start > item.end && COMPANY_DEAL.test(other.item.rule) && other.parties.length === 2 && other.parties[0] === parties[0]);
      if (later) parties = [parties[0]!, later.parties[1]!];
    }
    if (parties.length < 2 && !(item.collective && parties.length === 1)) continue;
    // Rule merge.leader-for-party: "Heath's hopes of a deal [with the Liberals] unravelled" after a Conservative-Liberal
    // pact: a person beside one side of an agreement told before stands for its other side.
    if (parties.length === 2) {
      const person = parties.findIndex((name) => finder.isPerson(name));
      const other = parties[1 - person]!;
      // (Not after a deal between firms: a buyer's purchase of one firm says nothing of its talks with another,
      // whatever kind the entity stage gave the other's name.)
      const earlier = person >= 0 ? [...agreements].reverse().find((agreement) => agreement.parties.length === 2 && agreement.parties.includes(other) && !agreement.parties.includes(parties[person]!) && !agreement.parties.some((name) => finder.isPerson(name)) && !COMPANY_DEAL.test(agreement.rule ?? '')) : undefined;
      if (earlier) parties = [...earlier.parties];
    }
    // "Under the deal, ...": more about an agreement told before, not another one.
    if (item.reference) continue;
    // "The agreement, signed by A and B, ..." after "A and B signed an agreement": the same one again.
    const same = (other: ExtractedAgreement) => sameSides(other.parties, parties);
    if (item.definite && agreements.some((other) => other.status === item.status && same(other))) continue;
    // Rule merge.talks-on-proposal: talks under way between the sides of a proposal told before negotiate that one.
    if (item.rule === 'talks.under-way' && agreements.some((other) => other.status === 'PROPOSED' && same(other))) continue;
    const earlier = agreements.find(same);
    // "... the state will get a share of A in exchange for B": a term of the deal between them told before (when
    // the sentence names them; "he said a loan could be granted in return for ..." is an offer of its own).
    if (item.rule === 'exchange.in-return' && earlier && !fallback) continue;
    if (earlier && !quoted && laterReport(earlier, item, layout.text)) continue;
    if (!fallback && !quoted) lastNamed = parties;
    let confidence = item.confidence - (fallback ? 0.15 : 0) - (quoted ? 0.2 : 0);
    confidence = Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100;
    const pairs = item.separate && parties.length > 2 ? parties.slice(1).map((other) => [parties[0]!, other]) : [parties];
    for (const pair of pairs) {
      agreements.push({
        text: layout.text.slice(item.start, item.end),
        start: item.start,
        end: item.end,
        title: item.title,
        parties: pair,
        status: item.status,
        topic: item.topic,
        confidence,
        rule: item.rule,
      });
    }
  }
  return agreements;
}
