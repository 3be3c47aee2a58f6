// Purchases and takeovers between firms, read from the verb: "A bought B", "A has acquired 60% of B",
// "A took over B", "A offered to buy the remaining shares", "A agreed to buy B", "B was snapped up by A".
// The buyer is the subject (or a pronoun for it, resolved by the party step); the firm bought is the
// first name of the object that is not only a description ("Germany's Hexal").
import type { Token } from '../../text.js';
import type { AgreementStatus } from '../../types.js';
import { byPhrase, describedList, isNameWord, namesAfter, readName, subjectOf } from '../names.js';
import { subjectEnd } from '../clause.js';
import { actorHead, firmAfter, skipAdverbsBack, statusOfGovernor, statusOfVerbGroup } from '../companies.js';
import type { Found, NameSpan } from '../found.js';
import { range } from '../phrase.js';
import { AGREEMENT_NOUNS, FIRM_REFERENCES, SUBJECT_PRONOUNS } from '../words.js';

/** The forms of the purchase verbs; "take" and "snap" only with their particle ("took over", "snapped up"). */
export const PURCHASE_FORMS = new Set([
  'buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchases', 'purchased',
  'purchasing', 'take', 'takes', 'took', 'taken', 'taking', 'snap', 'snaps', 'snapped', 'snapping',
  'sell', 'sells', 'sold', 'selling', 'order', 'orders', 'ordered', 'ordering',
  // "agreed to lease ten jets from B": goods taken on from a firm, a deal between the two.
  'lease', 'leases', 'leased', 'leasing',
  // "will supply 40 engines to B": goods sold to a firm.
  'supply', 'supplies', 'supplied', 'supplying',
]);
const NEEDS_PARTICLE: Record<string, string> = { take: 'over', takes: 'over', took: 'over', taken: 'over', taking: 'over', snap: 'up', snaps: 'up', snapped: 'up', snapping: 'up' };
/** Nouns that refer back to a firm: "the company said it would buy ...". */
const FIRM_NOUNS = /^(company|firm|group|bank|business|carrier|airline|retailer|maker|giant|chain|operator|insurer|lender)$/;
const PASSIVE_AUXILIARIES = /^(was|were|is|are|been|being|be|get|got)$/;

/** Who acts in the clause of the verb at `v`: names, a pronoun to resolve, or a possessive before a governing noun. */
function buyerOf(tokens: Token[], v: number): { names: NameSpan[]; pronoun?: number; from: number } | null {
  const subject = subjectOf(tokens, v);
  if (subject?.names.length) return { names: subject.names.slice(0, 1), from: subject.from };
  if (subject && SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower) || tokens[subject?.from ?? -1]?.lower === 'it') return { names: [], pronoun: subject!.from, from: subject!.from };
  // "the company", "the bank": the firm the clause is about.
  if (subject && tokens[subject.from]!.lower === 'the' && FIRM_NOUNS.test(tokens[subject.from + 1]?.lower ?? '') && subject.from + 2 === subjectEnd(tokens, v)) return { names: [], pronoun: subject.from, from: subject.from };
  // "It acquired ..., and offered to buy ...": a second verb shares the subject that opens the sentence.
  const before = skipAdverbsBack(tokens, v - 1);
  if (tokens[before]?.lower === 'and') {
    const first = tokens[0];
    if (first && /^(it|he|she|they)$/.test(first.lower)) return { names: [], pronoun: 0, from: v };
    const opening = readName(tokens, 0);
    if (opening) return { names: [opening], from: v };
  }
  return null;
}

/** The name after `marker` in the object of a verb, before the clause ends: "to SpiceJet", "from Boeing". */
function namedAfter(tokens: Token[], k: number, marker: string): NameSpan | null {
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    const token = tokens[j]!;
    if (!token.word && !/^[$£€%.-]$/.test(token.text) || /^(which|that|who|and|but|while|said)$/.test(token.lower)) return null;
    // ("sold its stores to the private equity firm B": across the words that describe the firm.)
    // (Rule purchase.sold-to-described: only a firm described as one: "the private equity firm B", "the Dutch retailer B".)
    if (token.lower === marker) return readName(tokens, j + 1) ?? (describedFirm(tokens, j + 1) ? describedList(tokens, j + 1, 5)?.[0] ?? null : null);
  }
  return null;
}

