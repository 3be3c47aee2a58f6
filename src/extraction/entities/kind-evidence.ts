// The kind of a name the words of the name leave open ("Velmora", "Harkwell", "Ostrelle"), from what
// the story writes around it: a person is referred to as "he" or "she", has an age and takes "who";
// an organisation is bought, publishes surveys and is described as a firm; a place is something one
// is "in"; a country has a government, a capital and an adjective of its own. Each rule is named, says
// what it matches, and weighs: the kind with the most weight across all the name's mentions wins.
import { GROUP_NOUNS, IRREGULAR_PAST, isPersonNoun, MODAL_OR_AUX, NAME_DESCRIPTORS, PREPOSITIONS, SPEECH_VERB_LEMMA } from '../lexicon.js';
import type { Token } from '../text.js';
import type { EntityKind } from '../types.js';
import type { Mention } from './mentions.js';
import type { Gender } from './names.js';

export interface KindRule {
  id: string;
  kind: EntityKind;
  /** 2: the evidence rarely misleads; 1: it leans one way. */
  weight: 1 | 2;
  matches(tokens: Token[], mention: Mention): boolean;
}

const PERSONAL = /^(he|she|his|her|him|himself|herself)$/;
const IMPERSONAL = /^(it|its|itself|they|their|them)$/;
/** A verb right after a name: a past or present form, or one that takes a clause ("said", "told"). */
const isVerb = (token: Token | undefined) =>
  !!token && token.word && !token.capitalised &&
  (SPEECH_VERB_LEMMA.has(token.lower) || IRREGULAR_PAST.has(token.lower) || /^[a-z]{2,}(ed|s)$/.test(token.lower) && !/(eed|ss|us|is)$/.test(token.lower));

/** Words after which a name can open a clause as its subject ("..., and Varga said"; "when Varga left"). */
const CLAUSE_OPENERS = /^(and|but|or|so|yet|then|that|when|while|whereas|if|because|as|after|before|since|although|though|once|until|where|now)$/;

/**
 * The name is its clause's subject: it opens the sentence (perhaps after a capitalised description,
 * "Rival Harkwell"), or follows a punctuation mark or a conjunction. Not "on the Internet", "of
 * the Benghazi victims": a name after a preposition or "the" is no subject.
 */
