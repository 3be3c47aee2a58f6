// The agreement rules, in the order they run over each sentence: each starts at a trigger word and
// reads one report of an agreement around it, and its id is recorded on what it finds (the noun rule
// adds the form it saw: "noun.sign-verb", "noun.failed-after"). Overlapping finds are merged afterwards
// (merge.ts), and the parties are resolved against the story's entities (parties.ts).
import type { Layout, Sentence } from '../text.js';
import type { Found } from './found.js';
import { agreedAgreement, announcedTogether, collectiveEndorsed, ENDORSING_FORMS } from './rules/agreed.js';
import { APPROACH_FORMS, approachVerb } from './rules/approach.js';
import { BID_NOUNS, bidFor, MERGER_NOUNS, mergerOf, TAKEOVER_NOUNS, takeoverOf } from './rules/bid.js';
import { nounAgreement } from './rules/noun.js';
import { exchangeAgreement, proposalAgreement } from './rules/proposal.js';
import { OFFER_PRICE_FORMS, orderNoun, PAY_FORMS, paidFor, PURCHASE_FORMS, purchaseVerb } from './rules/purchase.js';
import { talksAgreement } from './rules/talks.js';
import { MERGE_FORMS, mergeVerb, PARTNER_FORMS, partnerVerb, SETTLE_FORMS, settleVerb } from './rules/together.js';
import { PROPOSING_VERBS } from './verbs.js';
import { AGREEMENT_NOUNS, TALK_NOUNS } from './words.js';

export interface SentenceContext {
  layout: Layout;
  sentence: Sentence;
  /** Does the clause [from, to) name two sides ("A and B", "both countries")? */
  hasJointSubject(from: number, to: number): boolean;
}

export interface AgreementRule {
  /** Recorded on every agreement the rule finds (its family, when the rule adds the form). */
  id: string;
  /** What it matches, for a reader of this list. */
  matches: string;
  /** Lowercase words the rule can start at. */
  triggers: ReadonlySet<string>;
  find(context: SentenceContext, k: number): Found | null;
}

export const AGREEMENT_RULES: readonly AgreementRule[] = [
  {
    id: 'noun',
    matches: 'an agreement noun and the verb that governs it: "A and B signed a pact", "rejected the deal", "a deal was reached", "the proposed treaty"',
    triggers: AGREEMENT_NOUNS,
    find: ({ layout, sentence }, k) => nounAgreement(layout, sentence, k),
  },
  {
    id: 'talks',
    matches: 'talks under way or failed: "talks between A and B collapsed", "A held merger talks with B"',
    triggers: TALK_NOUNS,
    find: ({ layout, sentence }, k) => talksAgreement(layout, sentence, k),
  },
  {
    id: 'agreed',
    matches: 'two sides that agree: "A and B agreed to cut tariffs", "both countries agreed on ...", "it agreed terms with B" (agreed.with-other), "the reform was agreed by EU ministers" (agreed.passive-collective)',
    triggers: new Set(['agreed', 'agree', 'agrees']),
    find: ({ layout, sentence, hasJointSubject }, k) => agreedAgreement(layout, sentence, k, hasJointSubject),
  },
  {
    id: 'agreed.collective-backed',
    matches: 'a body of many members backing a plan: "EU leaders backed plans to ...", "the G8 approved a package of ..."',
    triggers: ENDORSING_FORMS,
    find: ({ layout, sentence }, k) => collectiveEndorsed(layout, sentence, k),
  },
  {
    id: 'announced.joint-subject',
    matches: 'two named sides announcing something together: "A and B announced a version of A\'s service for B\'s phones"',
    triggers: new Set(['announced', 'unveiled']),
    find: ({ layout, sentence }, k) => announcedTogether(layout, sentence, k),
  },
  {
    id: 'proposal',
    matches: 'a joint undertaking proposed without an agreement noun: "A proposed a joint task force with B"',
    triggers: PROPOSING_VERBS,
    find: ({ layout, sentence }, k) => proposalAgreement(layout, sentence, k),
  },
  {
    id: 'exchange.in-return',
    matches: 'something given for something back: "a stake could be offered in return for a seat on the board"',
    triggers: new Set(['return', 'exchange']),
    find: ({ layout, sentence }, k) => exchangeAgreement(layout, sentence, k),
  },
  {
    id: 'purchase.verb',
    matches: 'a firm bought by another: "A bought B", "A acquired 60% of B", "A offered to buy B", "B was snapped up by A"',
    triggers: PURCHASE_FORMS,
    find: ({ sentence }, k) => purchaseVerb(sentence, k),
  },
  {
    id: 'purchase.paid-for',
    matches: 'a price paid or offered for a firm: "A will pay $2bn for B", "A paid £400m for a 20% stake in B", "A offered 500p a share for B" (purchase.offered-for)',
    triggers: new Set([...PAY_FORMS, ...OFFER_PRICE_FORMS]),
    find: ({ sentence }, k) => paidFor(sentence, k),
  },
  {
    id: 'order.noun',
    matches: 'an order placed or won: "A placed an order for 20 jets with B", "B won an order from A"',
    triggers: new Set(['order', 'orders']),
    find: ({ sentence }, k) => orderNoun(sentence, k),
  },
  {
    id: 'takeover.of',
    matches: 'a takeover named by its noun: "the completion of A\'s takeover of B", "its acquisition of B", "B agreed to a takeover by A"',
    triggers: TAKEOVER_NOUNS,
    find: ({ sentence }, k) => takeoverOf(sentence.tokens, k),
  },
  {
    id: 'bid.for',
    matches: 'an offer for a firm: "A\'s bid for B", "A made an offer for B", "B rejected A\'s offer", "B received an approach from A" (bid.received), "A and B are both considering bids for C" (bid.rivals)',
    triggers: BID_NOUNS,
    find: ({ sentence }, k) => bidFor(sentence.tokens, k),
  },
  {
    id: 'merger.of',
    matches: 'a merger named with its firms: "the merger of A and B is to go ahead", "a merger between A and B"',
    triggers: MERGER_NOUNS,
    find: ({ sentence }, k) => mergerOf(sentence.tokens, k),
  },
  {
    id: 'bid.approach',
    matches: 'a firm approached about a deal: "A approached B about a takeover", "B was approached by A over a merger"',
    triggers: APPROACH_FORMS,
    find: ({ sentence }, k) => approachVerb(sentence.tokens, k),
  },
  {
    id: 'merger.verb',
    matches: 'two firms to merge, read from the verb: "A and B are to merge", "A will merge with B", "A plans to merge with B"',
    triggers: MERGE_FORMS,
    find: ({ sentence }, k) => mergeVerb(sentence.tokens, k),
  },
  {
    id: 'partner.verb',
    matches: 'two firms working together, read from the verb: "A teamed up with B", "A and B joined forces", "A partnered with B"',
    triggers: PARTNER_FORMS,
    find: ({ sentence }, k) => partnerVerb(sentence.tokens, k),
  },
  {
    id: 'settle.verb',
    matches: 'a dispute settled between two sides: "A and B settled out of court", "A settled with B", "A settled the lawsuit brought by B"',
    triggers: SETTLE_FORMS,
    find: ({ sentence }, k) => settleVerb(sentence.tokens, k),
  },
];

/** Every trigger word of every rule: a sentence with none of them is skipped. */
export const TRIGGERS = new Set(AGREEMENT_RULES.flatMap((rule) => [...rule.triggers]));
