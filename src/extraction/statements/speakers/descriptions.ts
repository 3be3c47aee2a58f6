// Descriptions the story gives its entities in apposition ("Reuters, the news agency, ..."), by head
// noun, for "the agency said" later.
import type { Entity } from '../../entities.js';
import { GENERIC_ORGANISATION_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS } from '../../lexicon.js';
import type { SpeakerContext } from './context.js';

/**
 * "Reuters, the news agency, said ..." or "... the ministry, the country's oldest, ...": a name, a comma,
 * then "the" or "a" and a few words up to a comma or the sentence end. Its head noun ("agency") is how
 * the story may call that entity later ("the agency said").
 */
export function appositiveDescriptions(story: SpeakerContext): Map<string, { entity: Entity; position: number }[]> {
  const found = new Map<string, { entity: Entity; position: number }[]>();
  for (const mention of story.mentions) {
    const sentence = story.layout.sentences[mention.sentence];
    if (!sentence) continue;
    const tokens = sentence.tokens;
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
    found.set(key, [...(found.get(key) ?? []), { entity, position: mention.start }]);
    // The description is evidence of kind: "Kestrel Air, a low-cost airline" is an organisation,
    // "Tavi Oru, a nurse" a person (unless the story's own rules already knew better).
    if ((ORGANIZATION_NOUNS.has(key) || GENERIC_ORGANISATION_NOUNS.has(key)) && (entity.kind === 'PERSON' || entity.kind === 'OTHER')) entity.kind = 'ORGANIZATION';
    else if (PERSON_ROLE_NOUNS.has(key) && entity.kind === 'OTHER') entity.kind = 'PERSON';
  }
  return found;
}
