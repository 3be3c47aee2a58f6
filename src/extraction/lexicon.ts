// Word lists the rules lean on. General English and world knowledge only: nothing here is taken
// from a particular story.
import lemmatizer from 'wink-lemmatizer';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

/**
 * Verbs that report speech, by lemma. Their inflections ("said", "tweeted", "criticised") are found
 * by wink's lemmatizer, not by tables of forms written by hand.
 */
const SPEECH_VERB_LEMMAS = new Set([
  'say', 'tell', 'add', 'announce', 'note', 'argue', 'claim', 'insist', 'warn', 'explain',
  'stress', 'assert', 'acknowledge', 'admit', 'write', 'tweet', 'report', 'predict', 'suggest', 'contend',
  'maintain', 'declare', 'promise', 'vow', 'pledge', 'confirm', 'deny', 'reveal', 'disclose', 'assure',
  'remind', 'inform', 'caution', 'concede', 'complain', 'recall', 'observe', 'remark', 'state', 'estimate',
  'forecast', 'emphasize', 'reply', 'respond', 'answer', 'ask', 'urge', 'accuse', 'charge', 'boast',
  'joke', 'quip', 'counter', 'testify', 'indicate', 'reiterate', 'tout', 'allege', 'call', 'describe',
  'criticize', 'blast', 'slam', 'fault', 'blame', 'praise', 'thank', 'credit', 'rebuke', 'condemn',
  'chide', 'scold', 'applaud', 'threaten', 'conclude', 'demand', 'recommend', 'proclaim', 'mention', 'advise',
  'repeat', 'speculate', 'propose', 'lament', 'retort', 'recount', 'brag', 'hint', 'signal',
  // Requests: only with "X to <verb>" (see REQUEST_VERBS).
  'encourage', 'implore', 'beg', 'invite',
  // Questions: only with "whether", "if" or a wh-word after them (see QUESTION_ONLY_VERBS).
  'question', 'wonder', 'query',
  // Findings and rulings: only with "that" right after them (see THAT_ONLY_VERBS).
  'find', 'hold', 'rule', 'protest',
  // Manners of speaking.
  'yell', 'shout', 'scream', 'chant', 'exclaim', 'whisper', 'mutter', 'plead',
]);

/**
 * Verbs that report speech only as a question ("questioned whether ...", "wondered how ..."): "faced
 * questions", "without question" and "wondered at the view" report nothing.
 */
export const QUESTION_ONLY_VERBS = new Set(['question', 'wonder', 'query']);

/**
 * Verbs that report only a that-clause right after them: "the court found that ...", "the judges held
 * that ...", "the panel ruled that ...", "his campaign protested that ..."; "found the keys", "held a
 * meeting", "ruled out a deal" and "protested outside" report nothing.
 */
export const THAT_ONLY_VERBS = new Set(['find', 'hold', 'rule', 'protest']);

/** Base forms that are mostly nouns in news ("a charge", "at fault", "credit"): cues only when inflected. */
const NOUN_LIKE_BASE_FORMS = new Set(['charge', 'fault', 'credit']);

const lemmaCache = new Map<string, string | null>();

/** The speech verb a lowercase word is a form of ("said" -> "say", "criticised" -> "criticize"), if any. */
export function speechVerbLemma(word: string): string | undefined {
  let lemma = lemmaCache.get(word);
  if (lemma === undefined) {
    const found = lookUpSpeechLemma(word);
    // A long-running server meets new words forever: the cache is a bounded convenience.
    if (lemmaCache.size > 50_000) lemmaCache.clear();
    lemmaCache.set(word, found);
    lemma = found;
  }
  return lemma ?? undefined;
}

function lookUpSpeechLemma(word: string): string | null {
  const base = SPEECH_VERB_LEMMAS.has(word) ? word : lemmatizer.verb(word);
  // British -ise spellings share the -ize lemma.
  const known = SPEECH_VERB_LEMMAS.has(base) ? base : SPEECH_VERB_LEMMAS.has(base.replace(/ise$/, 'ize')) ? base.replace(/ise$/, 'ize') : null;
  return known && !(word === known && NOUN_LIKE_BASE_FORMS.has(word)) ? known : null;
}

/**
 * Phrasal verbs that report speech with their particle ("pointed out that ...", "spelled out how
 * ..."): the verb alone reports nothing ("pointed at the map").
 */
