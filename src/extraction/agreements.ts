// Agreements a story reports: signed ("X and Y signed a trade pact", "after signing an agreement on ..."),
// proposed ("offered a deal", "talks on a trade deal", "plan to sign a treaty") and not reached ("failed to
// reach an agreement", "talks collapsed", "no deal was reached", "rejected the deal"). Each is found from an
// agreement noun and the verb that governs it (on its left, or a participle on its right), or from a few
// patterns without such a noun ("X and Y agreed to ...", "talks between X and Y broke down"). The parties
// are the countries, organisations and people named in the sentence; a sentence that only says "both
// countries" or "they" gets the two main parties of the story. Pure and deterministic.
import { countryOf, type EntityRegistry, type Mention } from './entities.js';
import { SPEECH_VERB_LEMMA } from './lexicon.js';
import type { Layout, Sentence, Token } from './text.js';
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
const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

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
  'signed', 'reached', 'struck', 'sealed', 'concluded', 'agreed', 'inked', 'finalized', 'finalised', 'clinched', 'brokered',
  'negotiated', 'hammered', 'announced', 'approved', 'ratified', 'forged', 'secured', 'completed', 'made',
]);
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

/** Words in a topic phrase that are the action, not the subject ("for fighting climate change"). */
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
}

type SubjectKind = 'pronoun' | 'event' | 'noun' | 'name' | 'none';

const EVENT_NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'negotiators', 'discussions', 'visit', 'conference', 'session', 'sessions', 'dialogue', 'round', 'forum', 'delegations', 'envoys', 'officials', 'leaders', 'sides']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const CONDITIONALS = new Set(['once', 'if', 'unless', 'until', 'when', 'whether', 'before', 'should']);

/** The kind of subject of the verb at `verb`, across auxiliaries, modals, negation and adverbs. */
function subjectBefore(tokens: Token[], verb: number): SubjectKind {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.word && (AUXILIARIES.has(tokens[k]!.lower) || INTENT.has(tokens[k]!.lower) || isNegation(tokens[k]!) || ADVERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'to' || tokens[k]!.lower === 'did' || tokens[k]!.lower === 'do' || tokens[k]!.lower === 'does')) k--;
  const token = tokens[k];
  if (!token || !token.word) return 'none';
  if (SUBJECT_PRONOUNS.has(token.lower)) return 'pronoun';
  // "the meeting failed to reach ...": the sides of the meeting are the parties.
  if (EVENT_NOUNS.has(token.lower)) return 'event';
  if (token.capitalised) return 'name';
  if (LEFT_STOPS.has(token.lower) || CONDITIONALS.has(token.lower) || ['after', 'by', 'while', 'since', 'for', 'of', 'in'].includes(token.lower)) return 'none';
  return 'noun';
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

/** The end (exclusive) of the complement of a noun at `after - 1`: "for fighting climate change ... technologies". */
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
    if (SPEECH_VERB_LEMMA.has(lower) && k > after) break;
    if (SIGNED_PARTICIPLES.has(lower) && k === after) break;
    // A past tense after the noun phrase is the next verb ("talks on a deal resumed in ..."), unless passive-like.
    if (k > after && !token.capitalised && /ed$/.test(lower) && lower.length > 4 && tokens[k - 1]!.word && !TOPIC_STOPS.has(tokens[k - 1]!.lower) && !DETERMINERS.has(tokens[k - 1]!.lower) && !['by', 'at'].includes(tokens[k + 1]?.lower ?? '') && !['need', 'speed', 'seed', 'feed', 'greed'].some((w) => lower.endsWith(w))) break;
    if (k > after && (FAILED_VERBS.has(lower) || VERBS.get(lower)?.form === 'past' || VERBS.get(lower)?.form === 's')) break;
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

/** A topic phrase after a marker ("for fighting climate change", "on trade"), or null. */
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

