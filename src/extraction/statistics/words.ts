// Word lists of the statistics stage: currencies, durations, plural nouns, qualifiers and the words of change.
import { MONTH_NAMES } from '../lexicon.js';
import type { ChangeDirection } from '../types.js';

// Word lists

export const MONTH_RE = new RegExp(`^(?:${MONTH_NAMES})$`);
export const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`);
export const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+(?:the\\s+)?$`);

export const CURRENCY_SYMBOLS: [RegExp, string, string][] = [
  [/(?:US|U\.S\.)\$\s?$/, 'USD', 'US$'],
  [/(?:A|AU)\$\s?$/, 'AUD', 'A$'],
  [/(?:C|CA|Can)\$\s?$/, 'CAD', 'C$'],
  [/NZ\$\s?$/, 'NZD', 'NZ$'],
  [/HK\$\s?$/, 'HKD', 'HK$'],
  [/S\$\s?$/, 'SGD', 'S$'],
  [/R\$\s?$/, 'BRL', 'R$'],
  [/\$\s?$/, 'USD', '$'],
  [/£\s?$/, 'GBP', '£'],
  [/€\s?$/, 'EUR', '€'],
  [/¥\s?$/, 'JPY', '¥'],
  [/₹\s?$/, 'INR', '₹'],
  [/₩\s?$/, 'KRW', '₩'],
  [/\bRs\.?\s?$/, 'INR', 'Rs'],
  [/\b(USD|GBP|EUR|JPY|CNY|CHF|BRL|INR|CAD|AUD|RUB|ZAR|SEK|NOK|DKK|MXN|HKD)\s?$/, '', ''],
];

/** Currency words after a number, with the code they give ("1.5bn euros", "300m reais"). */
export const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', reais: 'BRL', real: 'BRL', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', dollar: 'USD', dollars: 'USD',
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', 'pounds sterling': 'GBP', pence: 'pence', p: 'pence', cent: 'US cents',
  cents: 'US cents', franc: 'francs', francs: 'francs', krona: 'SEK', kronor: 'SEK', kroner: 'kroner', krone: 'kroner',
  rand: 'ZAR', lira: 'TRY', naira: 'NGN', ringgit: 'MYR', baht: 'THB', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN',
  won: 'KRW', peso: 'pesos', pesos: 'pesos', rupiah: 'IDR', dirhams: 'AED', riyals: 'SAR',
};
export const CURRENCY_ADJECTIVES: Record<string, string> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD',
  'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'swiss francs': 'CHF',
  'mexican pesos': 'MXN', 'euro cents': 'euro cents', 'us cents': 'US cents',
};
export const CURRENCY_WORD_RE = new RegExp(
  `\\s+((?:(?:US|U\\.S\\.|Canadian|Australian|Hong Kong|New Zealand|Singapore|Swiss|Mexican|euro)\\s+)?(?:${Object.keys(CURRENCY_WORDS)
    .filter((w) => w !== 'p')
    .sort((a, b) => b.length - a.length)
    .join('|')}))\\b`,
  'y',
);
/** Currency words that are also common English words: only after a scaled number ("5bn won"). */
export const AMBIGUOUS_CURRENCY = new Set(['real', 'won', 'rand', 'pound']);

export const TIME_UNITS: Record<string, string> = {
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', fortnight: 'weeks', fortnights: 'weeks', month: 'months',
  months: 'months', quarter: 'quarters', quarters: 'quarters', year: 'years', years: 'years', decade: 'decades',
  decades: 'decades', century: 'centuries', centuries: 'centuries',
  // written short: "20 mins later", "12 hrs", "3 yrs"
  min: 'minutes', mins: 'minutes', hr: 'hours', hrs: 'hours', sec: 'seconds', secs: 'seconds', yr: 'years', yrs: 'years',
};

export const IRREGULAR_PLURALS = new Set(
  'people staff police personnel children men women cattle sheep livestock aircraft crew feet teeth geese mice clergy deer fish offspring youth'.split(' '),
);
export const NOT_PLURAL = new Set(
  'was has is this its his hers ours yours theirs less unless always perhaps overseas sometimes nowadays afterwards upwards downwards backwards forwards indoors outdoors towards besides whereas across news thus plus various previous serious famous gas bus bonus status census campus virus surplus focus process access business analysis basis crisis thesis emphasis series species chaos minus lens atlas alias bias canvas'.split(
    ' ',
  ),
);

/** Words that end a noun phrase after a number. */
export const NP_STOP = new Set(
  `a an the of in on at to from for by with without than as into onto over under per and or but nor that which who whom
  whose this these those their its his her our your my there here were was are is be been being have has had will would
  could should may might can must do did does not no said say says also each every some any all after before since during
  while when where if then so because though although until about around up down out off like just only still even yet
  again more most less least very too both either neither such than against between among within across through`.split(/\s+/),
);
/** Words a counted noun phrase may start with although they look like stops ("4,000 more nurses"). */
export const NP_LEADERS = new Set(['more', 'fewer', 'less', 'additional', 'extra', 'new', 'other', 'further']);