const PHRASAL_SPEECH_VERBS = new Map([
  ['point', 'out'],
  ['spell', 'out'],
  // "shot back that", "hit back at claims that", "fired back that": a reply.
  ['shoot', 'back'],
  ['fire', 'back'],
  ['hit', 'back'],
]);

const PHRASAL_PARTICLES = new Set(PHRASAL_SPEECH_VERBS.values());

/** The phrasal speech verb ("point out") whose verb is `word` and whose particle is `next`, if any. */
export function phrasalSpeechVerb(word: string, next: string | undefined): string | undefined {
  // (The particle first: the lemmatizer is only asked about the few words before one.)
  if (!next || !PHRASAL_PARTICLES.has(next)) return undefined;
  const base = PHRASAL_SPEECH_VERBS.has(word) ? word : lemmatizer.verb(word);
  return PHRASAL_SPEECH_VERBS.get(base) === next ? `${base} ${next}` : undefined;
}

/**
 * A noun of an agent by its ending ("campaigners", "tenants", "residents", "novelist", "employee"):
 * the ending after a stem of three letters at least, so that "chants" or "cents" are no agents.
 */
export const AGENT_NOUN = /^\p{L}{3,}(er|or|ist|ian|ant|ent|ee)s?$/u;

/** Nouns of people by their last part ("chairman", "businesswomen", "salesperson", "staff"). */
export const PERSON_NOUN_ENDING = /(man|woman|men|women|people|person|staff)$/;

/** `speechVerbLemma` in the shape of a Map, for rules that only ask `has` and `get`. */
export const SPEECH_VERB_LEMMA = { get: speechVerbLemma, has: (word: string) => speechVerbLemma(word) !== undefined };

/** Verbs whose object is the listener ("told reporters that", "assured investors that"). */
export const LISTENER_VERBS = new Set(['tell', 'assure', 'remind', 'inform', 'warn', 'caution', 'urge', 'ask', 'advise', 'accuse']);

/** Verbs that only report speech when a clause or a quote follows ("called it "a disgrace"" is kept apart). */
export const WEAK_VERBS = new Set(['point out', 'spell out', 'call', 'criticize', 'blast', 'slam', 'fault', 'blame', 'praise', 'thank', 'credit', 'rebuke', 'condemn', 'chide', 'scold', 'applaud', 'threaten', 'describe', 'report', 'estimate', 'forecast', 'predict', 'suggest', 'indicate', 'recommend', 'mention', 'demand', 'charge', 'state', 'maintain', 'note', 'answer', 'respond', 'reply', 'counter', 'conclude', 'tout', 'recall', 'observe', 'signal', 'stress', 'emphasize', 'reiterate', 'admit', 'confirm', 'reveal', 'disclose', 'deny', 'claim', 'assert', 'allege', 'promise', 'pledge', 'vow', 'repeat', 'speculate', 'propose', 'lament', 'hint', 'encourage', 'implore', 'beg', 'invite']);

/** Words that end a speaker's noun phrase on its left. */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'that', 'which', 'while', 'when', 'whereas', 'as', 'because', 'since',
  'although', 'though', 'if', 'after', 'before', 'where', 'whether', 'until', 'unless', 'then',
]);

/**
 * Words that open a condition or time clause before a main clause ("if the vote failed, he would ...",
 * "once talks resume, ..."): the reported clause's subject comes after the comma that closes it.
 */
export const ADVERBIAL_OPENERS = new Set(['if', 'unless', 'once', 'when', 'whenever', 'until', 'although', 'though', 'because', 'while', 'after', 'before', 'should']);

/** Words after which a speech verb's -ing form is a participle whose speaker is the clause's subject ("by saying", "while adding"). */
export const PARTICIPLE_OPENERS = new Set(['by', 'while', 'when', 'before', 'after']);

/** Words between a speaker and the verb: "Xi also said", "McAuliffe on Friday announced". */
export const SPEAKER_VERB_FILLERS = new Set([
  'also', 'later', 'then', 'previously', 'earlier', 'once', 'repeatedly', 'again', 'recently', 'has', 'have',
  'had', 'will', 'would', 'is', 'was', 'were', 'are', 'has', 'long', 'often', 'frequently', 'publicly', 'privately',
  'reportedly', 'separately', 'further', 'even', 'already', 'similarly', 'likewise', 'subsequently', 'quickly',
  'immediately', 'flatly', 'openly', 'first', 'never', 'always', 'still', 'just', 'had', 'did', 'does', 'do', 'may',
  'might', 'could', 'should', 'can', 'only', 'simply', 'too', 'ultimately', 'finally', 'initially', 'actually',
  'correctly', 'falsely', 'wrongly', 'rightly', 'himself', 'herself', 'itself', 'themselves', 'personally',
]);

