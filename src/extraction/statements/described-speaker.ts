// Unnamed people who speak: "a spokeswoman", "an official", "a company spokesman". Two rules read
// them: an unnamed spokesperson speaks for the organisation the story has just named (the house
// convention: "a Defra spokesman" is Defra, and so is "a spokesman" right after Defra is named), and
// "he" or "she" in the next sentences goes on with that same person instead of jumping back to the
// last person the story named. Two more descriptions stay as written: someone described by a place
// ("a nurse in Dayton") and someone close to a person named ("a Marsh aide").
import type { Gender } from '../entities.js';
import { GENERIC_ORGANISATION_NOUNS, isPersonNoun, PERSON_ROLE_NOUNS, SPOKESPERSON } from '../lexicon.js';
import type { Token } from '../text.js';

/**
 * The speaker phrase brings in one unnamed person: "a", "an" or "one", at most two modifiers, a singular
 * role, and what it is of or where it is from ("a spokesman for the operator", "one driver based in Leeds").
 */
export interface PersonDescription {
  /** "spokeswoman" tells "she", "spokesman" "he"; other roles fit either. */
  gender: Gender;
  /** The role is a spokesperson's: the organisation is the speaker. */
  spokesperson: boolean;
}

export function personDescription(words: Token[]): PersonDescription | null {
  // "the two-term president" most often refers back to someone named: only "a", "an" or "one" brings in someone new.
  if (words.length < 2 || !/^(a|an|one)$/.test(words[0]!.lower)) return null;
  // "a spokesman for the operator", "one driver based in Leeds": the head comes before what it is of.
  const of = words.findIndex((word, i) => i >= 2 && /^(for|of|at|from|in|with|based)$/.test(word.lower));
  const headAt = of > 0 ? of - 1 : words.length - 1;
  if (headAt > 3) return null;
  const head = words[headAt]!.lower;
  // Only a spokesperson speaks for an organisation: a lawyer, a source or an aide may be anyone's.
  const spokesperson = /^(spokesman|spokeswoman|spokesperson)$/.test(head);
  if (!spokesperson && !PERSON_ROLE_NOUNS.has(head) && !(of > 0 && isPersonNoun(head))) return null;
  const gender: Gender = /woman$|^(actress|waitress|hostess|duchess|princess)$/.test(head) ? 'female' : /man$/.test(head) ? 'male' : null;
  return { gender, spokesperson };
}

/**
 * "A spokeswoman said", "a company spokesman said": nothing in the phrase names who it speaks for.
 * Only the bare role, or the role after a word that stands for any business, leaves that to the story.
 */
export function isUnattachedSpokesperson(words: Token[], description: PersonDescription | null): boolean {
  if (!description?.spokesperson || words.some((word) => word.capitalised && word !== words[0])) return false;
  return words.length === 2 || words.length === 3 && GENERIC_ORGANISATION_NOUNS.has(words[1]!.lower);
}

/**
 * Whether the organisation fits the word before "spokesman": "a bank spokesman" is Harbour Bank's, not
 * the council's; "a company spokesman" is no public body's. A bare "a spokesman" fits any.
 */
export function fitsDescription(name: string, words: Token[]): boolean {
  if (words.length === 2) return true;
  const noun = words[1]!.lower;
  const nameWords = name.toLowerCase().split(/\s+/);
  if (nameWords.includes(noun)) return true;
  return /^(company|firm|group|business)$/.test(noun) && !nameWords.some((word) => PUBLIC_BODY_WORDS.has(word));
}

const PUBLIC_BODY_WORDS = new Set(['council', 'agency', 'authority', 'department', 'ministry', 'office', 'commission', 'government', 'police', 'court', 'university', 'charity', 'trust', 'foundation', 'union', 'party', 'service', 'board']);

/**
 * "a nurse in Dayton", "a 34-year-old runner from Bristol", "one driver based in Leeds": "a", "an" or
 * "one", a noun for a person, then where they are from. The place is no speaker; the person is.
 */
export function describedByPlace(words: Token[]): boolean {
  if (words.length < 4 || !/^(a|an|one|another)$/.test(words[0]!.lower)) return false;
  const preposition = words.findIndex((word, i) => i >= 2 && /^(in|from|of|near|at)$/.test(word.lower));
  if (preposition < 0 || !words.slice(preposition + 1).length || !words.slice(preposition + 1).every((word) => word.capitalised)) return false;
  // ("one driver based in Leeds": a participle between the noun and the place.)
  const nounAt = words[preposition - 1]!.lower === 'based' ? preposition - 2 : preposition - 1;
  const noun = words[nounAt]?.lower ?? '';
  // ("a spokesman from Barclays" speaks for Barclays: the spokesperson rule reads it.)
  return !words[nounAt]!.capitalised && isPersonNoun(noun) && !SPOKESPERSON.test(noun);
}

/**
 * "a Marsh aide", "one Trump campaign adviser", "another Vale ally": "a", "one" or "another", a name,
 * then a noun for a person who is not a spokesperson (who speaks for the one named, by the house rule).
 */
export function closeToSomeoneNamed(words: Token[]): boolean {
  if (words.length < 3 || words.length > 5 || !/^(a|an|one|another)$/.test(words[0]!.lower) || !words[1]!.capitalised) return false;
  const head = words.at(-1)!;
  return !head.capitalised && !/^(spokes|representative)/.test(head.lower) && (isPersonNoun(head.lower) || /^(allies|confidante|loyalist)$/.test(head.lower));
}
