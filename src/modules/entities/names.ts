// Pure name handling: how two spellings of one name are recognised as the same key, how two
// written forms of one person's name are told apart from two people, and a first guess at the
// kind of a speaker nobody described.
import { classify, countryOf, givenNameGender, isTitleWord, NAME_PARTICLES, sameGivenName, splitTitles } from '../../extraction/entities.js';
import type { EntityKind } from '../../extraction/types.js';

const NAME_KEYS_KEPT = 5_000;
const nameKeys = new Map<string, string>();

/** "The Telegraph" -> "telegraph"; "U.S." and "US" -> "us"; "Xi  Jinping" -> "xi jinping". */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[.'’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '');
    // Resolving a story's names asks for the same few keys hundreds of times (3 % of the server's
    // CPU under a burst of stories): remembered, within a bound.
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);

/** Pronouns are how a story refers back to someone, never a name of its own. */
export function isPronoun(name: string): boolean {
  return PRONOUNS.has(nameKey(name));
}

const ORGANIZATION_WORDS =
  /\b(government|administration|officials?|ministry|department|agency|police|company|corporation|corp|inc|ltd|group|party|committee|council|court|congress|senate|parliament|bank|university|post|times|telegraph|news|journal|press|reuters|institute|association|union|campaign|office|commission|board|team|spokesm[ae]n|spokespeople)\b/i;

/** Plural nouns for people in general, never one person's name ("Analysts", "Republicans"). */
const GROUP_WORDS =
  /^(analysts|experts|critics|observers|economists|officials|sources|aides|advisers|advisors|supporters|opponents|voters|residents|leaders|members|lawmakers|legislators|activists|protesters|investors|traders|executives|strategists|researchers|scientists|doctors|lawyers|republicans|democrats|conservatives|liberals|progressives|independents|pollsters|donors|delegates|people|others|some|many|most|both|all)$/i;

/**
 * A speaker named only in a statement: an organisation if its name says so; a person if it is
 * written as a name (capitalised, not a group: "Analysts", "Americans", "R-Fla."); anything else
 * ("some analysts", "a report", "president") is a description, of kind OTHER.
 */

export function guessKind(name: string): EntityKind {
  if (ORGANIZATION_WORDS.test(name)) return 'ORGANIZATION';
  const words = name.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(name.trim())) return 'OTHER';
  // What the extraction's own rules read in the words of a name: "Velta FC", "Harbour Trust plc" and
  // "KVB" are organisations, "Denmark" and "U.S." countries, "Texas" a place, "Civil War" no person.
  const byWords = classify(name.trim(), null);
  if (byWords !== 'PERSON' && byWords !== 'OTHER') return byWords;
  if (words.length > 1 && byWords === 'OTHER' && !words.some((word) => /^\p{Ll}/u.test(word))) return 'OTHER';
  const last = words.at(-1)!;
  if (GROUP_WORDS.test(last) || (/s$/.test(last) && countryOf(last.slice(0, -1)))) return 'OTHER';
  // "Nearly a third", "One in five", "Figures reported": a lowercase word other than a name's particle,
  // or a number, says it is a description, not a person's name.
  if (words.slice(1).some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)) || /\d/.test(name)) return 'OTHER';
  if (/^[RDI]-[A-Z][A-Za-z.]*$/.test(name.trim())) return 'OTHER';
  // "President", "Vice President": a title with no name is a role, not a person's name.
  if (words.every((word) => isTitleWord(nameKey(word).replace(/ /g, '')))) return 'OTHER';
  return 'PERSON';
}

/** "BBC", "U.S.", "KFB": letters in capitals only (two or more). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.&\-\s]/g, '');
  return letters.length >= 2 && letters.length <= 8 && /^\p{Lu}+$/u.test(letters);
}

export interface PersonName {
  /** The key of the name without its titles: "mrs hillary r clinton" -> "hillary r clinton". */
  key: string;
  first: string;
  middles: string[];
  last: string;
}

/** A person's name split into first, middle and last words, titles and suffixes ("Jr.") dropped. */
export function personName(name: string): PersonName {
  const words = splitTitles(nameKey(name)).rest.split(' ').filter(Boolean);
  while (words.length > 2 && /^(jr|sr|ii|iii|iv)$/.test(words.at(-1)!)) words.pop();
  return { key: words.join(' '), first: words[0] ?? '', middles: words.slice(1, -1), last: words.at(-1) ?? '' };
}