export const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/i;
/** Month names and their short forms, as a pattern to build other patterns from. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** A month, full or short, any case, with an optional period: "March", "Sept.". */
export const MONTHS = new RegExp(`^(?:${MONTH_NAMES})\\.?$`, 'i');

/** Words whose period does not end a sentence ("Gov.", "Inc.", "U.S."), lowercase, without the final period. */
export const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr st jr sr rev hon sens reps govs pres supt insp
  det atty dist corp inc co ltd bros no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct
  nov dec mt ft op u.s u.k u.n e.g i.e a.m p.m d.c`.split(/\s+/),
);

/**
 * US states as the wire services abbreviate them after a town ("HARRISBURG, Pa.", "Fresno, Calif."):
 * abbreviations only there, since some are words ("ill", "miss", "wash") that end sentences.
 */
export const STATE_ABBREVIATIONS = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd
  okla ore pa ri sc sd tenn tex va vt wash wis wva wyo`.split(/\s+/),
);

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Titles and roles that precede a name ("Gov. Terry McAuliffe", "President Xi"). Lowercase, no dot. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'lt', 'gen', 'general',
  'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander',
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'mayor', 'judge', 'justice', 'chief', 'attorney', 'ambassador', 'speaker', 'leader', 'chairman', 'chairwoman',
  'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'pope', 'premier', 'chancellor', 'sheriff',
  'officer', 'executive', 'ceo', 'cfo', 'founder', 'co-founder', 'candidate', 'nominee', 'former', 'then', 'deputy',
  'assistant', 'state', 'treasury', 'foreign', 'defense', 'defence', 'home', 'finance', 'health', 'education',
  'labor', 'labour', 'commerce', 'trade', 'energy', 'interior', 'justice', 'economy', 'analyst', 'economist',
  'strategist', 'pollster', 'adviser', 'advisor', 'aide', 'consultant', 'activist', 'professor', 'lawmaker',
  'delegate', 'commissioner', 'superintendent', 'councilman', 'councilwoman', 'councillor', 'alderman',
  'mp', 'mep', 'msp', 'comptroller', 'auditor', 'treasurer', 'controller', 'ombudsman', 'registrar', 'provost', 'dean', 'lawyer', 'attorney', 'head', 'boss', 'manager', 'chief', 'partner', 'owner', 'businessman',
  'businesswoman', 'billionaire', 'mogul', 'entrepreneur', 'host', 'anchor', 'correspondent', 'reporter', 'columnist',
  'editor', 'author', 'writer', 'scholar', 'researcher', 'scientist', 'historian', 'sister', 'brother', 'wife', 'husband',
  'son', 'daughter', 'mother', 'father', 'uncle', 'aunt', 'democrat', 'republican', 'gop', 'dem', 'sens', 'reps',
  'baker', 'farmer', 'teacher', 'nurse', 'doctor', 'coach', 'manager', 'pilot', 'inspector', 'detective', 'chef',
  'engineer', 'architect', 'artist', 'musician', 'singer', 'actor', 'actress', 'poet', 'banker', 'trader', 'investor',
  'student', 'worker', 'driver', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'skipper',
  'physicist', 'biologist', 'chemist', 'geologist', 'glaciologist', 'surgeon', 'physician', 'dean', 'principal',
  'constable', 'superintendent', 'councillor', 'alderman', 'trustee', 'governor', 'sheikh', 'emir', 'sultan', 'rabbi',
  'imam', 'bishop', 'archbishop', 'cardinal', 'pastor', 'priest', 'sister', 'brother', 'lieutenant', 'corporal', 'private',
]);

/** Last words of newspapers' and magazines' names ("The Harbour Gazette", "Daily Mail"): "The" is part of such a name. */
export const PUBLICATION_HEADS = /^(news|times|post|journal|telegraph|guardian|tribune|herald|gazette|review|magazine|press|economist|independent|observer|sun|mirror|star|atlantic|hill|intercept|chronicle|inquirer|globe|register|standard|mail|express|examiner|record|bulletin|courier|dispatch|sentinel|monitor)$/i;

/** Names of broadcasters and news agencies, by a word of their own ("BBC", "Radio Kestrel", "Reuters"). */
export const BROADCASTER_WORDS = /^(bbc|cnn|nbc|abc|cbs|fox|msnbc|npr|pbs|itv|sky|radio|television|tv|broadcasting|channel|network|reuters|ap|afp|bloomberg)$/i;