/** The subject words before the noun ("trade deal" -> "trade"), without sizes, adjectives or names. */
function topicFromModifiers(tokens: Token[], from: number, noun: number): string | null {
  const words: string[] = [];
  for (let k = from; k < noun; k++) {
    const token = tokens[k]!;
    if (!token.word || DETERMINERS.has(token.lower) || EMPTY_MODIFIERS.has(token.lower) || /\d/.test(token.text)) continue;
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
    if (!token.word) break;
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
    if (LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || TALK_NOUNS.has(token.lower) || AGREEMENT_NOUNS.has(token.lower) && token.lower !== 'trade') break;
    if (ADVERBS.has(token.lower) && !token.capitalised) break;
    npFrom = k;
    modifiers++;
    if (/['’]s$/.test(token.text)) break; // "China's new deal"
  }
  const determiner = tokens[npFrom]!.lower;
  const modifierWords = range(npFrom, n).map((k) => tokens[k]!.lower);

  // Passive or reduced relative on the right: "a deal was signed", "the agreement reached last year", "talks collapsed".
  let right: { status: AgreementStatus; end: number } | null = null;
  {
    let k = n + 1;
    let negated = false;
    let intent = false;
    // "the deal between X and Y was signed": skip a short complement naming the parties.
    if (tokens[k]?.word && ['between', 'with', 'among'].includes(tokens[k]!.lower)) {
      let j = k + 1;
      while (j < tokens.length && j < k + 8 && (tokens[j]!.capitalised || ['and', 'the', ',', '.'].includes(tokens[j]!.lower) || tokens[j]!.text === '.')) j++;
      if (j > k + 1) k = j;
    }
    let steps = 0;
    while (k < tokens.length && steps < 5 && tokens[k]!.word && AUXILIARIES.has(tokens[k]!.lower)) {
      if (isNegation(tokens[k]!)) negated = true;
      else if (INTENT.has(tokens[k]!.lower) || ['be', 'to'].includes(tokens[k]!.lower) && steps > 0) intent = intent || !['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been'].includes(tokens[k]!.lower);
      k++;
      steps++;
    }
    const verb = tokens[k];
    // "once a political agreement is reached": a condition, not a fact.
    const before = tokens[npFrom - 1]?.lower ?? '';
    if (CONDITIONALS.has(before)) intent = true;
    if (verb?.word && !verb.capitalised) {
      if (SIGNED_PARTICIPLES.has(verb.lower) && (steps > 0 || !tokens[k + 1] || !tokens[k + 1]!.word || !DETERMINERS.has(tokens[k + 1]!.lower))) {
        // "the deal made sense" has an object; "a deal was made" does not.
        if (verb.lower === 'made' && steps === 0) right = null;
        else right = { status: negated || determiner === 'no' ? 'NOT_REACHED' : intent ? 'PROPOSED' : 'SIGNED', end: verb.end };
      } else if (FAILED_VERBS.has(verb.lower) && !negated) {
        const particles = FAILED_PARTICLES[verb.lower];
        const particle = tokens[k + 1]?.lower;
        if (!particles || particles.includes(particle ?? '')) {
          right = { status: 'NOT_REACHED', end: particles ? tokens[k + 1]!.end : verb.end };
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
  if (weakNoun && !left) return null;
  if (weakNoun) confidence -= 0.1;
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
  };
}

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
  };
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
  if (!hasJointSubject(from, a)) return null;
  const context = contextBefore(tokens, a, from);
  const status: AgreementStatus = context.negated ? 'NOT_REACHED' : context.intent && !['has', 'have', 'had'].includes(tokens[a - 1]?.lower ?? '') ? 'PROPOSED' : 'SIGNED';
  const npTo = complementEnd(tokens, a + 2, 12);
  const rest = range(a + 2, npTo);
  const title = `agreement ${next.lower} ${joined(layout.text, tokens, titleIndexes(tokens, a + 2, npTo))}`.trim();
  let start = verb.start;
  if (status === 'NOT_REACHED') for (let j = a - 1; j >= Math.max(from, a - 4); j--) if (isNegation(tokens[j]!)) start = tokens[j]!.start;
  return {
    start,
    end: rest.length ? tokens[npTo - 1]!.end : next.end,
    title,
    status,
    topic: topicAfterMarker(tokens, a + 1, npTo) ?? topicsOf(title, 1)[0] ?? null,
    confidence: 0.65,
    npFrom: a,
    npTo,
    subjectFrom: from,
    subjectTo: a,
    noun: a,
    anchor: a,
    subject: subjectBefore(tokens, a),
    clauseOnly: false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Parties

/** The country a title names: "President of China", "former U.S Treasury Secretary", "Chinese premier". */
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
      // "US bank Wells Fargo", "Chinese President Xi": a country before another name only describes it.
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
    // Only role words between: "US bank Wells Fargo", "German music publisher Bertelsmann".
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

  /**
   * The parties of an agreement found in sentence `index`: two or more distinct names, or the story's two
   * main parties when the sentence names fewer and only points at them. Returns the parties and whether
   * the fallback was used.
   */
  partiesFor(index: number, found: Found): { parties: string[]; fallback: boolean } {
    const subject = found.subjectFrom !== undefined ? ([found.subjectFrom, found.subjectTo!] as [number, number]) : undefined;
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
    const names = inClause.length >= 2 || found.clauseOnly ? inClause : choose(candidates);
    if (names.length >= 2) return { parties: names.slice(0, 4), fallback: false };

    // Fewer than two named: the story's two main parties, when the sentence points at two sides or names
    // only one of them (or none: "He signed an agreement ..." in a story about two countries).
    const joint = this.jointPhrase(index, subject?.[0] ?? 0, subject ? subject[1] : undefined);
    // "He signed ...", "after signing ..." in a sentence whose subject is a pronoun: the story's sides.
    const tokens = this.layout.sentences[index]!.tokens;
    const firstWord = tokens.find((token) => token.word);
    const pointsAtMain = joint || found.subject === 'pronoun' || found.subject === 'event' || (found.subject === 'none' && !!firstWord && SUBJECT_PRONOUNS.has(firstWord.lower) && firstWord.quote < 0);
    if (!pointsAtMain) return { parties: names, fallback: false };
    const main = this.mainParties();
    const [, second = 0, third = 0] = main.strength;
    const clearPair = main.countries.length === 2 && second >= (joint ? 2 : 3) && second > third;
    if (clearPair && names.every((name) => main.countries.includes(name))) return { parties: main.countries, fallback: true };
    if (joint && main.others.length === 2 && names.every((name) => main.others.includes(name))) return { parties: main.others, fallback: true };
    return { parties: names, fallback: false };
  }
}

// ---------------------------------------------------------------------------------------------------------
// The stage

const QUICK = new Set([...AGREEMENT_NOUNS, ...TALK_NOUNS, 'agreed', 'agree', 'agrees']);
/** First letter and length of the trigger words: a cheap test before the set lookup (most words fail it). */
const QUICK_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (word: string) => (word.charCodeAt(0) & 127) * 32 + Math.min(word.length, 31);
for (const word of QUICK) QUICK_SHAPES[shapeOf(word)] = 1;

/**
 * Agreements the story reports, in text order. `title` is the headline when it is not part of the text
 * (it only helps to choose the story's main parties).
 */
export function extractAgreements(layout: Layout, registry: EntityRegistry, mentions: Mention[], title?: string | null): ExtractedAgreement[] {
  let finder: PartyFinder | null = null;
  const agreements: ExtractedAgreement[] = [];
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
        if (better) kept[clash] = { ...item, start: Math.min(item.start, other.start), end: Math.max(item.end, other.end) };
      }
    }
    const inQuote = (start: number) => layout.quotes.some((quote) => quote.innerStart <= start && start < quote.innerEnd);
    for (const item of kept) {
      const { parties, fallback } = finder.partiesFor(index, item);
      if (parties.length < 2) continue;
      let confidence = item.confidence - (fallback ? 0.15 : 0) - (inQuote(item.start) ? 0.1 : 0);
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
  });
  return agreements;
}