/** Capitalised words that can come before a number without making it part of a name. */
export const FUNCTION_CAPS = new Set(
  `a an the of in on at to from for by with and or but nor about around almost nearly some over under up only just
  all among another roughly approximately more less fewer than at least with without some those these their its his her
  our after before since during while when where if then so because though although until between within across through
  said says according per each every both either`.split(/\s+/),
);

/** The qualifiers that belong in the span ("more than", "about"); "a total of", "at" and the like do not. */
export const SPAN_QUALIFIER_RE =
  /(?:\b(?:more than|less than|fewer than|better than|worse than|greater than|up to|about|around|almost|nearly|over|under|roughly|approximately|some|at least|at most|as many as|as much as|as few as|as little as|close to|upwards of|in excess of)\s+)+$/i;

export const INC_WORDS =
  'rebounded rebound rebounds recovered widening strengthened strengthening growth created creating create creates rose rise rises rising risen up jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing grown increased increase increases increasing gained gain gains gaining soared soar soars soaring surged surge surges surging boosted boost boosts boosting doubled doubling double doubles tripled trebled expanded expand expands expanding advanced widened improved improve improves leapt leaped leap leaps rallied spiked lifted lift lifts hiked hike hikes added adds add raised raise raises raising hired hire hires hiring recruited recruit recruits recruiting ballooned swelled swell swells rocketed rocketing upped firmed';
export const DEC_WORDS =
  'narrowed narrowing narrows narrow contracted contracting shrinking fell fall falls falling fallen down dropped drop drops dropping declined decline declines declining slipped slip slips slipping slid slide slides sliding slumped slump slumps plunged plunge plunges plummeted tumbled tumble tumbles sank sink sinks shrank shrink shrinks shrunk decreased decrease decreases cut cuts cutting reduced reduce reduces reducing lost lose loses losing shed sheds shedding axed axe axes axing halved halve halves halving dipped dip dips slashed slash slashing trimmed trim trims saved save saves saving savings close closing eliminated eliminate eliminating scrapped scrap scrapping weakened eased retreated retreat retreats retreating wiped wipes wiping shaved shaves shaving pared pares paring lowered lowers lowering ousted oust ousts ousting sacked sacks sacking';
export const DIRECTION_OF: Record<string, ChangeDirection> = {};
for (const word of INC_WORDS.split(' ')) DIRECTION_OF[word] = 'INCREASE';
for (const word of DEC_WORDS.split(' ')) DIRECTION_OF[word] = 'DECREASE';

/** Cue words that come straight before the size of a change ("rose 3%", "save £4bn"). */
export const ADJACENT_CUES = Object.keys(DIRECTION_OF).filter((w) => !/^(rais|raise|savings$|double$|doubles$|halves$)/.test(w));
/** Cue words for "<cue> <object> by N" ("raise output by 2bn euros"). */
export const BY_CUES = Object.keys(DIRECTION_OF).filter((w) => !['up', 'down', 'add', 'added', 'adds', 'close', 'closing', 'savings', 'lost', 'lose', 'loses', 'losing'].includes(w));
/** Cue words a later "to N" can be the new level of ("rose 12% to £2.7bn", "a decline ... to 3.1%"). */
export const LEVEL_CUES = Object.keys(DIRECTION_OF).filter((w) => !['add', 'added', 'adds', 'close', 'closing', 'lost', 'lose', 'loses', 'losing'].includes(w));
export const CHANGE_NOUNS: Record<string, ChangeDirection> = {
  rise: 'INCREASE', rises: 'INCREASE', increase: 'INCREASE', increases: 'INCREASE', jump: 'INCREASE', jumps: 'INCREASE',
  gain: 'INCREASE', gains: 'INCREASE', growth: 'INCREASE', surge: 'INCREASE', hike: 'INCREASE', hikes: 'INCREASE',
  climb: 'INCREASE', boost: 'INCREASE', rally: 'INCREASE', improvement: 'INCREASE', raise: 'INCREASE', raises: 'INCREASE', fall: 'DECREASE', falls: 'DECREASE',
  drop: 'DECREASE', drops: 'DECREASE', decline: 'DECREASE', declines: 'DECREASE', decrease: 'DECREASE',
  decreases: 'DECREASE', cut: 'DECREASE', cuts: 'DECREASE', reduction: 'DECREASE', reductions: 'DECREASE',
  slump: 'DECREASE', dip: 'DECREASE', slide: 'DECREASE', plunge: 'DECREASE', tumble: 'DECREASE', contraction: 'DECREASE',
  savings: 'DECREASE', saving: 'DECREASE',
};
export const CHANGE_NOUN_ALT = Object.keys(CHANGE_NOUNS).join('|');

