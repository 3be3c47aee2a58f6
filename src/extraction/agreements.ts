// Agreements a story reports: signed ("X and Y signed a trade pact", "after signing an agreement on ..."),
// proposed ("offered a deal", "talks on a trade deal", "plan to sign a treaty", "proposed a joint task force")
// and not reached ("failed to reach an agreement", "talks collapsed", "no deal was reached", "rejected the deal").
// Each is found from an agreement noun and the verb that governs it (on its left, or a participle on its
// right: "the agreement, signed on Saturday by A and B"), or from a few patterns without such a noun ("X and
// Y agreed to ...", "talks between X and Y broke down", "A and B proposed a joint commission").
// The parties are first the names the syntax gives, read from the tokens whatever their entity kind (so
// towns, unions and countries no gazetteer knows count): the subject "A and B", "A ... with B", "by A and
// B", "between A and B". Else the countries, organisations and people named in the sentence; a sentence
// that only says "both countries" or "they" gets the story's two sides (the parties of its other
// agreements, its main countries, or the pair of names it joins most). In a quotation only two names the
// clause gives count. "Under the deal, ..." and a repeated "the agreement" add nothing new. The span runs
// from the subject through the agreement and its object. Pure and deterministic.
import { countryOf, type EntityRegistry, type Mention } from './entities.js';
import { GROUP_NOUNS, IRREGULAR_PAST, MONTHS, NOT_NAMES, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERB_LEMMA, TITLES } from './lexicon.js';
import { layOut, type Layout, type Sentence, type Token } from './text.js';
import { headlineOf, topicsOf } from './topics.js';
import type { AgreementStatus, ExtractedAgreement } from './types.js';

// ---------------------------------------------------------------------------------------------------------
// Word lists

/** Nouns that name an agreement. */
const AGREEMENT_NOUNS = new Set([
  'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties', 'pact', 'pacts', 'memorandum',
  'memoranda', 'memorandums', 'mou', 'ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'truce', 'truces', 'armistice',
  'settlement', 'settlements', 'contract', 'contracts', 'compact', 'partnership', 'merger', 'convention', 'protocol',
]);

/** Nouns that only count with a verb that leaves no doubt ("signed a convention", not "the party convention"). */
const WEAK_NOUNS = new Set(['convention', 'protocol', 'partnership', 'merger', 'contract', 'contracts', 'compact']);

/** Nouns for negotiations: "talks on a trade deal" (proposed), "talks collapsed" (not reached). */
const TALK_NOUNS = new Set(['talks', 'negotiations', 'negotiation', 'discussions']);

type VerbClass = 'SIGN' | 'PROPOSE' | 'REJECT' | 'EXISTING' | 'WITHOUT';
type VerbForm = 'base' | 'past' | 'ing' | 's';

interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  form: VerbForm;
}

interface LemmaInfo {
  cls: VerbClass;
  forms: [string[], string[], string[], string[]]; // base, s, past, ing
  /** A particle that must stand between the verb and the noun ("entered into", "pulled out of"). */
  needs?: string;
  /** Particles allowed between the verb and the noun. */
  particles?: string[];
  /** Only with strong agreement nouns (not "contract", "merger" ...). */
  strongOnly?: boolean;
}

const LEMMAS: Record<string, LemmaInfo> = {
  sign: { cls: 'SIGN', forms: [['sign'], ['signs'], ['signed'], ['signing']], particles: ['on', 'to', 'onto', 'off', 'up'] },
  ink: { cls: 'SIGN', forms: [['ink'], ['inks'], ['inked'], ['inking']] },
  initial: { cls: 'SIGN', forms: [[], ['initials'], ['initialled', 'initialed'], ['initialling', 'initialing']] },
  seal: { cls: 'SIGN', forms: [['seal'], ['seals'], ['sealed'], ['sealing']] },
  conclude: { cls: 'SIGN', forms: [['conclude'], ['concludes'], ['concluded'], ['concluding']] },
  reach: { cls: 'SIGN', forms: [['reach'], ['reaches'], ['reached'], ['reaching']] },
  strike: { cls: 'SIGN', forms: [['strike'], ['strikes'], ['struck'], ['striking']] },
  clinch: { cls: 'SIGN', forms: [['clinch'], ['clinches'], ['clinched'], ['clinching']] },
  finalize: { cls: 'SIGN', forms: [['finalize', 'finalise'], ['finalizes', 'finalises'], ['finalized', 'finalised'], ['finalizing', 'finalising']] },
  agree: { cls: 'SIGN', forms: [['agree'], ['agrees'], ['agreed'], ['agreeing']], particles: ['to', 'on', 'upon'] },
  enter: { cls: 'SIGN', forms: [['enter'], ['enters'], ['entered'], ['entering']], needs: 'into' },
  hammer: { cls: 'SIGN', forms: [['hammer'], ['hammers'], ['hammered'], ['hammering']], needs: 'out' },
  thrash: { cls: 'SIGN', forms: [['thrash'], ['thrashes'], ['thrashed'], ['thrashing']], needs: 'out' },
  forge: { cls: 'SIGN', forms: [['forge'], ['forges'], ['forged'], ['forging']] },
  broker: { cls: 'SIGN', forms: [['broker'], ['brokers'], ['brokered'], ['brokering']] },
  secure: { cls: 'SIGN', forms: [['secure'], ['secures'], ['secured'], ['securing']] },
  cut: { cls: 'SIGN', forms: [['cut'], ['cuts'], ['cut'], ['cutting']] },
  make: { cls: 'SIGN', forms: [['make'], ['makes'], ['made'], ['making']], strongOnly: true },
  ratify: { cls: 'SIGN', forms: [['ratify'], ['ratifies'], ['ratified'], ['ratifying']] },
  approve: { cls: 'SIGN', forms: [['approve'], ['approves'], ['approved'], ['approving']] },
  renew: { cls: 'SIGN', forms: [['renew'], ['renews'], ['renewed'], ['renewing']] },
  extend: { cls: 'SIGN', forms: [['extend'], ['extends'], ['extended'], ['extending']], strongOnly: true },
  adopt: { cls: 'SIGN', forms: [['adopt'], ['adopts'], ['adopted'], ['adopting']], strongOnly: true },
  complete: { cls: 'SIGN', forms: [['complete'], ['completes'], ['completed'], ['completing']] },
  close: { cls: 'SIGN', forms: [['close'], ['closes'], ['closed'], ['closing']], strongOnly: true },
  announce: { cls: 'SIGN', forms: [['announce'], ['announces'], ['announced'], ['announcing']] },
  unveil: { cls: 'SIGN', forms: [['unveil'], ['unveils'], ['unveiled'], ['unveiling']], strongOnly: true },
  negotiate: { cls: 'PROPOSE', forms: [['negotiate'], ['negotiates'], ['negotiated'], ['negotiating']] },
  renegotiate: { cls: 'PROPOSE', forms: [['renegotiate'], ['renegotiates'], ['renegotiated'], ['renegotiating']] },
  propose: { cls: 'PROPOSE', forms: [['propose'], ['proposes'], ['proposed'], ['proposing']] },
  offer: { cls: 'PROPOSE', forms: [['offer'], ['offers'], ['offered'], ['offering']] },
  seek: { cls: 'PROPOSE', forms: [['seek'], ['seeks'], ['sought'], ['seeking']] },
  want: { cls: 'PROPOSE', forms: [['want'], ['wants'], ['wanted'], ['wanting']], strongOnly: true },
  pursue: { cls: 'PROPOSE', forms: [['pursue'], ['pursues'], ['pursued'], ['pursuing']] },
  discuss: { cls: 'PROPOSE', forms: [['discuss'], ['discusses'], ['discussed'], ['discussing']] },
  draft: { cls: 'PROPOSE', forms: [['draft'], ['drafts'], ['drafted'], ['drafting']], strongOnly: true },
  consider: { cls: 'PROPOSE', forms: [['consider'], ['considers'], ['considered'], ['considering']], strongOnly: true },
  weigh: { cls: 'PROPOSE', forms: [['weigh'], ['weighs'], ['weighed'], ['weighing']], strongOnly: true },
  float: { cls: 'PROPOSE', forms: [['float'], ['floats'], ['floated'], ['floating']], strongOnly: true },
  near: { cls: 'PROPOSE', forms: [['near'], ['nears'], ['neared'], ['nearing']], strongOnly: true },
  push: { cls: 'PROPOSE', forms: [['push'], ['pushes'], ['pushed'], ['pushing']], needs: 'for' },
  press: { cls: 'PROPOSE', forms: [['press'], ['presses'], ['pressed'], ['pressing']], needs: 'for' },
  call: { cls: 'PROPOSE', forms: [['call'], ['calls'], ['called'], ['calling']], needs: 'for' },
  hope: { cls: 'PROPOSE', forms: [['hope'], ['hopes'], ['hoped'], ['hoping']], needs: 'for' },
  work: { cls: 'PROPOSE', forms: [['work'], ['works'], ['worked'], ['working']], particles: ['on', 'toward', 'towards'], needs: 'on|toward|towards' },
  talk: { cls: 'PROPOSE', forms: [[], ['talks'], [], []], particles: ['on', 'over', 'about', 'for', 'toward', 'towards', 'of'], needs: 'on|over|about|for|toward|towards|of' },
  negotiation: { cls: 'PROPOSE', forms: [[], ['negotiations', 'negotiation', 'discussions'], [], []], particles: ['on', 'over', 'about', 'for', 'toward', 'towards', 'of'], needs: 'on|over|about|for|toward|towards|of' },
  reject: { cls: 'REJECT', forms: [['reject'], ['rejects'], ['rejected'], ['rejecting']] },
  rebuff: { cls: 'REJECT', forms: [['rebuff'], ['rebuffs'], ['rebuffed'], ['rebuffing']] },
  refuse: { cls: 'REJECT', forms: [['refuse'], ['refuses'], ['refused'], ['refusing']] },
  veto: { cls: 'REJECT', forms: [['veto'], ['vetoes'], ['vetoed'], ['vetoing']] },
  scrap: { cls: 'REJECT', forms: [['scrap'], ['scraps'], ['scrapped'], ['scrapping']] },
  abandon: { cls: 'REJECT', forms: [['abandon'], ['abandons'], ['abandoned'], ['abandoning']] },
  cancel: { cls: 'REJECT', forms: [['cancel'], ['cancels'], ['cancelled', 'canceled'], ['cancelling', 'canceling']] },
  block: { cls: 'REJECT', forms: [['block'], ['blocks'], ['blocked'], ['blocking']] },
  torpedo: { cls: 'REJECT', forms: [['torpedo'], ['torpedoes'], ['torpedoed'], ['torpedoing']] },
  withdraw: { cls: 'REJECT', forms: [['withdraw'], ['withdraws'], ['withdrew', 'withdrawn'], ['withdrawing']], needs: 'from' },
  pull: { cls: 'REJECT', forms: [['pull'], ['pulls'], ['pulled'], ['pulling']], needs: 'out' },
  walk: { cls: 'REJECT', forms: [['walk'], ['walks'], ['walked'], ['walking']], needs: 'away' },
  tear: { cls: 'REJECT', forms: [['tear'], ['tears'], ['tore', 'torn'], ['tearing']], needs: 'up' },
  rip: { cls: 'REJECT', forms: [['rip'], ['rips'], ['ripped'], ['ripping']], needs: 'up' },
  quit: { cls: 'REJECT', forms: [['quit'], ['quits'], ['quit'], ['quitting']] },
  exit: { cls: 'REJECT', forms: [['exit'], ['exits'], ['exited'], ['exiting']] },
  according: { cls: 'EXISTING', forms: [[], [], [], ['according']], particles: ['to'] },
  under: { cls: 'EXISTING', forms: [['under'], [], [], []] },
  without: { cls: 'WITHOUT', forms: [['without'], [], [], []] },
};

