// Names as keys: the lowercase key a name is matched by, its words, given names and their gender,
// countries' other names, acronyms and initials, and the titles written in front of a name.
import { getGender } from 'gender-detection-from-name';
import { COUNTRY_BY_NAME, FEMALE_HONORIFICS, MALE_HONORIFICS, TITLES } from '../lexicon.js';

export type Gender = 'female' | 'male' | null;

export const CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'bin', 'al', 'the', '&', 'and']);

export const key = (name: string) => name.toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
export const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)$/;
/** The words of a name's key for matching short forms, without a suffix ("joseph r biden" for "Joseph R. Biden Jr."). */
export function nameParts(name: string): string[] {
  const parts = key(name).split(' ');
  return parts.length > 2 && NAME_SUFFIX.test(parts.at(-1)!) ? parts.slice(0, -1) : parts;
}

/** Title words that name a department rather than a person's role ("Education" in "Education Secretary"). */
export const DEPARTMENT_WORDS = new Set(['state', 'treasury', 'foreign', 'defense', 'defence', 'home', 'finance', 'health', 'education', 'labor', 'labour', 'commerce', 'trade', 'energy', 'interior', 'justice', 'economy', 'vice', 'prime', 'deputy', 'assistant', 'former', 'then', 'chief', 'executive', 'head', 'state']);

/**
 * "Higher Education Funding Council for England (Hefce)": an acronym written as a word, the way
 * some house styles write those said as words ("Nato", "Unicef"), is the name's initials.
 */
export function spelledAcronymOf(word: string, name: string): boolean {
  return isSpelledAcronym(word) && initialsOf(nameParts(name)) === word.toLowerCase();
}

/**
 * A word that may be an acronym written as a word: a capital, then 3 to 6 small letters, and not a
 * given name ("Hefce", "Nato"; not "Ian", "Kim" or "Sam").
 */
export function isSpelledAcronym(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,6}$/u.test(word) && !isGivenName(word.toLowerCase());
}

/** A name's initials, small words skipped ("higher education funding council for england" -> "hefce"). */
export function initialsOf(parts: string[]): string {
  return parts.filter((part) => part && !ACRONYM_SKIPS.has(part)).map((part) => part[0]).join('');
}

export const isAcronym = (name: string) => /^[A-Z][A-Z&.\-]*[A-Z]\.?$/.test(name) && name.replace(/[^A-Z]/g, '').length >= 2;

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

export function countryOf(name: string): string | null {
  return COUNTRY_BY_NAME.get(name.toLowerCase().replace(/\./g, '').replace(/^the /, '')) ?? null;
}

const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'la', 'le', 'des', 'on', 'in']);
export const HONORIFIC_GENDER = (word: string): Gender => (FEMALE_HONORIFICS.has(word) ? 'female' : MALE_HONORIFICS.has(word) ? 'male' : null);
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

const ROLE_ABBREVIATIONS: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', pres: 'president', prof: 'professor', lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', adm: 'admiral', atty: 'attorney' };
export const expandRole = (word: string) => ROLE_ABBREVIATIONS[word] ?? word;

/**
 * One given name in two spellings or transliterations: "Viktor" and "Victor", "Sergey" and "Sergei",
 * "Mohammed" and "Mohamed", "Yousuf" and "Yusuf". (Words of the key, lowercase.)
 */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || a.length >= 4 && b.length >= 4 && a[0] === b[0] && spelling(a) === spelling(b);
}

const spelling = (word: string) =>
  word.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/c(?![eiy])/g, 'k').replace(/x/g, 'ks').replace(/ou/g, 'u').replace(/y$/, 'i').replace(/(.)\1/g, '$1');
