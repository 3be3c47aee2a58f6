// The kind of thing a name names (person, organisation, place, country, other) from its words
// and title, and a person's gender from a title or a given name.
import { FEMALE_HONORIFICS, MALE_HONORIFICS, ORGANIZATION_HEADS, PLACES, PUBLICATION_HEADS, STATE_ABBREVIATIONS } from '../lexicon.js';
import type { EntityKind } from '../types.js';
import { countryOf, givenNameGender, isAcronym, isGivenName, key, type Gender } from './names.js';

/**
 * The last word of a name that says what kind of thing it names, when that is not a person:
 * laws, wars, events, programmes and the like are OTHER ("Affordable Care Act", "Civil War"),
 * streets, rivers and counties are PLACE ("Wall Street"), forces and networks ORGANIZATION.
 */
export const HEAD_KINDS = new Map<string, EntityKind>([
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

const REGION_WORDS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upstate|Downstate|Upper|Lower|Greater|Inner|Outer|Rural|Coastal)$/;
const CONTINENTS = /^(Africa|Asia|Europe|America|Americas|Australia|Antarctica|Oceania|Arctic|Atlantic|Pacific|Mediterranean|Middle East|Caribbean|Balkans|Baltics|Scandinavia)$/;

export const SURNAME_HEADS = new Set(['day', 'law', 'bill', 'hill', 'park', 'hall', 'king', 'rule', 'play', 'storm', 'age']);

/** "Irish", "American", "U.S.": another name of a country, used as an adjective (not "Chad", "Georgia"). */
export function isDemonym(word: string): boolean {
  const country = countryOf(word);
  return !!country && key(country) !== key(word);
}

/** US state abbreviations as datelines and party tags write them ("Fla.", "Calif."). */
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
  // "G8", "G20": a group of states named by letters and their number.
  if (/^[A-Z]{1,3}\d{1,2}$/.test(name)) return 'ORGANIZATION';
  // "Harkgroup", "Nordbank": a company's generic word written into its one-word name.
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}(group|corp|bank)$/u.test(name)) return 'ORGANIZATION';
  // "The Dunmore Courier": "The" is part of a publication's name, never of a person's.
  if (words.length > 1 && words[0] === 'The' && PUBLICATION_HEADS.test(words.at(-1)!)) return 'ORGANIZATION';
  // "Harlow Courier", "Dunmore Herald": a paper's word after a name that is no given name ("Lauryn Hill" stays a person).
  if (words.length > 1 && /^(courier|herald|gazette|tribune|chronicle|inquirer|dispatch|examiner|bulletin|telegraph|journal)$/i.test(words.at(-1)!) && !isGivenName(words[0]!)) return 'ORGANIZATION';
  // "the Argentine State", "the Velmoran Government": a country's adjective before its institutions.
  if (words.length === 2 && isDemonym(words[0]!) && /^(state|government|authorities|army|navy|military|police|parliament)$/i.test(words[1]!)) return 'ORGANIZATION';
  // "South Florida", "Upstate Ostland", "Central Asia": a part of a place or a country is a place.
  if (words.length > 1 && REGION_WORDS.test(words[0]!) && (countryOf(words.slice(1).join(' ')) || PLACES.has(words.slice(1).join(' ').toLowerCase()) || CONTINENTS.test(words.slice(1).join(' ')))) return 'PLACE';
  if (ORGANIZATION_HEADS.test(words.at(-1)!) || ORGANIZATION_HEADS.test(words[0]!) && words.length > 1) return 'ORGANIZATION';
  // "North Dalesford", "Upper Marlow": a compass or region word before one name is a place, not a person.
  // ("Coastal Greens", "Central Bank": only a compass word, which no party or body opens its name with.)
  if (words.length === 2 && /^(North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)$/.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!)) return 'PLACE';
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
export function genderOf(name: string, title: string | null, givenName: boolean): Gender {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  const titleWords = (title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
  if (titleWords.some((word) => FEMALE_HONORIFICS.has(word))) return 'female';
  if (titleWords.some((word) => MALE_HONORIFICS.has(word))) return 'male';
  // A one-word name is a family name as often as a given one ("Clinton", "Ford"): no gender from it.
  if (!name.includes(' ') || !givenName) return null;
  return givenNameGender(first);
}
