
/** What a verb does to the agreement it governs: makes it, puts it forward, refuses it, ends it, or refers to it. */
export type VerbClass = 'SIGN' | 'PROPOSE' | 'REJECT' | 'WITHDRAW' | 'EXISTING' | 'WITHOUT';
export type VerbForm = 'base' | 'past' | 'ing' | 's';

export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
  form: VerbForm;
}

export interface LemmaInfo {
  cls: VerbClass;
  forms: [string[], string[], string[], string[]]; // base, s, past, ing
  /** A particle that must stand between the verb and the noun ("entered into", "pulled out of"). */
  needs?: string;
  /** Particles allowed between the verb and the noun. */
  particles?: string[];
  /** Only with strong agreement nouns (not "contract", "merger" ...). */
  strongOnly?: boolean;
}

export const LEMMAS: Record<string, LemmaInfo> = {
  sign: { cls: 'SIGN', forms: [['sign'], ['signs'], ['signed'], ['signing']], particles: ['on', 'to', 'onto', 'off', 'up'] },
  ink: { cls: 'SIGN', forms: [['ink'], ['inks'], ['inked'], ['inking']] },
  initial: { cls: 'SIGN', forms: [[], ['initials'], ['initialled', 'initialed'], ['initialling', 'initialing']] },
  seal: { cls: 'SIGN', forms: [['seal'], ['seals'], ['sealed'], ['sealing']] },
  conclude: { cls: 'SIGN', forms: [['conclude'], ['concludes'], ['concluded'], ['concluding']] },
  reach: { cls: 'SIGN', forms: [['reach'], ['reaches'], ['reached'], ['reaching']] },
  strike: { cls: 'SIGN', forms: [['strike'], ['strikes'], ['struck'], ['striking']] },
  clinch: { cls: 'SIGN', forms: [['clinch'], ['clinches'], ['clinched'], ['clinching']] },
  finalize: { cls: 'SIGN', forms: [['finalize', 'finalise'], ['finalizes', 'finalises'], ['finalized', 'finalised'], ['finalizing', 'finalising']] },
  // "accepted a pay deal from B": the subject takes what the other side offered (the other side after "from").
  accept: { cls: 'SIGN', forms: [['accept'], ['accepts'], ['accepted'], ['accepting']] },
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
  try: { cls: 'PROPOSE', forms: [['try'], ['tries'], ['tried'], ['trying']], needs: 'for' },
  // (Not "want": "A wants a deal with B" is a wish of one side, no agreement put to the other.)
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
  scrap: { cls: 'WITHDRAW', forms: [['scrap'], ['scraps'], ['scrapped'], ['scrapping']] },
  abandon: { cls: 'REJECT', forms: [['abandon'], ['abandons'], ['abandoned'], ['abandoning']] },
  cancel: { cls: 'WITHDRAW', forms: [['cancel'], ['cancels'], ['cancelled', 'canceled'], ['cancelling', 'canceling']] },
  block: { cls: 'REJECT', forms: [['block'], ['blocks'], ['blocked'], ['blocking']] },
  torpedo: { cls: 'REJECT', forms: [['torpedo'], ['torpedoes'], ['torpedoed'], ['torpedoing']] },
  withdraw: { cls: 'WITHDRAW', forms: [['withdraw'], ['withdraws'], ['withdrew', 'withdrawn'], ['withdrawing']], needs: 'from' },
  pull: { cls: 'WITHDRAW', forms: [['pull'], ['pulls'], ['pulled'], ['pulling']], needs: 'out' },
  walk: { cls: 'WITHDRAW', forms: [['walk'], ['walks'], ['walked'], ['walking']], needs: 'away' },
  tear: { cls: 'WITHDRAW', forms: [['tear'], ['tears'], ['tore', 'torn'], ['tearing']], needs: 'up' },
  rip: { cls: 'WITHDRAW', forms: [['rip'], ['rips'], ['ripped'], ['ripping']], needs: 'up' },
  quit: { cls: 'WITHDRAW', forms: [['quit'], ['quits'], ['quit'], ['quitting']] },
  vote: { cls: 'SIGN', forms: [[], [], [], []] },
  back: { cls: 'WITHDRAW', forms: [['back'], ['backs'], ['backed'], ['backing']], needs: 'out' },
  renege: { cls: 'WITHDRAW', forms: [['renege'], ['reneges'], ['reneged'], ['reneging']], needs: 'on' },
  exit: { cls: 'WITHDRAW', forms: [['exit'], ['exits'], ['exited'], ['exiting']] },
  lose: { cls: 'WITHDRAW', forms: [['lose'], ['loses'], ['lost'], ['losing']] },
  // ("ended their partnership": the sides end what they had agreed; talks that end are the failed verbs'.)
  end: { cls: 'WITHDRAW', forms: [['end'], ['ends'], ['ended'], ['ending']] },
  suspend: { cls: 'WITHDRAW', forms: [['suspend'], ['suspends'], ['suspended'], ['suspending']] },
  terminate: { cls: 'WITHDRAW', forms: [['terminate'], ['terminates'], ['terminated'], ['terminating']] },
  form: { cls: 'SIGN', forms: [['form'], ['forms'], ['formed'], ['forming']], strongOnly: false },
  set: { cls: 'SIGN', forms: [[], [], [], ['setting']], needs: 'up' },
  establish: { cls: 'SIGN', forms: [['establish'], ['establishes'], ['established'], ['establishing']] },
  plan: { cls: 'PROPOSE', forms: [['plan'], ['plans'], ['planned'], ['planning']] },
  win: { cls: 'SIGN', forms: [['win'], ['wins'], ['won'], ['winning']] },
  award: { cls: 'SIGN', forms: [['award'], ['awards'], ['awarded'], ['awarding']] },
  grant: { cls: 'SIGN', forms: [['grant'], ['grants'], ['granted'], ['granting']], strongOnly: false },
  according: { cls: 'EXISTING', forms: [[], [], [], ['according']], particles: ['to'] },
  under: { cls: 'EXISTING', forms: [['under'], [], [], []] },
  without: { cls: 'WITHOUT', forms: [['without'], [], [], []] },
};

