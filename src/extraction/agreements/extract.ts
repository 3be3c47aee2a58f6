// The agreement stage: runs the rules (rules.ts) over each sentence that holds one of their trigger
// words, merges overlapping finds of one report, resolves their parties against the story's entities,
// then settles the story as a whole (merge.ts): sides only pointed at, repeats, later changes of status.
import type { EntityRegistry, Mention } from '../entities.js';
import { SPEECH_VERB_LEMMA } from '../lexicon.js';
import type { Layout, Token } from '../text.js';
import { headlineOf } from '../topics.js';
import type { ExtractedAgreement } from '../types.js';
import type { Found } from './found.js';
import { mergeOverlaps, settleStory, type Candidate } from './merge.js';
import { PartyFinder } from './parties.js';
import { AGREEMENT_RULES, TRIGGERS, type SentenceContext } from './rules.js';

/** First letter and length of the trigger words: a cheap test before the set lookup (most words fail it). */
const TRIGGER_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (word: string) => (word.charCodeAt(0) & 127) * 32 + Math.min(word.length, 31);
for (const word of TRIGGERS) TRIGGER_SHAPES[shapeOf(word)] = 1;

/** Is the agreement at `found` said inside a quotation (marked by the layout, or between straight single quotes)? */
function isQuoted(layout: Layout, tokens: Token[], found: Found): boolean {
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

/**
 * Agreements the story reports, in text order. `title` is the headline when it is not part of the text
 * (it only helps to choose the story's main parties).
 */
export function extractAgreements(layout: Layout, registry: EntityRegistry, mentions: Mention[], title?: string | null): ExtractedAgreement[] {
  let finder: PartyFinder | null = null;
  const candidates: Candidate[] = [];
  const headline = headlineOf(layout, title);
  layout.sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    if (!tokens.some((token) => TRIGGER_SHAPES[shapeOf(token.lower)] && TRIGGERS.has(token.lower))) return;
    // A headline is not a report of its own: the body says it again, with its parties.
    if (headline && sentence.start >= headline.start && sentence.end <= headline.end) return;
    const parties = (finder ??= new PartyFinder(layout, registry, mentions, title));
    const context: SentenceContext = {
      layout,
      sentence,
      hasJointSubject: (from, to) => {
        const named = parties.inSentence(index, from, from, [from, to]).filter((party) => !party.speaker);
        const distinctNames = new Set(named.map((party) => party.name));
        const joinedByAnd = tokens.slice(from, to).some((token) => token.lower === 'and' || token.lower === 'with');
        return (distinctNames.size >= 2 && joinedByAnd) || parties.jointPhrase(index, from, to);
      },
    };
    const found: Found[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!token.word || !TRIGGERS.has(token.lower)) continue;
      for (const rule of AGREEMENT_RULES) {
        if (!rule.triggers.has(token.lower)) continue;
        const result = rule.find(context, k);
        if (result) found.push(result);
      }
    }
    const inSentence: Candidate[] = [];
    const merged = mergeOverlaps(found);
    // Rule merge.in-a-deal: "A agreed to merge its arm with B's, in a deal expected to close next year": the deal only
    // describes the other report of its sentence.
    const reports = merged.filter((item) => !item.inDeal);
    for (const item of reports.length ? reports : merged) {
      const quoted = isQuoted(layout, tokens, item);
      const candidate: Candidate = { item, quoted, ...parties.partiesFor(index, item, quoted) };
      // Rule merge.same-sentence: "talks between A and B collapsed after the two sides failed to agree": two
      // finds of one sentence with the same named sides and status report one agreement.
      const key = [...candidate.parties].sort().join('|');
      // (So do "the two sides" beside the sides the sentence names.)
      const same = (other: Candidate) => other.named && other.parties.length >= 2 && other.item.status === item.status && (candidate.named ? [...other.parties].sort().join('|') === key : candidate.pointsAtMain);
      if ((candidate.named && candidate.parties.length >= 2 || !candidate.named && candidate.pointsAtMain) && inSentence.some(same)) continue;
      inSentence.push(candidate);
    }
    candidates.push(...inSentence);
  });
  return finder ? settleStory(layout, finder, candidates) : [];
}
