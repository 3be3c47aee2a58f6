// What the company rules (purchases, takeovers, bids, mergers) share: reading the firm a clause is
// about through the words that describe it ("Germany's Hexal", "its smaller rival Peoplesoft", "oil firm
// Rosneft"), and the status a governing word gives to a purchase ("agreed to buy", "offered to buy",
// "failed to buy", "the completion of its takeover").
import lemmatizer from 'wink-lemmatizer';
import { countryOf } from '../entities.js';
import { FINITE, VERBISH } from '../lexicon.js';
import type { Token } from '../text.js';
import type { AgreementStatus } from '../types.js';
import type { NameSpan } from './found.js';
import { describesName, readName } from './names.js';
import { range } from './phrase.js';
import { ADVERBS, TALK_NOUNS } from './words.js';

/** Words of a governing verb or noun that make a purchase an offer or a plan: "offered to buy", "a bid to acquire". */
const OFFERING = new Set([
  'offer', 'propose', 'plan', 'want', 'seek', 'hope', 'aim', 'try', 'consider', 'intend', 'bid', 'attempt', 'fight', 'look',
  'move', 'prepare', 'eye', 'explore', 'mull', 'weigh', 'threaten', 'battle', 'campaign', 'struggle', 'approach', 'pursue',
  'push', 'race', 'vie', 'compete', 'talk', 'negotiate', 'discuss', 'study', 'expect', 'interest', 'keen', 'eager', 'poise',
  // ("tabled a bid", "launched an offer", "submitted proposals": an offer put forward.)
  'table', 'launch', 'submit', 'lodge', 'mount', 'tender', 'make',
]);
/** ... that make it a deal: "agreed to buy", "voted to acquire". */
const DEALING = new Set(['agree', 'accept', 'back', 'recommend', 'decide', 'vote', 'sign', 'complete', 'finalise', 'finalize', 'close', 'seal', 'approve', 'completion', 'win', 'award', 'clinch', 'strike']);
/** ... that make it a failure: "failed to buy", "refused to sell", "blocked the takeover". */
const FAILING = new Set(['fail', 'refuse', 'decline', 'reject', 'block', 'abandon', 'rebuff', 'spurn', 'veto', 'collapse', 'thwart', 'scupper', 'oppose']);
/** ... that make it withdrawn: "withdrew its bid", "pulled its offer". */
const WITHDRAWING = new Set(['withdraw', 'pull', 'drop', 'cancel', 'scrap', 'terminate', 'retract']);
/** Modals and verbs of a clause that leave a purchase undecided: "could buy", "may acquire". */
const UNDECIDED = new Set(['could', 'might', 'may', 'should', 'can']);

/** Forms the lemmatizer reads as another verb ("hoping" -> "hop"). */
const LEMMA_FIXES: Record<string, string> = { hoping: 'hope', hoped: 'hope' };

/** The lemma of a governing word, verb or noun ("offered" -> "offer", "bids" -> "bid", "completion"). */
export function governorLemma(word: string): string {
  if (LEMMA_FIXES[word]) return LEMMA_FIXES[word]!;
  const verb = lemmatizer.verb(word);
  return verb !== word ? verb : lemmatizer.noun(word);
}

/** The status a governing word gives, or null when it gives none ("spend $3bn to buy"). */
export function statusOfGovernor(word: string): AgreementStatus | null {
  const lemma = governorLemma(word);
  const british = lemma.replace(/ise$/, 'ize');
  if (FAILING.has(lemma)) return 'NOT_REACHED';
  if (WITHDRAWING.has(lemma)) return 'WITHDRAWN';
  if (DEALING.has(lemma) || DEALING.has(british)) return 'SIGNED';
  if (OFFERING.has(lemma)) return 'PROPOSED';
  return null;
}

/**
 * Rule settle.vote-tally: "voted by six votes to one to settle", "voted by 72% to 28% to accept": the index of the
 * verb before a vote's tally whose last word is at `k`; else `k`.
 */
export function skipTally(tokens: Token[], k: number): number {
  const count = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|nil)$/;
  let j = k;
  if (tokens[j]?.text === '%') j--;
  if (!count.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.lower !== 'to') return k;
  j -= 2;
  if (/^votes?$/.test(tokens[j]?.lower ?? '')) j--;
  if (tokens[j]?.text === '%') j--;
  if (!count.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.lower !== 'by') return k;
  return skipAdverbsBack(tokens, j - 2);
}