const VERBS = new Map<string, VerbInfo>();
for (const [lemma, info] of Object.entries(LEMMAS)) {
  const formNames: VerbForm[] = ['base', 's', 'past', 'ing'];
  info.forms.forEach((forms, index) => {
    for (const form of forms) if (!VERBS.has(form)) VERBS.set(form, { lemma, cls: info.cls, form: formNames[index]! });
  });
}

/** Words that may stand between a verb and the agreement it governs. */
const ADVERBS = new Set([
  'also', 'finally', 'formally', 'officially', 'recently', 'already', 'jointly', 'quickly', 'tentatively', 'eventually',
  'successfully', 'reportedly', 'just', 'now', 'then', 'since', 'previously', 'earlier', 'swiftly', 'secretly', 'publicly',
  'ultimately', 'effectively', 'separately', 'once', 'still', 'narrowly', 'unanimously', 'overwhelmingly', 'quietly',
]);
const PARTICLES = new Set(['on', 'to', 'onto', 'upon', 'into', 'out', 'of', 'off', 'up', 'away', 'from', 'for', 'toward', 'towards', 'over', 'about']);

const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'no',
  'another', 'such', 'every', 'each', 'what', 'whose', 'some',
]);

/** Words that end a noun phrase on the left: the determiner is taken in, these are not. */
const LEFT_STOPS = new Set([
  ...PARTICLES, 'in', 'at', 'by', 'with', 'and', 'or', 'but', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'that', 'which', 'who', 'it',
  'they', 'we', 'he', 'she', 'i', 'you', 'them', 'him', 'us', 'there', 'if', 'than', 'between', 'among', 'against', 'after',
  'before', 'said', 'says',
]);

/** Adjectives that make a bare agreement noun a report ("the proposed deal"). */
const PROPOSED_ADJECTIVES = new Set(['proposed', 'draft', 'potential', 'possible', 'prospective', 'tentative', 'planned', 'mooted', 'putative', 'provisional']);
const FAILED_ADJECTIVES = new Set(['failed', 'collapsed', 'aborted', 'stalled', 'abandoned', 'scrapped', 'rejected']);

/** Modifiers that say nothing about the subject of an agreement. */
const EMPTY_MODIFIERS = new Set([
  ...PROPOSED_ADJECTIVES, ...FAILED_ADJECTIVES, 'new', 'historic', 'landmark', 'major', 'big', 'final', 'interim', 'preliminary', 'formal',
  'concrete', 'comprehensive', 'bilateral', 'multilateral', 'international', 'previous', 'earlier', 'existing', 'current', 'last',
  'first', 'second', 'long-awaited', 'long-term', 'short-term', 'joint', 'broad', 'wide-ranging', 'binding', 'legally', 'non-binding',
  'secret', 'controversial', 'lucrative', 'initial', 'firm', 'detailed', 'framework', 'million', 'billion', 'trillion', 'bn', 'm',
  'year', 'years', 'year-long', 'multi-year', 'multiyear', 'deal', 'agreement', 'historical', 'important', 'crucial', 'key',
  'similar', 'same', 'whole', 'entire', 'overall', 'separate', 'further', 'fresh', 'revised', 'better', 'bad', 'worse', 'best',
  'worst', 'terrible', 'horrible', 'great', 'good', 'fair', 'sweeping', 'ambitious', 'modest', 'limited', 'temporary',
  'permanent', 'lasting', 'durable', 'fragile', 'old', 'original', 'earlier', 'recent', 'latest',
]);

/** Words that end the complement of an agreement noun on the right ("... on trade, officials said"). */
const RIGHT_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'because', 'but', 'although', 'though',
  'if', 'unless', 'since', 'until', 'said', 'says', 'say', 'told', 'according', 'as', 'so', 'than', 'was', 'were', 'is', 'are',
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'be', 'been',
  'being', 'not', 'also', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'earlier', 'later', 'ago', 'amid', 'despite',
  'during', 'whereas', 'however', 'meanwhile', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'once', 'again', 'soon',
  'together', 'now', 'then', 'still',
]);
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = MONTHS;

/** Modal and intention words before a verb: the agreement is not (yet) made. */
const INTENT = new Set([
  'will', 'would', "'ll", 'shall', 'could', 'might', 'may', 'plan', 'plans', 'planned', 'planning', 'expect', 'expects',
  'expected', 'set', 'hope', 'hopes', 'hoped', 'hoping', 'aim', 'aims', 'aimed', 'aiming', 'seek', 'seeks', 'seeking', 'sought',
  'want', 'wants', 'wanted', 'wanting', 'try', 'tries', 'tried', 'trying', 'intend', 'intends', 'intended', 'going', 'ready',
  'close', 'closer', 'poised', 'prepared', 'prepare', 'prepares', 'preparing', 'push', 'pushing', 'pushed', 'working', 'work',
  'need', 'needs', 'needed', 'yet', 'whether', 'if', 'agreed', 'agree', 'due', 'likely', 'wish', 'wishes', 'eager', 'keen',
  'promise', 'promised', 'promises', 'vowed', 'vow', 'vows', 'pledged', 'pledge', 'urged', 'urge', 'urges', 'asked',
  'called', 'calls', 'struggling', 'struggle', 'struggled', 'unless', 'should', 'must', 'can',
]);

/** Negation and failure before a verb: the agreement was not made. */
const NEGATION = new Set([
  'not', 'never', 'no', 'nor', 'failed', 'fail', 'fails', 'failing', 'unable', 'refused', 'refuse', 'refuses', 'refusing',
  'declined', 'decline', 'declines', 'declining', 'without', 'cannot', 'neither', 'rejected', 'reluctant',
]);

/** Participles after the noun: "a deal was signed", "the agreement reached last year", "talks collapsed". */
const SIGNED_PARTICIPLES = new Set([
  'signed', 'initialled', 'initialed', 'reached', 'struck', 'sealed', 'concluded', 'agreed', 'inked', 'finalized', 'finalised', 'clinched', 'brokered',
  'negotiated', 'hammered', 'announced', 'approved', 'ratified', 'forged', 'secured', 'completed', 'made',
]);
/** The end of an aside that opens with the participle at `k` ("signed in Portlow on Friday,"): its last word before the comma. */
function asideEnd(tokens: Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    const token = tokens[j]!;
    if (!token.word) return token.text === ',' ? tokens[j - 1]!.end : tokens[k]!.end;
    if (VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) && !/^(last|earlier|yesterday|today)$/.test(token.lower)) break;
  }
  return tokens[k]!.end;
}

/** Participles after the noun that make it a proposal, with the names of who made it: "the pact drafted by A and B". */
const PROPOSED_PARTICIPLES = new Set(['proposed', 'drafted', 'offered', 'floated', 'tabled', 'suggested']);

/**
 * "by A and B" after a participle, across a short time or place ("signed on Saturday by ...", "reached last
 * month in Portlow by ..."): the names, or null.
 */
function byPhrase(tokens: Token[], k: number): NameSpan[] | null {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const token = tokens[j]!;
    if (!token.word) return null;
    if (token.lower === 'by') return readNameList(tokens, j + 1);
    if (VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) && !/^(last|earlier|yesterday|today)$/.test(token.lower) || DETERMINERS.has(token.lower) && token.lower !== 'the' && token.lower !== 'this') return null;
  }
  return null;
}

const FAILED_VERBS = new Set(['collapsed', 'collapses', 'collapse', 'failed', 'fails', 'stalled', 'stall', 'stalls', 'foundered', 'faltered', 'broke', 'fell', 'falls', 'fall', 'ended', 'ends', 'unraveled', 'unravelled', 'crumbled', 'died', 'deadlocked', 'floundered']);
const FAILED_PARTICLES: Record<string, string[]> = { broke: ['down', 'off', 'up'], fell: ['through', 'apart'], fall: ['through', 'apart'], falls: ['through', 'apart'], ended: ['without'], ends: ['without'] };
const AUXILIARIES = new Set([
  'was', 'were', 'is', 'are', 'been', 'be', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'not', 'never', 'yet', 'to', 'expected', 'due', 'set', 'likely', 'finally', 'formally', 'officially',
  'eventually', 'recently', 'already', 'also', 'reportedly', 'now', 'just', 'apparently', 'effectively', 'quickly', 'later',
  'once', 'ever', 'successfully', 'since', 'then', 'tentatively',
]);

/** Phrases for the two sides of an agreement that the sentence does not name. */
const JOINT_HEADS = new Set([
  'countries', 'nations', 'sides', 'governments', 'parties', 'leaders', 'companies', 'firms', 'states', 'powers',
  'presidents', 'administrations', 'delegations', 'neighbours', 'neighbors', 'partners', 'groups', 'teams', 'men', 'women',
  'capitals', 'allies', 'rivals', 'unions', 'banks', 'carriers',
]);

/** Words in a topic phrase that are the action, not the subject ("for fighting river pollution"). */
const TOPIC_SKIP = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'joint', 'further', 'closer', 'greater', 'mutual', 'more', 'better',
  'new', 'fighting', 'fight', 'combating', 'combatting', 'combat', 'tackling', 'tackle', 'reducing', 'reduce', 'curbing',
  'curb', 'cutting', 'cut', 'ending', 'end', 'boosting', 'boost', 'promoting', 'promote', 'expanding', 'expand', 'limiting',
  'limit', 'addressing', 'address', 'protecting', 'protect', 'improving', 'improve', 'developing', 'develop', 'increasing',
  'increase', 'strengthening', 'strengthen', 'building', 'build', 'sharing', 'share', 'enhancing', 'enhance', 'preventing',
  'prevent', 'stopping', 'stop', 'halting', 'halt', 'lowering', 'lower', 'raising', 'raise', 'supporting', 'support',
  'deepening', 'deepen', 'resolving', 'resolve', 'settling', 'settle', 'easing', 'ease', 'lifting', 'lift', 'cooperation',
  'cooperating', 'cooperate', 'collaboration', 'collaborating', 'collaborate', 'work', 'working', 'focus', 'focusing',
  'use', 'using', 'buy', 'buying', 'sell', 'selling', 'supply', 'supplying', 'provide', 'providing', 'pay', 'paying',
  'jointly', 'together', 'on', 'in', 'of',
]);
const TOPIC_MARKERS = new Set(['for', 'on', 'over', 'to', 'against', 'about', 'regarding', 'concerning', 'covering', 'toward', 'towards', 'tackling', 'combating', 'fighting']);
const TOPIC_STOPS = new Set([...RIGHT_STOPS, ...PARTICLES, 'in', 'at', 'by', 'with', 'through', 'via', 'using', 'between', 'among', 'from', 'within', 'including', 'and', 'or', 'under', 'into', 'across', 'of']);

/** Organisations that report the news rather than sign agreements. */
const MEDIA = /(^|\s)(news|times|post|journal|telegraph|guardian|tribune|herald|gazette|review|magazine|press|network|channel|broadcasting|radio|television|tv|reuters|bloomberg|politico|cnn|nbc|abc|cbs|fox|msnbc|bbc|ap|afp|upi|xinhua|associated press|register|daily|observer|economist|standard|mail|examiner|chronicle|monitor|sun|mirror|express|independent)$/i;

const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'throughout', 'outside', 'inside', 'around', 'to', 'visit', 'visited', 'visiting']);

