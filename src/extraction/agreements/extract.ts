import { type EntityRegistry, type Mention } from '../entities.js';
import { SPEECH_VERB_LEMMA } from '../lexicon.js';
import { type Layout, type Token } from '../text.js';
import { headlineOf } from '../topics.js';
import { type AgreementStatus, type ExtractedAgreement } from '../types.js';
import { type Found } from './found.js';
import { PartyFinder } from './parties.js';
import { agreedAgreement } from './rules/agreed.js';
import { nounAgreement } from './rules/noun.js';
import { proposalAgreement } from './rules/proposal.js';
import { talksAgreement } from './rules/talks.js';
import { PROPOSING_VERBS } from './verbs.js';
import { AGREEMENT_NOUNS, TALK_NOUNS } from './words.js';

// The stage

export const QUICK = new Set([...AGREEMENT_NOUNS, ...TALK_NOUNS, ...PROPOSING_VERBS, 'agreed', 'agree', 'agrees']);
/** First letter and length of the trigger words: a cheap test before the set lookup (most words fail it). */
export const QUICK_SHAPES = new Uint8Array(128 * 32);
export const shapeOf = (word: string) => (word.charCodeAt(0) & 127) * 32 + Math.min(word.length, 31);
for (const word of QUICK) QUICK_SHAPES[shapeOf(word)] = 1;

/** Is the agreement at `found` said inside a quotation (marked by the layout, or between straight single quotes)? */
export function isQuoted(layout: Layout, tokens: Token[], found: Found): boolean {
  if (tokens[found.anchor]!.quote >= 0 || layout.quotes.some((quote) => quote.innerStart <= found.start && found.start < quote.innerEnd)) return true;
  // "'They signed a deal,' said a fisherman": straight single quotes the layout does not pair.
  let open = -1;
  for (let k = found.anchor - 1; k >= 0; k--) {
    if (tokens[k]!.text !== "'") continue;
    if (k === 0 || !tokens[k - 1]!.word) open = k;
    break;
  }
  if (open < 0) return false;
  for (let k = found.anchor + 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== "'") continue;
    return !tokens[k - 1]!.word || !!tokens[k + 1] && SPEECH_VERB_LEMMA.has(tokens[k + 1]!.lower);
  }
  return false;
}

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

/**
 * Agreements the story reports, in text order. `title` is the headline when it is not part of the text
 * (it only helps to choose the story's main parties).
 */
export function extractAgreements(layout: Layout, registry: EntityRegistry, mentions: Mention[], title?: string | null): ExtractedAgreement[] {
  let finder: PartyFinder | null = null;
  const candidates: Candidate[] = [];
  const headline = headlineOf(layout);
  layout.sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    let any = false;
    for (let k = 0; k < tokens.length; k++) {
      const lower = tokens[k]!.lower;
      if (QUICK_SHAPES[shapeOf(lower)] && QUICK.has(lower)) {
        any = true;
        break;
      }
    }
    if (!any) return;
    // A headline is not a report of its own: the body says it again, with its parties.
    if (headline && sentence.start >= headline.start && sentence.end <= headline.end) return;
    finder ??= new PartyFinder(layout, registry, mentions, title);
    const found: Found[] = [];
    const hasJointSubject = (from: number, to: number) => {
      const named = finder!.inSentence(index, from, from, [from, to]).filter((party) => !party.speaker);
      const distinctNames = new Set(named.map((party) => party.name));
      const joinedByAnd = tokens.slice(from, to).some((token) => token.lower === 'and' || token.lower === 'with');
      return (distinctNames.size >= 2 && joinedByAnd) || finder!.jointPhrase(index, from, to);
    };
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.word) continue;
      let result: Found | null = null;
      if (AGREEMENT_NOUNS.has(token.lower)) result = nounAgreement(layout, sentence, k);
      else if (TALK_NOUNS.has(token.lower)) result = talksAgreement(layout, sentence, k);
      else if (token.lower === 'agreed' || token.lower === 'agree' || token.lower === 'agrees') result = agreedAgreement(layout, sentence, k, hasJointSubject);
      else if (PROPOSING_VERBS.has(token.lower)) result = proposalAgreement(layout, sentence, k);
      if (result) found.push(result);
    }
    // One agreement per report: overlapping finds keep the firmest status, then the longest span.
    const rank: Record<AgreementStatus, number> = { WITHDRAWN: 4, NOT_REACHED: 3, SIGNED: 2, PROPOSED: 1 };
    found.sort((a, b) => a.start - b.start);
    const kept: Found[] = [];
    for (const item of found) {
      const clash = kept.findIndex((other) => item.start < other.end && other.start < item.end);
      if (clash < 0) kept.push(item);
      else {
        const other = kept[clash]!;
        const better = rank[item.status] > rank[other.status] || (rank[item.status] === rank[other.status] && item.confidence > other.confidence);
        const [winner, loser] = better ? [item, other] : [other, item];
        kept[clash] = { ...winner, start: Math.min(item.start, other.start), end: Math.max(item.end, other.end), named: winner.named.length ? winner.named : loser.named };
      }
    }
    for (const item of kept) {
      const quoted = isQuoted(layout, tokens, item);
      candidates.push({ item, quoted, ...finder.partiesFor(index, item, quoted) });
    }
  });
  if (!candidates.length) return [];

  // Sentences that only point at the two sides ("they", "the two governments") get them from the whole story.
  const namedParties = candidates.filter((candidate) => candidate.named && !candidate.quoted).map((candidate) => candidate.parties);
  const agreements: ExtractedAgreement[] = [];
  let lastNamed: string[] | null = null;
  for (const { item, parties: named, pointsAtMain, joint, quoted, earlierOnly } of candidates) {
    let parties = named;
    let fallback = false;
    if (parties.length < 2 && pointsAtMain) {
      const before = earlierOnly ? agreements.map((agreement) => agreement.parties) : namedParties;
      const sides = finder!.storySides(parties, joint, before, earlierOnly, lastNamed);
      if (sides) {
        parties = sides;
        fallback = true;
      }
    }
    if (parties.length < 2) continue;
    // "Under the deal, ...": more about an agreement told before, not another one.
    if (item.reference && agreements.length) continue;
    // "The agreement, signed by A and B, ..." after "A and B signed an agreement": the same one again.
    const key = [...parties].sort().join('|');
    if (item.definite && agreements.some((other) => other.status === item.status && [...other.parties].sort().join('|') === key)) continue;
    if (!fallback && !quoted) lastNamed = parties;
    let confidence = item.confidence - (fallback ? 0.15 : 0) - (quoted ? 0.2 : 0);
    confidence = Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100;
    agreements.push({
      text: layout.text.slice(item.start, item.end),
      start: item.start,
      end: item.end,
      title: item.title,
      parties,
      status: item.status,
      topic: item.topic,
      confidence,
      rule: item.rule,
    });
  }
  return agreements;
}