function isSubject(tokens: Token[], mention: Mention, thing: boolean): boolean {
  const before = tokens[mention.from - 1];
  if (!before || mention.from === 1 && before.capitalised) return true;
  // "the Treasury said it", "software giant Harkwell said it": things take "the" and descriptions.
  if (thing && (before.lower === 'the' || DESCRIBED_AS.test(before.lower) || NAME_DESCRIPTORS.has(before.lower))) return true;
  // ("analysts said Harkwell would cut its prices": a reported clause opens after its verb.)
  return !before.word ? !/^['’]$/.test(before.text) : CLAUSE_OPENERS.test(before.lower) || SPEECH_VERB_LEMMA.has(before.lower);
}

/**
 * The first personal pronoun after "<name> [aux] <verb>" in the same clause, before any other name
 * ("Varga said she would ...", "Varga has resigned her seat"): 'person', 'thing', or null.
 */
function pronounAfterVerb(tokens: Token[], mention: Mention): 'person' | 'thing' | null {
  const found = pronounAfter(tokens, mention);
  return found === null ? null : PERSONAL.test(found) ? 'person' : 'thing';
}

/** The gender a personal pronoun after the name gives it ("Varga said she ..." -> female). */
export function pronounGender(tokens: Token[], mention: Mention): Gender {
  const found = pronounAfter(tokens, mention) ?? '';
  return /^(she|her|herself)$/.test(found) ? 'female' : /^(he|his|him|himself)$/.test(found) ? 'male' : null;
}

function pronounAfter(tokens: Token[], mention: Mention): string | null {
  if (/['’]s$/.test(tokens[mention.to - 1]!.text)) return null;
  let k = mention.to;
  while (k < mention.to + 2 && MODAL_OR_AUX.test(tokens[k]?.lower ?? '')) k++;
  if (!isVerb(tokens[k]) && !(k > mention.to && tokens[k]?.word && !tokens[k]!.capitalised)) return null;
  for (let i = k + 1; i < tokens.length && i <= k + 8; i++) {
    const token = tokens[i]!;
    // Another name, a quotation or a clause break may bring another antecedent.
    if (token.capitalised && token.word || token.mark || /^[;:—–()]$/.test(token.text)) return null;
    if (PERSONAL.test(token.lower)) return isSubject(tokens, mention, false) ? token.lower : null;
    // "said it would": "it" opens the reported clause; "said it best": "it" is only the object.
    if (token.lower === 'it' && i === k + 1 && !MODAL_OR_AUX.test(tokens[i + 1]?.lower ?? '') && !isVerb(tokens[i + 1])) continue;
    // ("Osric Pennant has questioned its legality, saying he would ...": a "he" later says a person.)
    if (IMPERSONAL.test(token.lower)) return isSubject(tokens, mention, true) && !tokens.slice(i + 1).some((later) => PERSONAL.test(later.lower)) ? token.lower : null;
  }
  return null;
}

const KIN = /^(wife|husband|son|daughter|mother|father|brother|sister|family|children|parents|widow|widower|girlfriend|boyfriend|partner|grandson|granddaughter|birthday|death|funeral|career|biography|memoir)$/;
/** Documents an organisation puts out ("a survey by Harkwell", "research from Harkwell"). */
const DOCUMENTS = /^(survey|surveys|report|reports|study|studies|poll|polls|research|analysis|figures|data|estimates|forecasts?)$/;
/** Descriptions written right before a company's name, besides NAME_DESCRIPTORS ("analysts Harkwell"). */
const DESCRIBED_AS = /^(analysts|consultancy|consultants|researchers|newspaper|paper|magazine|broadcaster|website|charity|group|chain|maker|operator|agency|bank|network|union|firm|company|giant|rival|rivals)$/;
/** Buying, selling and holding what only an organisation can be ("bought Harkwell", "a stake in Harkwell"). */
const OWNED = /^(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|sell|sells|sold|selling|merge|merged|stake|stakes|shares|investors|invest|invested|subsidiary|affiliate|unit)$/;
/** What comes right after a place one is "in": the end of a phrase. */
const PHRASE_END = /^(and|or|but|on|at|to|for|from|with|since|after|before|during|over|last|this|next|where|when|while|until|as|by|is|was|were|are|has|had|have|will|would|said|says)$/;
/** Words before "in" that make what follows a company or a field, not a place ("a stake in", "interest in"). */
const NOT_A_PLACE_BEFORE = /^(stake|stakes|shares|investment|investments|invest|invested|investing|interest|role|part|confidence|faith|trust|share|rise|fall|change|changes|increase|decrease|growth|cut|cuts|jobs|job|career|degree|expert|experts|lead|believe|believes|believed)$/;
/** Words a possessive country has: "Velmora's foreign ministry", "Velmora's capital". */
// (Not "president": universities and companies have one too.)
const STATEHOOD = /^(foreign|government|prime|parliament|embassy|army|military|navy|ambassador|capital|currency|cabinet|constitution|citizens|borders?|territory|territorial|economy)$/;
/** Plural nouns for bodies, before a list of their names ("firms such as ..."). */
const BODIES = /^(companies|firms|banks|groups|retailers|carmakers|automakers|airlines|brands|giants|rivals|insurers|lenders|operators|manufacturers|makers|networks|broadcasters|publishers|charities|unions|agencies|organisations|organizations|businesses|corporations|supermarkets|chains|providers|suppliers|platforms|clubs|teams|parties)$/;
const DEALS = /^(deal|deals|contract|contracts|partnership|venture|ventures|alliance|tie-up|merger|licence|license|agreement|agreements)$/;
const SPOKESPERSON = /^(spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen)$/;
const SETTLEMENT = /^(capital|city|town|village|port|suburb|district|county|province|region|island|state|hometown)$/;

const isPossessive = (tokens: Token[], mention: Mention) => /['’]s$/.test(tokens[mention.to - 1]!.text);
const next = (tokens: Token[], mention: Mention, n = 0) => tokens[mention.to + n];
const prev = (tokens: Token[], mention: Mention, n = 1) => tokens[mention.from - n];
const lowerWord = (token: Token | undefined) => (token?.word ? token.lower : '');

export const KIND_RULES: KindRule[] = [
  {
    id: 'person.pronoun',
    kind: 'PERSON',
    weight: 2,
    // "Varga said she would stay", "Varga has resigned his seat".
    matches: (tokens, mention) => pronounAfterVerb(tokens, mention) === 'person',
  },
  {
    id: 'person.age',
    kind: 'PERSON',
    weight: 2,
    // "Varga, 52, said": an age in commas after the name.
    matches: (tokens, mention) => next(tokens, mention)?.text === ',' && /^(1[5-9]|[2-9]\d|10\d)$/.test(next(tokens, mention, 1)?.text ?? '') && /^[,.]$/.test(next(tokens, mention, 2)?.text ?? ''),
  },
  {
    id: 'person.who',
    kind: 'PERSON',
    weight: 2,
    // "said Varga, who chairs ...": a person takes "who", an organisation "which". ("the editors of
    // The Beacon, who ...", "a driver based in Leeds, who ...": after a noun's preposition, "who" may be
    // the noun's; after "according to Varga" or "spoke with Varga" it is Varga's.)
    matches: (tokens, mention) => {
      const article = lowerWord(prev(tokens, mention)) === 'the' ? 1 : 0;
      const preposition = lowerWord(prev(tokens, mention, 1 + article));
      const head = lowerWord(prev(tokens, mention, 2 + article));
      const afterOf = preposition === 'of' || PREPOSITIONS.has(preposition) && (head === 'based' || isPersonNoun(head) || GROUP_NOUNS.has(head) || /[a-z]{3}s$/.test(head));
      return !afterOf && next(tokens, mention)?.text === ',' && /^(who|whose|whom)$/.test(lowerWord(next(tokens, mention, 1)));
    },
  },
  {
    id: 'person.kin',
    kind: 'PERSON',
    weight: 2,
    // "Varga's wife", "Varga's career".
    matches: (tokens, mention) => isPossessive(tokens, mention) && KIN.test(lowerWord(next(tokens, mention))),
  },
  {
    id: 'organisation.it',
    kind: 'ORGANIZATION',
    // (Weak: a country is "it" too: "Kestria will phase out its tariffs".)
    weight: 1,
    // "Harkwell has said it will ...", "Harkwell cut its forecast".
    matches: (tokens, mention) => pronounAfterVerb(tokens, mention) === 'thing' && !/^(they|their|them)$/.test(firstPronoun(tokens, mention.to)),
  },
  {
    id: 'organisation.which',
    kind: 'ORGANIZATION',
    weight: 1,
    // "Harkwell, which makes ..." (weak: "based in Ostrelle, which ..." is a place).
    matches: (tokens, mention) => next(tokens, mention)?.text === ',' && lowerWord(next(tokens, mention, 1)) === 'which',
  },
  {
    id: 'organisation.described',
    kind: 'ORGANIZATION',
    weight: 2,
    // "technology analysts Harkwell", "Rival Harkwell", "the carmaker Harkwell".
    matches: (tokens, mention) => {
      const before = prev(tokens, mention);
      if (!before?.word || (before.capitalised && mention.from !== 1)) return false;
      return DESCRIBED_AS.test(before.lower) || NAME_DESCRIPTORS.has(before.lower);
    },
  },
  {
    id: 'organisation.owned',
    kind: 'ORGANIZATION',
    weight: 2,
    // "bought Harkwell", "a stake in Harkwell", "Harkwell's US affiliate", "bought all of Harkwell".
    matches: (tokens, mention) => {
      const before = lowerWord(prev(tokens, mention));
      const beforeThat = lowerWord(prev(tokens, mention, 2));
      const possessed = isPossessive(tokens, mention) && [0, 1, 2].some((n) => OWNED.test(lowerWord(next(tokens, mention, n))) && !/^(buy|bought|sell|sold)/.test(lowerWord(next(tokens, mention, n))));
      return OWNED.test(before) && !/^(shares|stake|stakes|investors|subsidiary|affiliate|unit)$/.test(before) || /^(in|of)$/.test(before) && /^(stake|stakes|shares|all)$/.test(beforeThat) || possessed;
    },
  },
  {
    id: 'organisation.such-as',
    kind: 'ORGANIZATION',
    weight: 2,
    // "tech firms such as Quellin and Dorvane", "banks including Quellin": members of a list of bodies.
    matches: (tokens, mention) => {
      let k = mention.from - 1;
      while (k > 0 && (tokens[k]!.capitalised || /^(,|and|or)$/.test(tokens[k]!.lower))) k--;
      const opener = tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such' ? k - 2 : /^(including|like)$/.test(tokens[k]?.lower ?? '') ? k - 1 : -1;
      return opener >= 0 && BODIES.test(tokens[opener]?.lower ?? '');
    },
  },
  {
    id: 'organisation.deal',
    kind: 'ORGANIZATION',
    weight: 1,
    // "a contract with Quellin", "a joint venture with Quellin" (weak: a player signs contracts too).
    matches: (tokens, mention) => lowerWord(prev(tokens, mention)) === 'with' && DEALS.test(lowerWord(prev(tokens, mention, 2))),
  },
  {
    id: 'organisation.document',
    kind: 'ORGANIZATION',
    weight: 1,
    // "a survey by Harkwell", "according to research from Harkwell", "Harkwell's (Hidden Costs) report".
    matches: (tokens, mention) =>
      /^(by|from)$/.test(lowerWord(prev(tokens, mention))) && DOCUMENTS.test(lowerWord(prev(tokens, mention, 2))) ||
      isPossessive(tokens, mention) && DOCUMENTS.test(lowerWord(tokens.slice(mention.to, mention.to + 8).find((token) => !token.capitalised && !/^(the|of|and|a|for|in|on)$/.test(token.lower)))),
  },
  {
    id: 'organisation.statement',
    kind: 'ORGANIZATION',
    weight: 1,
    // "Harkwell said in a statement": people speak, bodies issue statements.
    matches: (tokens, mention) => /^(said|says)$/.test(lowerWord(next(tokens, mention))) && lowerWord(next(tokens, mention, 1)) === 'in' && /^(a|its)$/.test(lowerWord(next(tokens, mention, 2))) && lowerWord(next(tokens, mention, 3)) === 'statement',
  },
  {
    id: 'organisation.spokesperson',
    kind: 'ORGANIZATION',
    weight: 1,
    // "a spokeswoman for Harkwell", "Harkwell's spokesman" (weak: a person may have one too).
    matches: (tokens, mention) =>
      /^(for|at)$/.test(lowerWord(prev(tokens, mention))) && SPOKESPERSON.test(lowerWord(prev(tokens, mention, 2))) ||
      isPossessive(tokens, mention) && SPOKESPERSON.test(lowerWord(next(tokens, mention))),
  },
  {
    id: 'country.statehood',
    kind: 'COUNTRY',
    weight: 2,
    // "Velmora's foreign ministry", "Velmora's government".
    matches: (tokens, mention) => isPossessive(tokens, mention) && STATEHOOD.test(lowerWord(next(tokens, mention))),
  },
  {
    id: 'place.settlement',
    kind: 'PLACE',
    weight: 2,
    // "the Kestrian capital, Ostrelle", "the port of Ostrelle".
    matches: (tokens, mention) => {
      const before = prev(tokens, mention);
      const word = before?.text === ',' || before?.lower === 'of' ? prev(tokens, mention, 2) : before;
      return !!word && word.word && !word.capitalised && SETTLEMENT.test(word.lower);
    },
  },
  {
    id: 'place.in',
    kind: 'PLACE',
    weight: 1,
    // "protests in Ostrelle", "in Ostrelle on Monday"; not "a stake in Harkwell" or "in Harkwell shares".
    matches: (tokens, mention) => {
      if (lowerWord(prev(tokens, mention)) !== 'in' || NOT_A_PLACE_BEFORE.test(lowerWord(prev(tokens, mention, 2))) || isPossessive(tokens, mention)) return false;
      const after = next(tokens, mention);
      // ("in Forbes’ words": an apostrophe after the name makes it a possessive.)
      return !after || !after.word && !/^['’]$/.test(after.text) || after.word && PHRASE_END.test(after.lower);
    },
  },
];

function firstPronoun(tokens: Token[], from: number): string {
  for (let i = from; i < tokens.length && i <= from + 10; i++) if (PERSONAL.test(tokens[i]!.lower) || IMPERSONAL.test(tokens[i]!.lower)) return tokens[i]!.lower;
  return '';
}

/**
 * A country the story writes an adjective for ("Velmora" and "Velmoran", "Kestria" and "Kestrian"),
 * the adjective being followed by a word of statehood ("the Velmoran government", "her Kestrian
 * counterpart", "the Kestrian capital"). Cities have such adjectives too, but not governments.
 */
export function demonymEvidence(name: string, adjectives: Map<string, string[]>): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return false;
  const stem = name.replace(/[aeiouy]$/, '');
  const forms = [`${name}n`, `${name}an`, `${name}ian`, `${stem}an`, `${stem}ian`, `${stem}ese`, `${stem}i`, `${stem}ish`];
  return forms.some((form) => (adjectives.get(form) ?? []).some((after) => STATEHOOD.test(after) || /^(counterpart|minister|officials|authorities|ministry|troops|forces|state|nationals)$/.test(after)));
}

/** Capitalised words of the story and the lowercase word after each ("Velmoran" -> ["government"]). */
export function adjectivesOf(sentences: { tokens: Token[] }[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const after = tokens[i + 1];
      if (!token.capitalised || !after?.word || after.capitalised) return;
      const list = found.get(token.text) ?? [];
      list.push(after.lower);
      found.set(token.text, list);
    });
  }
  return found;
}

/** The kind the weighed evidence settles on, or null when there is none or two kinds weigh the same. */
export function settleKind(votes: Map<EntityKind, number>): EntityKind | null {
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}