/** Words that name a group or institution when they end a capitalised name. */
export const ORGANIZATION_HEADS =
  /^(party|committee|council|court|congress|senate|house|parliament|assembly|bank|university|college|school|institute|institution|association|union|federation|league|foundation|fund|trust|corporation|corp|inc|ltd|plc|llc|co|company|group|agency|administration|department|ministry|office|bureau|commission|board|authority|inspectorate|service|services|news|times|post|journal|telegraph|guardian|tribune|herald|gazette|review|magazine|press|network|channel|broadcasting|radio|television|tv|airlines|airways|air|motors|motor|bancorp|holdings|resources|international|partners|capital|industries|systems|technologies|media|securities|investments|associates|ventures|consultants|consulting|analytics|economics|research|labs|laboratories|pharmaceuticals|pharma|foods|energy|stores|brewery|brewers|retail|mining|oil|gas|water|rail|steel|shipping|construction|financial|insurance|mutual|logistics|software|pictures|archives|entertainment|electronics|communications|telecom|digest|club|guild|society|center|centre|organization|organisation|alliance|front|watch|coalition|campaign|movement|caucus|pac|forces|army|navy|police|command|church|fc|fk|afc|cf|united|rovers|wanderers|athletic|albion|hotspur|reuters|bloomberg|politico|cnn|nbc|abc|cbs|fox|msnbc|bbc|ap)$/i;

/** Common nouns for an organisation mentioned again ("the company said"). */
export const ORGANIZATION_NOUNS = new Set([
  'company', 'firm', 'group', 'bank', 'insurer', 'carmaker', 'retailer', 'airline', 'newspaper', 'paper',
  'agency', 'ministry', 'department', 'government', 'administration', 'committee', 'campaign', 'party',
  'organization', 'organisation', 'union', 'network', 'board', 'council', 'court', 'institute', 'university',
  'foundation', 'club', 'team', 'business', 'corporation', 'lender', 'manufacturer', 'maker', 'giant', 'publisher',
  'broadcaster', 'channel', 'magazine', 'editorial', 'report', 'statement', 'study', 'survey', 'office',
  'regulator', 'watchdog', 'operator', 'supplier', 'provider', 'chain', 'conglomerate', 'producer', 'exporter',
  'center', 'centre', 'association', 'commission', 'coalition', 'outlet', 'panel', 'jury', 'tribunal', 'cabinet',
  'delegation', 'taskforce', 'secretariat', 'camp',
]);

/**
 * Common nouns that describe a business before its name at the start of a sentence ("Insurer Harbour
 * Mutual is to ...", "Carmaker Volvo said"): capitalised only because they open it, never part of the name.
 */
export const NAME_DESCRIPTORS = new Set([
  'insurer', 'carmaker', 'automaker', 'retailer', 'airline', 'lender', 'broadcaster', 'supermarket', 'publisher',
  'manufacturer', 'conglomerate', 'chipmaker', 'drugmaker', 'miner', 'brewer', 'carrier', 'regulator', 'watchdog',
  'firm', 'company', 'giant', 'rival', 'startup', 'housebuilder', 'supplier', 'outsourcer', 'bookmaker', 'grocer',
]);

/** Nouns for a person spoken of by role ("the mayor said"). */
export const PERSON_ROLE_NOUNS = new Set([
  'mayor', 'governor', 'president', 'senator', 'congressman', 'congresswoman', 'minister', 'secretary', 'chairman',
  'chairwoman', 'candidate', 'nominee', 'judge', 'justice', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'chancellor', 'premier', 'leader', 'speaker', 'executive', 'chief', 'founder', 'businessman',
  'billionaire', 'official', 'lawmaker', 'prosecutor', 'attorney', 'lawyer', 'sheriff', 'commissioner', 'professor',
  'economist', 'analyst', 'officer', 'boss', 'manager', 'author', 'activist', 'organizer', 'organiser', 'congressman',
  'democrat', 'republican', 'frontrunner', 'front-runner', 'incumbent', 'challenger', 'woman', 'man', 'widow',
  'mogul', 'host', 'star', 'actor', 'actress', 'singer', 'reporter', 'writer', 'columnist', 'pope',
  'witness', 'victim', 'survivor', 'critic', 'expert', 'patient', 'nurse', 'neighbour', 'neighbor', 'resident',
]);

