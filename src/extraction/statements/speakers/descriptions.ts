// Descriptions the story gives its entities in apposition ("Reuters, the news agency, ..."), by head
// noun, for "the agency said" later.
import type { Entity } from '../../entities.js';
import { GENERIC_ORGANISATION_NOUNS, NAME_DESCRIPTORS, ORGANIZATION_NOUNS, PARTY_MEMBER_WORDS, PERSON_ROLE_NOUNS, PREPOSITIONS } from '../../lexicon.js';
import type { Token } from '../../text.js';
import type { SpeakerContext } from './context.js';

/**
 * "Reuters, the news agency, said ..." or "... the ministry, the country's oldest, ...": a name, a comma,
 * then "the" or "a" and a few words up to a comma or the sentence end. Its head noun ("agency") is how
 * the story may call that entity later ("the agency said").
 */
export function appositiveDescriptions(story: SpeakerContext): Map<string, { entity: Entity; position: number }[]> {
  const found = new Map<string, { entity: Entity; position: number }[]>();
  const add = (key: string, entity: Entity, position: number) => found.set(key, [...(found.get(key) ?? []), { entity, position }]);
  for (const mention of story.mentions) {
    const sentence = story.layout.sentences[mention.sentence];
    if (!sentence) continue;
    const tokens = sentence.tokens;
    // "the aid agency Relief Without Borders", "Campaign group Roof Over Us": the description before the name.
    const classifier = classifierBefore(tokens, mention.from, mention.to);
    const described = classifier && story.entityOf(mention);
    if (classifier && described && described.kind !== 'PERSON') add(classifier, described, mention.start);
    // "the top House Republican, Tom Haskell, ...": a description, then the name in apposition.
    const leading = descriptionBefore(tokens, mention.from, mention.to);
    const person = leading ? story.entityOf(mention) : null;
    if (leading && person?.kind === 'PERSON') add(leading, person, mention.start);
    const after = tokens.findIndex((token) => token.start >= mention.end);
    if (after < 0 || tokens[after]!.text !== ',' || !/^(the|a|an)$/.test(tokens[after + 1]?.lower ?? '')) continue;
    let end = after + 2;
    while (end < tokens.length && tokens[end]!.word && end - after <= 7) end++;
    const stop = tokens[end];
    if (stop && stop.text !== ',' && !/^[.;]$/.test(stop.text)) continue;
    // "a hydrologist at the university": the head comes before the first preposition.
    const preposition = tokens.slice(after + 2, end).findIndex((token) => PREPOSITIONS.has(token.lower) || token.lower === 'who');
    if (preposition >= 0) end = after + 2 + preposition;
    const head = tokens[end - 1];
    const entity = story.entityOf(mention);
    if (!head || head.capitalised || end - 1 <= after + 1 || !entity) continue;
    const key = head.lower.replace(/['’]s$/, '');
    add(key, entity, mention.start);
    // The description is evidence of kind: "Kestrel Air, a low-cost airline" is an organisation,
    // "Tavi Oru, a nurse" a person (unless the story's own rules already knew better).
    if ((ORGANIZATION_NOUNS.has(key) || GENERIC_ORGANISATION_NOUNS.has(key)) && (entity.kind === 'PERSON' || entity.kind === 'OTHER')) entity.kind = 'ORGANIZATION';
    else if (PERSON_ROLE_NOUNS.has(key) && entity.kind === 'OTHER') entity.kind = 'PERSON';
  }
  return found;
}

/**
 * The common noun right before a name that says what it is: "the aid agency Relief Without Borders",
 * "Campaign group Roof Over Us", "US software firm Halden" ("agency", "group", "firm"). Only a noun for an
 * organisation counts, in lowercase (or opening the sentence), after a determiner, a modifier or the
 * sentence's start; null otherwise ("told Reuters", "by Halden" name no description).
 */
export function classifierBefore(tokens: Token[], from: number, to = from): string | null {
  // ("Vale Bank, the lender Harlow Capital owns, said": a verb right after the name makes it a relative clause's subject.)
  const after = tokens[to];
  if (after?.word && !after.capitalised && /^[a-z]+(s|ed)$/.test(after.lower) && !PREPOSITIONS.has(after.lower) && !/^(is|was|has|says|said)$/.test(after.lower) && /,/.test(tokens[to + 1]?.text ?? '')) return null;
  const noun = tokens[from - 1];
  if (!noun?.word || noun.capitalised && from - 1 > 0) return null;
  const key = noun.lower;
  if (!ORGANIZATION_NOUNS.has(key) && !GENERIC_ORGANISATION_NOUNS.has(key) && !NAME_DESCRIPTORS.has(key)) return null;
  // ("... of the group Halden": fine; "the company's Halden plant": the name modifies, it is not described.)
  return key;
}

/**
 * "the top House Republican, Tom Haskell, said", "Its chairman, Ray Ash, ...": a description of at most six
 * words that opens with a determiner or a possessive pronoun, a comma, then the name and a comma or the
 * sentence's end. The description's head noun ("republican", "chairman"), or null.
 */
const LEADING_DETERMINERS = /^(the|a|an|its|his|her|their)$/;

export function descriptionBefore(tokens: Token[], from: number, to: number): string | null {
  if (tokens[from - 1]?.text !== ',' || tokens[to] && tokens[to]!.text !== ',' && !/^[.;]$/.test(tokens[to]!.text)) return null;
  // Back to the nearest determiner, over words only.
  let start = from - 3;
  while (start >= 0 && start >= from - 7 && tokens[start]!.word && !LEADING_DETERMINERS.test(tokens[start]!.lower)) start--;
  const first = tokens[start];
  const head = tokens[from - 2];
  if (!first || !head?.word || !LEADING_DETERMINERS.test(first.lower)) return null;
  // ("Addressing the council, Tom Reed", "In a letter to the company, Lena Ortiz": the object of an opening
  // phrase, not a description of the name.)
  const before = tokens[start - 1];
  if (before?.word && (PREPOSITIONS.has(before.lower) || /ing$/.test(before.lower)) || ORGANIZATION_NOUNS.has(head.lower) || GENERIC_ORGANISATION_NOUNS.has(head.lower)) return null;
  // (Only a lowercase noun or a party's member word is a description: "the Kestrel Bank, Harlow Ltd" is two names.)
  const key = head.lower.replace(/['’]s$/, '');
  return !head.capitalised || PARTY_MEMBER_WORDS.has(key) ? key : null;
}