/** Capitals that stand for their country when they act ("Beijing and Washington signed"). */
const CAPITALS: Record<string, string> = {
  beijing: 'China', washington: 'United States', moscow: 'Russia', tokyo: 'Japan', seoul: 'South Korea', pyongyang: 'North Korea',
  tehran: 'Iran', kabul: 'Afghanistan', baghdad: 'Iraq', damascus: 'Syria', ankara: 'Turkey', kyiv: 'Ukraine', kiev: 'Ukraine',
  taipei: 'Taiwan', 'new delhi': 'India', islamabad: 'Pakistan', havana: 'Cuba', caracas: 'Venezuela', riyadh: 'Saudi Arabia',
  berlin: 'Germany', paris: 'France', london: 'United Kingdom', ottawa: 'Canada', canberra: 'Australia', hanoi: 'Vietnam',
};

// ---------------------------------------------------------------------------------------------------------
// Helpers

const isNegation = (token: Token) => token.word && (NEGATION.has(token.lower) || token.lower.endsWith("n't"));
const isClauseBreak = (token: Token) => !token.word && /^[,;:()\[\]—–]$|^[“”"«»]$/.test(token.text);

interface Party {
  name: string;
  /** Token index in the sentence, for ordering. */
  at: number;
  kind: string;
  speaker: boolean;
}

interface Found {
  start: number;
  end: number;
  title: string;
  status: AgreementStatus;
  topic: string | null;
  confidence: number;
  /** Token range of the agreement's own noun phrase (parties inside it are only kept if countries). */
  npFrom: number;
  npTo: number;
  /** Token range of the clause that holds the parties when the pattern names them ("X and Y agreed to"). */
  subjectFrom?: number;
  subjectTo?: number;
  /** Token index of the agreement noun (or of the verb when there is none). */
  noun: number;
  /** Token index of the trigger (verb or noun). */
  anchor: number;
  /** What stands before the verb: a pronoun ("he signed"), a common noun ("the union failed to"), or nothing. */
  subject: SubjectKind;
  /** Parties only from the agreement's own clause (a passive "a deal was reached", an unnamed subject). */
  clauseOnly: boolean;
  /**
   * Names the syntax gives as the parties, whatever their entity kind: "Velmora and Kestria signed",
   * "signed by A and B", "a deal between A and B", "X signed a deal with Y". Token ranges in the sentence.
   */
  named: NameSpan[];
  /** Only named parties or a subject that points at two sides count (proposals without an agreement noun). */
  strict?: boolean;
  /** "Under the deal, ...", "according to the agreement": a reference to an agreement told before. */
  reference?: boolean;
  /** A bare definite noun phrase ("the agreement", "this deal"): may repeat an agreement found before. */
  definite?: boolean;
}

/** A name read from the tokens: [from, to) without a leading "the"; `start` takes the determiner in. */
interface NameSpan {
  start: number;
  from: number;
  to: number;
  /** "Velmora's foreign minister": the owner's name ends here (the role words after it are in `to`). */
  ownerTo?: number;
}

type SubjectKind = 'pronoun' | 'event' | 'noun' | 'name' | 'none';

const EVENT_NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'negotiators', 'discussions', 'visit', 'conference', 'session', 'sessions', 'dialogue', 'round', 'forum', 'delegations', 'envoys', 'officials', 'leaders', 'sides']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const CONDITIONALS = new Set(['once', 'if', 'unless', 'until', 'when', 'whether', 'before', 'should']);

/** Words of a short aside between commas: ", however,", ", once again,", ", as expected,". */
const ASIDE_STOPS = new Set(['and', 'or', 'but', 'which', 'who', 'whom', 'whose', 'that', 'said', 'says', 'say', 'told', 'according', 'where', 'when']);

/**
 * At a comma that closes a short aside (", however,", ", in the end,"), the index of the token before the
 * aside's opening comma; else -1.
 */
function asideBefore(tokens: Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  for (let j = comma - 1, words = 0; j > 0 && words <= 6; j--) {
    const token = tokens[j]!;
    if (token.text === ',') return words > 0 ? j - 1 : -1;
    if (!token.word || token.capitalised || ASIDE_STOPS.has(token.lower) || VERBS.has(token.lower) && !TALK_NOUNS.has(token.lower) || SPEECH_VERB_LEMMA.has(token.lower)) return -1;
    words++;
  }
  return -1;
}

const isVerbGroupWord = (token: Token) =>
  token.word && (AUXILIARIES.has(token.lower) || INTENT.has(token.lower) || isNegation(token) || ADVERBS.has(token.lower) || token.lower === 'to' || token.lower === 'did' || token.lower === 'do' || token.lower === 'does');

/** The end (exclusive) of the subject of the verb at `verb`: back across auxiliaries, modals, negation, adverbs and asides. */
function subjectEnd(tokens: Token[], verb: number): number {
  let k = verb - 1;
  for (;;) {
    while (k >= 0 && isVerbGroupWord(tokens[k]!)) k--;
    const aside = k >= 0 ? asideBefore(tokens, k) : -1;
    const time = k >= 0 && aside < 0 ? timeBefore(tokens, k) : -1;
    if (aside < 0 && time < 0) break;
    k = aside >= 0 ? aside : time;
  }
  return k + 1;
}

const TIME_WORDS = /^(yesterday|today|tonight|week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;
const TIME_FILLERS = /^(on|in|at|last|this|next|earlier|later|late|early|the|of|\d+(st|nd|rd|th)?)$/;

/** A time phrase that ends at `k` ("A and B on Tuesday signed ..."): the index before it, or -1. */
function timeBefore(tokens: Token[], k: number): number {
  let j = k;
  let core = false;
  while (j >= 0 && j > k - 5 && tokens[j]!.word && (TIME_WORDS.test(tokens[j]!.lower) || TIME_FILLERS.test(tokens[j]!.lower))) {
    core ||= TIME_WORDS.test(tokens[j]!.lower);
    j--;
  }
  // The phrase must open with a preposition or "last"/"this" ("on Tuesday", "last week"), or be one word ("yesterday").
  const opener = tokens[j + 1]?.lower ?? '';
  return core && j < k && (/^(on|in|at|last|this|next|earlier|late|early)$/.test(opener) || j === k - 1 && /^(yesterday|today|tonight)$/.test(tokens[k]!.lower)) ? j : -1;
}

/** The kind of subject of the verb at `verb`, across auxiliaries, modals, negation and adverbs. */
function subjectBefore(tokens: Token[], verb: number): SubjectKind {
  const token = tokens[subjectEnd(tokens, verb) - 1];
  if (!token || !token.word) return 'none';
  if (SUBJECT_PRONOUNS.has(token.lower)) return 'pronoun';
  // "the summit failed to produce ...": the sides of the meeting are the parties.
  if (EVENT_NOUNS.has(token.lower)) return 'event';
  if (token.capitalised) return 'name';
  if (LEFT_STOPS.has(token.lower) || CONDITIONALS.has(token.lower) || ['after', 'by', 'while', 'since', 'for', 'of', 'in'].includes(token.lower)) return 'none';
  return 'noun';
}

/** Words that may join the words of a name: "Local 12 of the Amalgamated Dockworkers", "Bank for Reconstruction". */
const NAME_JOINS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'al', '&']);
/** Words before a name that make it a place or an object, not a subject: "in Portlow, ...". */
const NAME_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'after', 'before', 'by', 'with', 'to', 'for', 'under', 'during', 'since', 'into', 'against', 'than', 'like']);

/** Words after a possessive name that make the owner the party: "Velmora's prime minister". */
const PARTY_ROLES = new Set([...TITLES, ...PERSON_ROLE_NOUNS, ...ORGANIZATION_NOUNS, 'government', 'parliament', 'cabinet', 'delegation', 'negotiators', 'envoy', 'envoys', 'ministry', 'navy', 'army', 'military', 'leadership', 'regime', 'authorities', 'officials']);

/** People who act for a party, not the party: "Negotiators for A and B signed ...". */
const ROLE_PLURALS = new Set(['negotiators', 'envoys', 'delegations', 'lawyers', 'mediators', 'representatives', 'diplomats', 'ministers', 'governments', 'authorities', 'both', 'talks']);

/** A capitalised word that can be part of a party's name (not "The", "But", "Officials", "Monday"). */
function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.word || !token.capitalised) return false;
  const bare = token.bare;
  if (NOT_NAMES.has(bare) && !TITLES.has(bare)) return false;
  if (GROUP_NOUNS.has(bare) || ROLE_PLURALS.has(bare) || AGREEMENT_NOUNS.has(bare) || TALK_NOUNS.has(bare) || SUBJECT_PRONOUNS.has(bare)) return false;
  return !WEEKDAY.test(bare) && !MONTH.test(bare);
}

/**
 * A name starting at `k`, "the" allowed first: capitalised words, numbers after them and joins before
 * another capital ("Local 12 of the Amalgamated Dockworkers"). Null for none, a possessive ("Velmora's")
 * or a bare title ("the President").
 */