/**
 * Nouns for someone a story quotes without naming, beyond the roles above: "a runner from Bristol",
 * "one driver based in Leeds". (Not every agent noun: "a letter from", "a newspaper in" are no people.)
 */
export const PERSON_NOUNS = new Set([
  'doctor', 'mother', 'father', 'grandmother', 'grandfather', 'pensioner', 'student', 'parent', 'local', 'midwife',
  'surgeon', 'chef', 'mechanic', 'pilot', 'shopkeeper', 'cyclist', 'commuter', 'tourist', 'veteran', 'girl', 'boy',
  'person', 'driver', 'runner', 'farmer', 'teacher', 'worker', 'voter', 'shopper', 'passenger', 'customer', 'owner',
  'supporter', 'protester', 'player', 'fan', 'teenager', 'entrepreneur', 'trader', 'broker', 'investor', 'banker',
  'engineer', 'scientist', 'researcher', 'campaigner', 'volunteer', 'carer', 'landlord', 'tenant', 'miner', 'fisherman',
  'aide', 'adviser', 'advisor', 'strategist', 'operative', 'staffer', 'insider', 'source', 'ally', 'confidant', 'donor',
  'diplomat', 'envoy', 'negotiator', 'mediator', 'observer', 'delegate',
]);

/** A noun for a person: a role, "-man"/"-woman"/"-person", or one of PERSON_NOUNS. */
export function isPersonNoun(noun: string): boolean {
  return PERSON_ROLE_NOUNS.has(noun) || PERSON_NOUNS.has(noun) || PERSON_NOUN_ENDING.test(noun);
}

/** Words that name the spokesperson of an organisation: the organisation is the speaker. */
export const SPOKESPERSON = /^(spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen|representative|aide|official|officials|source|sources|lawyer|attorney)$/i;

/** Generic plural speakers that stay as written ("officials said"). */
export const GROUP_NOUNS = new Set([
  'officials', 'analysts', 'experts', 'economists', 'critics', 'supporters', 'opponents', 'residents', 'voters',
  'sources', 'aides', 'advisers', 'advisors', 'lawmakers', 'leaders', 'observers', 'investigators', 'prosecutors',
  'police', 'authorities', 'republicans', 'democrats', 'conservatives', 'liberals', 'activists', 'protesters',
  'organizers', 'organisers', 'members', 'people', 'scientists', 'researchers', 'doctors', 'executives', 'traders',
  'investors', 'strategists', 'pollsters', 'observers', 'insiders', 'allies', 'donors', 'delegates', 'candidates',
  'officers', 'diplomats', 'ministers', 'senators', 'representatives', 'workers', 'students', 'teachers', 'parents',
  'campaigners', 'unions', 'banks', 'companies', 'firms', 'newspapers', 'reports', 'polls', 'surveys', 'others',
  'some', 'many', 'several', 'both', 'all', 'most',
]);

/**
 * Countries, their other names and their demonyms ("Bolivia", "Plurinational State of Bolivia", "Bolivian"),
 * from the world-countries package: sovereign states and UN members, under their common English name.
 */