/** Is the phrase at `k` a firm's description before its name ("the private equity firm", "the Dutch retailer")? */
function describedFirm(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) if (isNameWord(tokens[j]) && !isNameWord(tokens[j - 1])) return FIRM_REFERENCES.test(tokens[j - 1]!.lower);
  return false;
}

/** Words inside a noun phrase before its noun: "its", "a £4bn", "their first serious". */
const NOUN_PHRASE_WORDS = /^(a|an|the|its|their|his|her|this|that|another|new|fresh|renewed|latest|hostile|failed|long|first|second|final|serious|formal|takeover|merger|bn|m|billion|million|[$£€.,]|\d[\d.,]*(bn|m)?)$/;

/**
 * The verb that governs the noun phrase whose noun is at `noun` ("abandoned [its attempt]", "launched [a £4bn
 * bid]") and the status it gives, when the phrase opens with a determiner or a possessive; else null.
 */
function verbOfNounPhrase(tokens: Token[], noun: number): { at: number; status: AgreementStatus } | null {
  let k = noun - 1;
  let determined = false;
  while (k >= 0 && noun - k <= 6 && NOUN_PHRASE_WORDS.test(tokens[k]!.lower)) {
    determined ||= /^(a|an|the|its|their|his|her|this|that|another)$/.test(tokens[k]!.lower);
    k--;
  }
  k = skipAdverbsBack(tokens, k);
  // ("pulled out of the race to buy B", "backed out of its plan to buy B": the verb before its particles.)
  if (determined && /^(of|from)$/.test(tokens[k]?.lower ?? '') && /^(out|away)$/.test(tokens[k - 1]?.lower ?? '') && /^(pull|back|walk|drop)/.test(tokens[k - 2]?.lower ?? '')) return { at: k - 2, status: 'WITHDRAWN' };
  const status = determined && k >= 0 && tokens[k]!.word && !tokens[k]!.capitalised ? statusOfGovernor(tokens[k]!.lower) : null;
  return status ? { at: k, status } : null;
}

