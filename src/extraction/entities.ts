// Named entities: runs of capitalised words, their kind from word lists and context, the titles
// written before or beside them, and one registry per story that maps every short form ("Xi",
// "McAuliffe", "Mr. Sloan") to the fullest name the story gives.
import { getGender } from 'gender-detection-from-name';
import {
  COUNTRY_BY_NAME,
  FEMALE_HONORIFICS,
  MALE_HONORIFICS,
  NOT_NAMES,
  AGENT_NOUN,
  IRREGULAR_PAST,
  MODAL_OR_AUX,
  ORGANIZATION_HEADS,
  PLACES,
  MONTHS,
  NAME_DESCRIPTORS,
  PARTY_WORDS,
  PERSON_NOUN_ENDING,
  PERSON_ROLE_NOUNS,
  PUBLICATION_HEADS,
  SPEECH_VERB_LEMMA,
  GROUP_NOUNS,
  TITLES,
  WEEKDAYS,
} from './lexicon.js';
import type { Sentence, Token } from './text.js';
import type { EntityKind, ExtractedEntity } from './types.js';

export type Gender = 'female' | 'male' | null;

export interface Mention {
  /** The name as written, titles dropped ("Terry McAuliffe"). */
  name: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token of the name in its sentence. */
  from: number;
  to: number;
  sentence: number;
  kind: EntityKind;
  title: string | null;
  gender: Gender;
  /** Starts its sentence or a quotation, where any word is capitalised. */
  initial: boolean;
  /** An acronym given in brackets after the name: "Office for National Statistics (ONS)". */
  acronym: string | null;
}

export interface Entity {
  name: string;
  kind: EntityKind;
  title: string | null;
  gender: Gender;
  aliases: Set<string>;
  /** Lowercased titles and roles ("mayor", "governor") for "the mayor said". */
  roles: Set<string>;
  firstSeen: number;
  /** The words of the name's key, for matching short forms. */
  parts: string[];
}

/** "Trump-led", "London-based", "Obama-era": a name made an adjective ("Jin-woo" is a given name). */
const ADJECTIVE_SUFFIX =
  /^(\p{Lu}[\p{L}.'’]*)-(based|led|backed|era|style|owned|run|funded|born|made|like|friendly|controlled|linked|allied|aligned|leaning|type|wide|centric|related|focused|affiliated|sponsored|appointed|dominated|inspired|driven|supported|endorsed|esque|ish|bashing|loving|hating|skeptic|sceptic)$/u;
const ROLE_TIME_WORDS = new Set(['former', 'then', 'ex', 'late', 'outgoing', 'incoming', 'retired']);
const CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'bin', 'al', 'the', '&', 'and']);
/** Particles inside a person's name ("Julio De Vido", "Anna van der Berg"). */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'bin', 'al', 'di', 'dos', 'das']);
const bare = (token: Token) => token.bare;

function isNameToken(token: Token): boolean {
  return token.capitalised;
}

/**
 * Whether the possessive at `at` ("Farmers'" + "'", "Women's") is part of an organisation's name: the
 * possessor is people in the plural and the capitalised words after it end in an organisation's head
 * ("Transport Workers' Union", "Women's Institute", "People's Party"). "China's Communist Party" is
 * not: its possessor is a country, which stays a name of its own.
 */
/** Heads of bodies named after their members ("Pilots' Association", "Citizens' Advice Bureau" aside). */
const MEMBERS_BODY = /^(union|association|federation|confederation|institute|guild|league|society|alliance|trust|fund|party|club|forum|council|congress|network|coalition)$/;