function countriesFromPackage(): [string, string[]][] {
  // The package is CommonJS whose types describe an ES default export: required, then typed by hand.
  const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];
  const sovereign = worldCountries.filter((country) => country.independent || country.unMember || ['PS', 'TW', 'XK'].includes(country.cca2));
  return sovereign.map((country) => {
    const name = PRESS_NAMES[country.cca2] ?? country.name.common;
    const demonyms = Object.values(country.demonyms?.eng ?? {});
    // Other spellings that are names in English: not two-letter codes, not "Korea, Republic of", not native script.
    const spellings = country.altSpellings.filter((spelling) => /^[A-Za-z][A-Za-z .'’-]+$/.test(spelling) && spelling.length >= 3 && !/^[A-Z]{2}$/.test(spelling));
    return [name, [country.name.common, country.name.official, ...demonyms, ...spellings]];
  });
}

/** The name the English-language press uses where the package's common name differs. */
const PRESS_NAMES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic' };

/** Forms the package lacks: press abbreviations, the UK's nations, older names. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  'United States': ['US', 'U.S', 'U.S.', 'U.S.A.', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'England', 'English'],
  China: ['PRC'],
  'South Korea': ['Korea'],
  Netherlands: ['Holland'],
  'Czech Republic': ['Czechia'],
  Turkey: ['Türkiye', 'Turkiye'],
  Philippines: ['Filipino'],
  Argentina: ['Argentinian'],
  Scotland: ['Scottish'],
  Wales: ['Welsh'],
};

export const COUNTRY_BY_NAME = new Map<string, string>(
  [...countriesFromPackage(), ...Object.entries(EXTRA_COUNTRY_NAMES)].flatMap(([country, others]) =>
    [country, ...others].map((name) => [name.toLowerCase().replace(/\./g, ''), country] as const),
  ),
);

/** US states and a few large cities and regions: PLACE, not PERSON, when they appear capitalised. */
export const PLACES = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam',
    'London', 'Paris', 'Berlin', 'Moscow', 'Beijing', 'Shanghai', 'Hong Kong', 'Tokyo', 'Delhi', 'New Delhi', 'Mumbai',
    'Brussels', 'Geneva', 'Rome', 'Madrid', 'Lisbon', 'Dublin', 'Edinburgh', 'Manchester', 'Birmingham', 'Glasgow',
    'Sydney', 'Melbourne', 'Toronto', 'Montreal', 'Vancouver', 'Chicago', 'Boston', 'Philadelphia', 'Los Angeles',
    'San Francisco', 'Seattle', 'Miami', 'Atlanta', 'Houston', 'Dallas', 'Denver', 'Detroit', 'Baltimore',
    'Cleveland', 'Pittsburgh', 'Phoenix', 'Las Vegas', 'New Orleans', 'Richmond', 'Sao Paulo', 'São Paulo',
    'Rio de Janeiro', 'Buenos Aires', 'Mexico City', 'Cairo', 'Baghdad', 'Damascus', 'Tehran', 'Kabul', 'Jerusalem',
    'Tel Aviv', 'Gaza', 'Istanbul', 'Ankara', 'Kiev', 'Kyiv', 'Warsaw', 'Vienna', 'Prague', 'Athens', 'Stockholm',
    'Oslo', 'Copenhagen', 'Helsinki', 'Amsterdam', 'Frankfurt', 'Munich', 'Milan', 'Seoul', 'Pyongyang', 'Taipei',
    'Singapore', 'Jakarta', 'Manila', 'Bangkok', 'Hanoi', 'Nairobi', 'Lagos', 'Johannesburg', 'Dubai', 'Riyadh',
    'Europe', 'Asia', 'Africa', 'Latin America', 'South America', 'North America', 'Middle East', 'Wall Street',
    'Silicon Valley', 'Capitol Hill', 'Washington, D.C.', 'D.C.', 'Westminster', 'Whitehall',
    'Manhattan', 'Brooklyn', 'Iowa City', 'Des Moines', 'Charleston', 'Orlando', 'Tampa',
    'Milwaukee', 'Madison', 'Cincinnati', 'Columbus', 'Nashville', 'Memphis', 'Austin', 'San Antonio', 'San Diego',
    'Sacramento', 'Portland', 'Minneapolis', 'St. Louis', 'Kansas City', 'Salt Lake City', 'Albany', 'Newark',
  ].map((place) => place.toLowerCase()),
);



/** Honorifics that fix a person's gender. */
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'councilwoman']);
export const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'chairman', 'spokesman', 'businessman', 'councilman', 'father']);

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAMES = new Set(
  `somebody someone anybody anyone everybody everyone nobody something anything everything nothing the a an this that these those it its it's he she they we i you his her their our my your there here what when
  where why how who whom which while if but and or so yet for nor as at by in on of to from with without about after
  before during since until into onto over under between among against through across also however meanwhile
  still then now today yesterday tomorrow last next many most some several few all both each every any no not another either neither such
  one two three four five six seven eight nine ten mr mrs ms dr according asked said says told added
  speaking although though because unlike like just even only yes well oh instead indeed perhaps maybe
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december watch breaking update exclusive read more photo video opinion analysis
  shares sales profits revenue revenues prices members officials residents supporters critics analysts workers voters
  editorial sen rep gov`.split(/\s+/),
);

// Words the statement rules lean on.

export const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'via', 'through', 'over', 'outside', 'inside', 'following', 'ahead', 'of', 'about', 'for', 'since', 'under', 'near', 'across', 'amid', 'upon', 'by']);

export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'two', 'three', 'several', 'some']);

export const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'again', 'also', 'previously', 'repeatedly', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'ago', 'once', 'twice', 'privately', 'publicly', 'separately', 'then', 'now', 'too', 'flatly', 'bluntly', 'simply', 'only', 'just', 'even', 'still', 'already', 'frequently', 'often', 'openly', 'late', 'early', 'shortly', 'recently', 'afterward', 'afterwards', 'subsequently', 'firmly', 'clearly', 'explicitly', 'directly', 'angrily', 'quietly', 'confidently']);

