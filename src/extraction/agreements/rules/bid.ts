// Takeovers, bids and mergers named by their noun: "the completion of its takeover of B" (SIGNED),
// "A's bid for B" (PROPOSED), "B rejected A's offer" (NOT_REACHED), "A withdrew its bid for B"
// (WITHDRAWN), "the merger of A and B is to go ahead" (SIGNED). The owner of the noun ("A's", "its") is
// the bidder; the firm after "of"/"for" is the target.
import { possessiveInsideName } from '../../entities.js';
import type { Token } from '../../text.js';
import type { AgreementStatus } from '../../types.js';
import { subjectEnd } from '../clause.js';
import { firmAfter, skipAdverbsBack, statusOfGovernor } from '../companies.js';
import type { Found, NameSpan } from '../found.js';
import { byPhrase, isNameWord, namesAfter, readName, readNameList, subjectOf } from '../names.js';
import { range } from '../phrase.js';
import { DETERMINERS, PROPOSED_ADJECTIVES } from '../words.js';

export const TAKEOVER_NOUNS = new Set(['takeover', 'takeovers', 'acquisition', 'acquisitions', 'buyout', 'buyouts', 'purchase']);
export const BID_NOUNS = new Set(['bid', 'bids', 'offer', 'offers', 'approach', 'approaches', 'proposal', 'proposals']);
export const MERGER_NOUNS = new Set(['merger', 'mergers']);

/** Words after the noun that say what became of it: "the bid was rejected", "the merger is to go ahead". */
const OUTCOMES: [RegExp, AgreementStatus][] = [
  [/^(rejected|rebuffed|spurned|blocked|refused|collapsed|failed|abandoned|thwarted|vetoed|scuppered|dropped|lapsed|expired)$/, 'NOT_REACHED'],
  [/^(withdrawn|cancelled|canceled|scrapped|terminated|retracted|axed|ditched)$/, 'WITHDRAWN'],
  [/^(accepted|agreed|approved|completed|finalised|finalized|sealed|backed|cleared|ratified|signed)$/, 'SIGNED'],
];

