import { MONTHS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, TITLES } from '../lexicon.js';

/**
 * Title words that only qualify the head of a title ("Energy Secretary", "Labour leader"): a name that
 * ends in one ("Kelso Energy", "Labour") is a firm or a party, not a title without a name.
 */
const TITLE_QUALIFIERS = new Set([
  'state', 'treasury', 'foreign', 'defense', 'defence', 'home', 'finance', 'health', 'education', 'labor', 'labour', 'commerce',
  'trade', 'energy', 'interior', 'justice', 'economy', 'vice', 'prime', 'deputy', 'assistant', 'former', 'then', 'partner', 'host', 'private',
]);

/** Is `word` (lowercase) the head of a title ("minister", "chairman"), not only a qualifier ("energy", "labour")? */
export const isTitleHead = (word: string): boolean => TITLES.has(word) && !TITLE_QUALIFIERS.has(word);

/** Does `name` end in the head of a title ("Planning Minister"): someone acting for a party, not the party? */
export const endsInTitle = (name: string): boolean => isTitleHead(name.split(/\s+/).at(-1)!.toLowerCase());

/** Nouns that name an agreement. */
export const AGREEMENT_NOUNS = new Set([
  'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'treaty', 'treaties', 'pact', 'pacts', 'memorandum',
  'memoranda', 'memorandums', 'mou', 'ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'truce', 'truces', 'armistice',
  'settlement', 'settlements', 'contract', 'contracts', 'compact', 'partnership', 'merger', 'convention', 'protocol',
  'concession', 'concessions', 'franchise', 'licence', 'license', 'venture', 'ventures', 'coalition', 'alliance',
  'constitution', 'charter', 'arrangement', 'tie-up', 'tie-ups',
]);

/** Nouns that only count with a verb that leaves no doubt ("signed a convention", not "the party convention"). */
// (A coalition or an alliance between two named sides, only when formed, agreed or joined: "a coalition of charities" is
// none. A constitution or a charter only when several states sign it: "signed by EU leaders".)
export const WEAK_NOUNS = new Set(['arrangement', 'convention', 'protocol', 'partnership', 'merger', 'contract', 'contracts', 'compact', 'concession', 'concessions', 'franchise', 'licence', 'license', 'coalition', 'alliance', 'constitution', 'charter']);

/** Rights a government grants a firm: the country "in" which it holds them is the other party ("lost a concession in X"). */
export const CONCESSIONS = new Set(['concession', 'concessions', 'franchise', 'licence', 'license']);

/** Nouns for negotiations: "talks on a trade deal" (proposed), "talks collapsed" (not reached). */
export const TALK_NOUNS = new Set(['talks', 'negotiations', 'negotiation', 'discussions']);

/** Words that may stand between a verb and the agreement it governs. */
export const ADVERBS = new Set([
  'also', 'finally', 'formally', 'officially', 'recently', 'already', 'jointly', 'quickly', 'tentatively', 'eventually',
  'successfully', 'reportedly', 'just', 'now', 'then', 'since', 'previously', 'earlier', 'swiftly', 'secretly', 'publicly',
  'ultimately', 'effectively', 'separately', 'once', 'still', 'narrowly', 'unanimously', 'overwhelmingly', 'quietly',
]);
export const PARTICLES = new Set(['on', 'to', 'onto', 'upon', 'into', 'out', 'of', 'off', 'up', 'away', 'from', 'for', 'toward', 'towards', 'over', 'about']);

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'any', 'no',
  'another', 'such', 'every', 'each', 'what', 'whose', 'some',
]);

/** Words that end a noun phrase on the left: the determiner is taken in, these are not. */
export const LEFT_STOPS = new Set([
  ...PARTICLES, 'in', 'at', 'by', 'with', 'and', 'or', 'but', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', 'that', 'which', 'who', 'it',
  'they', 'we', 'he', 'she', 'i', 'you', 'them', 'him', 'us', 'there', 'if', 'than', 'between', 'among', 'against', 'after',
  'before', 'said', 'says',
]);

/** Adjectives that make a bare agreement noun a report ("the proposed deal"). */
export const PROPOSED_ADJECTIVES = new Set(['proposed', 'draft', 'potential', 'possible', 'prospective', 'tentative', 'planned', 'mooted', 'putative', 'provisional', 'contemplated', 'intended', 'hostile', 'rumoured', 'rumored', 'expected', 'touted']);
export const FAILED_ADJECTIVES = new Set(['failed', 'collapsed', 'aborted', 'stalled', 'abandoned', 'scrapped', 'rejected']);

/** Modifiers that say nothing about the subject of an agreement. */
export const EMPTY_MODIFIERS = new Set([
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
export const RIGHT_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'because', 'but', 'although', 'though',
  'if', 'unless', 'since', 'until', 'said', 'says', 'say', 'told', 'according', 'as', 'so', 'than', 'was', 'were', 'is', 'are',
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'be', 'been',
  'being', 'not', 'also', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'earlier', 'later', 'ago', 'amid', 'despite',
  'during', 'whereas', 'however', 'meanwhile', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'once', 'again', 'soon',
  'together', 'now', 'then', 'still',
]);
export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
export const MONTH = MONTHS;

/** Phrases for the two sides of an agreement that the sentence does not name. */
export const JOINT_HEADS = new Set([
  'countries', 'nations', 'sides', 'governments', 'parties', 'leaders', 'companies', 'firms', 'states', 'powers',
  'presidents', 'administrations', 'delegations', 'neighbours', 'neighbors', 'partners', 'groups', 'teams', 'men', 'women',
  'capitals', 'allies', 'rivals', 'unions', 'banks', 'carriers',
]);