export const NOT_CLAUSE_STARTS = new Set(['this', 'so', 'nothing', 'something', 'anything', 'yes', 'little', 'goodbye', 'hello', 'thanks', 'otherwise', 'as', 'and', 'or', 'but', 'what', 'how', 'why', 'when', 'where', 'whether', 'if', 'who', 'which', 'very', 'too', 'enough', 'hi', 'sorry', 'okay', 'ok', 'aloud', 'out', 'up', 'down', 'off', 'goodnight', 'grace', 'cheese']);

export const CLAUSE_START_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'both', 'all', 'some', 'many', 'most', 'no', 'those', 'these', 'every', 'each', 'any', 'neither', 'either', 'one', 'such', 'none', 'nobody', 'everyone', 'people', 'more']);

export const NON_SPEAKER_HEADS = /^(poll|polls|survey|surveys|data|figures|numbers|statistics|study|studies|research|evidence|records|documents|results|estimates|projections|analysis|count|tally|census|index)$/i;

export const TIME_NOUNS = /^(week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|time|quarter|season)$/;

export const IRREGULAR_PAST = new Set(
  `fell rose grew hit cut put set let cost made went took came gave got kept held left lost met paid ran sat saw
  sent spent stood told thought brought bought built caught fought found heard knew led meant read said sold
  taught understood won wrote became began broke chose drove ate forgot froze hid rode rang shook spoke stole
  swore threw woke wore felt dealt fled hung laid lent lit quit shut slid split spread struck stuck swept
  bore bent bound dug fed forbade forgave leapt overtook undertook withdrew
  flew`.split(/\s+/),
);

export const OBJECT_PRONOUNS = /^(him|her|them|us|me|you|reporters|journalists|investors|supporters|voters|listeners|viewers|lawmakers|officials|members|delegates|donors|attendees|the)$/;

export const VERBISH = /^(is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|won't|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|need|needs|want|wants|think|thinks|know|knows|believe|believes|plan|plans|expect|expects|hope|hopes|remain|remains|continue|continues|seem|seems|get|gets|go|goes|make|makes|take|takes|say|says)$/;

export const FINITE = /^(is|was|are|were|has|have|had|became|got|made|went|took|met|gave|did|does|do|says|thinks|believes|wants|needs|sat|stood|spoke|ran|won|lost|came|left|held|kept|felt|knew|saw|told)$/;

export const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|you|there)$/;

/** A subject pronoun with its verb contracted onto it: "he's", "they're", "I'm", "we'll", "she'd". */
export const CONTRACTED_SUBJECT = /^(he|she|they|it|we|i|you|there|that)'(s|re|m|ll|d|ve)$/;