/** "A bought B" and its forms: the purchase.verb rule. */
export function purchaseVerb(sentence: { tokens: Token[] }, v: number): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[v]!;
  if (verb.capitalised && v > 0) return null;
  let object = v + 1;
  const particle = NEEDS_PARTICLE[verb.lower];
  if (particle) {
    // Rule purchase.stake-taken: "A has taken a 30% stake in B", "took a controlling interest in B" (no "over").
    // ("took an interest in" is no purchase: only a controlling, majority or sized interest is.)
    const stake = /^(take|takes|took|taken|taking)$/.test(verb.lower) && range(object, Math.min(tokens.length, object + 5)).some((j) => tokens[j + 1]?.lower === 'in' && (/^(stake|stakes|holding|holdings)$/.test(tokens[j]!.lower) || tokens[j]!.lower === 'interest' && /^(controlling|majority|minority|%|\d[\d.]*%?)$/.test(tokens[j - 1]?.lower ?? '')));
    if (tokens[object]?.lower !== particle && !stake) return null;
    if (!stake) object++;
  }
  // "a purchase of", "the purchase price": the noun, not the verb.
  if (/^(purchases?|orders?|leases?|supply|supplies)$/.test(verb.lower) && /^(a|an|the|its|their|this|that|in|new|big|large|firm|of|for)$/.test(tokens[v - 1]?.lower ?? '')) return null;

  let status: AgreementStatus | null;
  let buyer: ReturnType<typeof buyerOf>;
  let firm: NameSpan | null;
  let rest = false;
  let stakeFirm: NameSpan | null = null;
  let end: number;
  let rule = 'purchase.verb';
  const before = skipAdverbsBack(tokens, v - 1);
  if (before >= 0 && PASSIVE_AUXILIARIES.test(tokens[before]!.lower) && /ed$|^(bought|taken|snapped)$/.test(verb.lower)) {
    // "B was bought by A", "B was snapped up by A".
    const by = byPhrase(tokens, object);
    if (!by?.length) return null;
    const target = subjectOf(tokens, v);
    if (!target?.names.length) return null;
    status = statusOfVerbGroup(tokens, v);
    buyer = { names: by.slice(0, 1), from: target.from };
    firm = target.names[0]!;
    end = tokens[by[0]!.to - 1]!.end;
  } else {
    const infinitive = tokens[before]?.lower === 'to' || verb.lower.endsWith('ing');
    let head = v;
    if (infinitive) {
      // "offered to buy", "agreed to acquire", "its fight to acquire", "considering buying": the governing word decides.
      let governor = skipAdverbsBack(tokens, verb.lower.endsWith('ing') ? v - 1 : before - 1);
      // "spend $3bn (£2bn) to buy": across a bracketed conversion.
      if (tokens[governor]?.text === ')') {
        while (governor > 0 && tokens[governor]!.text !== '(') governor--;
        governor = skipAdverbsBack(tokens, governor - 1);
      }
      if (governor < 0 || !tokens[governor]!.word) return null;
      // "signed a deal to buy ...": the verb that governs the agreement noun decides, and its subject buys.
      if (AGREEMENT_NOUNS.has(tokens[governor]!.lower)) {
        let verbAt = governor - 1;
        while (verbAt > 0 && verbAt > governor - 5 && tokens[verbAt]!.word && !statusOfGovernor(tokens[verbAt]!.lower)) verbAt--;
        if (verbAt >= 0 && tokens[verbAt]!.word && statusOfGovernor(tokens[verbAt]!.lower)) governor = verbAt;
      }
      status = statusOfGovernor(tokens[governor]!.lower) ?? statusOfVerbGroup(tokens, governor);
      head = governor;
      // Rule purchase.governed-noun: "abandoned its attempt to buy B", "has launched a £4bn bid to acquire B":
      // a noun of intent is itself governed by a verb; a failure or a withdrawal there decides the status, and
      // that verb's subject buys.
      const outer = status === 'PROPOSED' ? verbOfNounPhrase(tokens, governor) : null;
      if (outer) {
        if (outer.status === 'NOT_REACHED' || outer.status === 'WITHDRAWN') status = statusOfVerbGroup(tokens, outer.at) && outer.status;
        head = outer.at;
        rule = 'purchase.governed-noun';
      }
      // "would spend $3bn to buy": across the price, to the verb of the clause.
      if (!statusOfGovernor(tokens[governor]!.lower)) {
        for (let k = governor; k >= 0 && k > governor - 8; k--) {
          if (!tokens[k]!.word && !/^[$£€%.,()]$/.test(tokens[k]!.text)) break;
          if (/^(spend|spends|spent|spending|pay|pays|paid|paying|raise|raised|use|used)$/.test(tokens[k]!.lower)) {
            head = k;
            status = statusOfVerbGroup(tokens, k);
            break;
          }
        }
      }
    } else {
      status = statusOfVerbGroup(tokens, v);
    }
    // "A is in talks to buy B": the subject before "in talks" buys.
    buyer = buyerOf(tokens, actorHead(tokens, head));
    if (!buyer && infinitive) {
      // "Oracle's long fight to acquire ...": the owner of the governing noun.
      for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
        const token = tokens[k]!;
        if (!token.word) break;
        if (token.capitalised && /['’]s$/.test(token.text)) {
          let from = k;
          while (from > 0 && isNameWord(tokens[from - 1])) from--;
          buyer = { names: [{ start: from, from, to: k + 1, ownerTo: k + 1 }], from };
          break;
        }
        // "its bid to acquire ...": the firm the pronoun stands for.
        if (/^(its|their)$/.test(token.lower)) {
          buyer = { names: [], pronoun: k, from: k };
          break;
        }
      }
    }
    const sale = /^(sell|sells|sold|selling|supply|supplies|supplied|supplying)$/.test(verb.lower);
    const found = sale ? { name: null, end: verb.end, rest: false } : firmAfter(tokens, object);
    firm = found.name;
    rest = found.rest;
    end = found.end;
    // Goods bought from a firm or sold to one ("ordered 20 planes from A", "sold ten jets to B"): a deal between the two.
    if (!firm && !rest) {
      const counterpart = namedAfter(tokens, object, sale ? 'to' : 'from') ?? found.maker ?? null;
      if (counterpart) {
        firm = counterpart;
        end = tokens[counterpart.to - 1]!.end;
        // Rule purchase.stake-sold: "A sold its 40% stake in B to C": the firm the stake is in is a side too.
        const stakeIn = sale ? range(object, counterpart.from).find((j) => /^(stake|stakes|holding|holdings|shareholding)$/.test(tokens[j]!.lower) && tokens[j + 1]?.lower === 'in') : undefined;
        const held = stakeIn === undefined ? null : readName(tokens, stakeIn + 2);
        if (held && !held.ownerTo) stakeFirm = held;
      }
    }
  }
  // "had it also taken over B", "were it to buy B": a condition, not a deal.
  if (buyer?.pronoun !== undefined && /^(had|were|should)$/.test(tokens[buyer.pronoun - 1]?.lower ?? '')) return null;
  // "would spend $3bn to buy one of the country's main banks": the firm the story names next as bought.
  if (!firm && !rest && status && buyer && /^(one|a|an)$/.test(tokens[object]?.lower ?? '')) return { ...purchase(tokens, buyer, v, end, status, []), rule, laterFirm: true };
  if (!status || !buyer || !firm && !rest) return null;
  // Rule purchase.stake-seller: "A bought a 20% stake in B from C": a stake bought has its seller as a third side.
  const seller = firm && tokens[firm.to]?.lower === 'from' && range(object, firm.from).some((j) => /^(stake|stakes|holding|holdings|shares)$/.test(tokens[j]!.lower)) ? namesAfter(tokens, firm.to, firm.to + 1, ['from'])[0] ?? null : null;
  if (seller && !seller.ownerTo) end = Math.max(end, tokens[seller.to - 1]!.end);
  return { ...purchase(tokens, buyer, v, end, status, firm ? [firm, ...(seller && !seller.ownerTo ? [seller] : []), ...(stakeFirm ? [stakeFirm] : [])] : []), rule, ...(rest && !firm ? { sameFirm: true } : {}) };
}