/** The owner before the noun phrase that ends at `n`: "A's", "its" (a pronoun to resolve), or nothing. */
function ownerBefore(tokens: Token[], n: number): { name?: NameSpan; pronoun?: number; from: number } | null {
  for (let k = n - 1; k >= 0 && k >= n - 5; k--) {
    const token = tokens[k]!;
    if (!token.word && !/^[$£€%.'’]$/.test(token.text)) return null;
    if (token.lower === 'its' || token.lower === 'their' || token.lower === 'his' || token.lower === 'her') return { pronoun: k, from: k };
    // "Dunmore Foods' bid": a plural possessive, its apostrophe a token of its own.
    if (/^['’]$/.test(token.text) && /s$/.test(tokens[k - 1]?.text ?? '') && isNameWord(tokens[k - 1])) {
      let from = k - 1;
      while (from > 0 && isNameWord(tokens[from - 1])) from--;
      return { name: { start: from, from, to: k }, from };
    }
    if (token.capitalised && /['’]s$/.test(token.text)) {
      let from = k;
      while (from > 0 && isNameWord(tokens[from - 1]) && !/['’]s$/.test(tokens[from - 1]!.text)) from--;
      return { name: { start: from, from, to: k + 1, ownerTo: k + 1 }, from };
    }
    // ("B's board rejected proposals": the owner is in the noun phrase, never across a verb.)
    if (token.word && !token.capitalised && !DETERMINERS.has(token.lower) && !MODIFIERS.test(token.lower) && !/^(a|an)$/.test(token.lower)) return null;
    // ("a 530p a share offer": the "a" of a price per share is no determiner of the offer.)
    if (DETERMINERS.has(token.lower) && !(token.lower === 'a' && tokens[k + 1]?.lower === 'share')) return null;
  }
  return null;
}

/**
 * Who does the verb at `v`: the names of its subject, a pronoun to resolve ("it is considering a bid"), or
 * the name a relative clause hangs on ("A, which made an offer for B, ...").
 */
function actorOf(tokens: Token[], v: number): { name?: NameSpan; pronoun?: number } | null {
  const subject = subjectOf(tokens, v);
  if (subject?.names.length) return { name: subject.names[0]! };
  const end = subjectEnd(tokens, v);
  const word = tokens[end - 1]?.lower ?? '';
  if (/^(it|he|she|they)$/.test(word)) return { pronoun: end - 1 };
  if (/^(which|who)$/.test(word) && tokens[end - 2]?.text === ',') {
    let from = end - 3;
    while (from > 0 && isNameWord(tokens[from - 1])) from--;
    if (isNameWord(tokens[end - 3])) return { name: { start: from, from, to: end - 2 } };
  }
  return null;
}

/** The governing word before the noun phrase at `from`: "completion of", "rejected", "made a". */
function governorBefore(tokens: Token[], from: number): { status: AgreementStatus | null; at: number } {
  let k = skipAdverbsBack(tokens, from - 1);
  // Across the rest of the noun phrase: "rejected a hostile £300m takeover bid".
  while (k > 0 && (DETERMINERS.has(tokens[k]!.lower) || MODIFIERS.test(tokens[k]!.lower))) k--;
  // Rule bid.walked-away: "walked away from its bid", "stepped back from the offer": the bidder gives it up.
  if (tokens[k]?.lower === 'from' && /^(away|back)$/.test(tokens[k - 1]?.lower ?? '') && /^(walk|step|move|back|pull|turn)/.test(tokens[k - 2]?.lower ?? '')) return { status: 'WITHDRAWN', at: k - 2 };
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'to') k = skipAdverbsBack(tokens, k - 1);
  // "turned down", "pulled out of"
  if (/^(down|out|off)$/.test(tokens[k]?.lower ?? '')) {
    const verb = tokens[k - 1]?.lower ?? '';
    if (/^turn/.test(verb)) return { status: 'NOT_REACHED', at: k - 1 };
    if (/^(pull|call|back)/.test(verb)) return { status: 'WITHDRAWN', at: k - 1 };
    // ("is fighting off a bid from A": the verb of the phrase governs, and its subject is the target.)
    if (tokens[k - 1]?.word && !tokens[k - 1]!.capitalised) return { status: null, at: k - 1 };
  }
  const token = tokens[k];
  const status = token?.word ? statusOfGovernor(token.lower) : null;
  // Rule bid.refused: "would not recommend the offer", "will not accept the bid": the target says no.
  if (status === 'SIGNED' && k > 0 && /^(not|never)$|n't$/.test(tokens[skipAdverbsBack(tokens, k - 1)]?.lower ?? '')) return { status: 'NOT_REACHED', at: k };
  return { status, at: k };
}

/** Nouns that refer back to the firm a story is about: "the club rejected the offer". */
const FIRM_KINDS = /^(company|firm|group|bank|club|business|exchange|carrier|airline|retailer|insurer|lender|board)$/;

/** Words of a bid's noun phrase before its noun: "a hostile £300m takeover bid". */
const MODIFIERS = /\d|-a-share$|^(%|pay|wage|salary|pension|share|per|takeover|buyout|merger|contemplated|possible|potential|proposed|hostile|formal|informal|new|improved|revised|rival|fresh|latest|cash|final|initial|first|second|higher|sweetened|agreed|\$|£|€|[\d.,]+(bn|m)?|bn|m|billion|million)$/;

/** "its German rival, Borse Zentral": the name in apposition after a short description (a few common words and a comma). */
function appositiveFirm(tokens: Token[], k: number): NameSpan | null {
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    if (tokens[j]!.text === ',') return j > k ? readName(tokens, j + 1) : null;
    if (!tokens[j]!.word || /^(and|or|but|which|who|that|said|says)$/.test(tokens[j]!.lower)) return null;
  }
  return null;
}

/** Is the noun at `n` the object of "made" ("made a fresh approach", "has made an approach")? */
function madeBefore(tokens: Token[], n: number): boolean {
  let k = n - 1;
  while (k > 0 && n - k <= 3 && (DETERMINERS.has(tokens[k]!.lower) || MODIFIERS.test(tokens[k]!.lower))) k--;
  return /^(made|make|makes|making)$/.test(tokens[k]?.lower ?? '');
}

/** From `k`, past a relative clause between commas (", which ... ,"): where the clause's verb group starts. */
function afterRelative(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !/^(which|that)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  for (let j = k + 2; j < tokens.length && j <= k + 20; j++) if (tokens[j]!.text === ',') return j + 1;
  return k;
}

/** What the words after the noun phrase say became of it ("was rejected"), or null. */
function outcomeAfter(tokens: Token[], k: number): AgreementStatus | null {
  for (let j = k, seen = 0; j < tokens.length && seen < 4; j++, seen++) {
    const lower = tokens[j]!.lower;
    for (const [pattern, status] of OUTCOMES) if (pattern.test(lower)) return status;
    if (lower === 'go' && tokens[j + 1]?.lower === 'ahead') return 'SIGNED';
    // Rule bid.phrasal-outcome: "the merger was called off" (WITHDRAWN), "the bid fell through", "talks broke down".
    if (/^(called|call)$/.test(lower) && tokens[j + 1]?.lower === 'off') return 'WITHDRAWN';
    if (/^(fell|fall|falls|falling)$/.test(lower) && /^(through|apart)$/.test(tokens[j + 1]?.lower ?? '')) return 'NOT_REACHED';
    if (!/^(was|were|is|are|has|have|had|been|be|to|now|later|finally|also|will|would)$/.test(lower)) return null;
  }
  return null;
}

/** A deal between two firms found at the noun (or verb) `n`, with its title and topic from the rule's family. */
export function found(tokens: Token[], from: number, end: number, n: number, status: AgreementStatus, rule: string, named: NameSpan[], pronoun: number | undefined, confidence: number): Found {
  return {
    start: tokens[from]!.start,
    end,
    title: rule.startsWith('merger') ? 'merger' : rule.startsWith('bid') ? 'takeover offer' : 'takeover',
    status,
    topic: rule.startsWith('merger') ? 'mergers' : 'acquisitions',
    confidence,
    rule,
    npFrom: n,
    npTo: n + 1,
    noun: n,
    anchor: n,
    subject: 'name',
    clauseOnly: true,
    named,
    strict: true,
    ...(pronoun !== undefined ? { pronoun } : {}),
  };
}

/** "A's takeover of B", "the completion of its acquisition of B", "the takeover of B by A". */
export function takeoverOf(tokens: Token[], n: number): Found | null {
  if (tokens[n + 1]?.lower === 'by') return takeoverBy(tokens, n);
  if (tokens[n + 1]?.lower !== 'of') return null;
  const target = firmAfter(tokens, n + 2, 6);
  if (!target.name) return null;
  const owner = ownerBefore(tokens, n);
  let by = owner ? null : byPhrase(tokens, target.name.to);
  const npFrom = owner?.from ?? n;
  const governor = governorBefore(tokens, npFrom);
  // "A completed the purchase of a stake in B": the subject makes its own purchase.
  if (!owner && !by?.length && governor.status && governor.at >= 0) by = subjectOf(tokens, governor.at)?.names.slice(0, 1) ?? null;
  if (!owner?.name && owner?.pronoun === undefined && !by?.length) return null;
  const outcome = outcomeAfter(tokens, target.name.to);
  // A takeover told as a fact is one that happened; an offer, a plan or a fight for one is not yet, nor
  // "its contemplated acquisition", "a possible takeover".
  let proposed = false;
  for (let k = npFrom; k < n; k++) proposed ||= PROPOSED_ADJECTIVES.has(tokens[k]!.lower);
  const status = outcome ?? governor.status ?? (proposed ? 'PROPOSED' : 'SIGNED');
  const from = governor.status ? Math.max(0, governor.at) : npFrom;
  const bidder = owner?.name ?? by?.[0];
  return found(tokens, from, target.end, n, status, 'takeover.of', [...(bidder ? [bidder] : []), target.name], owner?.pronoun, governor.status || outcome ? 0.7 : 0.55);
}

/** "A's bid for B", "A made an offer for B", "B rejected A's approach", "A's offer was rejected". */
export function bidFor(tokens: Token[], n: number): Found | null {
  const previous = tokens[n - 1];
  // A noun: after a determiner, a possessive, an amount or "takeover" ("a takeover bid"), never "to bid".
  // ("did not offer", "will bid": a verb after an auxiliary or a negation.)
  if (previous && /^(not|never|did|does|do|will|would|could|may|might|should|can|shall|must)$|n't$/.test(previous.lower)) return null;
  if (!previous || previous.lower === 'to' || !previous.word && !/^[$£€%'’]$/.test(previous.text) && previous.text !== '.') {
    if (!/^(bn|m)$/.test(previous?.lower ?? '')) return null;
  }
  // Rule bid.offer-of-talks: "rejected B's offer of talks", "an offer of help": an offer of something other than a
  // deal is no agreement.
  if (tokens[n + 1]?.lower === 'of' && /^(talks|negotiations|discussions|help|support|aid|assistance|mediation|dialogue|cooperation|co-operation)$/.test(tokens[n + 2]?.lower ?? '')) return null;
  let k = n + 1;
  let targetName: NameSpan | null = null;
  let end = tokens[n]!.end;
  // "bid for B", "offer for B", "a £800m offer for B", "the offer for the remaining shares".
  for (let j = n + 1; j < tokens.length && j < n + 8; j++) {
    if (tokens[j]!.lower === 'for') {
      const target = firmAfter(tokens, j + 1, 6);
      targetName = target.name;
      end = target.end;
      k = targetName ? targetName.to : j + 1;
      // Rule bid.for-thing: "A's bid for the striker was accepted by B": what is bid for is no firm, and the outcome
      // after it names the side that decides.
      if (!targetName && tokens[k]?.lower === 'the') {
        let m = k + 1;
        while (m < tokens.length && m <= k + 3 && tokens[m]!.word && !tokens[m]!.capitalised && !/^(was|were|is|are|has|have|had|been|be|will|would|and|but|which|that|who)$/.test(tokens[m]!.lower)) m++;
        if (m > k + 1 && /^(was|were|is|are|has|have|had)$/.test(tokens[m]?.lower ?? '')) k = m;
      }
      break;
    }
    // "a takeover approach to B": an approach is made to the firm (only a takeover or merger approach: "an
    // approach to the police" is no bid).
    // ("made a fresh approach to B": an approach made to a named firm is one too.)
    if (tokens[j]!.lower === 'to' && /^approach(es)?$/.test(tokens[n]!.lower) && j === n + 1 && (/^(takeover|merger|buyout|bid)$/.test(tokens[n - 1]?.lower ?? '') || madeBefore(tokens, n) && isNameWord(tokens[j + 1]))) {
      const target = firmAfter(tokens, j + 1, 6);
      targetName = target.name;
      end = target.end;
      k = targetName ? targetName.to : j + 1;
      break;
    }
    if (!tokens[j]!.word && !/^[$£€%.,]$/.test(tokens[j]!.text) || /^(to|by|from|with|that|which|and)$/.test(tokens[j]!.lower)) break;
  }
  // Rule bid.values: "A's offer values B at £2bn": the firm valued is the target.
  if (!targetName && /^(values|valued|valuing)$/.test(tokens[n + 1]?.lower ?? '')) {
    const target = firmAfter(tokens, n + 2, 4);
    if (target.name) {
      targetName = target.name;
      end = target.end;
      k = target.name.to;
    }
  }
  const owner = ownerBefore(tokens, n);
  // "a takeover bid from A": the bidder after the noun.
  // ("an offer from its larger rival A": across the words that describe the bidder.)
  // ("an approach from American businessman A": the name after its description, not the demonym.)
  const fromFirm = tokens[n + 1]?.lower === 'from' ? firmAfter(tokens, n + 2, 6).name ?? appositiveFirm(tokens, n + 2) : null;
  const fromList = tokens[n + 1]?.lower === 'from' || tokens[n + 1]?.lower === 'by' ? readNameList(tokens, n + 2) : null;
  const describing = fromList?.length === 1 && fromList[0]!.to === fromList[0]!.from + 1 && /(an|ian|ean|ese|ish|ch|i)$/.test(tokens[fromList[0]!.from]!.lower) && !!tokens[fromList[0]!.to]?.word && !tokens[fromList[0]!.to]!.capitalised;
  const from_ = fromFirm && (!fromList || describing && fromList[0]!.from < fromFirm.from) ? [fromFirm] : fromList;
  if (from_?.length && !targetName) end = Math.max(end, tokens[from_[0]!.to - 1]!.end);
  let npFrom = owner?.from ?? n;
  while (npFrom > 0 && (DETERMINERS.has(tokens[npFrom - 1]!.lower) || MODIFIERS.test(tokens[npFrom - 1]!.lower))) npFrom--;
  const governor = governorBefore(tokens, Math.max(0, npFrom));
  // Rule bid.from-outcome: "an earlier offer from A, which would have raised spending, was rejected by B": the outcome
  // after the bidder, across a relative clause between commas.
  if (!targetName && from_?.length && tokens[n + 1]?.lower === 'from' && k === n + 1) k = afterRelative(tokens, from_.at(-1)!.to);
  const outcome = outcomeAfter(tokens, k);
  let targetByKind: number | undefined;
  // "A's offer was rejected by B": the target after "by".
  if (!targetName && outcome && outcome !== 'WITHDRAWN') {
    const at = range(k, Math.min(tokens.length, k + 5)).find((j) => tokens[j]!.lower === 'by');
    const by = at === undefined ? null : readNameList(tokens, at + 1);
    if (by?.length) {
      targetName = by[0]!;
      end = Math.max(end, tokens[by[0]!.to - 1]!.end);
    } else if (at !== undefined && tokens[at + 1]?.lower === 'the' && FIRM_KINDS.test(tokens[at + 2]?.lower ?? '')) {
      // Rule bid.rejected-by-kind: "A's approach was rejected by the club": the firm the story is about.
      targetByKind = at + 1;
      end = Math.max(end, tokens[at + 2]!.end);
    }
  }
  const status = outcome ?? governor.status ?? 'PROPOSED';
  let bidder = owner?.name ?? from_?.[0];
  // "a Dunmore Foods bid for B", "Dunmore Foods bid £3 for B": the name just before the noun (or verb) bids.
  let j = n - 1;
  while (j >= 0 && isNameWord(tokens[j]) && !/['’]s$/.test(tokens[j]!.text)) j--;
  if (!bidder && j < n - 1) bidder = { start: j + 1, from: j + 1, to: n };
  let pronoun = owner?.pronoun;
  // "A made a bid for B", "A withdrew its offer": the subject of the governing verb bids (but B rejects or accepts).
  // Rule bid.received: "B has received a takeover approach from A": the subject that receives an offer is its target.
  // (Rule bid.from: "B would consider a bid from A", "B welcomed an offer from A": with the bidder after "from",
  // whoever acts on the offer is its target, as with "received".)
  const received = governor.at >= 0 && (/^(receive|receives|received|receiving)$/.test(tokens[governor.at]?.lower ?? '') || tokens[n + 1]?.lower === 'from' && !!from_?.length && !owner);
  const targetActs = governor.status === 'NOT_REACHED' || governor.status === 'SIGNED' || received;
  let rivals: NameSpan[] = [];
  if (!bidder && pronoun === undefined && !targetActs && governor.at >= 0 && tokens[governor.at]?.word) {
    const actor = actorOf(tokens, governor.at);
    bidder = actor?.name;
    pronoun = actor?.pronoun;
    // Rule bid.rivals: "A and B are both considering bids for C": one offer from each.
    const subject = subjectOf(tokens, governor.at);
    if (subject && subject.names.length >= 2 && /s$/.test(tokens[n]!.lower)) rivals = subject.names.slice(1);
  }
  // "B rejected A's offer": the subject of the refusal is the target.
  let targetPronoun: number | undefined;
  if (!targetName && (status === 'NOT_REACHED' || status === 'SIGNED' || received) && governor.at >= 0) {
    // "B's shareholders voted to accept the offer", "B decided to reject it": the subject of the verb before "to".
    const head = tokens[governor.at - 1]?.lower === 'to' && tokens[governor.at - 2]?.word && !tokens[governor.at - 2]!.capitalised ? governor.at - 2 : governor.at;
    const subject = subjectOf(tokens, head);
    if (subject?.names.length) targetName = subject.names[0]!;
    // "B said it would not accept the offer from A", "the club rejected the offer from A": the pronoun, or a
    // firm named by its kind, stands for the target.
    // (Rule bid.members-accept: "its members voted to accept the offer from B": the body the possessive stands for.)
    else if (subject && bidder && pronoun === undefined && (/^(it|they)$/.test(tokens[subject.from]!.lower) || /^(its|their)$/.test(tokens[subject.from]!.lower) && /^(members|workers|staff|shareholders|employees|board|directors)$/.test(tokens[subject.from + 1]?.lower ?? '') || tokens[subject.from]!.lower === 'the' && FIRM_KINDS.test(tokens[subject.from + 1]?.lower ?? '') && subject.from + 2 === subjectEnd(tokens, governor.at))) targetPronoun = subject.from;
  }
  targetPronoun ??= targetByKind;
  if (!targetName && targetPronoun !== undefined && bidder) {
    const from = Math.min(targetPronoun, governor.at >= 0 ? governor.at : targetPronoun, bidder.start);
    return found(tokens, from, Math.max(end, tokens[bidder.to - 1]!.end), n, status, received ? (/^receiv/.test(tokens[governor.at]?.lower ?? '') ? 'bid.received' : governor.status === 'SIGNED' || governor.status === 'NOT_REACHED' ? 'bid.for' : 'bid.from') : 'bid.for', [bidder], targetPronoun, 0.6);
  }
  // Rule bid.tabled-in-talks: "drivers turned down a 5% offer that the company had tabled in talks with the RTWF": the
  // firm that tabled the offer and the side it was tabled to in talks.
  if (!targetName && !bidder && pronoun === undefined && (status === 'NOT_REACHED' || status === 'SIGNED') && /^(that|which)$/.test(tokens[k]?.lower ?? '')) {
    let v = k + 1;
    while (v < tokens.length && v <= k + 5 && !/^(tabled|made|offered|proposed|submitted|put)$/.test(tokens[v]!.lower)) v++;
    const tabler = v <= k + 5 && tokens[v] ? subjectOf(tokens, v) : null;
    const talks = range(v + 1, Math.min(tokens.length, v + 5)).find((j) => /^(talks|negotiations)$/.test(tokens[j]!.lower) && tokens[j + 1]?.lower === 'with');
    let other = talks === undefined ? null : namesAfter(tokens, talks + 1, talks + 2, ['with'])[0] ?? null;
    // ("the Road Transport Workers' Federation": a members' possessive inside the name.)
    const rest = other && /^['’]$/.test(tokens[other.to + 1]?.text ?? '') && possessiveInsideName(tokens, other.to + 1) ? readName(tokens, other.to + 2) : null;
    if (other && rest) other = { ...other, to: rest.to };
    const tablerPronoun = tabler && !tabler.names.length && (/^(it|they)$/.test(tokens[tabler.from]!.lower) || tokens[tabler.from]!.lower === 'the' && FIRM_KINDS.test(tokens[tabler.from + 1]?.lower ?? '')) ? tabler.from : undefined;
    if (other && (tabler?.names.length || tablerPronoun !== undefined)) {
      return found(tokens, Math.max(0, governor.at), tokens[other.to - 1]!.end, n, status, 'bid.tabled-in-talks', [...(tabler?.names.slice(0, 1) ?? []), other], tablerPronoun, 0.6);
    }
  }
  // Rule bid.raised: "A raised its offer to 455p a share, valuing B at £2.2bn": a sweetened offer is a new one, for the
  // firm it values, else for the firm of the bidder's offer told before.
  const raised = governor.at >= 0 && /^(raised|raises|raise|raising|increased|increases|increase|sweetened|sweetens|sweeten|improved|improves|lifted|lifts|boosted|upped|ups|revised)$/.test(tokens[governor.at]!.lower) && /^(its|their|his|her)$/.test(tokens[n - 1]?.lower ?? '');
  if (!targetName && raised && (bidder || pronoun !== undefined)) {
    const values = range(n + 1, Math.min(tokens.length, n + 12)).find((j) => /^(valuing|values|valued)$/.test(tokens[j]!.lower));
    const valued = values === undefined ? null : firmAfter(tokens, values + 1, 4).name;
    const from = Math.min(governor.at, bidder?.start ?? governor.at);
    if (valued) return { ...found(tokens, from, tokens[valued.to - 1]!.end, n, 'PROPOSED', 'bid.raised', [...(bidder ? [bidder] : []), valued], pronoun, 0.6) };
    return { ...found(tokens, from, tokens[n]!.end, n, 'PROPOSED', 'bid.raised', bidder ? [bidder] : [], pronoun, 0.55), sameFirm: true };
  }
  if (!targetName) return null;
  if (!bidder && pronoun === undefined) {
    // "B rejected the offer": the offer told before, whose bidder the story step finds.
    if (!/^(the|this|that)$/.test(tokens[n - 1]?.lower ?? '') || status === 'PROPOSED') return null;
    const from = Math.min(Math.max(0, governor.at), targetName.start);
    return { ...found(tokens, from, Math.max(end, tokens[n]!.end), n, status, 'bid.for', [targetName], undefined, 0.6), strict: false, definite: true };
  }
  const from = Math.min(governor.status ? Math.max(0, governor.at) : npFrom, targetName.start, bidder?.start ?? npFrom);
  if (rivals.length && bidder) return { ...found(tokens, Math.max(0, from), Math.max(end, tokens[n]!.end), n, status, 'bid.rivals', [targetName, bidder, ...rivals], undefined, 0.6), title: 'takeover offer', separate: true };
  return found(tokens, Math.max(0, from), Math.max(end, tokens[n]!.end), n, status, received ? (/^receiv/.test(tokens[governor.at]?.lower ?? '') ? 'bid.received' : governor.status === 'SIGNED' || governor.status === 'NOT_REACHED' ? 'bid.for' : 'bid.from') : 'bid.for', [...(bidder ? [bidder] : []), targetName], pronoun, outcome || governor.status ? 0.7 : 0.6);
}

/** "the merger of A and B", "a merger between A and B", with what became of it. */
export function mergerOf(tokens: Token[], n: number): Found | null {
  const marker = tokens[n + 1]?.lower;
  if (marker === 'with') return mergerWith(tokens, n);
  if (marker !== 'of' && marker !== 'between') return null;
  // The firms, each across its description ("Russian gas giant Gazprom and oil firm Rosneft").
  const first = firmAfter(tokens, n + 2, 6);
  if (!first.name) return null;
  let next = first.name.to;
  const firms = [first.name];
  let end = first.end;
  if (tokens[next]?.lower === 'and') {
    const second = firmAfter(tokens, next + 1, 6);
    if (second.name) {
      firms.push(second.name);
      next = second.name.to;
      end = second.end;
    }
  } else {
    const list = readNameList(tokens, n + 2);
    if (list && list.length >= 2) firms.splice(0, 1, ...list);
  }
  if (firms.length < 2) return null;
  const governor = governorBefore(tokens, tokens[n - 1] && DETERMINERS.has(tokens[n - 1]!.lower) ? n - 1 : n);
  const outcome = outcomeAfter(tokens, next);
  const status = outcome ?? governor.status;
  if (!status) return null;
  return found(tokens, tokens[n - 1] && DETERMINERS.has(tokens[n - 1]!.lower) ? n - 1 : n, end, n, status, 'merger.of', firms, undefined, 0.7);
}

/**
 * Rule takeover.by: "B agreed to a £2bn takeover by A", "B accepted a takeover by A": the subject of the
 * governing verb is the firm taken over, the name after "by" the buyer.
 */
function takeoverBy(tokens: Token[], n: number): Found | null {
  const buyer = readNameList(tokens, n + 2)?.[0];
  if (!buyer) return null;
  let npFrom = n;
  while (npFrom > 0 && (DETERMINERS.has(tokens[npFrom - 1]!.lower) || MODIFIERS.test(tokens[npFrom - 1]!.lower) || /^[$£€]$/.test(tokens[npFrom - 1]!.text))) npFrom--;
  const governor = governorBefore(tokens, npFrom);
  if (!governor.status || governor.at < 0) return null;
  const target = subjectOf(tokens, governor.at)?.names[0];
  if (!target) return null;
  return found(tokens, Math.min(target.start, governor.at), tokens[buyer.to - 1]!.end, n, governor.status, 'takeover.by', [buyer, target], undefined, 0.65);
}

/**
 * Rule merger.with: "B's merger with A was completed", "its planned merger with A": the owner of the noun
 * (or the subject of its governing verb) and the firm after "with". Told as a fact, a merger is made.
 */
function mergerWith(tokens: Token[], n: number): Found | null {
  const other = firmAfter(tokens, n + 2, 6);
  if (!other.name) return null;
  const owner = ownerBefore(tokens, n);
  let npFrom = owner?.from ?? n;
  while (npFrom > 0 && (DETERMINERS.has(tokens[npFrom - 1]!.lower) || MODIFIERS.test(tokens[npFrom - 1]!.lower))) npFrom--;
  const governor = governorBefore(tokens, npFrom);
  let first = owner?.name;
  let pronoun = owner?.pronoun;
  if (!first && pronoun === undefined && governor.status && governor.at >= 0) {
    const actor = actorOf(tokens, governor.at);
    first = actor?.name;
    pronoun = actor?.pronoun;
  }
  if (!first && pronoun === undefined) return null;
  // "its planned merger", "a possible merger": not made yet.
  let proposed = false;
  for (let k = npFrom; k < n; k++) proposed ||= PROPOSED_ADJECTIVES.has(tokens[k]!.lower);
  const status = outcomeAfter(tokens, other.name.to) ?? governor.status ?? (proposed ? 'PROPOSED' : 'SIGNED');
  const from = governor.status ? Math.min(Math.max(0, governor.at), first?.start ?? npFrom) : Math.min(npFrom, first?.start ?? npFrom);
  return found(tokens, from, other.end, n, status, 'merger.with', [...(first ? [first] : []), other.name], pronoun, governor.status ? 0.65 : 0.55);
}