// Negated forms included: "politicians don't understand" is as finite as "politicians do".
export const MODAL_OR_AUX = /^(is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|did|do|cannot|(is|are|was|were|has|have|had|wo|would|ca|could|should|must|might|need|does|did|do|ai)n't)$/;

export const NOT_NAME_STARTS = /^(a|an|the|sure|yes|no|well|ok|okay|oh|true|granted|admittedly|outside|inside|elsewhere|afterwards|overnight|here|there|nearby|abroad|however|meanwhile|but|and|yet|still|instead|moreover|also|now|then|indeed|separately|similarly|likewise|later|earlier|finally|in|on|at|for|nevertheless|nonetheless|furthermore|additionally|overall|yesterday|today|thus|hence|therefore|again|so|despite|after|before|since|while|when|although|though)$/;

/** Verbs that may follow their content (", the agency reported.") besides those that invert (", said X"). */
export const TRAILING_VERBS = new Set(['tell', 'report', 'announce', 'confirm', 'reveal', 'stress', 'emphasize', 'estimate', 'forecast', 'repeat', 'reiterate', 'maintain', 'believe']);

export const LOOSE_VERBS = new Set(['say', 'tell', 'add', 'insist', 'argue', 'claim', 'warn', 'write', 'explain', 'contend', 'assert', 'acknowledge', 'admit', 'predict', 'suggest', 'note']);

export const CHARGE_VERBS = new Set(['accuse', 'criticize', 'blast', 'slam', 'fault', 'blame', 'praise', 'thank', 'credit', 'attack', 'rebuke', 'condemn', 'chide', 'scold', 'applaud']);

export const PLEDGE_VERBS = new Set(['promise', 'vow', 'pledge', 'threaten']);

/** Verbs whose content can be an action named by a gerund: "reported raising $9m", "denied having met". */
export const GERUND_VERBS = new Set(['report', 'deny', 'admit', 'recall', 'acknowledge', 'suggest', 'propose', 'recommend', 'describe', 'mention', 'confirm']);

/** Nouns of speech acts whose content a "that" clause gives ("her assertion that ...", "Vale's claim that ..."). */
export const SPEECH_NOUNS = new Set(
  `assertion assertions announcement claim claims remark remarks statement warning warnings suggestion insistence
  admission promise pledge allegation allegations argument contention accusation accusations comment comments
  prediction conclusion denial assurance assurances declaration complaint testimony acknowledgement acknowledgment
  recommendation proposal demand charge charges boast vow threat reminder retort explanation observation objection
  criticism plea`.split(/\s+/),
);

/** Verbs that name what someone is ("called him a liar", "branded the plan unworkable"). */
export const NAMING_VERBS = new Set(['call', 'label', 'brand', 'dub']);

export const COMPLEMENT_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand']);

export const REQUEST_VERBS = new Set(['urge', 'ask', 'call', 'demand', 'tell', 'advise', 'warn', 'remind', 'recommend', 'encourage', 'implore', 'beg', 'invite', 'plead']);

/**
 * Documents a speech participle can hang from, singular ("issued a statement saying", "filed a lawsuit
 * alleging", "sent letters warning"): the document speaks for whoever issued it.
 */
const ISSUED_DOCUMENTS = new Set([
  'statement', 'release', 'letter', 'tweet', 'post', 'note', 'memo', 'email', 'message', 'editorial', 'report',
  'lawsuit', 'complaint', 'petition', 'filing', 'motion', 'indictment',
]);

/** Whether a (lowercase) word is one of the issued documents, singular or plural. */
export function isIssuedDocument(word: string | undefined): boolean {
  return !!word && (ISSUED_DOCUMENTS.has(word) || word.endsWith('s') && ISSUED_DOCUMENTS.has(word.slice(0, -1)));
}

/** The labels a news site puts before its own notes ("CORRECTION:", "EDITOR'S NOTE:"): never a speaker. */
const SITE_LABELS = new Set(['correction', 'corrections', 'clarification', 'update', 'updated', "editor's note", 'editors note', 'note', 'related', 'read more', 'see also', 'watch', 'video', 'photos', 'disclosure', 'advertisement', 'sponsored']);

/** Whether the words before a colon are, together, one of the site's own labels. */
export function isSiteLabel(words: { lower: string }[]): boolean {
  return SITE_LABELS.has(words.map((word) => word.lower.replace(/’/g, "'")).join(' '));
}

/** Nouns that stand for a business whatever its name ("the company said", "the firm said"). */
export const GENERIC_ORGANISATION_NOUNS = new Set(['watchdog', 'regulator', 'charity', 'club', 'company', 'firm', 'group', 'business', 'corporation', 'conglomerate', 'giant', 'maker', 'manufacturer', 'retailer', 'carmaker', 'insurer', 'lender', 'bank', 'airline', 'operator', 'chain', 'supplier', 'provider', 'producer', 'exporter', 'publisher', 'broadcaster']);

/** A party's member, whose plural names the party ("a Liberal Democrat spokesman" -> "Liberal Democrats"). */
export const PARTY_MEMBER_WORDS = new Set(['democrat', 'republican', 'conservative', 'liberal', 'green', 'socialist', 'nationalist', 'unionist', 'federalist', 'populist']);

/** Title words that are also a party's name when they stand alone ("Labour said", "a Labour spokesman"). */
export const PARTY_WORDS = new Set(['labour', 'labor']);

/** A party's word that may stand before a member's name ("Conservative Ann Marlow", "Tory Dev Reyes"). */
export function isPartyAffiliation(word: string): boolean {
  return PARTY_MEMBER_WORDS.has(word) || PARTY_WORDS.has(word) || word === 'tory';
}

/** Nouns of programmes and publications: a title in quotation marks follows them, and they end a listener's name ("the program "Inside Edition"", "the newspaper "Le Monde""). */
export const MEDIA_NOUNS = new Set(['program', 'programme', 'show', 'series', 'newspaper', 'paper', 'magazine', 'channel', 'network', 'podcast', 'station', 'broadcast', 'documentary', 'film', 'book', 'column', 'blog']);