/** Words in a topic phrase that are the action, not the subject ("for fighting river pollution"). */
export const TOPIC_SKIP = new Set([
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
export const TOPIC_MARKERS = new Set(['for', 'on', 'over', 'to', 'against', 'about', 'regarding', 'concerning', 'covering', 'toward', 'towards', 'tackling', 'combating', 'fighting']);
export const TOPIC_STOPS = new Set([...RIGHT_STOPS, ...PARTICLES, 'in', 'at', 'by', 'with', 'through', 'via', 'using', 'between', 'among', 'from', 'within', 'including', 'and', 'or', 'under', 'into', 'across', 'of']);

/** Organisations that report the news rather than sign agreements. */
export const MEDIA = /(^|\s)(news|times|post|journal|telegraph|guardian|tribune|herald|gazette|review|magazine|press|network|channel|broadcasting|radio|television|tv|reuters|bloomberg|politico|cnn|nbc|abc|cbs|fox|msnbc|bbc|ap|afp|upi|xinhua|associated press|register|daily|observer|economist|standard|mail|examiner|chronicle|monitor|sun|mirror|express|independent)$/i;

export const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'throughout', 'outside', 'inside', 'around', 'to', 'visit', 'visited', 'visiting']);

/** Capitals that stand for their country when they act ("Beijing and Washington signed"). */
export const CAPITALS: Record<string, string> = {
  beijing: 'China', washington: 'United States', moscow: 'Russia', tokyo: 'Japan', seoul: 'South Korea', pyongyang: 'North Korea',
  tehran: 'Iran', kabul: 'Afghanistan', baghdad: 'Iraq', damascus: 'Syria', ankara: 'Turkey', kyiv: 'Ukraine', kiev: 'Ukraine',
  taipei: 'Taiwan', 'new delhi': 'India', islamabad: 'Pakistan', havana: 'Cuba', caracas: 'Venezuela', riyadh: 'Saudi Arabia',
  berlin: 'Germany', paris: 'France', london: 'United Kingdom', ottawa: 'Canada', canberra: 'Australia', hanoi: 'Vietnam',
};

export const EVENT_NOUNS = new Set(['meeting', 'meetings', 'talks', 'summit', 'negotiations', 'negotiators', 'discussions', 'visit', 'conference', 'session', 'sessions', 'dialogue', 'round', 'forum', 'delegations', 'envoys', 'officials', 'leaders', 'sides']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
export const CONDITIONALS = new Set(['once', 'if', 'unless', 'until', 'when', 'whether', 'before', 'should']);

/** Words of a short aside between commas: ", however,", ", once again,", ", as expected,". */
export const ASIDE_STOPS = new Set(['and', 'or', 'but', 'which', 'who', 'whom', 'whose', 'that', 'said', 'says', 'say', 'told', 'according', 'where', 'when']);

export const TIME_WORDS = /^(yesterday|today|tonight|week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;
export const TIME_FILLERS = /^(on|in|at|last|this|next|earlier|later|late|early|the|of|\d+(st|nd|rd|th)?)$/;

/** Words that may join the words of a name: "Local 12 of the Amalgamated Dockworkers", "Bank for Reconstruction". */
export const NAME_JOINS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'al', '&']);
/** Words before a name that make it a place or an object, not a subject: "in Portlow, ...". */
export const NAME_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'after', 'before', 'by', 'with', 'to', 'for', 'under', 'during', 'since', 'into', 'against', 'than', 'like']);

/** Words after a possessive name that make the owner the party: "Velmora's prime minister". */
export const PARTY_ROLES = new Set([...TITLES, ...PERSON_ROLE_NOUNS, ...ORGANIZATION_NOUNS, 'government', 'parliament', 'cabinet', 'delegation', 'negotiators', 'envoy', 'envoys', 'ministry', 'navy', 'army', 'military', 'leadership', 'regime', 'authorities', 'officials']);

/** People who act for a party, not the party: "Negotiators for A and B signed ...". */
export const ROLE_PLURALS = new Set(['negotiators', 'envoys', 'delegations', 'lawyers', 'mediators', 'representatives', 'diplomats', 'ministers', 'governments', 'authorities', 'both', 'talks']);

/** Nouns that refer back to a firm the story names: "the company", "the grocer", "the chain" (its antecedent is the firm). */
export const FIRM_REFERENCES = /^(company|firm|investor|fund|group|bank|business|carrier|airline|retailer|grocer|supermarket|maker|giant|chain|operator|insurer|lender|club|exchange|conglomerate|manufacturer|brewer|miner|utility)$/;

/** The bodies that decide for a firm: "the board of A recommended the offer" is A's decision. */
export const FIRM_BODIES = new Set(['board', 'boards', 'shareholders', 'directors', 'management', 'owners', 'bosses', 'creditors', 'bondholders', 'trustees']);

/** Modifiers that set an agreement apart from one told before ("the previous agreement"). */
export const DISTINGUISHING = new Set(['previous', 'earlier', 'old', 'original', 'existing', 'former', 'prior', 'first', 'last', 'other', 'separate', 'second', 'another', 'older', 'past']);

export const HELD = /^(held|hold|holds|holding|began|begin|begins|beginning|started|start|starts|opened|open|launched|launch|resumed|resume|resumes|in|into|entered|enter|continue|continued|continuing|conducted|conducting)$/;

/** "three-year", "six-month", "decade-long": how long, not what about. */
export const DURATION_MODIFIER = /^[a-z]+-(year|month|week|day|hour|decade)s?(-long|-old)?$|-long$/;