function readName(tokens: Token[], k: number): NameSpan | null {
  const start = k;
  if (tokens[k]?.word && tokens[k]!.lower === 'the') k++;
  if (!isNameWord(tokens[k])) return null;
  const from = k;
  k++;
  while (k < tokens.length && !/['’]s$/.test(tokens[k - 1]!.text)) {
    const token = tokens[k]!;
    if (isNameWord(token) || (token.word && /^\d+$/.test(token.text))) {
      k++;
      continue;
    }
    if (token.word && NAME_JOINS.has(token.lower) || token.text === '&') {
      let j = k + 1;
      if (tokens[j]?.lower === 'the') j++;
      if (isNameWord(tokens[j])) {
        k = j + 1;
        continue;
      }
    }
    break;
  }
  if (/['’]s$/.test(tokens[k - 1]!.text)) {
    // "Velmora's president", "Kestria's foreign ministry": the owner stands for the party.
    let j = k;
    while (j < tokens.length && j < k + 4 && tokens[j]!.word && (PARTY_ROLES.has(tokens[j]!.bare) || j > k && isNameWord(tokens[j]) && PARTY_ROLES.has(tokens[j - 1]!.bare))) j++;
    return j > k ? { start, from, to: j, ownerTo: k } : null;
  }
  let titlesOnly = true;
  for (let j = from; j < k && titlesOnly; j++) titlesOnly = TITLES.has(tokens[j]!.bare) || NAME_JOINS.has(tokens[j]!.lower) || tokens[j]!.lower === 'the';
  return titlesOnly ? null : { start, from, to: k };
}

/** Names joined by "and" (or a list "A, B and C") from `k`; a single name when there is no "and". */
function readNameList(tokens: Token[], k: number): NameSpan[] | null {
  const first = readName(tokens, k);
  if (!first) return null;
  const names = [first];
  let at = first.to;
  while (at < tokens.length) {
    const token = tokens[at]!;
    if (token.text === ',' && tokens[at + 1]?.lower !== 'and') {
      const next = readName(tokens, at + 1);
      if (!next) break;
      names.push(next);
      at = next.to;
      continue;
    }
    const and = token.text === ',' ? at + 1 : at;
    if (tokens[and]?.lower === 'and' || tokens[and]?.text === '&') {
      const last = readName(tokens, and + 1);
      if (last) return [...names, last];
    }
    break;
  }
  // "Velmora, Kestria's neighbour, ...": a list without its "and" is one name and an aside.
  return [first];
}

/** The names that end just before `end` as a whole subject ("... Velmora and Kestria" + verb), or null. */
function namesEndingAt(tokens: Token[], end: number): NameSpan[] | null {
  let best: NameSpan[] | null = null;
  for (let s = end - 1; s >= 0 && s >= end - 16; s--) {
    const token = tokens[s]!;
    if (!token.word && token.text !== ',' && token.text !== '&') break;
    if (!token.word) continue;
    const list = readNameList(tokens, s);
    if (!list || list.at(-1)!.to !== end) continue;
    const before = tokens[s - 1];
    if (before && before.word && (isNameWord(before) || NAME_JOINS.has(before.lower) || NAME_PREPOSITIONS.has(before.lower) || before.lower === 'the') && !actsFor(tokens, s)) continue;
    best = list;
  }
  // "..., A and B" whose first names could not be read: not a whole subject.
  if (best && /^(and|or)$/.test(tokens[best[0]!.start - 1]?.lower ?? '')) return null;
  return best;
}

/** "Negotiators for A and B", "ministers from A and B": people who act for the names at `s`. */
function actsFor(tokens: Token[], s: number): boolean {
  const preposition = tokens[s - 1]?.lower ?? '';
  const role = tokens[s - 2]?.bare ?? '';
  return /^(for|from|of)$/.test(preposition) && (ROLE_PLURALS.has(role) || GROUP_NOUNS.has(role) || JOINT_HEADS.has(role));
}

/** The subject of the verb at `verb`: where it starts, and the names it gives ("Velmora and Kestria"). */
function subjectOf(tokens: Token[], verb: number): { from: number; names: NameSpan[] } | null {
  const end = subjectEnd(tokens, verb);
  const last = tokens[end - 1];
  if (!last || !last.word) return null;
  // "the aim would be to sign ...": the subject of "be" is not the one who signs.
  for (let k = end; k < verb - 1; k++) if (tokens[k + 1]!.lower === 'to' && /^(be|is|was|were|are|been)$/.test(tokens[k]!.lower)) return null;
  const names = namesEndingAt(tokens, end);
  if (names) {
    let from = names[0]!.start;
    if (actsFor(tokens, from)) from = DETERMINERS.has(tokens[from - 3]?.lower ?? '') ? from - 3 : from - 2;
    return { from, names };
  }
  if (SUBJECT_PRONOUNS.has(last.lower) || last.lower === 'it') return { from: end - 1, names: [] };
  // "The Velmoran and Kestrian governments": the names describe the two sides.
  if (JOINT_HEADS.has(last.lower) || ROLE_PLURALS.has(last.lower)) {
    const described = namesEndingAt(tokens, end - 1);
    if (described && described.length >= 2) return { from: described[0]!.start, names: described };
  }
  if (LEFT_STOPS.has(last.lower) || CONDITIONALS.has(last.lower) || ['after', 'by', 'while', 'since', 'for', 'of', 'in'].includes(last.lower) || VERBS.has(last.lower)) return null;
  // A noun phrase ("the two governments", "the meeting"): back to its determiner, five words at most.
  let from = end - 1;
  for (let k = end - 2; k >= 0 && k >= end - 5; k--) {
    const token = tokens[k]!;
    if (!token.word || token.mark) break;
    if (DETERMINERS.has(token.lower) || token.lower === 'both') {
      from = k;
      break;
    }
    if (LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || SPEECH_VERB_LEMMA.has(token.lower) || CONDITIONALS.has(token.lower)) break;
    from = k;
  }
  return { from, names: [] };
}

/** Names after a preposition in [from, to): "with Kestria", "to the Dockworkers Union", "between A and B". */
function namesAfter(tokens: Token[], from: number, to: number, markers: readonly string[]): NameSpan[] {
  for (let k = from; k < to; k++) {
    if (!tokens[k]!.word || !markers.includes(tokens[k]!.lower)) continue;
    const list = readNameList(tokens, k + 1);
    if (list && !describesName(tokens, list.at(-1)!.to)) return list;
  }
  return [];
}

/** After a name, a common noun and another name: the first only describes the second ("Kestrian shipper Baltline"). */
function describesName(tokens: Token[], after: number): boolean {
  const next = tokens[after];
  return !!next && next.word && !next.capitalised && !TOPIC_STOPS.has(next.lower) && !DETERMINERS.has(next.lower) && isNameWord(tokens[after + 1]);
}

/** The text of tokens [from, to) as written, or with single spaces where tokens were left out. */
function joined(text: string, tokens: Token[], indexes: number[]): string {
  let out = '';
  for (let k = 0; k < indexes.length; k++) {
    const token = tokens[indexes[k]!]!;
    if (k > 0) {
      const previous = tokens[indexes[k - 1]!]!;
      const adjacent = indexes[k]! === indexes[k - 1]! + 1;
      out += adjacent ? text.slice(previous.end, token.start).replace(/\s+/g, ' ') : ' ';
    }
    out += token.text;
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

// ---------------------------------------------------------------------------------------------------------
// The parts of one agreement

/** Past tenses without "-ed" that start a new clause after "and". */

/** "for months", "over the past two years", "within weeks": a time, not part of the agreement. */
function isDuration(tokens: Token[], k: number): boolean {
  if (!/^(for|in|within|over|during)$/.test(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const lower = tokens[j]!.lower;
    if (/^(days?|weeks?|months?|years?|decades?|hours?)$/.test(lower)) return true;
    if (!/^(the|a|several|many|few|two|three|four|five|six|ten|past|last|next|coming|recent|\d+)$/.test(lower)) return false;
  }
  return false;
}

/** The end (exclusive) of the complement of a noun at `after - 1`: "for fighting river pollution ... patrols". */
function complementEnd(tokens: Token[], after: number, max = 18): number {
  let k = after;
  let words = 0;
  while (k < tokens.length && words < max) {
    const token = tokens[k]!;
    if (!token.word) {
      if (token.text === '$' || token.text === '%' || token.text === '£' || token.text === '€' || token.text === '-' && tokens[k + 1]?.word) {
        k++;
        continue;
      }
      break;
    }
    if (token.mark) break;
    const lower = token.lower;
    if (RIGHT_STOPS.has(lower)) break;
    if (WEEKDAY.test(lower) || (MONTH.test(lower) && token.capitalised && /^\d/.test(tokens[k + 1]?.text ?? ''))) break;
    if (isDuration(tokens, k)) break;
    // "in Ottawa", "at the White House": where it happened, not what it is.
    if ((lower === 'in' || lower === 'at') && (tokens[k + 1]?.capitalised || tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.capitalised)) break;
    if ((lower === 'in' || lower === 'on' || lower === 'by') && tokens[k + 1] && (/^\d{4}$/.test(tokens[k + 1]!.text) || WEEKDAY.test(tokens[k + 1]!.lower) || MONTH.test(tokens[k + 1]!.lower) && tokens[k + 1]!.capitalised)) break;
    if ((lower === 'and' || lower === 'or') && tokens[k + 1] && (RIGHT_STOPS.has(tokens[k + 1]!.lower) || SPEECH_VERB_LEMMA.has(tokens[k + 1]!.lower))) break;
    // "... and left us out": "and" before a verb joins the next clause.
    if ((lower === 'and' || lower === 'but') && tokens[k + 1]?.word && !tokens[k + 1]!.capitalised && (IRREGULAR_PAST.has(tokens[k + 1]!.lower) || VERBS.get(tokens[k + 1]!.lower)?.form === 'past' || FAILED_VERBS.has(tokens[k + 1]!.lower))) break;
    // "a deal late on Sunday": a time, not part of the deal.
    if ((lower === 'late' || lower === 'early') && /^(on|in|last|this|that|yesterday|today|tonight)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (SPEECH_VERB_LEMMA.has(lower) && k > after) break;
    if (SIGNED_PARTICIPLES.has(lower) && k === after) break;
    // A past tense after the noun phrase is the next verb ("talks on a deal resumed in ..."), unless passive-like.
    if (k > after && !token.capitalised && /ed$/.test(lower) && lower.length > 4 && tokens[k - 1]!.word && !TOPIC_STOPS.has(tokens[k - 1]!.lower) && !DETERMINERS.has(tokens[k - 1]!.lower) && !['by', 'at'].includes(tokens[k + 1]?.lower ?? '') && !['need', 'speed', 'seed', 'feed', 'greed'].some((w) => lower.endsWith(w))) break;
    if (k > after && (FAILED_VERBS.has(lower) || VERBS.get(lower)?.form === 'past' || VERBS.get(lower)?.form === 's')) break;
    // "a deal broke down", "the accord collapsed": what happened to it, not part of it.
    if (k === after && FAILED_VERBS.has(lower) && !token.capitalised && (!FAILED_PARTICLES[lower] || FAILED_PARTICLES[lower]!.includes(tokens[k + 1]?.lower ?? ''))) break;
    k++;
    words++;
  }
  // No dangling function words at the end.
  while (k > after && (TOPIC_STOPS.has(tokens[k - 1]!.lower) || DETERMINERS.has(tokens[k - 1]!.lower)) && tokens[k - 1]!.word) k--;
  return k;
}

/** A title as written, its first word lowercased when it is only capitalised for starting the sentence. */
function titleText(text: string, tokens: Token[], indexes: number[]): string {
  const title = joined(text, tokens, indexes);
  const first = indexes[0];
  if (first === undefined) return title;
  const token = tokens[first]!;
  const opens = first === 0 || !!tokens[first - 1]!.mark;
  const common = TALK_NOUNS.has(token.lower) || AGREEMENT_NOUNS.has(token.lower) || EMPTY_MODIFIERS.has(token.lower);
  return opens && common && token.capitalised && token.text !== token.text.toUpperCase() ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** Indexes of the title words: the noun phrase without its determiner and without "the use of" filler. */
function titleIndexes(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const lower = tokens[k]!.lower;
    if (k === from && DETERMINERS.has(lower)) continue;
    if (k === from && /['’]s$/.test(tokens[k]!.text) && tokens[k]!.capitalised) continue; // "China's deal" -> "deal"
    // "through the use of X" -> "through X"; "by means of X" -> "by X"
    if ((lower === 'the' || lower === 'a') && tokens[k + 1]?.lower === 'use' && tokens[k + 2]?.lower === 'of') {
      k += 2;
      continue;
    }
    if (lower === 'use' && tokens[k + 1]?.lower === 'of' && k > from) {
      k += 1;
      continue;
    }
    if (lower === 'means' && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'by') {
      k += 1;
      continue;
    }
    out.push(k);
  }
  // A long title is cut after at most 14 words, at a word that can end a phrase.
  if (out.length > 14) {
    out.length = 14;
    while (out.length > 1 && TOPIC_STOPS.has(tokens[out.at(-1)!]!.lower)) out.pop();
  }
  return out;
}

/** A topic phrase after a marker ("for fighting river pollution", "on trade"), or null. */
function topicAfterMarker(tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (!token.word || !TOPIC_MARKERS.has(token.lower)) continue;
    let j = k + 1;
    // "to combat X": the verb after "to" is the action.
    if (token.lower === 'to' && tokens[j]?.word && !DETERMINERS.has(tokens[j]!.lower)) j++;
    while (j < to && tokens[j]!.word && TOPIC_SKIP.has(tokens[j]!.lower) && !TOPIC_STOPS.has(tokens[j]!.lower)) j++;
    while (j < to && tokens[j]!.word && DETERMINERS.has(tokens[j]!.lower)) j++;
    const words: string[] = [];
    while (j < to && words.length < 4) {
      const next = tokens[j]!;
      if (!next.word || TOPIC_STOPS.has(next.lower) || DETERMINERS.has(next.lower)) break;
      words.push(next.capitalised && !/^[A-Z0-9.&-]+$/.test(next.text) ? next.lower : next.text.length > 1 && next.text === next.text.toUpperCase() ? next.text : next.lower);
      j++;
    }
    const timely = words.some((word) => WEEKDAY.test(word) || MONTH.test(word) || /^\d/.test(word) || /^(today|yesterday|tomorrow|week|weeks|month|months|year|years|time|times)$/.test(word));
    if (words.length && !timely) return words.join(' ');
  }
  return null;
}

/** "three-year", "six-month", "decade-long": how long, not what about. */
const DURATION_MODIFIER = /^[a-z]+-(year|month|week|day|hour|decade)s?(-long|-old)?$|-long$/;

/** The subject words before the noun ("trade deal" -> "trade"), without sizes, adjectives or names. */
function topicFromModifiers(tokens: Token[], from: number, noun: number): string | null {
  const words: string[] = [];
  for (let k = from; k < noun; k++) {
    const token = tokens[k]!;
    if (!token.word || DETERMINERS.has(token.lower) || EMPTY_MODIFIERS.has(token.lower) || /\d/.test(token.text) || DURATION_MODIFIER.test(token.lower)) continue;
    if (token.capitalised && (countryOf(token.text) || /['’]s$/.test(token.text))) continue;
    if (token.capitalised && k > from) continue; // a name ("Paris")
    words.push(token.lower);
  }
  return words.length ? words.join(' ') : null;
}

/**
 * The topic of an agreement: the words after "for"/"on"/"to combat" ..., else the subject words before the
 * noun ("trade deal"), else a taxonomy topic of the noun phrase (the agreement noun itself left out: a
 * "treaty" is not a topic), else the words after a marker later in the sentence ("both will focus on X"),
 * else a taxonomy topic of the whole sentence.
 */
function topicFor(tokens: Token[], npFrom: number, noun: number, npTo: number, sentenceEnd: number): string | null {
  const rest = range(npFrom, npTo)
    .filter((k) => k !== noun)
    .map((k) => tokens[k]!.text)
    .join(' ');
  return (
    topicAfterMarker(tokens, noun + 1, npTo) ??
    topicFromModifiers(tokens, npFrom, noun) ??
    topicsOf(rest, 1)[0] ??
    topicAfterMarker(tokens, npTo, sentenceEnd) ??
    topicsOf(tokens.map((token) => token.text).join(' '), 1)[0] ??
    null
  );
}

/** Status words in the few tokens before a verb at `verb`: negation beats intention. */
function contextBefore(tokens: Token[], verb: number, floor: number): { negated: boolean; intent: boolean; infinitive: boolean } {
  let negated = false;
  let intent = false;
  let k = verb - 1;
  while (k >= floor && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) k--;
  const infinitive = k >= floor && tokens[k]!.lower === 'to';
  for (let seen = 0; k >= floor && seen < 5; k--, seen++) {
    const token = tokens[k]!;
    if (!token.word) {
      // "failed, however, to reach ...": across a short aside.
      const aside = asideBefore(tokens, k);
      if (aside < floor) break;
      k = aside + 1;
      continue;
    }
    if (isNegation(token)) negated = true;
    else if (INTENT.has(token.lower) || token.lower.endsWith("'ll")) intent = true;
    if (token.lower === 'and' || token.lower === 'but' || token.lower === 'or') break;
    if (RIGHT_STOPS.has(token.lower) && !INTENT.has(token.lower) && !isNegation(token) && !AUXILIARIES.has(token.lower)) break;
  }
  return { negated, intent, infinitive };
}

// ---------------------------------------------------------------------------------------------------------
// Finding agreements in one sentence

function isNounUse(tokens: Token[], n: number): boolean {
  const token = tokens[n]!;
  const previous = tokens[n - 1];
  const next = tokens[n + 1];
  if (token.lower === 'deal' || token.lower === 'deals') {
    // "to deal with", "will deal with", "they deal in": the verb.
    if (previous && (['to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'they', 'we', 'i', 'you', 'not', 'he', 'she', 'it', 'who'].includes(previous.lower) || previous.lower.endsWith("n't") || previous.lower.endsWith("'ll"))) return false;
    // "a great deal of", "a good deal", "big deal"
    if (previous && ['raw', 'square'].includes(previous.lower)) return false;
    if (next?.lower === 'of') return false;
  }
  if (token.lower === 'settlement' || token.lower === 'settlements') {
    // Housing settlements, not legal ones.
    for (let k = Math.max(0, n - 3); k < n; k++) if (/^(israeli|jewish|illegal|west|human|informal|squatter|roman|ancient|viking|colonial)$/.test(tokens[k]!.lower)) return false;
  }
  if (token.lower === 'accord' && (previous?.lower === 'own' || previous?.lower === 'in')) return false;
  return true;
}

function nounAgreement(layout: Layout, sentence: Sentence, n: number): Found | null {
  const tokens = sentence.tokens;
  const text = layout.text;
  if (!isNounUse(tokens, n)) return null;
  const noun = tokens[n]!;
  const weakNoun = WEAK_NOUNS.has(noun.lower);

  // The noun phrase on the left: modifiers, then a determiner or a possessive.
  let npFrom = n;
  let modifiers = 0;
  for (let k = n - 1; k >= 0 && modifiers < 5; k--) {
    const token = tokens[k]!;
    if (token.mark) break;
    if (!token.word) {
      if (['$', '£', '€', '%'].includes(token.text) || token.text === '-' && k > 0 && tokens[k - 1]!.word) {
        npFrom = k;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(token.lower)) {
      npFrom = k;
      break;
    }
    // "a draft accord": after a determiner, "draft" describes the accord.
    const adjective = PROPOSED_ADJECTIVES.has(token.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
    if (!adjective && (LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || TALK_NOUNS.has(token.lower) || AGREEMENT_NOUNS.has(token.lower) && token.lower !== 'trade')) break;
    if (ADVERBS.has(token.lower) && !token.capitalised) break;
    npFrom = k;
    modifiers++;
    if (/['’]s$/.test(token.text)) break; // "China's new deal"
  }
  const determiner = tokens[npFrom]!.lower;
  const modifierWords = range(npFrom, n).map((k) => tokens[k]!.lower);

  // Passive or reduced relative on the right: "a deal was signed", "the agreement reached last year", "talks collapsed".
  let right: { status: AgreementStatus; end: number; by: NameSpan[] } | null = null;
  {
    let k = n + 1;
    let negated = false;
    let intent = false;
    // "the deal between X and Y was signed": skip a short complement naming the parties.
    if (tokens[k]?.word && ['between', 'with', 'among'].includes(tokens[k]!.lower)) {
      let j = k + 1;
      while (j < tokens.length && j < k + 8 && (tokens[j]!.capitalised || ['and', 'the', '.'].includes(tokens[j]!.lower) || tokens[j]!.text === '.')) j++;
      if (j > k + 1) k = j;
    }
    // "The agreement, signed on Saturday by A and B, runs ...": an aside that says how it was made.
    const aside = tokens[k]?.text === ',' && !!tokens[k + 1]?.word && (SIGNED_PARTICIPLES.has(tokens[k + 1]!.lower) || PROPOSED_PARTICIPLES.has(tokens[k + 1]!.lower));
    if (aside) k++;
    let steps = 0;
    while (k < tokens.length && steps < 5 && tokens[k]!.word && AUXILIARIES.has(tokens[k]!.lower)) {
      if (isNegation(tokens[k]!)) negated = true;
      else if (INTENT.has(tokens[k]!.lower) || ['be', 'to'].includes(tokens[k]!.lower) && steps > 0) intent = intent || !['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been'].includes(tokens[k]!.lower);
      k++;
      steps++;
    }
    const verb = tokens[k];
    // "once a final accord is reached": a condition, not a fact.
    const before = tokens[npFrom - 1]?.lower ?? '';
    if (CONDITIONALS.has(before)) intent = true;
    if (verb?.word && !verb.capitalised) {
      const by = SIGNED_PARTICIPLES.has(verb.lower) || PROPOSED_PARTICIPLES.has(verb.lower) ? byPhrase(tokens, k + 1) : null;
      if (SIGNED_PARTICIPLES.has(verb.lower) && (steps > 0 || !tokens[k + 1] || !tokens[k + 1]!.word || !DETERMINERS.has(tokens[k + 1]!.lower))) {
        // "the deal made sense" has an object; "a deal was made" does not.
        if (verb.lower === 'made' && steps === 0 && !by) right = null;
        else right = { status: negated || determiner === 'no' ? 'NOT_REACHED' : intent ? 'PROPOSED' : 'SIGNED', end: by ? tokens[by.at(-1)!.to - 1]!.end : aside ? asideEnd(tokens, k) : verb.end, by: by ?? [] };
      } else if (PROPOSED_PARTICIPLES.has(verb.lower) && by && by.length >= 2 && !negated) {
        // "the deal proposed by A and B", "a treaty drafted by A and B".
        right = { status: 'PROPOSED', end: tokens[by.at(-1)!.to - 1]!.end, by };
      } else if (FAILED_VERBS.has(verb.lower) && !negated && !aside) {
        const particles = FAILED_PARTICLES[verb.lower];
        const particle = tokens[k + 1]?.lower;
        if (!particles || particles.includes(particle ?? '')) {
          right = { status: 'NOT_REACHED', end: particles ? tokens[k + 1]!.end : verb.end, by: [] };
        }
      }
    }
  }

  // The verb on the left, across adverbs and particles.
  let left: { verb: number; info: VerbInfo; start: number; status: AgreementStatus | null; confidence: number } | null = null;
  {
    let k = npFrom - 1;
    const particles: string[] = [];
    let steps = 0;
    while (k >= 0 && steps < 4 && tokens[k]!.word && !tokens[k]!.mark && (ADVERBS.has(tokens[k]!.lower) || PARTICLES.has(tokens[k]!.lower)) && !VERBS.has(tokens[k]!.lower)) {
      if (PARTICLES.has(tokens[k]!.lower)) particles.push(tokens[k]!.lower);
      k--;
      steps++;
    }
    // "offered Pakistan a deal": a name as indirect object between the verb and the deal.
    if (!particles.length && k === npFrom - 1 && tokens[k]?.capitalised && k > 0) {
      let j = k;
      while (j > 0 && j > k - 3 && tokens[j]!.capitalised) j--;
      if (tokens[j]?.word && /^(offer|offers|offered|offering|propose|proposes|proposed|proposing)$/.test(tokens[j]!.lower)) k = j;
    }
    const verbToken = tokens[k];
    let info = verbToken?.word ? VERBS.get(verbToken.lower) : undefined;
    // "close to a deal", "nearer to an agreement": under negotiation.
    if (verbToken && /^(close|closer|nearer|near)$/.test(verbToken.lower) && particles.length === 1 && particles[0] === 'to') info = { lemma: 'near', cls: 'PROPOSE', form: 'base' };
    // "bought X in a $4bn deal": a deal that was made.
    if (verbToken?.lower === 'in' && !particles.length && (determiner === 'a' || determiner === 'an') && !weakNoun) info = { lemma: 'under', cls: 'EXISTING', form: 'base' };
    const lemma = info ? LEMMAS[info.lemma]! : null;
    if (verbToken && info && lemma) {
      const needs = lemma.needs?.split('|');
      const allowed = new Set([...(lemma.particles ?? []), ...(needs ?? [])]);
      if (info.lemma === 'pull') allowed.add('of');
      if (info.lemma === 'walk') allowed.add('from');
      if (info.lemma === 'near') allowed.add('to');
      const particlesOk = particles.every((particle) => allowed.has(particle)) && (!needs || particles.some((particle) => needs.includes(particle)));
      const strongOk = !(lemma.strongOnly || info.cls === 'EXISTING') || !weakNoun;
      const capitalOk = !verbToken.capitalised || k === 0 || tokens[k - 1]!.mark !== null || !tokens[k - 1]!.word;
      if (particlesOk && strongOk && capitalOk) {
        const context = contextBefore(tokens, k, 0);
        let status: AgreementStatus | null = null;
        let confidence = 0.8;
        let start = verbToken.start;
        if (info.cls === 'SIGN') {
          if (context.negated) status = 'NOT_REACHED';
          else if (context.intent || (context.infinitive && info.form === 'base')) status = 'PROPOSED';
          else status = 'SIGNED';
          if (['approve', 'announce', 'complete', 'close', 'unveil', 'adopt', 'extend', 'renew', 'cut', 'make', 'secure'].includes(info.lemma)) confidence = 0.65;
        } else if (info.cls === 'PROPOSE') {
          if (context.negated) status = 'NOT_REACHED';
          else if ((info.lemma === 'negotiate' || info.lemma === 'renegotiate') && info.form === 'past' && !context.intent && !context.infinitive) status = 'SIGNED';
          else status = 'PROPOSED';
          confidence = info.lemma === 'talk' || info.lemma === 'negotiation' ? 0.7 : 0.75;
        } else if (info.cls === 'REJECT') {
          // "did not reject the deal", "will scrap the deal": nothing happened yet.
          if (context.negated || context.intent || context.infinitive || info.form === 'base') status = null;
          else status = 'NOT_REACHED';
          confidence = 0.7;
        } else if (info.cls === 'EXISTING') {
          status = right?.status === 'PROPOSED' || PROPOSED_ADJECTIVES.has(modifierWords[0] ?? '') ? 'PROPOSED' : 'SIGNED';
          confidence = 0.55;
        } else if (info.cls === 'WITHOUT') {
          status = 'NOT_REACHED';
          confidence = 0.6;
        }
        // Start the span at the word that gives the status: "failed to reach ...", "did not sign ...".
        if (status === 'NOT_REACHED' && info.cls !== 'REJECT' && info.cls !== 'WITHOUT') {
          for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (!tokens[j]!.word) break;
            if (isNegation(tokens[j]!)) start = tokens[j]!.start;
          }
        }
        if (status) left = { verb: k, info, start, status, confidence };
      }
    }
  }

  const npTo = complementEnd(tokens, n + 1);
  const titleIdx = titleIndexes(tokens, npFrom, npTo);
  const title = titleText(text, tokens, titleIdx);
  const sentenceEnd = tokens.length;

  let status: AgreementStatus | null = null;
  let confidence = 0;
  let start = tokens[npFrom]!.start;
  let end = tokens[npTo - 1]!.end;
  let anchor = n;
  if (left) {
    status = left.status;
    confidence = left.confidence;
    start = left.start;
    anchor = left.verb;
    // "a deal that was later rejected": a failure on the right wins over a plain verb on the left.
    if (right?.status === 'NOT_REACHED' && left.info.cls !== 'SIGN') status = 'NOT_REACHED';
  } else if (right) {
    status = right.status;
    confidence = 0.7;
    end = Math.max(end, right.end);
  } else if (!weakNoun && determiner !== 'no' && modifierWords.some((word) => PROPOSED_ADJECTIVES.has(word))) {
    status = 'PROPOSED';
    confidence = 0.5;
  } else if (!weakNoun && determiner !== 'no' && modifierWords.some((word) => FAILED_ADJECTIVES.has(word))) {
    status = 'NOT_REACHED';
    confidence = 0.5;
  }
  if (!status) return null;
  // A weak noun needs a verb that leaves no doubt, or the names of who signed it ("a contract signed by A and B").
  if (weakNoun && !left && (right?.by.length ?? 0) < 2) return null;
  if (weakNoun) confidence -= 0.1;

  // The names the syntax gives: "a deal between A and B", "A and B signed", "A signed ... with B",
  // "A offered B a deal", "signed ... by A and B".
  const between = namesAfter(tokens, n + 1, Math.min(npTo, n + 2), ['between', 'among']);
  let named: NameSpan[] = between.length >= 2 ? between : [];
  if (left) {
    const subject = subjectOf(tokens, left.verb);
    if (subject && subject.from < left.verb && left.verb - subject.from <= 14) start = Math.min(start, tokens[subject.from]!.start);
    const subjectNames = subject?.names ?? [];
    if (!named.length && subjectNames.length) {
      const markers = left.info.cls === 'PROPOSE' ? ['with', 'to'] : left.info.cls === 'REJECT' ? ['with', 'by'] : ['with'];
      const indirect = left.verb + 1 < npFrom ? readNameList(tokens, left.verb + 1) : null;
      const others = indirect && indirect.at(-1)!.to === npFrom ? indirect : namesAfter(tokens, n + 1, npTo, markers);
      named = [...subjectNames, ...others];
    }
  } else if (!named.length && right?.by.length) named = right.by;
  // "the agreement", "this deal": it may be one the story has told of already.
  const definite = ['the', 'this', 'that', 'its', 'their'].includes(determiner) && (npTo === n + 1 || between.length > 0) && modifierWords.slice(1).every((word, k) => !DISTINGUISHING.has(word) && !/\d/.test(word) && !tokens[npFrom + 1 + k]!.capitalised);
  return {
    start,
    end,
    title: title || noun.text,
    status,
    topic: topicFor(tokens, npFrom, n, npTo, sentenceEnd),
    confidence,
    npFrom,
    npTo,
    noun: n,
    anchor,
    subject: left ? subjectBefore(tokens, left.verb) : 'none',
    clauseOnly: !left || subjectBefore(tokens, left.verb) === 'noun',
    named,
    reference: left?.info.cls === 'EXISTING' && definite,
    definite,
  };
}

/** Modifiers that set an agreement apart from one told before ("the previous agreement"). */
const DISTINGUISHING = new Set(['previous', 'earlier', 'old', 'original', 'existing', 'former', 'prior', 'first', 'last', 'other', 'separate', 'second', 'another', 'older', 'past']);

const HELD = /^(held|hold|holds|holding|began|begin|begins|beginning|started|start|starts|opened|open|launched|launch|resumed|resume|resumes|in|into|entered|enter|continue|continued|continuing|conducted|conducting)$/;

/** "talks between X and Y collapsed", "negotiations on a deal broke down", "held merger talks with X". */
function talksAgreement(layout: Layout, sentence: Sentence, t: number): Found | null {
  const tokens = sentence.tokens;
  const talk = tokens[t]!;
  if (talk.capitalised && t > 0 && tokens[t - 1]!.word) return null; // the end of a name ("Peace Talks")
  // "Trump talks tough": a verb, not the noun. The noun has a determiner, a modifier or a verb like "held"
  // before it, or starts its clause ("Talks between X and Y collapsed").
  const previous = tokens[t - 1];
  let npFrom = t;
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
    const token = tokens[k]!;
    if (!token.word || LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || ADVERBS.has(token.lower)) break;
    if (HELD.test(token.lower) || /ed$/.test(token.lower) && !DETERMINERS.has(token.lower)) break;
    npFrom = k;
    if (DETERMINERS.has(token.lower) || /['’]s$/.test(token.text)) break;
  }
  // A name just before is the subject of the verb "talks" ("Obama talks with ..."), unless a determiner comes first.
  while (npFrom < t && tokens[npFrom]!.capitalised && !DETERMINERS.has(tokens[npFrom]!.lower) && (npFrom === 0 || !DETERMINERS.has(tokens[npFrom - 1]!.lower))) npFrom++;
  const hasModifier = npFrom < t;
  const heldBefore = !!previous && HELD.test(previous.lower);
  const opensClause = !previous || !previous.word || previous.mark !== null;
  if (!hasModifier && !heldBefore && !opensClause && talk.lower === 'talks') return null;

  const npTo = complementEnd(tokens, t + 1, 12);
  // Failure after the complement: "talks with X on Y collapsed", "negotiations have broken down".
  let k = npTo;
  let steps = 0;
  while (k < tokens.length && steps < 3 && tokens[k]!.word && AUXILIARIES.has(tokens[k]!.lower)) {
    k++;
    steps++;
  }
  const verb = tokens[k];
  let status: AgreementStatus | null = null;
  let end = tokens[npTo - 1]!.end;
  if (verb?.word && (FAILED_VERBS.has(verb.lower) || verb.lower === 'broken')) {
    const particles = FAILED_PARTICLES[verb.lower === 'broken' ? 'broke' : verb.lower];
    const particle = tokens[k + 1]?.lower ?? '';
    if (!particles || particles.includes(particle)) {
      status = 'NOT_REACHED';
      end = particles ? tokens[k + 1]!.end : verb.end;
    }
  }
  if (!status) {
    // Talks that are under way: only with a named other side or a subject ("merger talks with X", "talks on trade").
    const complement = range(t + 1, npTo).map((j) => tokens[j]!.lower);
    const withSide = complement.some((word) => word === 'with' || word === 'between' || word === 'among');
    const onSubject = complement[0] && ['on', 'over', 'about', 'toward', 'towards'].includes(complement[0]);
    if (!withSide && !onSubject) return null;
    if (!hasModifier && !heldBefore && !onSubject) return null;
    status = 'PROPOSED';
  }
  // The failure cases need an agreement context: "talks" alone can collapse too, and that is what is reported.
  const titleIdx = titleIndexes(tokens, npFrom, npTo);
  const title = titleText(layout.text, tokens, titleIdx);
  return {
    start: tokens[npFrom]!.start,
    end,
    title,
    status,
    topic: topicAfterMarker(tokens, t + 1, npTo) ?? topicFromModifiers(tokens, npFrom, t) ?? topicsOf(title, 1)[0] ?? null,
    confidence: status === 'NOT_REACHED' ? 0.65 : 0.5,
    npFrom,
    npTo,
    noun: t,
    anchor: t,
    subject: subjectBefore(tokens, npFrom),
    clauseOnly: false,
    named: talksParties(tokens, npFrom, t, npTo),
  };
}

/** "talks between A and B", "A held talks with B", "A and B held talks": the names, when there are two. */
function talksParties(tokens: Token[], npFrom: number, t: number, npTo: number): NameSpan[] {
  const between = namesAfter(tokens, t + 1, Math.min(npTo, t + 2), ['between', 'among']);
  if (between.length >= 2) return between;
  const held = npFrom - 1;
  if (held < 0 || !HELD.test(tokens[held]!.lower) || !tokens[held]!.word) return [];
  const subject = subjectOf(tokens, held)?.names ?? [];
  return subject.length >= 2 ? subject : subject.length === 1 ? [...subject, ...namesAfter(tokens, t + 1, npTo, ['with'])] : [];
}

/** "X and Y agreed to cut tariffs", "the two sides agreed on a timetable", "both countries agreed that ...". */
function agreedAgreement(layout: Layout, sentence: Sentence, a: number, hasJointSubject: (from: number, to: number) => boolean): Found | null {
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

/** Verbs after "agreed to" that make what was agreed a proposal: "agreed to propose a joint commission". */
const PROPOSING_INFINITIVES = new Set(['propose', 'consider', 'explore', 'study', 'discuss', 'examine', 'draft', 'negotiate', 'seek', 'pursue', 'suggest', 'recommend', 'weigh']);

/** Verbs of proposing that take what is proposed as their object, without an agreement noun. */
const PROPOSING_VERBS = new Set(['propose', 'proposes', 'proposed', 'proposing', 'suggest', 'suggests', 'suggested', 'suggesting', 'offer', 'offers', 'offered', 'offering', 'put']);
/** Things one side proposes on its own: not agreements, whoever else the sentence names. */
const NOT_PROPOSALS = new Set([
  'bill', 'bills', 'law', 'laws', 'legislation', 'amendment', 'amendments', 'tax', 'taxes', 'ban', 'bans', 'budget', 'budgets',
  'resolution', 'motion', 'measure', 'measures', 'rule', 'rules', 'change', 'changes', 'idea', 'ideas', 'question', 'name',
  'candidate', 'toast', 'theory', 'explanation', 'alternative', 'compromise', 'cut', 'cuts', 'increase', 'hike', 'reform', 'reforms',
  'policy', 'policies', 'wall', 'date', 'time', 'deadline', 'debate', 'debates', 'vote', 'referendum',
]);

/** What makes an offer a joint undertaking ("offered a joint patrol"), not a gift. */
const JOINT_WORDS = new Set(['joint', 'shared', 'common', 'mutual', 'bilateral', 'reciprocal', 'cross-border', 'combined']);

/**
 * "A and B proposed a joint task force", "A proposed a joint commission with B", "A offered B a shared
 * patrol": a proposal named by its object. The parties must be named (or the subject must point at two
 * sides): a proposal by one side alone ("the mayor proposed a new tax") is not an agreement.
 */
function proposalAgreement(layout: Layout, sentence: Sentence, v: number): Found | null {
  const tokens = sentence.tokens;
  const verb = tokens[v]!;
  let o = v + 1;
  if (verb.lower === 'put') {
    if (tokens[o]?.lower !== 'forward') return null;
    o++;
  }
  const before = tokens[v - 1];
  // "the proposed task force", "a plan proposed by ...", "was proposed": not a report of who proposed it.
  if (before?.word && (DETERMINERS.has(before.lower) || /^(was|were|is|are|be|been|being)$/.test(before.lower))) return null;
  // "offered Kestria a ...": the other side as indirect object.
  let indirect: NameSpan[] = [];
  const list = readNameList(tokens, o);
  if (list && tokens[list.at(-1)!.to]?.word && DETERMINERS.has(tokens[list.at(-1)!.to]!.lower)) {
    indirect = list;
    o = list.at(-1)!.to;
  }
  const first = tokens[o];
  if (!first?.word || !/^(a|an|the|new)$/.test(first.lower) && !JOINT_WORDS.has(first.lower)) return null;
  // "the idea", "the plan": only "the joint ..." or "the creation of ..." name something new.
  if (first.lower === 'the' && !JOINT_WORDS.has(tokens[o + 1]?.lower ?? '') && !/^(creation|establishment|formation|setting)$/.test(tokens[o + 1]?.lower ?? '')) return null;
  const npTo = complementEnd(tokens, o, 14);
  if (npTo <= o + 1) return null;
  // The head of what is proposed: laws and measures of one side are not agreements.
  let head = o;
  while (head + 1 < npTo && tokens[head + 1]!.word && !TOPIC_STOPS.has(tokens[head + 1]!.lower) && !TOPIC_MARKERS.has(tokens[head + 1]!.lower)) head++;
  if (NOT_PROPOSALS.has(tokens[head]!.lower)) return null;
  // "proposed a deal": the noun pattern's.
  for (let k = o; k < npTo; k++) if (AGREEMENT_NOUNS.has(tokens[k]!.lower) || TALK_NOUNS.has(tokens[k]!.lower)) return null;
  const isOffer = verb.lower.startsWith('offer');
  if (isOffer && !range(o, Math.min(npTo, o + 4)).some((k) => JOINT_WORDS.has(tokens[k]!.lower))) return null;
  const context = contextBefore(tokens, v, 0);
  if (context.negated) return null;
  const subject = subjectOf(tokens, v);
  const subjectNames = subject?.names ?? [];
  const others = indirect.length ? indirect : subjectNames.length === 1 ? namesAfter(tokens, o, npTo, ['with', 'to']) : [];
  const named = subjectNames.length >= 2 || others.length ? [...subjectNames, ...others] : [];
  const title = joined(layout.text, tokens, titleIndexes(tokens, o, npTo));
  return {
    start: subject && subject.from < v && v - subject.from <= 14 ? tokens[subject.from]!.start : verb.start,
    end: tokens[npTo - 1]!.end,
    title,
    status: 'PROPOSED',
    topic: topicAfterMarker(tokens, o + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.6,
    npFrom: o,
    npTo,
    noun: v,
    anchor: v,
    subject: subjectBefore(tokens, v),
    clauseOnly: true,
    named,
    strict: true,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Parties

/** The country a title names: "President of China", "former U.S Labor Secretary", "Chinese premier". */
function countryInTitle(title: string | null): string | null {
  if (!title) return null;
  const words = title.split(/[\s,]+/).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? countryOf(`${words[k]} ${words[k + 1]}`) : null;
    if (two) return two;
    const one = /^\p{Lu}/u.test(words[k]!) ? countryOf(words[k]!.replace(/['’]s$/, '')) : null;
    if (one) return one;
  }
  return null;
}

class PartyFinder {
  private readonly bySentence = new Map<number, Mention[]>();
  private main: { countries: string[]; others: string[]; strength: number[] } | null = null;

  constructor(
    private readonly layout: Layout,
    private readonly registry: EntityRegistry,
    private readonly mentions: Mention[],
    private readonly title: string | null | undefined,
  ) {
    for (const mention of mentions) {
      const list = this.bySentence.get(mention.sentence);
      if (list) list.push(mention);
      else this.bySentence.set(mention.sentence, [mention]);
    }
  }

  /** Registry names: "U.S" -> "United States", "Xi" -> "Xi Jinping"; a demonym plural -> its country. */
  resolve(mention: Mention): { name: string; kind: string } | null {
    const entity = this.registry.lookup(mention.name);
    const kind = entity?.kind ?? mention.kind;
    if (kind === 'COUNTRY') return { name: countryOf(mention.name) ?? entity?.name ?? mention.name, kind };
    const capital = CAPITALS[mention.name.toLowerCase()];
    if (kind === 'PLACE' && capital) return { name: capital, kind: 'COUNTRY' };
    const demonym = /s$/.test(mention.name) ? countryOf(mention.name.slice(0, -1)) : null;
    if (demonym) return { name: demonym, kind: 'COUNTRY' };
    // A single unknown capitalised word mid-sentence ("Barclays", "Alibaba") is most often an organisation.
    if (kind === 'OTHER' && (mention.initial || /\s/.test(mention.name))) return null;
    if (kind === 'ORGANIZATION' && MEDIA.test(mention.name)) return null;
    if (kind === 'PERSON') {
      const country = countryInTitle(mention.title) ?? countryInTitle(entity?.title ?? null);
      if (country) return { name: country, kind: 'COUNTRY' };
    }
    return { name: entity?.name ?? mention.name, kind };
  }

  /** "US-China", "U.S.-Mexico": a hyphenated pair of countries. */
  private splitPair(mention: Mention): string[] | null {
    if (!/[-–]/.test(mention.name)) return null;
    const parts = mention.name.split(/[-–]/).map((part) => countryOf(part));
    return parts.length >= 2 && parts.every(Boolean) ? (parts as string[]) : null;
  }

  /** Candidate parties named in sentence `index`, outside `skip` unless they are countries. */
  inSentence(index: number, npFrom: number, noun: number, subject?: [number, number]): Party[] {
    const sentence = this.layout.sentences[index]!;
    const tokens = sentence.tokens;
    const parties: Party[] = [];
    for (const mention of this.bySentence.get(index) ?? []) {
      if (subject && (mention.from < subject[0] || mention.to > subject[1]) && !this.afterWith(tokens, mention.from)) continue;
      const pair = this.splitPair(mention);
      if (pair) {
        for (const name of pair) parties.push({ name, at: mention.from, kind: 'COUNTRY', speaker: false });
        continue;
      }
      const resolved = this.resolve(mention);
      if (!resolved) continue;
      // "the Paris climate agreement": a place in the name of the agreement is not a party.
      if (mention.from >= npFrom && mention.to <= noun && resolved.kind === 'PLACE') continue;
      const before = tokens[mention.from - 1]?.lower;
      if (resolved.kind === 'PLACE' && LOCATION_PREPOSITIONS.has(before ?? '')) continue;
      if ((resolved.kind === 'PLACE' || resolved.kind === 'OTHER') && !this.actsLikeParty(tokens, mention)) continue;
      // "according to Reuters", "Smith said": speakers and sources.
      const speaker = before === 'to' && tokens[mention.from - 2]?.lower === 'according' || this.isSpeaker(tokens, mention.to);
      // "US bank Hartwell Trust", "Chinese President Xi": a country before another name only describes it.
      if (resolved.kind === 'COUNTRY' && this.describesNext(tokens, mention, index)) continue;
      parties.push({ name: resolved.name, at: mention.from, kind: resolved.kind, speaker });
    }
    return parties;
  }

  private afterWith(tokens: Token[], from: number): boolean {
    const before = tokens[from - 1]?.lower ?? '';
    return before === 'with' || (before === 'the' && tokens[from - 2]?.lower === 'with');
  }

  private actsLikeParty(tokens: Token[], mention: Mention): boolean {
    // A US state or a city counts when it acts or is dealt with: "California signed", "with Texas".
    const after = tokens[mention.to];
    const before = tokens[mention.from - 1];
    const acts = !!after && after.word && (after.lower === 'and' || VERBS.has(after.lower) || AUXILIARIES.has(after.lower) || after.lower === 'agreed' || SPEECH_VERB_LEMMA.has(after.lower));
    const dealtWith = !!before && ['with', 'and', 'between', 'among'].includes(before.lower);
    return acts || dealtWith;
  }

  private isSpeaker(tokens: Token[], to: number): boolean {
    let k = to;
    if (tokens[k]?.text === ',') return false;
    while (k < tokens.length && k < to + 2 && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) k++;
    const next = tokens[k];
    return !!next && SPEECH_VERB_LEMMA.has(next.lower) && !VERBS.has(next.lower);
  }

  private describesNext(tokens: Token[], mention: Mention, index: number): boolean {
    const others = this.bySentence.get(index) ?? [];
    const next = others.find((other) => other.from >= mention.to && other.from <= mention.to + 3 && other !== mention);
    if (!next) return false;
    if (next.kind === 'COUNTRY' || countryOf(next.name)) return false;
    // Only role words between: "US bank Hartwell Trust", "German chemicals maker Nordwind".
    for (let k = mention.to; k < next.from; k++) {
      const token = tokens[k]!;
      if (!token.word || LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || token.lower === 'and') return false;
    }
    return true;
  }

  /** Token bounds of the clause around an agreement: commas, semicolons, quotes and "that"/"which" end it. */
  private clauseOf(index: number, npFrom: number, npTo: number, anchor: number): [number, number] {
    const tokens = this.layout.sentences[index]!.tokens;
    const isBoundary = (token: Token) => isClauseBreak(token) || (token.word && ['that', 'which', 'who', 'said', 'says', 'told', 'while', 'although', 'though', 'because', 'but', 'after', 'before', 'once', 'when', 'where', 'since', 'until', 'if', 'unless', 'whereas'].includes(token.lower));
    let from = Math.min(npFrom, anchor);
    while (from > 0 && !isBoundary(tokens[from - 1]!)) from--;
    let to = npTo;
    while (to < tokens.length && !isBoundary(tokens[to]!)) to++;
    return [from, to];
  }

  /** Does the sentence speak of two sides it does not name ("both countries", "the two sides", "they")? */
  jointPhrase(index: number, from = 0, to?: number): boolean {
    const tokens = this.layout.sentences[index]!.tokens;
    const end = to ?? tokens.length;
    for (let k = from; k < end; k++) {
      const lower = tokens[k]!.lower;
      if ((lower === 'both' || lower === 'two') && k + 1 < tokens.length) {
        // "both countries", "the two sides", "both the countries", "the two Asian powers"
        for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) if (JOINT_HEADS.has(tokens[j]!.lower)) return true;
      }
      if (lower === 'each' && tokens[k + 1]?.lower === 'other') return true;
      if (lower === 'they' || lower === 'their' && k === from) return true;
    }
    return false;
  }

  /** The two main parties of the story: the countries named most (headline counting more), else organisations. */
  mainParties(): { countries: string[]; others: string[]; strength: number[] } {
    if (this.main) return this.main;
    const countries = new Map<string, number>();
    const others = new Map<string, number>();
    const headline = headlineOf(this.layout);
    for (const mention of this.mentions) {
      const resolved = this.resolve(mention);
      if (!resolved) continue;
      const inHeadline = headline && mention.start >= headline.start && mention.end <= headline.end;
      const weight = inHeadline ? 3 : 1;
      if (resolved.kind === 'COUNTRY') countries.set(resolved.name, (countries.get(resolved.name) ?? 0) + weight);
      else if (resolved.kind === 'ORGANIZATION') others.set(resolved.name, (others.get(resolved.name) ?? 0) + weight);
    }
    if (this.title) {
      for (const word of this.title.split(/[\s,:;'’"“”-]+/)) {
        const country = /^\p{Lu}/u.test(word) ? countryOf(word) : null;
        if (country) countries.set(country, (countries.get(country) ?? 0) + 3);
      }
    }
    const order = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const topCountries = order(countries);
    const topOthers = order(others);
    this.main = {
      countries: topCountries.slice(0, 2).map(([name]) => name),
      others: topOthers.slice(0, 2).map(([name]) => name),
      strength: topCountries.slice(0, 3).map(([, score]) => score),
    };
    return this.main;
  }

  /** The party a name read from the tokens stands for: its mention's name in the registry, a country, or the name as written. */
  nameOf(index: number, span: NameSpan): string | null {
    const tokens = this.layout.sentences[index]!.tokens;
    const to = span.ownerTo ?? span.to;
    const inside = (this.bySentence.get(index) ?? []).filter((mention) => mention.from >= span.start && mention.to <= to);
    if (inside.length === 1) {
      const mention = inside[0]!;
      // Only titles around it ("President Ana Toma"): the mention is the name.
      let titles = true;
      for (let k = span.from; k < to && titles; k++) if (k < mention.from || k >= mention.to) titles = TITLES.has(tokens[k]!.bare) || tokens[k]!.lower === 'the';
      if (titles && !this.splitPair(mention)) return this.canonical(this.resolve(mention)?.name ?? this.registry.lookup(mention.name)?.name ?? mention.name);
    }
    return this.canonical(this.nameAsWritten(joined(this.layout.text, tokens, range(span.from, to)).replace(/['’]s$/, '')));
  }

  private names: string[] | null = null;

  /**
   * A demonym stands for the place the story names: "Kestrian" -> "Kestria" when the story names Kestria
   * (gazetteer demonyms are the registry's).
   */
  canonical(name: string): string {
    if (/\s/.test(name) || !/(an|ian|ean|ese|ish|ic|i)$/.test(name)) return name;
    const country = countryOf(name);
    if (country) return country;
    if (!this.names) {
      // Names of places and organisations, and single capitalised words ("Velmora" opening a sentence is no mention).
      const known = new Set([...this.registry.entities, ...this.mentions].filter((entity) => entity.kind !== 'PERSON').map((entity) => entity.name));
      for (const sentence of this.layout.sentences) for (const token of sentence.tokens) if (isNameWord(token) && !/['’]/.test(token.text)) known.add(token.text);
      this.names = [...known].filter((word) => !/\s/.test(word) && word.length >= 4);
    }
    const stem = (known: string) => (/[aeiouy]$/.test(known) ? known.slice(0, -1) : known);
    const place = this.names.find((known) => known !== name && name.startsWith(stem(known)) && name.length - known.length <= 4);
    return place ?? name;
  }

  /** A name as written: its country, its registry name, or itself. */
  private nameAsWritten(raw: string): string {
    const country = countryOf(raw) ?? CAPITALS[raw.toLowerCase()];
    if (country) return country;
    // The registry's fuller name for a country or a person's surname; any other name stays as written
    // (the registry may hold a longer name around it: "negotiators for Arden Foods").
    const entity = this.registry.lookup(raw);
    if (entity?.kind === 'COUNTRY') return countryOf(entity.name) ?? entity.name;
    if (entity?.kind === 'PERSON' && !/\s/.test(raw)) return entity.name;
    return raw;
  }

  /**
   * The parties of an agreement found in sentence `index`: the names its syntax gives, else two or more
   * distinct names in the sentence. With fewer, `pointsAtMain` says the sentence points at the story's two
   * sides ("both countries", "they"), to be filled in once the whole story has been read. In a quotation only
   * names the clause gives count.
   */
  partiesFor(index: number, found: Found, quoted: boolean): { parties: string[]; named: boolean; pointsAtMain: boolean; joint: boolean; earlierOnly?: boolean } {
    if (found.named.length) {
      const names = [...new Set(found.named.map((span) => this.nameOf(index, span)).filter((name): name is string => !!name))];
      if (names.length >= 2) return { parties: names.slice(0, 4), named: true, pointsAtMain: false, joint: false };
    }
    const subject = found.subjectFrom !== undefined ? ([found.subjectFrom, found.subjectTo!] as [number, number]) : undefined;
    const joint = this.jointPhrase(index, subject?.[0] ?? 0, subject ? subject[1] : undefined);
    if (quoted) return { parties: [], named: false, pointsAtMain: false, joint };
    if (found.strict) return { parties: [], named: false, pointsAtMain: joint, joint };
    const candidates = this.inSentence(index, found.npFrom, found.noun, subject);
    const distinct = (parties: Party[]) => [...new Set([...parties].sort((a, b) => a.at - b.at).map((party) => party.name))];
    const choose = (pool: Party[]): string[] => {
      const countries = distinct(pool.filter((party) => party.kind === 'COUNTRY'));
      if (countries.length >= 2) return countries;
      const nonSpeakers = distinct(pool.filter((party) => !party.speaker));
      return nonSpeakers.length >= 2 ? nonSpeakers : distinct(pool);
    };
    // The clause of the agreement first ("reports that X held talks with Y"), then the whole sentence.
    const [clauseFrom, clauseTo] = this.clauseOf(index, found.npFrom, found.npTo, found.anchor);
    const inClause = choose(candidates.filter((party) => party.at >= clauseFrom && party.at < clauseTo));
    const chosen = inClause.length >= 2 || found.clauseOnly ? inClause : choose(candidates);
    const names = [...new Set(chosen.map((name) => this.canonical(name)))];
    if (names.length >= 2) return { parties: names.slice(0, 4), named: true, pointsAtMain: false, joint };

    // Fewer than two named: the story's two main parties, when the sentence points at two sides or names
    // only one of them (or none: "He signed an agreement ..." in a story about two countries).
    // "He signed ...", "after signing ..." in a sentence whose subject is a pronoun: the story's sides.
    const tokens = this.layout.sentences[index]!.tokens;
    const firstWord = tokens.find((token) => token.word);
    const pointsAtMain = joint || found.subject === 'pronoun' || found.subject === 'event' || (found.subject === 'none' && !!firstWord && SUBJECT_PRONOUNS.has(firstWord.lower) && firstWord.quote < 0);
    // "Kestria later rejected the deal": the deal told before, whose parties include the one named.
    if (!pointsAtMain && found.definite && names.length <= 1) {
      const given = names.length ? names : found.named.map((span) => this.nameOf(index, span)).filter((name): name is string => !!name).slice(0, 1);
      return { parties: given, named: false, pointsAtMain: true, joint: false, earlierOnly: true };
    }
    return { parties: names, named: false, pointsAtMain, joint };
  }

  /**
   * The story's two sides for a sentence that only points at them, consistent with the names it gives:
   * the parties of the story's other agreements, else its two main countries (or organisations), else the
   * pair of names it mentions together most.
   */
  storySides(names: string[], joint: boolean, others: string[][], earlierOnly = false, nearest: string[] | null = null): string[] | null {
    const fits = (pair: string[]) => names.every((name) => pair.includes(name));
    const sets = new Map<string, { parties: string[]; count: number }>();
    for (const parties of others) {
      const key = [...parties].sort().join('|');
      const entry = sets.get(key);
      if (entry) entry.count++;
      else sets.set(key, { parties, count: 1 });
    }
    const ranked = [...sets.values()].filter((entry) => fits(entry.parties)).sort((a, b) => b.count - a.count);
    if (ranked.length && (ranked.length === 1 || ranked[0]!.count > ranked[1]!.count)) return ranked[0]!.parties;
    // Several agreements as often: the one told just before.
    if (nearest && fits(nearest) && ranked.some((entry) => entry.count === ranked[0]!.count && [...entry.parties].sort().join('|') === [...nearest].sort().join('|'))) return nearest;
    if (earlierOnly) return null;
    const main = this.mainParties();
    const [, second = 0, third = 0] = main.strength;
    const clearPair = main.countries.length === 2 && second >= (joint ? 2 : 3) && second > third;
    if (clearPair && fits(main.countries)) return main.countries;
    if (joint && main.others.length === 2 && fits(main.others)) return main.others;
    const paired = this.pairedNames();
    return paired && fits(paired) ? paired : null;
  }

  private paired: string[] | null | undefined;

  /**
   * The two names the story joins most ("Velmora and Kestria" counts 2, two parties in one sentence 1),
   * when one pair leads. Names need not be in any gazetteer.
   */
  pairedNames(): string[] | null {
    if (this.paired !== undefined) return this.paired;
    const scores = new Map<string, { pair: string[]; score: number }>();
    const add = (a: string, b: string, score: number) => {
      if (a === b) return;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const entry = scores.get(key);
      if (entry) entry.score += score;
      else scores.set(key, { pair: [a, b], score });
    };
    const lists = (tokens: Token[], name: (span: NameSpan) => string | null) => {
      for (let k = 0; k < tokens.length; k++) {
        if (!isNameWord(tokens[k]) || isNameWord(tokens[k - 1])) continue;
        const list = readNameList(tokens, k);
        if (!list || list.length < 2) continue;
        const names = list.map(name).filter((found): found is string => !!found);
        for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) add(names[i]!, names[j]!, 2);
        k = list.at(-1)!.to - 1;
      }
    };
    if (this.title) {
      const title = this.title;
      for (const sentence of layOut(title).sentences) lists(sentence.tokens, (span) => this.nameAsWritten(joined(title, sentence.tokens, range(span.from, span.to))));
    }
    this.layout.sentences.forEach((sentence, index) => {
      lists(sentence.tokens, (span) => this.nameOf(index, span));
      const named = [...new Set((this.bySentence.get(index) ?? []).map((mention) => this.resolve(mention)).filter((party) => party && party.kind !== 'PERSON' && party.kind !== 'PLACE').map((party) => party!.name))];
      for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) add(named[i]!, named[j]!, 1);
    });
    const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
    const best = ranked[0];
    this.paired = best && best.score >= 2 && (!ranked[1] || best.score > ranked[1].score) ? best.pair : null;
    return this.paired;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The stage

const QUICK = new Set([...AGREEMENT_NOUNS, ...TALK_NOUNS, ...PROPOSING_VERBS, 'agreed', 'agree', 'agrees']);
/** First letter and length of the trigger words: a cheap test before the set lookup (most words fail it). */
const QUICK_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (word: string) => (word.charCodeAt(0) & 127) * 32 + Math.min(word.length, 31);
for (const word of QUICK) QUICK_SHAPES[shapeOf(word)] = 1;

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

interface Candidate {
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
    const rank: Record<AgreementStatus, number> = { NOT_REACHED: 3, SIGNED: 2, PROPOSED: 1 };
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
    });
  }
  return agreements;
}