/** The index of the last word before `k` that is not an adverb ("also", "finally"), or -1. */
export function skipAdverbsBack(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) k--;
  return k;
}

/**
 * The status of a finite purchase verb at `v` from its verb group: "could buy" undecided (PROPOSED),
 * "did not buy" nothing (null), anything else a purchase made or announced ("bought", "has bought",
 * "would spend ... to buy": SIGNED).
 */
export function statusOfVerbGroup(tokens: Token[], v: number): AgreementStatus | null {
  for (let k = v - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const token = tokens[k]!;
    if (!token.word) break;
    if (token.lower === 'not' || token.lower === 'never' || token.lower.endsWith("n't")) return null;
    if (UNDECIDED.has(token.lower)) return 'PROPOSED';
    const governed = statusOfGovernor(token.lower);
    if (governed && token.lower !== 'to') return governed;
    if (!/^(has|have|had|is|are|was|were|be|been|will|would|'ll|shall|also|now|then|already|finally|recently|just|it|he|she|they|which|who|to)$/.test(token.lower)) break;
  }
  return 'SIGNED';
}

/** Modifiers of talks before the infinitive: "in advanced merger talks to ...". */
const TALK_MODIFIERS = /^(advanced|exclusive|preliminary|early|detailed|formal|informal|secret|takeover|merger|fresh|further)$/;

/**
 * Where the subject of the clause governed at `head` ends, crossing "in talks" ("A is in talks to merge"):
 * the index to read the subject before.
 */
export function actorHead(tokens: Token[], head: number): number {
  if (!TALK_NOUNS.has(tokens[head]?.lower ?? '')) return head;
  let k = head - 1;
  while (k > 0 && TALK_MODIFIERS.test(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'in' ? k : head;
}

/** Words that end a description before a name: "gas giant" describes in "Russian gas giant Gazprom", "for" does not. */
// (Subordinators and prepositions end the name's phrase too: "its bid for B after shareholders objected".)
const NOT_DESCRIPTIONS = /^(and|or|but|for|of|in|on|at|to|by|with|from|that|which|who|is|was|are|were|has|have|had|will|would|said|says|last|this|next|after|before|since|until|as|because|while|when|amid|despite|following|if|unless|under|over|worth|valued|earlier|later|yesterday|today|about|regarding|concerning|against|into|than|via)$/;

/**
 * After a name, up to three common words and another name: the first only describes the second ("Russian
 * gas giant Gazprom"). The index of the second, or -1.
 */
function describedNext(tokens: Token[], after: number): number {
  for (let j = after; j < tokens.length && j < after + 4; j++) {
    const token = tokens[j]!;
    if (!token.word) return -1;
    if (token.capitalised) return j > after && readName(tokens, j) !== null ? j : -1;
    if (NOT_DESCRIPTIONS.test(token.lower)) return -1;
  }
  return -1;
}

/** Words that may stand between a purchase word and the firm it is about: "all of", "a 60% stake in", "its rival". */
const OBJECT_FILLERS = /^(a|an|the|its|their|his|her|all|most|part|some|of|stake|stakes|share|shares|holding|holdings|interest|control|majority|minority|controlling|remaining|outstanding|rest|rival|smaller|larger|bigger|former|fellow|per|cent|percent|bn|m|billion|million|\d[\d.,]*|firm|company|group|bank|carrier|airline|maker|giant|chain|operator|business|businesses|unit|units|subsidiary|affiliate|arm|division|divisions|operations|assets|stock|equity|further|additional|extra|entire|whole|\d[\d.,]*%?)$/;
/** Parts of a firm that are bought or sold: "the oil business of B". */
const PARTS = /^(business|businesses|unit|units|arm|division|divisions|operations|assets|subsidiary|brands|brand)$/;
/** Of those, the words after which "in" introduces the firm: "a stake in X", "shares in X". */
const HOLDING_WORDS = /^(stake|stakes|share|shares|holding|holdings|interest)$/;

/**
 * The firm a purchase or bid is about, from `k` on: the first name that is not only a description of the
 * next one ("Germany's Hexal", "Hexal's US affiliate Eon Labs"), across fillers; null at a clause break.
 * `rest` is set when the object is "the remaining shares" or "the rest": the firm of the purchase told before.
 */
export function firmAfter(tokens: Token[], k: number, max = 10): { name: NameSpan | null; end: number; rest: boolean; maker?: NameSpan } {
  let rest = false;
  let end = k;
  let maker: NameSpan | undefined;
  for (let j = k; j < tokens.length && j < k + max; j++) {
    const token = tokens[j]!;
    if (!token.word) {
      if (/^[%$£€.-]$/.test(token.text)) continue;
      break;
    }
    if (/^(remaining|rest|outstanding)$/.test(token.lower)) rest = true;
    // "five A380s", "20 737s": a model bought, not a firm (the maker is after "from" or before the model).
    const model = /\d/.test(token.text) && /^[A-Z]*\d/.test(token.text);
    const name = token.capitalised && !model ? readName(tokens, j) : null;
    if (model) continue;
    if (name) {
      const described = describedNext(tokens, name.to);
      if (described >= 0 || describesName(tokens, name.to)) {
        j = (described >= 0 ? described : name.to) - 1;
        continue;
      }
      // "Velmoran gas", "Hexal products": the name describes what is bought, not a firm bought (but "Hexal shares" is a stake).
      const next = tokens[name.to];
      const verbNext = !!next && (/ed$/.test(next.lower) || VERBISH.test(next.lower) || FINITE.test(next.lower));
      if (next?.word && !next.capitalised && !verbNext && !NOT_DESCRIPTIONS.test(next.lower) && !HOLDING_WORDS.test(next.lower) && !/^(last|this|next|for|in)$/.test(next.lower)) {
        // "30 Skyward A320 planes", "five Skyward jets": counted goods of a maker, who is the other side.
        if (!maker && NUMBER_WORD.test(tokens[name.start - 1]?.lower ?? '')) maker = { start: name.from, from: name.from, to: name.from + 1 };
        j = name.to - 1;
        continue;
      }
      // "Airbus A380s": the maker, without its model.
      let to = name.to;
      for (let m = name.from + 1; m < name.to; m++) if (/\d/.test(tokens[m]!.text)) { to = m; break; }
      return { name: { ...name, to }, end: tokens[to - 1]!.end, rest: false };
    }
    // Rule purchase.part-of-firm: "bought Tessel Mobile's broadband arm": a part of the firm the possessive names.
    if (token.capitalised && /['’]s$/.test(token.text)) {
      const part = range(j + 1, Math.min(tokens.length, j + 4)).find((m) => PARTS.test(tokens[m]!.lower));
      if (part !== undefined && range(j + 1, part).every((m) => tokens[m]!.word && !tokens[m]!.capitalised && !NOT_DESCRIPTIONS.test(tokens[m]!.lower))) {
        let from = j;
        while (from > k && isNameWordish(tokens[from - 1]!)) from--;
        // ("Germany's Hexal": a country's firm is named after it, not bought as a part.)
        if (!countryOf(tokens.slice(from, j + 1).map((t) => t.text).join(' ').replace(/['’]s$/, ''))) return { name: { start: from, from, to: j + 1, ownerTo: j + 1 }, end: tokens[part]!.end, rest: false };
      }
    }
    // A possessive name before the firm ("Germany's Hexal", "Hexal's US affiliate"): read on.
    if (token.capitalised && /['’]s$/.test(token.text)) {
      end = token.end;
      continue;
    }
    if (token.capitalised && /^[A-Z]/.test(token.text) && !/^(The|A|An|Its|Their)$/.test(token.text)) continue; // a demonym ("US affiliate")
    if (token.lower === 'in' && HOLDING_WORDS.test(tokens[j - 1]?.lower ?? '')) continue;
    // "the oil business of B", "the drinks arm of B": a part of the firm, named by what it does.
    if (!OBJECT_FILLERS.test(token.lower) && PARTS.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') continue;
    if (!OBJECT_FILLERS.test(token.lower)) {
      // "oil firm Rosneft": common words that describe the name after them.
      const described = describedNext(tokens, j);
      if (described < 0) break;
      j = described - 1;
      continue;
    }
    end = token.end;
  }
  return { name: null, end, rest, ...(maker ? { maker } : {}) };
}

/** A capitalised word that can open a firm's name before its possessive word. */
const isNameWordish = (token: Token) => token.word && token.capitalised && !/['’]s$/.test(token.text) && !/^(The|A|An)$/.test(token.text);

const NUMBER_WORD = /^(\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|dozens|hundreds|several|more|new|extra|additional)$/;