export const VERBS = new Map<string, VerbInfo>();
for (const [lemma, info] of Object.entries(LEMMAS)) {
  const formNames: VerbForm[] = ['base', 's', 'past', 'ing'];
  info.forms.forEach((forms, index) => {
    for (const form of forms) if (!VERBS.has(form)) VERBS.set(form, { lemma, cls: info.cls, form: formNames[index]! });
  });
}

/** Modal and intention words before a verb: the agreement is not (yet) made. */
export const INTENT = new Set([
  'will', 'would', "'ll", 'shall', 'could', 'might', 'may', 'plan', 'plans', 'planned', 'planning', 'expect', 'expects',
  'expected', 'set', 'hope', 'hopes', 'hoped', 'hoping', 'aim', 'aims', 'aimed', 'aiming', 'seek', 'seeks', 'seeking', 'sought',
  'want', 'wants', 'wanted', 'wanting', 'try', 'tries', 'tried', 'trying', 'intend', 'intends', 'intended', 'going', 'ready',
  'close', 'closer', 'poised', 'prepared', 'prepare', 'prepares', 'preparing', 'push', 'pushing', 'pushed', 'working', 'work',
  'need', 'needs', 'needed', 'yet', 'whether', 'if', 'agreed', 'agree', 'due', 'likely', 'wish', 'wishes', 'eager', 'keen',
  'promise', 'promised', 'promises', 'vowed', 'vow', 'vows', 'pledged', 'pledge', 'urged', 'urge', 'urges', 'asked',
  'called', 'calls', 'struggling', 'struggle', 'struggled', 'unless', 'should', 'must', 'can',
]);

/** Negation and failure before a verb: the agreement was not made. */
export const NEGATION = new Set([
  'not', 'never', 'no', 'nor', 'failed', 'fail', 'fails', 'failing', 'unable', 'refused', 'refuse', 'refuses', 'refusing',
  'declined', 'decline', 'declines', 'declining', 'without', 'cannot', 'neither', 'rejected', 'reluctant',
]);

/** Participles after the noun: "a deal was signed", "the agreement reached last year", "talks collapsed". */
export const SIGNED_PARTICIPLES = new Set([
  'signed', 'initialled', 'initialed', 'reached', 'struck', 'sealed', 'concluded', 'agreed', 'inked', 'finalized', 'finalised', 'clinched', 'brokered',
  'negotiated', 'hammered', 'announced', 'approved', 'ratified', 'forged', 'secured', 'completed', 'made',
]);

/** Participles after the noun that end it: "the deal was cancelled", "the pact was called off" (WITHDRAWN). */
export const WITHDRAWN_PARTICIPLES = new Set(['suspended', 'cancelled', 'canceled', 'scrapped', 'terminated', 'axed', 'revoked', 'rescinded', 'annulled', 'torn', 'called']);
/** The particle some of them need: "called off", "torn up". */
export const WITHDRAWN_PARTICLES: Record<string, string> = { called: 'off', torn: 'up' };

/** Participles after the noun that make it a proposal, with the names of who made it: "the pact drafted by A and B". */
export const PROPOSED_PARTICIPLES = new Set(['proposed', 'drafted', 'offered', 'floated', 'tabled', 'suggested']);

export const FAILED_VERBS = new Set(['collapsed', 'collapses', 'collapse', 'failed', 'fails', 'stalled', 'stall', 'stalls', 'foundered', 'faltered', 'broke', 'fell', 'falls', 'fall', 'ended', 'ends', 'unraveled', 'unravelled', 'crumbled', 'died', 'deadlocked', 'floundered']);
export const FAILED_PARTICLES: Record<string, string[]> = { broke: ['down', 'off', 'up'], fell: ['through', 'apart'], fall: ['through', 'apart'], falls: ['through', 'apart'], ended: ['without', 'in'], ends: ['without', 'in'] };
/** "talks ended in deadlock": an end "in" one of these is a failure ("ended in London" is not). */
export const FAILED_IN = /^(deadlock|stalemate|failure|acrimony|disarray|disagreement|recriminations|impasse)$/;
export const AUXILIARIES = new Set([
  'was', 'were', 'is', 'are', 'been', 'be', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'not', 'never', 'yet', 'to', 'expected', 'due', 'set', 'likely', 'finally', 'formally', 'officially',
  'eventually', 'recently', 'already', 'also', 'reportedly', 'now', 'just', 'apparently', 'effectively', 'quickly', 'later',
  'once', 'ever', 'successfully', 'since', 'then', 'tentatively',
]);

/** Verbs after "agreed to" that make what was agreed a proposal: "agreed to propose a joint commission". */
export const PROPOSING_INFINITIVES = new Set(['propose', 'consider', 'explore', 'study', 'discuss', 'examine', 'draft', 'negotiate', 'seek', 'pursue', 'suggest', 'recommend', 'weigh']);

/** Verbs of proposing that take what is proposed as their object, without an agreement noun. */
export const PROPOSING_VERBS = new Set(['propose', 'proposes', 'proposed', 'proposing', 'suggest', 'suggests', 'suggested', 'suggesting', 'offer', 'offers', 'offered', 'offering', 'put']);