function purchase(tokens: Token[], buyer: NonNullable<ReturnType<typeof buyerOf>>, v: number, end: number, status: AgreementStatus, firm: NameSpan[]): Found {
  const verb = tokens[v]!;
  const from = Math.min(buyer.from, v);
  const named = [...buyer.names, ...firm];
  return {
    start: tokens[from]!.start,
    end: Math.max(end, verb.end),
    title: `${status === 'PROPOSED' ? 'proposed ' : ''}purchase`,
    status,
    topic: 'acquisitions',
    confidence: status === 'SIGNED' ? 0.7 : 0.6,
    rule: 'purchase.verb',
    npFrom: v + 1,
    npTo: v + 1,
    noun: v,
    anchor: v,
    subject: buyer.pronoun !== undefined ? 'pronoun' : 'name',
    clauseOnly: true,
    named,
    strict: true,
    ...(buyer.pronoun !== undefined ? { pronoun: buyer.pronoun } : {}),
  };
}

/**
 * Rule order.noun: an order placed or won, named by its noun: "A placed an order for 20 jets with B", "B won
 * an order from A" (the buyer first). Only after a verb that makes or wins an order: "law and order", "a
 * court order" and "in order to" are no deals.
 */
export function orderNoun(sentence: { tokens: Token[] }, n: number): Found | null {
  const tokens = sentence.tokens;
  // Back to the determiner across a few modifiers: "a £2bn order", "its biggest ever order".
  let d = n - 1;
  while (d > 0 && n - d < 5 && !/^(an|a|the|its|their|another)$/.test(tokens[d]!.lower)) d--;
  if (!/^(an|a|the|its|their|another)$/.test(tokens[d]?.lower ?? '')) return null;
  const v = skipAdverbsBack(tokens, d - 1);
  const verb = tokens[v]?.lower ?? '';
  const placed = /^(placed|place|places|placing|made|make|makes|signed|sign|signs|firmed|confirmed|announced|finalised|finalized)$/.test(verb);
  const won = /^(won|win|wins|winning|secured|secure|secures|landed|land|lands|received|receives)$/.test(verb);
  if (!placed && !won) return null;
  const subject = subjectOf(tokens, v);
  const own = subject?.names[0];
  if (!own) return null;
  // ("an order for 30 Airbus jets": the maker of the goods ordered is the other side.)
  const other = namedAfter(tokens, n + 1, placed ? 'with' : 'from') ?? (placed ? namedAfter(tokens, n + 1, 'from') ?? (tokens[n + 1]?.lower === 'for' ? firmAfter(tokens, n + 2, 8).maker ?? null : null) : null);
  if (!other) return null;
  const base = /^(place|places|placing|make|makes|sign|signs|win|wins|winning|secure|secures|land|lands)$/.test(verb);
  const status = statusOfVerbGroup(tokens, v) ?? (base ? 'PROPOSED' : 'SIGNED');
  const end = tokens[other.to - 1]!.end;
  return {
    start: tokens[subject!.from]!.start,
    end,
    title: 'order',
    status,
    topic: null,
    confidence: 0.6,
    rule: 'order.noun',
    npFrom: d,
    npTo: other.to,
    noun: n,
    anchor: v,
    subject: 'name',
    clauseOnly: true,
    named: placed ? [own, other] : [other, own],
  };
}