/**
 * Two written forms of one person's name: the same first and last words, and middle names or
 * initials that fit ("Donald Trump" / "Donald J. Trump", "Hillary Clinton" / "Hillary Rodham
 * Clinton"; never "George W. Bush" / "George H.W. Bush"). A given name may be spelled two ways
 * ("Viktor" / "Victor").
 */
export function sameFullName(a: PersonName, b: PersonName): boolean {
  if (!sameGivenName(a.first, b.first) || a.last !== b.last || a.first === a.last || b.first === b.last) return false;
  if (!a.middles.length || !b.middles.length) return true;
  if (a.middles.length !== b.middles.length) return false;
  return a.middles.every((word, i) => {
    const other = b.middles[i]!;
    return word === other || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
  });
}

/** What a story says about which person a bare surname is: a gender, roles ("mrs", "secretary"). */
export interface PersonEvidence {
  gender: 'female' | 'male' | null;
  roles: string[];
}

const GENDER_WORDS = new Map<string, 'female' | 'male'>([
  ...'lady mrs ms miss madam dame queen princess wife mother daughter sister widow woman congresswoman chairwoman spokeswoman businesswoman councilwoman actress'.split(' ').map((word) => [word, 'female'] as const),
  ...'mr sir lord king prince husband father son brother widower man congressman chairman spokesman businessman councilman actor'.split(' ').map((word) => [word, 'male'] as const),
]);

/** Evidence from the titles and the other names a story gives ("Mrs. Clinton", "Secretary Clinton"). */
export function evidenceOf(titles: string[], aliases: string[]): PersonEvidence {
  let gender: PersonEvidence['gender'] = null;
  const roles = new Set<string>();
  for (const written of [...titles.map((title) => `${title} x`), ...aliases]) {
    const found = splitTitles(nameKey(written).replace(/\bof\b/g, ' ').replace(/\s+/g, ' '));
    gender ??= found.gender;
    for (const role of found.roles) roles.add(role);
  }
  // "former first lady", "his wife": a word anywhere in a title may say a gender.
  for (const word of titles.flatMap((title) => nameKey(title).split(' '))) gender ??= GENDER_WORDS.get(word) ?? null;
  return { gender, roles: [...roles] };
}

/** A known person's gender: an honorific or gendered word in its titles, else its given name. */
function genderOfPerson(person: { name: string; titles: string[] }): PersonEvidence['gender'] {
  const own = evidenceOf(person.titles, []);
  const name = personName(person.name);
  return own.gender ?? (name.first !== name.last ? givenNameGender(name.first) : null);
}

/**
 * How a known person stands to the evidence: 'conflicts' (another gender), 'supports' (the same
 * gender known, and a title with each role), or 'neutral' (nothing known either way).
 */
export function weighEvidence(person: { name: string; titles: string[] }, evidence: PersonEvidence): 'conflicts' | 'supports' | 'neutral' {
  const gender = genderOfPerson(person);
  if (evidence.gender && gender && gender !== evidence.gender) return 'conflicts';
  if (!evidence.gender && !evidence.roles.length) return 'neutral';
  const roles = evidenceOf(person.titles, []).roles;
  const supports = (!evidence.gender || gender === evidence.gender) && evidence.roles.every((role) => roles.includes(role));
  return supports ? 'supports' : 'neutral';
}

/**
 * A person's name without the titles written in front of it: "Mr. Nevins" -> "Nevins",
 * "President-elect Trump" -> "Trump", "Secretary of State John Kerry" -> "John Kerry".
 */
export function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1) {
    const parts = nameKey(words[k]!).split(' ').filter(Boolean);
    const title = parts.length > 0 && parts.every((part, i) => isTitleWord(part) || isTitleWord(part.replace(/s$/, '')) || (k + i > 0 && part === 'of'));
    if (!title) break;
    k++;
  }
  const rest = words.slice(k);
  if (rest.length === 1 && isTitleWord(nameKey(rest[0]!))) return name.trim(); // "Vice President": titles only
  return k && /^\p{Lu}/u.test(rest[0]!) ? rest.join(' ') : name.trim();
}