export function possessiveInsideName(tokens: Token[], at: number): boolean {
  const apostrophe = tokens[at]!.text === "'" || tokens[at]!.text === '’';
  const possessor = apostrophe ? tokens[at - 1] : tokens[at]!;
  // A bare apostrophe belongs to the word it is written against: "Farmers'", not a quotation mark.
  if (!possessor?.word || apostrophe && possessor.end !== tokens[at]!.start) return false;
  const owner = possessor.lower.replace(/['’]s$/, '');
  // People named by what they do ("Farmers'", "Teachers'") or plainly ("Women's"); not "Democrats'".
  const plural = possessor === tokens[at - 1] && owner.endsWith('s');
  if (!/^(women|men|children|people)$/.test(owner) && !plural) return false;
  let k = at + 1;
  while (k < tokens.length && (isNameToken(tokens[k]!) || CONNECTORS.has(tokens[k]!.lower) && tokens[k + 1] && isNameToken(tokens[k + 1]!))) k++;
  const head = tokens[k - 1]!.bare;
  // Any plural before the head of a members' body ("Pilots' Association"); an agent noun before any head.
  return k > at + 1 && (MEMBERS_BODY.test(head) || ORGANIZATION_HEADS.test(head) && (AGENT_NOUN.test(owner) || /^(women|men|children|people)$/.test(owner)));
}

function isTitleToken(token: Token): boolean {
  return TITLES.has(bare(token));
}

/**
 * Last words of publications whose "The" is part of the name ("The Washington Post", "The Times"); for
 * other organisations "The" is only the article ("the National Audit Office").
 */

/** Words that are titles before a name ("Treasury Secretary Ann Lee") and institutions after "the". */
const INSTITUTION_WORDS = new Set(['treasury', 'exchequer', 'cabinet', 'pentagon', 'kremlin', 'vatican']);


/** Title words that name a department rather than a person's role ("Education" in "Education Secretary"). */
const DEPARTMENT_WORDS = new Set(['state', 'treasury', 'foreign', 'defense', 'defence', 'home', 'finance', 'health', 'education', 'labor', 'labour', 'commerce', 'trade', 'energy', 'interior', 'justice', 'economy', 'vice', 'prime', 'deputy', 'assistant', 'former', 'then', 'chief', 'executive', 'head', 'state']);

/**
 * "Higher Education Funding Council for England (Hefce)": an acronym written as a word, the way
 * some house styles write those said as words ("Nato", "Unicef"), is the name's initials.
 */
function spelledAcronymOf(word: string, name: string): boolean {
  return isSpelledAcronym(word) && initialsOf(nameParts(name)) === word.toLowerCase();
}

/**
 * A word that may be an acronym written as a word: a capital, then 3 to 6 small letters, and not a
 * given name ("Hefce", "Nato"; not "Ian", "Kim" or "Sam").
 */
function isSpelledAcronym(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,6}$/u.test(word) && !isGivenName(word.toLowerCase());
}

/** A name's initials, small words skipped ("higher education funding council for england" -> "hefce"). */
function initialsOf(parts: string[]): string {
  return parts.filter((part) => part && !ACRONYM_SKIPS.has(part)).map((part) => part[0]).join('');
}

const isAcronym = (name: string) => /^[A-Z][A-Z&.\-]*[A-Z]\.?$/.test(name) && name.replace(/[^A-Z]/g, '').length >= 2;

/**
 * The usual gender of a given name ("Lena" -> female), from the gender-detection-from-name package
 * (US, UK, French, German, Italian, Spanish and Turkish first names); null for a word that is no
 * known given name. One- and two-letter words are initials or family names written first ("Xi").
 */
export function givenNameGender(word: string): Gender {
  const known = GIVEN_NAMES.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  let gender: Gender = null;
  if (lower.length >= 3 && /^\p{L}+$/u.test(lower)) {
    const found = getGender(lower, 'en');
    gender = found === 'unknown' ? null : found;
  }
  if (GIVEN_NAMES.size > 50_000) GIVEN_NAMES.clear();
  GIVEN_NAMES.set(word, gender);
  return gender;
}
/** Answers of givenNameGender, by the word as asked. */
const GIVEN_NAMES = new Map<string, Gender>();

export const isGivenName = (word: string) => givenNameGender(word) !== null;

/**
 * The last word of a name that says what kind of thing it names, when that is not a person:
 * laws, wars, events, programmes and the like are OTHER ("Affordable Care Act", "Civil War"),
 * streets, rivers and counties are PLACE ("Wall Street"), forces and networks ORGANIZATION.
 */
const HEAD_KINDS = new Map<string, EntityKind>([
  ...`act acts law laws bill bills treaty treaties accord accords agreement pact convention charter amendment
  constitution doctrine code war wars revolution uprising rebellion massacre crisis scandal affair attack attacks
  bombing bombings shooting shootings storm hurricane earthquake virus pandemic epidemic election elections primary
  primaries debate debates summit conference festival games olympics cup championship championships series tournament
  prize award awards day week month year era age plan program programme programs scheme initiative policy reform
  reforms project strategy budget tax taxes deal rule rules index report survey poll study guidelines state
  book novel film movie show album song play opera series`.split(/\s+/).map((word) => [word, 'OTHER' as EntityKind] as const),
  ...`street avenue road boulevard square bridge airport station island islands river mountain mountains lake valley
  park county city province district region coast bay sea ocean beach heights hill hills village town forest desert
  canal gulf strait peninsula plaza tower building airbase base`.split(/\s+/).map((word) => [word, 'PLACE' as EntityKind] as const),
  ...`force corps guard fleet network studios bakery cafe restaurant hotel shop store factory hospital clinic school
  museum library theatre theater cinema gallery brewery`.split(/\s+/).map((word) => [word, 'ORGANIZATION' as EntityKind] as const),
]);

const SURNAME_HEADS = new Set(['day', 'law', 'bill', 'hill', 'park', 'hall', 'king', 'rule', 'play', 'storm', 'age']);

/**
 * Words that open a sentence before a name without being part of it ("Despite Trump", "Certainly
 * Ronald Reagan", "Is Obama", "See Hillary Clinton"): prepositions, conjunctions, auxiliaries,
 * imperatives and a few adverbs. Adverbs in -ly and -ing forms are caught by their ending.
 */
const SENTENCE_OPENERS = new Set(
  `despite besides beside neither either nor wherever whenever whatever whoever however absent regarding concerning
  amid amidst among amongst unlike like via per versus vs against toward towards beyond beneath behind except
  is are was were am be being been did does do done has had have having can could would should will shall may might
  must see look ask meet let listen tell thank thanks dear vote elect blame call imagine remember forget welcome
  earlier later top even once ever sure plus minus more less much very too almost nearly outside inside within
  throughout upon onto off out up down near next last first second third finally why how what who whom which
  where when whose yes no not never always often already soon perhaps maybe still yet thus hence meanwhile
  otherwise instead rather anyway sorry please hey oh ah okay ok enter introducing presenting featuring`.split(/\s+/),
);

/** A capitalised first word that is only there because it opens the sentence (see SENTENCE_OPENERS). */
function isOpener(token: Token): boolean {
  const word = token.bare;
  if (isGivenName(word)) return false;
  return SENTENCE_OPENERS.has(word) || (/^[a-z]{3,}ly$/.test(word) && !/(ply|bly)$/.test(word) && word !== 'italy') || /^[a-z]{3,}ing$/.test(word);
}

/** "Irish", "American", "U.S.": another name of a country, used as an adjective (not "Chad", "Georgia"). */
function isDemonym(word: string): boolean {
  const country = countryOf(word);
  return !!country && key(country) !== key(word);
}

export function countryOf(name: string): string | null {
  return COUNTRY_BY_NAME.get(name.toLowerCase().replace(/\./g, '').replace(/^the /, '')) ?? null;
}

/** US state abbreviations as datelines and party tags write them ("Fla.", "Calif."). */
const STATE_ABBREVIATIONS = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd
  okla ore pa ri sc sd tenn tex va vt wash wis wva wyo`.split(/\s+/),
);

/** Abbreviations that are no word or given name of their own, even without their dot. */
const UNMISTAKABLE_STATES = /^(Ariz|Calif|Colo|Conn|Fla|Okla|Tenn|Minn|Mich|Wyo|Neb|Wis)$/;

export function classify(name: string, title: string | null): EntityKind {
  const country = countryOf(name);
  if (country) return 'COUNTRY';
  if (!name.includes(' ') && (/\.$/.test(name) || UNMISTAKABLE_STATES.test(name)) && STATE_ABBREVIATIONS.has(name.toLowerCase().replace(/\./g, ''))) return 'PLACE';
  // "R-Fla.", "D-N.Y.": a party and a state.
  if (/^[RDI]-[A-Z][A-Za-z.]*$/.test(name)) return 'OTHER';
  if (PLACES.has(name.toLowerCase())) return 'PLACE';
  const words = name.split(/\s+/);
  if (ORGANIZATION_HEADS.test(words.at(-1)!) || ORGANIZATION_HEADS.test(words[0]!) && words.length > 1) return 'ORGANIZATION';
  // "World War II": the head comes before a number.
  const last = (/^[IVX]+$/.test(words.at(-1)!) && words.length > 2 ? words.at(-2)! : words.at(-1)!).toLowerCase();
  const head = words.length > 1 ? HEAD_KINDS.get(last) : undefined;
  // "Doris Day", "Jin-woo Park": two words ending in a common surname are left to the rules below.
  if (head && !(words.length === 2 && SURNAME_HEADS.has(last))) return head;
  if (words.some((word) => /^(of|for|&|and)$/i.test(word))) return 'ORGANIZATION';
  if (isAcronym(name) || /^[A-Z]{2,}-[A-Z]{2,}$/.test(name)) return 'ORGANIZATION';
  if (title) return 'PERSON';
  if (words.length >= 2 && words.length <= 4) return 'PERSON';
  return 'OTHER';
}

/** `givenName`: the first word is a given name (and not a common word of the story: "Time Warner"). */
function genderOf(name: string, title: string | null, givenName: boolean): Gender {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  const titleWords = (title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
  if (titleWords.some((word) => FEMALE_HONORIFICS.has(word))) return 'female';
  if (titleWords.some((word) => MALE_HONORIFICS.has(word))) return 'male';
  // A one-word name is a family name as often as a given one ("Clinton", "Ford"): no gender from it.
  if (!name.includes(' ') || !givenName) return null;
  return givenNameGender(first);
}

/**
 * Finds name mentions in one sentence: a run of capitalised words (joined by "of", "de" and the
 * like when a capital follows), with any titles before it split off ("Gov. Terry McAuliffe" ->
 * title "Gov.", name "Terry McAuliffe"). Possessives end a name: "China's President Xi Jinping"
 * gives "China" and, with title "President of China", "Xi Jinping".
 */
export function findMentions(sentence: Sentence, sentenceIndex: number, isCommonWord: (lower: string) => boolean = () => false): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if (isNameToken(token) && (!/['’]s$/.test(tokens[j - 1]!.text) || possessiveInsideName(tokens, j - 1))) {
        j++;
        continue;
      }
      // "the National Farmers' Union": a plural possessive inside an organisation's name.
      if (/^['’]$/.test(token.text) && token.start === tokens[j - 1]!.end && /s$/.test(tokens[j - 1]!.text) && possessiveInsideName(tokens, j)) {
        j++;
        continue;
      }
      // "and" joins only inside a name that already has "of" or "for": "Department of Health and
      // Human Services", but "Acme and Nordwind" are two names.
      const joinsWithAnd = token.lower === 'and' && tokens.slice(i, j).some((t) => t.lower === 'of' || t.lower === 'for');
      if (CONNECTORS.has(token.lower) && tokens[j + 1] && isNameToken(tokens[j + 1]!) && (token.lower !== 'and' || joinsWithAnd)) {
        j++;
        continue;
      }
      // "Anna van der Berg", "Luis de la Cruz": two particles between a given name and the surname.
      if (NAME_PARTICLES.has(token.lower) && NAME_PARTICLES.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2] && isNameToken(tokens[j + 2]!)) {
        j += 2;
        continue;
      }
      break;
    }
    let runTokens = tokens.slice(i, j);
    // "Donald Trump-led": a lowercase suffix ends the name inside its token; one word with such a
    // suffix ("London-based", "Obama-era") is an adjective, not a mention.
    const suffixed = runTokens.findIndex((token) => token.text.includes('-') && ADJECTIVE_SUFFIX.test(token.text));
    if (suffixed === 0) {
      i++;
      continue;
    }
    if (suffixed > 0) runTokens = runTokens.slice(0, suffixed + 1);
    const runStart = i;
    i = j;
    // A possessive ends the name inside the token: "Nordwind's" -> "Nordwind".
    // Drop a sentence-initial function word ("The", "But") and leading titles.
    let from = runStart;
    while (runTokens.length && NOT_NAMES.has(bare(runTokens[0]!)) && !(runTokens.length > 1 && bare(runTokens[0]!) === 'the' && PUBLICATION_HEADS.test(runTokens.at(-1)!.text))) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Former US secretary of state ...", "Then Governor Ada Quinn": a word that dates a role is no part
    // of the name after it.
    while (runTokens.length > 1 && ROLE_TIME_WORDS.has(bare(runTokens[0]!)) && (isTitleToken(runTokens[1]!) || !!countryOf(runTokens[1]!.text) || PLACES.has(runTokens[1]!.lower))) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Despite Okafor", "Sales of Volvo": a word capitalised only because it opens the
    // sentence, and written in lowercase elsewhere in the story, is not part of the name.
    if (runTokens.length > 1 && (from === 0 || tokens[from - 1]!.mark) && isCommonWord(bare(runTokens[0]!)) && !isTitleToken(runTokens[0]!)) {
      runTokens = runTokens.slice(1);
      from++;
      while (runTokens.length && CONNECTORS.has(runTokens[0]!.lower)) {
        runTokens = runTokens.slice(1);
        from++;
      }
      if (!runTokens.length) continue;
    }
    // "Insurer Harbour Mutual", "Carmaker Volvo": a descriptor opening the sentence is no part of the name.
    // "Commuter Jane Hill", "Pensioner Tom Reyes": so is a word for a person before a given name.
    const personWordFirst = runTokens.length > 2 && !isGivenName(bare(runTokens[0]!)) && isGivenName(bare(runTokens[1]!)) &&
      (AGENT_NOUN.test(bare(runTokens[0]!)) || PERSON_NOUN_ENDING.test(bare(runTokens[0]!)) || PERSON_ROLE_NOUNS.has(bare(runTokens[0]!)));
    if (runTokens.length > 1 && (from === 0 || tokens[from - 1]!.mark) && (NAME_DESCRIPTORS.has(bare(runTokens[0]!)) || personWordFirst) && !CONNECTORS.has(runTokens[1]!.lower)) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Despite Trump", "Certainly Ronald Reagan", "Is Obama": an opener at the start of the
    // sentence is not part of the name that follows it.
    const opensSentence = from === 0 || !!tokens[from - 1]!.mark || /^[—–\-:(]$/.test(tokens[from - 1]!.text);
    let openerDropped = false;
    while (runTokens.length > 1 && opensSentence && isOpener(runTokens[0]!) && !PLACES.has(runTokens[0]!.lower) && !countryOf(runTokens[0]!.text)) {
      runTokens = runTokens.slice(1);
      from++;
      openerDropped = true;
      while (runTokens.length && CONNECTORS.has(runTokens[0]!.lower)) {
        runTokens = runTokens.slice(1);
        from++;
      }
    }
    if (!runTokens.length) continue;
    // "Clinton Friday", "Paris Tuesday": a day or a month after a name is a date, not part of it.
    while (runTokens.length > 1 && (WEEKDAYS.test(runTokens.at(-1)!.bare) || (MONTHS.test(runTokens.at(-1)!.text) && runTokens.at(-1)!.bare !== 'may'))) runTokens = runTokens.slice(0, -1);
    // "Senator Ted Cruz of Texas", "Lee Wang of The Intercept": a person of a place or an
    // organisation (a title or a given name first) is the person; "Bank of America" stays whole.
    const ofAt = runTokens.findIndex((token, index) => index >= 2 && index <= 4 && token.lower === 'of');
    if (ofAt > 0) {
      const before = runTokens.slice(0, ofAt);
      const after = runTokens.slice(ofAt + 1).map((token) => token.text).join(' ').replace(/^The /, '');
      const afterKind = after ? classify(after, null) : 'OTHER';
      const titled = isTitleToken(before[0]!) && (afterKind === 'PLACE' || afterKind === 'COUNTRY');
      const plainName = !before.some((token) => ORGANIZATION_HEADS.test(token.text) || isTitleToken(token) || isCommonWord(token.bare)) && before.length <= 3;
      const given = isGivenName(before[0]!.bare) && !isCommonWord(before[0]!.bare) && plainName;
      // "Priya Mehta of Sandgate Securities": two or three plain words of an organisation are a
      // person's name even when the given name is one the name list does not know.
      const ofOrganisation = plainName && before.length >= 2 && afterKind === 'ORGANIZATION' && classify(before.map((token) => token.text).join(' '), null) !== 'ORGANIZATION';
      if (titled || (given && afterKind !== 'PERSON') || ofOrganisation) {
        runTokens = before;
        // The place or organisation after "of" is a mention of its own.
        i = from + ofAt + 1;
      }
    }
    // "Workers' Party": a word dropped above may have been a plural possessive inside the name.
    if (/^['’]$/.test(runTokens[0]?.text ?? '') && from > 0 && tokens[from - 1]!.word && tokens[from - 1]!.end === runTokens[0]!.start) {
      from--;
      runTokens = [tokens[from]!, ...runTokens];
    }
    const titleTokens: Token[] = [];
    // "Ohio Gov. Jane Hollis", "ACWU Director of Public Affairs Sam Ortega": when a
    // title word comes first, the words after the last title word or connector are the name.
    const firstTitle = runTokens.findIndex((token) => isTitleToken(token) && !DEPARTMENT_WORDS.has(token.bare));
    // "Vice President Joseph R. Biden Jr.": a suffix after the name does not count as a word of it here.
    const suffix = runTokens.length > 2 && NAME_SUFFIX.test(runTokens.at(-1)!.bare) ? runTokens.at(-1)! : null;
    if (suffix) runTokens = runTokens.slice(0, -1);
    if (firstTitle >= 0 && firstTitle < runTokens.length - 1) {
      let t = runTokens.length - 2;
      // ("Minister Julio De Vido": a particle after a given name is part of the name, not a connector.)
      const particle = (index: number): boolean => NAME_PARTICLES.has(runTokens[index]!.lower) && index > 0 && (isGivenName(runTokens[index - 1]!.bare) || particle(index - 1));
      while (t > firstTitle && !isTitleToken(runTokens[t]!) && (!CONNECTORS.has(runTokens[t]!.lower) || particle(t)) && runTokens.length - 1 - t < 5) t--;
      const rest = runTokens.slice(t + 1);
      const restName = rest.map((token) => token.text).join(' ');
      const restKind = classify(restName, null);
      const particles = rest.filter((token) => NAME_PARTICLES.has(token.lower)).length;
      if ((isTitleToken(runTokens[t]!) || CONNECTORS.has(runTokens[t]!.lower)) && rest.length - particles <= 3 && (restKind === 'PERSON' || restKind === 'OTHER')) {
        titleTokens.push(...runTokens.slice(0, t + 1));
        runTokens = rest;
        from += t + 1;
      }
    }
    if (suffix) runTokens = [...runTokens, suffix];
    while (runTokens.length && CONNECTORS.has(runTokens.at(-1)!.lower)) runTokens = runTokens.slice(0, -1);
    if (!runTokens.length) continue;
    const nameTokens = runTokens.map((token, index) => (index === runTokens.length - 1 ? token.text.replace(/['’]s$/, '').replace(suffixed >= 0 ? ADJECTIVE_SUFFIX : /^$/, '$1') : token.text));
    // A plural possessive's apostrophe is written against its word: "Farmers' Union".
    let name = nameTokens.join(' ').replace(/\s+/g, ' ').replace(/s ([’'])(?= )/g, 's$1');
    // "The Treasury said": a title word that is also an institution, after "the" and not before a name.
    const institution = runTokens.length === 1 && INSTITUTION_WORDS.has(bare(runTokens[0]!)) && /^the$/i.test(tokens[from - 1]?.text ?? '');
    // "Labour said", "a Labour spokesman": the party, where "Labour Secretary" is a title.
    const following = tokens[from + runTokens.length];
    const party = runTokens.length === 1 && PARTY_WORDS.has(bare(runTokens[0]!)) && !/^(secretary|minister|department|ministry|secretaries|ministers|market|markets|day|economists|costs|shortages|force)$/.test(following?.bare ?? '') && !following?.capitalised && !/^(for|of)$/.test(tokens[from - 1]?.lower ?? '');
    if (runTokens.length === 1 && isTitleToken(runTokens[0]!) && !titleTokens.length && !institution && !party) continue;
    if (NOT_NAMES.has(name.toLowerCase())) continue;
    // "MPs", "CEOs", "NGOs": a plural abbreviation names a group of people, not an entity.
    if (runTokens.length === 1 && /^[A-Z]{2,}s$/.test(name)) continue;
    if (/^(The) /.test(name) && !PUBLICATION_HEADS.test(nameTokens.at(-1)!)) name = name.replace(/^The /, '');
    const lowerTitleBefore = lowercaseTitleBefore(tokens, from);
    const writtenTitle = titleTokens.length ? titleTokens.map((token) => token.text).join(' ') : lowerTitleBefore;
    const title = writtenTitle ? possessiveTitle(tokens, from - titleTokens.length, writtenTitle) : appositiveTitle(tokens, from + runTokens.length);
    // "Clinton's chief Democratic rival", "Secretary of State and Democratic presidential ...": a
    // word between a title and a role noun modifies the noun; it is nobody's name.
    const modifier = runTokens.length === 1 && (CONNECTORS.has(titleTokens.at(-1)?.lower ?? '') || isRoleNoun(tokens[from + 1]));
    let kind = institution || party ? 'ORGANIZATION' : classify(name, titleTokens.length && !modifier ? writtenTitle : null);
    const last = runTokens.at(-1)!;
    const end = from + runTokens.length;
    // Two to four capitalised words are a person only with some evidence: a title, a known given
    // name first, or words the story never writes in lowercase. "Civil War", "Black Lives Matter"
    // and "Air Force" end in common words and start with no given name.
    const givenName = isGivenName(bare(runTokens[0]!)) && !isCommonWord(bare(runTokens[0]!));
    const lastWord = bare(last).replace(/['’]s$/, '');
    // "Election Day" (a common word first) is no "Doris Day".
    if (kind === 'PERSON' && runTokens.length === 2 && SURNAME_HEADS.has(lastWord) && isCommonWord(bare(runTokens[0]!))) kind = HEAD_KINDS.get(lastWord)!;
    // "Velta X2", "Boeing 787", "Nova S5": a name with a model number is a product, not a person.
    if (kind === 'PERSON' && runTokens.some((token) => /\d/.test(token.text))) kind = 'OTHER';
    // "Irish Catholic", "American Muslims": a nationality first describes a group, not a person's name.
    if (kind === 'PERSON' && !titleTokens.length && runTokens.length > 1 && isDemonym(runTokens[0]!.text)) kind = 'OTHER';
    if (kind === 'PERSON' && !titleTokens.length && !title && !givenName && isCommonWord(lastWord)) kind = 'OTHER';
    // "Liberal Democrats", "Senate Republicans": a name ending in a plural group noun is a party or caucus.
    if (kind === 'PERSON' && !titleTokens.length && runTokens.length > 1 && GROUP_NOUNS.has(lastWord)) kind = 'ORGANIZATION';
    // "the Northern Link (project)": a person's name does not follow "the" inside a sentence.
    if (kind === 'PERSON' && !titleTokens.length && !title && !givenName && tokens[from - 1]?.text === 'the') kind = 'OTHER';
    // A name that is a whole quotation is the title of a work ("Atlas Shrugged"), not a person.
    const closes = (token: Token | undefined) => token?.mark === 'close';
    if (kind === 'PERSON' && tokens[from - 1]?.mark === 'open' && (closes(tokens[end]) || (/^[,.!?;:]$/.test(tokens[end]?.text ?? '') && closes(tokens[end + 1])))) kind = 'OTHER';
    const initial = openerDropped || from === 0 || tokens[from - 1]!.mark === 'open' || /^[—–\-:(]$/.test(tokens[from - 1]!.text);
    if (from === 0 && isDateline(runTokens, tokens.slice(end))) continue;
    const inBrackets = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' ? tokens[end + 1]!.text : null;
    const bracketed = inBrackets && (isAcronym(inBrackets) || spelledAcronymOf(inBrackets, name)) ? inBrackets : null;
    mentions.push({
      acronym: bracketed,
      initial,
      name,
      start: runTokens[0]!.start,
      end: last.start + nameTokens.at(-1)!.length,
      from,
      to: from + runTokens.length,
      sentence: sentenceIndex,
      kind: kind === 'OTHER' && title && !modifier ? 'PERSON' : kind,
      title,
      gender: genderOf(name, title ?? (titleTokens.length ? writtenTitle : null), givenName),
    });
  }
  return mentions;
}

/**
 * A dateline opens a story: a place in capitals, then a dash or the agency in brackets, perhaps
 * with a state or country after a comma ("WASHINGTON —", "LONDON (Reuters) -", "FORT PIERCE,
 * Fla. —"). It names where the story was filed, not anyone in it.
 */
function isDateline(run: Token[], after: Token[]): boolean {
  const letters = run.map((token) => token.text).join('').replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return false;
  let k = 0;
  if (after[k]?.text === ',') {
    k++;
    while (k < 4 && after[k] && (after[k]!.capitalised || after[k]!.text === '.')) k++;
  }
  if (after[k]?.text === '(') {
    if (k === 0) return true;
    while (k < 8 && after[k] && after[k]!.text !== ')') k++;
    k++;
  }
  return /^[—–\-]+$/.test(after[k]?.text ?? '');
}

/** A lowercase role or title noun ("rival", "presidential", "nominee") that a capitalised word before it modifies. */
function isRoleNoun(token: Token | undefined): boolean {
  if (!token || !token.word || token.capitalised) return false;
  return isTitleToken(token) || /^(rival|rivals|frontrunner|front-runner|presidential|primary|primaries|party|establishment|voters|lawmakers|politics|nomination|ticket|race|senators|leaders|delegates|supporters)$/.test(token.lower);
}

/** "former U.S Labor Secretary, Ellen Marsh" / "historian J.R. Tom Vance": the role before a name. */
function lowercaseTitleBefore(tokens: Token[], from: number): string | null {
  let k = from - 1;
  if (tokens[k]?.text === ',') k--;
  const end = k;
  while (k >= 0 && tokens[k]!.word && (isTitleToken(tokens[k]!) || tokens[k]!.capitalised && !NOT_NAMES.has(bare(tokens[k]!)))) k--;
  if (k === end) return null;
  const words = tokens.slice(k + 1, end + 1);
  if (!words.some(isTitleToken) || !looksLikeTitle(words)) return null;
  return words.map((token) => token.text).join(' ');
}

/** "China's President" becomes "President of China"; "Nordwind's founder" becomes "founder of Nordwind". */
function possessiveTitle(tokens: Token[], titleFrom: number, title: string): string {
  const owner = tokens[titleFrom - 1];
  if (owner && /['’]s$/.test(owner.text) && owner.capitalised) return `${title} of ${owner.text.replace(/['’]s$/, '')}`;
  return title;
}

/** "Ellen Marsh, former Labor Secretary," / "Omar Reyes, the previous Chilean president". */
function appositiveTitle(tokens: Token[], after: number): string | null {
  if (tokens[after]?.text !== ',') return null;
  const words: Token[] = [];
  for (let k = after + 1; k < tokens.length && words.length < 8; k++) {
    const token = tokens[k]!;
    if (!token.word) break;
    words.push(token);
  }
  const stop = tokens[after + 1 + words.length];
  if (!words.length || (stop && ![',', '.', ';'].includes(stop.text))) return null;
  const first = words[0]!.lower;
  const body = first === 'a' || first === 'an' || first === 'the' ? words.slice(1) : words;
  if (!body.length || !body.some(isTitleToken) || !looksLikeTitle(body)) return null;
  return body.map((token) => token.text).join(' ');
}

/**
 * Words beside a name that can be its title: not a clause ("I think ..."), a list ("including
 * Ambassador Stevens", "Secretary of State and") or another person's name ("President Barack Obama").
 */
function looksLikeTitle(words: Token[]): boolean {
  if (/^(i|he|she|we|they|it|you|including|and|or|but|who|which|that|said|says|told|added)$/.test(words[0]!.lower) || CONNECTORS.has(words.at(-1)!.lower)) return false;
  const nameWord = (token: Token) => token.capitalised && !isTitleToken(token) && !DEPARTMENT_WORDS.has(token.bare);
  if (words.some((token, i) => i > 0 && nameWord(token) && nameWord(words[i - 1]!) && !countryOf(words[i - 1]!.text))) return false;
  return !words.some((token, i) => i > 0 && nameWord(token) && isTitleToken(words[i - 1]!) && !CONNECTORS.has(words[i - 1]!.lower) && isGivenName(token.bare));
}

/**
 * Drops capitalised words that are only capitalised because they start a sentence or a quote
 * ("Losing", "Immigration"): a one-word name must also appear capitalised mid-sentence, or be a
 * known country, place or acronym.
 */
export function dropSentenceInitialWords(mentions: Mention[], headline: (sentence: number) => boolean = () => false): Mention[] {
  // In a Title Case headline every word is capitalised: keep only names the body also uses.
  const inBody = new Set(mentions.filter((mention) => !headline(mention.sentence)).map((mention) => key(mention.name)));
  mentions = mentions.filter((mention) => !headline(mention.sentence) || inBody.has(key(mention.name)));
  const seenInside = new Set(mentions.filter((mention) => !mention.initial).map((mention) => mention.name));
  const known = (mention: Mention) => mention.kind === 'COUNTRY' || mention.kind === 'PLACE' || isAcronym(mention.name) || ORGANIZATION_HEADS.test(mention.name);
  const wordsOfLongerNames = new Set(mentions.filter((mention) => mention.name.includes(' ')).flatMap((mention) => mention.name.split(' ')));
  const partOfLongerName = (name: string) => wordsOfLongerNames.has(name);
  return mentions.filter((mention) => !mention.initial || mention.name.includes(' ') || seenInside.has(mention.name) || known(mention) || partOfLongerName(mention.name));
}

const BUSINESS_NOUNS = /^(shares?|profits?|revenues?|sales|earnings|results|stock|board|chief|boss|executives?|customers|subscribers|business|unit|division|subsidiary|brands?|products|plants?|factory|factories|headquarters|staff|workers|employees|dividend|debt|losses|turnover|bid|offer|takeover|merger|chairman|ceo|shareholders|accounts|operations|stores|outlets|market)$/;
const BUSINESS_ROLES = /^(shares|stake|executive|chairman|chairwoman|ceo|director|boss|founder|president|owner|spokesman|spokeswoman|spokesperson|head|analyst|economist|manager|employees?|staff|workers?|takeover|acquisition|purchase|merger|buyout)$/;
/** Roles a company has right after its name ("Corvath Rail chief executive Ann Lee", "Corvath Rail boss"). */
const COMPANY_ROLE_AFTER = /^(chief|ceo|chairman|chairwoman|boss|founder|shareholders)$/;
/** Deals for or with a company ("a takeover of X", "a merger with X"); not "a bid for" (a seat, a title). */
const DEALS_FOR = /^(takeover|acquisition|purchase|merger|buyout)$/;

/**
 * Evidence that a one-word name of unknown kind is an organisation: a business noun right after it ("Oracle
 * shares", "Gazprom chief Alexei Miller"), a business description right before it ("software firm Oracle",
 * "the gas giant Gazprom"), "the" before a plural, or "which" and "it" for it (`referredToAsIt`).
 */
function organisationEvidence(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.to];
  const before = tokens[mention.from - 1];
  const businessNounAfter = !!after && !after.capitalised && BUSINESS_NOUNS.test(after.lower) && !/['’]s$/.test(tokens[mention.to - 1]!.text);
  const describedBefore = !!before && !before.capitalised && (NAME_DESCRIPTORS.has(before.lower) || /^(firm|group|maker|company|giant|rival|chain|operator|agency|charity|bank|website|network)$/.test(before.lower));
  // "the Conservatives", "the Greens": a party named by its members in the plural.
  const party = before?.lower === 'the' && GROUP_NOUNS.has(mention.name.toLowerCase());
  return businessNounAfter || describedBefore || party || referredToAsIt(tokens, mention);
}

/**
 * "Aguas Norte, which runs ...", "Aguas Norte told the paper it would ...": a name that takes "which",
 * or that speaks of itself as "it", is no person. (For two capitalised words that open with no given name.)
 */
function referredToAsIt(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.to];
  if (after?.text === ',' && tokens[mention.to + 1]?.lower === 'which') return true;
  if (ownsWithIts(tokens, mention.to)) return true;
  if (!after || !SPEECH_VERB_LEMMA.has(after.lower)) return false;
  for (let i = mention.to + 1; i < tokens.length && i <= mention.to + 8; i++) {
    const token = tokens[i]!;
    if (!token.word || /^(he|she|his|her|they|their)$/.test(token.lower)) return false;
    if (/^(it|its)$/.test(token.lower)) return true;
  }
  return false;
}

/**
 * "Marlow Rail has cancelled its trains", "Orvane cut its forecast": the name is the subject and the
 * verb's object is its own; a person's would be "his" or "her". At most two auxiliaries before the verb.
 */
function ownsWithIts(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < from + 2 && MODAL_OR_AUX.test(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  // Not after a speech verb: "Tom Reyes said its profits fell" speaks of something else.
  const itsObject = !!verb?.word && !verb.capitalised && !SPEECH_VERB_LEMMA.has(verb.lower) && (/[a-z]{2,}(ed|s)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && tokens[k + 1]?.lower === 'its';
  // ("Osric Pennant has questioned its legality, saying he would ...": "he" says a person.)
  return itsObject && !tokens.slice(k + 2).some((token) => /^(he|she|his|her|him)$/.test(token.lower));
}

const key = (name: string) => name.toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)$/;
/** The words of a name's key for matching short forms, without a suffix ("joseph r biden" for "Joseph R. Biden Jr."). */
function nameParts(name: string): string[] {
  const parts = key(name).split(' ');
  return parts.length > 2 && NAME_SUFFIX.test(parts.at(-1)!) ? parts.slice(0, -1) : parts;
}

/** All the entities of one story, and how each short form maps to its fullest name. */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** Answers of `lookup`, misses included; cleared whenever an entity is added. */
  private readonly lookups = new Map<string, Entity | null>();
  /** "BrightPath" and "Bright Path" are one name. */
  private readonly byCompactKey = new Map<string, Entity>();

  constructor(mentions: Mention[]) {
    // Longest names first, so short forms attach to the full name whatever the order of mention.
    const ordered = [...mentions].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
    for (const mention of ordered) this.add(mention);
    this.demoteNamesAfterPeople();
    this.entities.sort((a, b) => a.firstSeen - b.firstSeen);
  }

  private add(mention: Mention) {
    let existing = this.lookup(mention.name);
    let alias: string | null = mention.name;
    if (!existing && mention.title && !mention.name.includes(' ')) {
      // "Mrs. Clinton" in a story that names two Clintons: her honorific or title says which. The
      // bare "Clinton" stays nobody's alias; "Mrs. Clinton" is hers.
      const titled = `${mention.title} ${mention.name}`;
      existing = this.lookup(titled);
      alias = HONORIFIC_GENDER(mention.title.toLowerCase().replace(/\./g, '')) ? titled : null;
      // Later stages look the mention up by its name: the titled form is the one that says who.
      if (existing && this.byKey.get(key(titled)) === existing) mention.name = titled;
    }
    if (existing) {
      if (alias && key(existing.name) !== key(alias)) existing.aliases.add(alias);
      existing.firstSeen = Math.min(existing.firstSeen, mention.start);
      if (mention.acronym && !existing.aliases.has(mention.acronym)) {
        existing.aliases.add(mention.acronym);
        this.byKey.set(key(mention.acronym), existing);
        this.lookups.clear();
      }
      existing.title ??= mention.title;
      existing.gender ??= mention.gender;
      if (existing.kind === 'OTHER' || (existing.kind === 'PERSON' && mention.kind === 'ORGANIZATION' && existing.name === mention.name)) existing.kind = mention.kind;
      this.addRoles(existing, mention.title);
      return;
    }
    const country = mention.kind === 'COUNTRY' ? countryOf(mention.name) : null;
    const entity: Entity = {
      name: country ?? mention.name,
      kind: mention.kind,
      title: mention.title,
      gender: mention.gender,
      aliases: new Set(country && country !== mention.name ? [mention.name] : []),
      roles: new Set(),
      firstSeen: mention.start,
      parts: nameParts(country ?? mention.name),
    };
    this.addRoles(entity, mention.title);
    if (mention.acronym) entity.aliases.add(mention.acronym);
    this.entities.push(entity);
    this.lookups.clear();
    this.byKey.set(key(entity.name), entity);
    if (entity.name.includes(' ')) this.byCompactKey.set(key(entity.name).replace(/ /g, ''), entity);
    for (const alias of entity.aliases) this.byKey.set(key(alias), entity);
  }

  /**
   * "Never Trump", "Jews Against Trump", "Trump Tower": capitalised words built on the surname of a
   * person the story names (by a given name and that surname), with no given name or title of
   * their own, name a movement, a group or a place, not another person.
   */
  private demoteNamesAfterPeople() {
    const people = this.entities.filter((entity) => entity.kind === 'PERSON' && entity.parts.length >= 2 && isGivenName(entity.parts[0]!));
    const surnames = new Set(people.map((entity) => entity.parts.at(-1)!));
    for (const entity of this.entities) {
      if (entity.kind !== 'PERSON' || entity.title || entity.parts.length < 2 || people.includes(entity)) continue;
      if (entity.parts[0]!.length === 1) continue; // an initial: "J. Trump"
      if (surnames.has(entity.parts.at(-1)!) || surnames.has(entity.parts[0]!)) entity.kind = 'OTHER';
    }
    this.lookups.clear();
  }

  private addRoles(entity: Entity, title: string | null) {
    for (const word of (title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/)) if (word && TITLES.has(word)) entity.roles.add(expandRole(word));
  }

  /** The entity a name refers to: the same name, a country's other name, or a person's first or last name. */
  lookup(name: string): Entity | null {
    const cached = this.lookups.get(name);
    if (cached !== undefined) return cached;
    const found = this.find(name);
    this.lookups.set(name, found);
    return found;
  }

  private find(name: string): Entity | null {
    const wanted = key(name);
    const exact = this.byKey.get(wanted) ?? this.byCompactKey.get(wanted.replace(/ /g, ''));
    if (exact) return exact;
    const country = countryOf(name);
    if (country) return this.byKey.get(key(country)) ?? null;
    // "Mr. Nevins", "President-elect Trump", "Mrs. Clinton": the name after its titles, and what
    // the titles say (a gender, a role) to choose between two people of that name.
    const firstWord = wanted.split(' ', 1)[0]!.replace(/-(elect|designate)$/, '');
    const { rest, gender, roles } = isTitleWord(firstWord) ? splitTitles(wanted) : { rest: wanted, gender: null, roles: [] as string[] };
    if (!rest) return null;
    if (rest !== wanted) {
      const bare = this.byKey.get(rest);
      if (bare) return bare;
    }
    const words = rest.split(' ');
    if (words.length > 4) return null;
    // "ONS", or "Hefce" as some house styles write an acronym said as a word: matched against initials.
    const bareName = name.replace(/['’]s$/, '');
    const acronym = isAcronym(bareName) || isSpelledAcronym(bareName) ? words.join('') : null;
    let candidates: Entity[] = [];
    const firstIsGivenName = isGivenName(words[0]!);
    for (const entity of this.entities) {
      if (entity.kind !== 'PERSON' && entity.kind !== 'OTHER' && entity.kind !== 'ORGANIZATION') continue;
      if (matchesShortForm(entity, words, acronym, firstIsGivenName)) candidates.push(entity);
    }
    // A person's short form before a name of unknown kind that shares the word ("Filipino Clinton").
    if (candidates.some((entity) => entity.kind === 'PERSON')) candidates = candidates.filter((entity) => entity.kind !== 'OTHER');
    // "Clinton" is Hillary Clinton's surname before it is anyone's given name ("Clinton Smith").
    if (words.length === 1 && candidates.length > 1 && candidates.some((entity) => entity.parts.at(-1) === words[0])) {
      candidates = candidates.filter((entity) => entity.parts.at(-1) === words[0]);
    }
    let found = candidates.length === 1 ? candidates[0]! : null;
    // Two people share the name: only the titles' evidence may choose ("Mrs. Clinton").
    if (candidates.length > 1 && (gender || roles.length)) {
      const fitting = candidates.filter((entity) => entity.kind === 'PERSON' && (!gender || entity.gender === gender) && roles.every((role) => entity.roles.has(role)));
      if (fitting.length === 1) found = fitting[0]!;
    }
    if (found) this.byKey.set(wanted, found);
    return found;
  }

  /** A speaker's name the mention finder left out: an entity of unknown kind from now on. */
  /** "Liberal Democrat" spoken of as a party is the "Liberal Democrats": the plural becomes its name, the singular an alias. */
  renameAsParty(entity: Entity, plural: string): void {
    if (key(entity.name) === key(plural)) return;
    entity.aliases.add(entity.name);
    entity.name = plural;
    entity.parts = nameParts(plural);
    entity.kind = 'ORGANIZATION';
    this.byKey.set(key(plural), entity);
    this.lookups.clear();
  }

  addSpeaker(name: string, position: number): Entity {
    const entity: Entity = { name, kind: classify(name, null), title: null, gender: null, aliases: new Set(), roles: new Set(), firstSeen: position, parts: nameParts(name) };
    this.entities.push(entity);
    this.byKey.set(key(name), entity);
    this.lookups.clear();
    return entity;
  }

  /**
   * Two capitalised words are a person until the story shows otherwise: "Bright Path's profits",
   * "shares in Acme Foods", "chief executive of Nordwind Shipping" make them an organisation.
   */
  reclassify(mentions: Mention[], sentences: Sentence[]) {
    for (const mention of mentions) {
      const entity = this.lookup(mention.name);
      if (!entity) continue;
      // A person the text gives a title to stays one; a name of unknown kind ("Oracle", "Gazprom")
      // takes any evidence it gets.
      const undecided = entity.kind === 'OTHER' && !entity.name.includes(' ');
      if (!(entity.kind === 'PERSON' && !entity.title) && !undecided) continue;
      const tokens = sentences[mention.sentence]!.tokens;
      const last = tokens[mention.to - 1];
      const before = tokens[mention.from - 1];
      const beforeThat = tokens[mention.from - 2];
      const possessiveOfBusiness = !!last && /['’]s$/.test(last.text) && tokens.slice(mention.to, mention.to + 3).some((token) => BUSINESS_NOUNS.test(token.lower));
      // "chief executive of Corvath Rail", "a bid for Corvath Rail", "a merger with Corvath Rail".
      const ownerOfRole = !!before && !!beforeThat && (/^(of|at|in)$/.test(before.lower) && BUSINESS_ROLES.test(beforeThat.lower) || /^(for|with)$/.test(before.lower) && DEALS_FOR.test(beforeThat.lower));
      const roleAfter = !!tokens[mention.to] && COMPANY_ROLE_AFTER.test(tokens[mention.to]!.text) && !/['’]s$/.test(last?.text ?? '') && !isGivenName(entity.parts[0] ?? '');
      if (possessiveOfBusiness || ownerOfRole || roleAfter) entity.kind = 'ORGANIZATION';
      else if (undecided && organisationEvidence(tokens, mention)) entity.kind = 'ORGANIZATION';
      else if (entity.kind === 'PERSON' && !isGivenName(entity.parts[0] ?? '') && !isTitleWord(entity.parts.at(-1) ?? '') && referredToAsIt(tokens, mention)) entity.kind = 'ORGANIZATION';
    }
    this.mergeTitlesIntoHolders(mentions, sentences);
  }

  /**
   * "The Planning Minister did not rule it out": a title written alone, where the story also wrote
   * it right before a person's name ("Planning Minister Julio Vidal"), is one more name of that
   * person, not a person of its own.
   */
  private mergeTitlesIntoHolders(mentions: Mention[], sentences: Sentence[]) {
    const holders = new Map<string, Entity>();
    for (const mention of mentions) {
      const entity = this.lookup(mention.name);
      if (entity?.kind !== 'PERSON') continue;
      const tokens = sentences[mention.sentence]!.tokens;
      let from = mention.from;
      while (from > 0 && mention.from - from < 4 && tokens[from - 1]!.capitalised && tokens[from - 1]!.word) from--;
      if (from < mention.from) holders.set(key(tokens.slice(from, mention.from).map((token) => token.text).join(' ')).replace(/^the /, ''), entity);
    }
    for (const entity of [...this.entities]) {
      if (entity.kind !== 'PERSON' && entity.kind !== 'OTHER') continue;
      if (!isTitleWord(entity.parts.at(-1) ?? '') || isGivenName(entity.parts[0] ?? '')) continue;
      const holder = holders.get(key(entity.name).replace(/^the /, ''));
      if (!holder || holder === entity) continue;
      holder.aliases.add(entity.name);
      holder.firstSeen = Math.min(holder.firstSeen, entity.firstSeen);
      this.entities.splice(this.entities.indexOf(entity), 1);
      this.byKey.set(key(entity.name), holder);
      this.lookups.clear();
    }
  }

  byRole(role: string): Entity | null {
    const wanted = expandRole(role.toLowerCase());
    const matches = this.entities.filter((entity) => entity.roles.has(wanted));
    return matches.length === 1 ? matches[0]! : null;
  }

  toExtracted(): ExtractedEntity[] {
    return this.entities.map((entity) => ({
      name: entity.name,
      kind: entity.kind,
      title: entity.title,
      aliases: [...entity.aliases].filter((alias) => key(alias) !== key(entity.name)),
    }));
  }
}

/** Generic last words of organisation names, left out in short references ("Acme" for "Acme Corporation"). */
/**
 * Last words a business or a party drops in its short name ("Brackwater Foods" -> "Brackwater", "Labour
 * Party" -> "Labour"). Not "University" or "Council": "Leeds" is a city before it is Leeds University.
 */
const ORGANIZATION_SUFFIXES = new Set([
  'party', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'company', 'co', 'group', 'llc', 'holdings', 'foods', 'capital',
  'motors', 'airways', 'airlines', 'energy', 'industries', 'systems', 'technologies', 'media', 'securities', 'investments',
  'partners', 'bank', 'stores', 'pharmaceuticals', 'telecom', 'electronics', 'insurance', 'logistics', 'software',
]);
const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'la', 'le', 'des', 'on', 'in']);
const HONORIFIC_GENDER = (word: string): Gender => (FEMALE_HONORIFICS.has(word) ? 'female' : MALE_HONORIFICS.has(word) ? 'male' : null);
/** Title words that say nothing about which of two people is meant. */
const VAGUE_TITLE_WORDS = new Set(['elect', 'designate', 'former', 'then', 'vice', 'deputy', 'assistant', 'acting', 'interim', 'chief', 'head', 'state', 'foreign', 'home']);

/**
 * A name's key without the titles in front ("mrs clinton" -> "clinton", gender female;
 * "president-elect trump" -> "trump", role president; "secretary of state kerry" -> "kerry").
 */
export function splitTitles(nameKey: string): { rest: string; gender: Gender; roles: string[] } {
  const words = nameKey.split(' ');
  let gender: Gender = null;
  const roles: string[] = [];
  let k = 0;
  while (k < words.length - 1) {
    const word = words[k]!.replace(/-(elect|designate)$/, '');
    const isTitle = isTitleWord(word);
    if (!isTitle && !(k > 0 && CONNECTORS.has(word))) break;
    gender ??= HONORIFIC_GENDER(word);
    if (isTitle && !HONORIFIC_GENDER(word) && !VAGUE_TITLE_WORDS.has(word) && !DEPARTMENT_WORDS.has(word)) roles.push(expandRole(word));
    k++;
  }
  return { rest: words.slice(k).join(' '), gender, roles };
}

/** A title or honorific, lowercase without dots ("mrs", "gov", "president"; "elect" as in "President-elect"). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word) || FEMALE_HONORIFICS.has(word) || MALE_HONORIFICS.has(word) || word === 'elect' || word === 'designate';
}

/** Middle names or initials that can belong to one person: none on one side, or the same ones ("j" fits "john"). */
function compatibleMiddles(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const other = b[i]!;
    return word === other || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
  });
}

/**
 * `words` (a name's key, titles dropped) is a shorter or other written form of `entity`'s name:
 * its last name ("trump"), a known given name ("hillary"), its last words ("jinping"), the same
 * first and last name with other middle names or initials ("donald trump" / "donald j trump"), an
 * organisation without its generic last word ("acme" / "acme corporation"), or its acronym ("kfb"
 * / "korea first bank").
 */
function matchesShortForm(entity: Entity, words: string[], acronym: string | null, firstIsGivenName: boolean): boolean {
  const parts = entity.parts;
  const wanted = words.join(' ');
  if (entity.kind === 'ORGANIZATION') {
    if (acronym && parts.length > 1 && initialsOf(parts) === acronym) return true;
    if (parts.length === words.length + 1 && ORGANIZATION_SUFFIXES.has(parts.at(-1)!) && parts.slice(0, -1).join(' ') === wanted) return true;
  }
  if (parts.length > words.length) {
    // A first name alone ("Hillary") only when it is known as one; a last name always.
    // Short first parts of two-part names are also family names written first ("Xi Jinping").
    const firstName = firstIsGivenName || (entity.kind === 'PERSON' && parts.length === 2 && words[0]!.length <= 4);
    const matches = words.length === 1 ? parts.at(-1) === words[0] || (firstName && parts[0] === words[0]) : parts.slice(-words.length).join(' ') === wanted;
    if (matches) return entity.kind !== 'ORGANIZATION' || parts.at(-1) === words.at(-1);
  }
  // "Donald Trump" / "Donald J. Trump", "Hillary Clinton" / "Hillary Rodham Clinton".
  if (entity.kind !== 'ORGANIZATION' && words.length >= 2 && parts.length >= 2 && parts.join(' ') !== wanted) {
    return parts[0] === words[0] && parts.at(-1) === words.at(-1) && compatibleMiddles(parts.slice(1, -1), words.slice(1, -1));
  }
  return false;
}

const ROLE_ABBREVIATIONS: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', pres: 'president', prof: 'professor', lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', adm: 'admiral', atty: 'attorney' };
const expandRole = (word: string) => ROLE_ABBREVIATIONS[word] ?? word;