export const PAY_FORMS = new Set(['pay', 'pays', 'paid', 'paying']);
/** Offering a price for a firm: "A offered 500p a share for B" (rule purchase.offered-for, PROPOSED). */
export const OFFER_PRICE_FORMS = new Set(['offer', 'offers', 'offered', 'offering']);

/**
 * Rule purchase.paid-for: "A will pay $2bn for B", "A paid £400m for a 20% stake in B": a price paid for a
 * firm (or a stake in it) is its purchase. Only an amount then "for" and a firm: "paid tribute to B" is none.
 */
export function paidFor(sentence: { tokens: Token[] }, v: number): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[v]!;
  if (verb.capitalised && v > 0) return null;
  // The amount: "$2bn", "£400m", "about 300p a share", "up to $5bn", "a reported $2bn".
  let k = v + 1;
  let amount = false;
  while (k < tokens.length && k <= v + 8) {
    const token = tokens[k]!;
    if (/^[$£€]$/.test(token.text) || /^\d/.test(token.text)) amount = true;
    else if (!/^(about|around|some|up|to|nearly|almost|more|than|over|a|an|reported|total|of|bn|m|billion|million|trillion|per|share|each|in|cash|[.,]|p)$/.test(token.lower)) break;
    k++;
  }
  if (!amount || tokens[k]?.lower !== 'for') return null;
  const firm = firmAfter(tokens, k + 1, 8);
  if (!firm.name) return null;
  const offered = OFFER_PRICE_FORMS.has(verb.lower);
  // (An offer is put forward, whatever the tense; "did not offer" is none.)
  const status = offered ? statusOfVerbGroup(tokens, v) && 'PROPOSED' : statusOfVerbGroup(tokens, v);
  const buyer = buyerOf(tokens, actorHead(tokens, tokens[skipAdverbsBack(tokens, v - 1)]?.lower === 'to' ? skipAdverbsBack(tokens, skipAdverbsBack(tokens, v - 1) - 1) : v));
  if (!status || !buyer) return null;
  return { ...purchase(tokens, buyer, v, firm.end, status, [firm.name]), rule: offered ? 'purchase.offered-for' : 'purchase.paid-for' };
}