export const ADJACENT_CUE_RE = new RegExp(
  `(?:^|[^\\w-])(${ADJACENT_CUES.join('|')})(?:\\s+(?:by|just|only|further|another|a further|an additional|between|(?:an?\\s+)?(?:average|total)\\s+of|at\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?rate\\s+of|[a-z]+ly))*\\s+$`,
  'i',
);
export const BY_CUE_RE = new RegExp(`(?:^|[^\\w-])(${BY_CUES.join('|')})\\s+(?:[\\w'’-]+\\s+){1,6}by\\s+(?:just\\s+|only\\s+)?$`, 'i');
export const LEVEL_CUE_RE = new RegExp(`(?:^|[^\\w-])(${LEVEL_CUES.join('|')}|to go|to be cut)\\b`, 'gi');
export const NOUN_OF_RE = new RegExp(`\\b(${CHANGE_NOUN_ALT})\\s+of\\s+$`, 'i');
/** "to" before the new level; not "equal to", "equivalent to", "compared to", "in addition to", "according to" (no destination). */
export const TO_LEVEL_RE = /(?<!\b(?:equal|equivalent|compared|relative|proportional|similar|addition|next|according|due|thanks|owing|prior|subject)\s)\b(?:back\s+)?to\s+(?:just\s+|only\s+|a\s+mere\s+)?$/i;
export const RECORD_LEVEL_RE = /\bto\s+(?:a|an|its|their)\s+(?:(?:record|new|fresh|all-time|historic)\s+)?(low|high)\s+of\s+$/i;
/**
 * The change noun after a figure: "a 31% rise", "a 6% annual increase", and with one noun naming what
 * changes: "a 3% pay rise", "a 4.9% fare rise", "a 10% price cut" (not a verb or a function word: "5% would rise").
 */
export const FOLLOWING_NOUN_RE = new RegExp(
  `^\\s+(?:(?:[a-z]+ly|annual|annualised|annualized|year-on-year|quarterly|monthly|further|sharp|overall|average|underlying|net|total|real|nominal)\\s+){0,2}(?:(?:pay|wage|salary|price|fare|rent|tax|rate|fee|pension|benefit|bill|tariff|premium|cost|budget|spending|funding|share|sales|profit|output|production|staff|job|headcount)\\s+)?(${CHANGE_NOUN_ALT})\\b`,
  'i',
);
export const FOLLOWING_SAVINGS_RE = /^\s+(?:of|in|worth of)\s+(?:[a-z-]+\s+){0,2}?(savings|cuts|reductions|rises|increases)\b/i;
export const FOLLOWING_VERB_RE =
  /^\s+(?:(?:are|is|were|was|will|would|could|may|might|set|due|expected|likely|have|has|had|being|been|now)\s+){0,3}(?:to\s+)?(?:be\s+)?(go|going|axed|cut|lost|shed|scrapped|eliminated|abolished|saved|slashed|closed|disappear|created|added|ousted|sacked|laid\s+off|made\s+redundant)\b/i;
export const FOLLOWING_COMPARATIVE_RE = /^\s+(higher|lower|more|less|fewer|bigger|smaller|greater|up|down)\b/i;
export const BASELINE_MARKER_RE = /\b(from|compared (?:with|to)|against|versus|vs\.?|than)\s/gi;
export const LEVEL_CUE_WORD_RE = new RegExp(`\\b(?:${LEVEL_CUES.join('|')})\\b`, 'i');
export const RANGE_RE = /\brang(?:e|ed|es|ing)\b/i;
export const YEAR_RE = /(?<![\d$£€.,])\b(1[89]\d\d|20\d\d)\b(?![\d%]|,\d|\.\d)/g;

/**
 * Heads of a counted noun that say a role or a generic kind, and so say little without the word before
 * them: "Cabinet members", "mobile users", "retail customers", "TV stations", "public bodies", "member
 * states", "search engines", "oil producers", "joint ventures", "police officers". A count of them keeps
 * that word in its unit (README, "Statistic units"); other heads stand alone ("local government workers"
 * count `workers`). Words ending in "-makers" ("drugmakers", "carmakers") are role heads too.
 */
export const ROLE_HEADS = new Set(
  `members users customers clients subscribers holders owners buyers sellers producers makers manufacturers
  suppliers providers operators stations bodies states engines ventures points centres centers sites services
  accounts units outlets networks officers agencies authorities`.split(/\s+/),
);
/**
 * Words before a head that describe the counted things rather than name their kind: "three key seats",
 * "ten former directors", "two other outside directors", "the top five", "200 big firms".
 */
export const NOT_CLASSIFIERS = new Set(
  `new old former other outside key main big small large top major minor senior junior existing current potential
  extra additional further more fewer less total average young older younger possible likely leading remaining
  separate different various several individual full whole active registered estimated`.split(/\s+/),
);
