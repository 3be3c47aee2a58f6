// Pronouns and unnamed speakers that go on: "he" and "she" for a person, "they" and "we" for a
// group, "it" for an organisation described before.
import type { Entity, Gender } from '../../entities.js';
import { GENERIC_ORGANISATION_NOUNS, GROUP_NOUNS, ORGANIZATION_NOUNS, PREPOSITIONS, TITLES } from '../../lexicon.js';
import type { Span } from '../../types.js';
import { isPluralDescription, type Antecedent, type SpeakerContext } from './context.js';
import { isAgent, subjectOf } from './subjects.js';

/**
 * "A spokeswoman said ... "We regret it," she said.": the unnamed person who spoke last goes on as
 * "he" or "she" while nobody else was named as a speaker since, the gender allows it, and no person
 * has been named in between.
 */
export function describedPersonGoesOn(story: SpeakerContext, gender: Exclude<Gender, null>, position: number): string | null {
  const described = story.describedPerson;
  if (!described || story.lastSpeaker?.name !== described.name || story.lastSpeaker.sentence !== described.sentence) return null;
  if (story.currentSentence - described.sentence > 2 || described.gender && described.gender !== gender) return null;
  const personInBetween = story.before(position).some((candidate) => candidate.position > described.position && candidate.entity.kind === 'PERSON');
  return personInBetween ? null : described.name;
}

/** "The bank said ... it said": with no organisation named, a recent speaker described as one goes on as "it". */
export function describedOrganisationGoesOn(story: SpeakerContext): string | null {
  const last = story.lastSpeaker;
  if (!last || last.entity || story.currentSentence - last.sentence > 2) return null;
  const head = last.name.toLowerCase().split(' ').at(-1)!;
  return ORGANIZATION_NOUNS.has(head) || GENERIC_ORGANISATION_NOUNS.has(head) ? last.name : null;
}

/** How many sentences back a subject still outranks a later person named as an object or complement. */
const SUBJECT_REACH = 8;

/**
 * The person a "he" or "she" refers back to: the last speaker when recent; else someone just made a
 * subject; else the last person named, unless that person was named only as a complement ("was X")
 * or inside a prepositional phrase, when a recent sentence's subject comes first.
 */
export function person(story: SpeakerContext, gender: Exclude<Gender, null>, position: number): Entity | null {
  const compatible = (entity: Entity | null) => !!entity && entity.kind === 'PERSON' && entity.gender === gender;
  const lenient = (entity: Entity | null) => !!entity && entity.kind === 'PERSON' && (entity.gender === gender || entity.gender === null);
  const last = story.lastPersonSpeaker;
  const all = story.before(position);
  // ("Asked about Mr Drake, he said": whoever the opening participle names is not "he", anywhere.)
  const opening = openingParticiple(story, position);
  const excluded = opening ? new Set(all.filter((candidate) => candidate.position > opening.start && candidate.position < opening.end).map((candidate) => candidate.entity)) : null;
  const candidates = excluded?.size ? all.filter((candidate) => !excluded.has(candidate.entity)) : all;
  // Someone just introduced: the only fitting person named in this sentence before the pronoun
  // or in the two before it, unless the last speaker is also there.
  // Only a person introduced as a sentence's subject takes over from the last speaker: one named
  // inside a clause or an object ("asked what she would do if Vale won, she said") does not.
  const nearCandidates = candidates.filter((c) => story.currentSentence - c.sentence <= 2 && lenient(c.entity) && (!last || c.entity === last.entity || subjectOf(story, c.sentence) === c.entity || isAgent(story, c)));
  const near = new Set(nearCandidates.map((c) => c.entity));
  if (last && near.has(last.entity)) {
    // ... unless someone else became the subject after the last speaker was last named.
    const lastNamed = Math.max(...nearCandidates.filter((c) => c.entity === last.entity).map((c) => c.sentence));
    const newer = new Set(nearCandidates.filter((c) => c.entity !== last.entity && c.sentence > lastNamed).map((c) => c.entity));
    return newer.size === 1 ? [...newer][0]! : last.entity;
  }
  if (near.size === 1) return [...near][0]!;
  // Several people in sight: the subject of the previous sentence carries on as "he" or "she"
  // ("Lee met Park on Monday. "It went well," he said." is Lee's).
  if (near.size > 1) {
    const subject = subjectOf(story, story.currentSentence - 1);
    if (subject && near.has(subject)) return subject;
  }
  if (last && story.currentSentence - last.sentence <= 6 && lenient(last.entity)) return last.entity;
  // Nobody in sight: the person a recent sentence was about (its subject) before a later person named
  // only after "was" or a preposition ("Reed joined the KGB. One of his classmates was Ivan Todd. ...
  // he says" is Reed's); a later person who is a verb's object ("questioned Mr Smith") stays the antecedent.
  const latest = candidates.find((candidate) => compatible(candidate.entity));
  const subject = latest && backgrounded(story, latest)
    ? candidates.find((c) => compatible(c.entity) && story.currentSentence - c.sentence <= SUBJECT_REACH && subjectOf(story, c.sentence) === c.entity)?.entity
    : undefined;
  const person = subject ?? latest?.entity ?? candidates.find((candidate) => lenient(candidate.entity))?.entity;
  if (person) return person;
  // "Xi said ... He added ...": with no person in sight, the last speaker the story named by one
  // word alone is the antecedent, and "he" or "she" tells us it is a person.
  const speaker = story.lastSpeaker;
  if (speaker?.entity?.kind === 'OTHER' && !speaker.entity.name.includes(' ') && story.currentSentence - speaker.sentence <= 3) {
    speaker.entity.kind = 'PERSON';
    speaker.entity.gender ??= gender;
    story.lastPersonSpeaker = { entity: speaker.entity, sentence: speaker.sentence };
    return speaker.entity;
  }
  return null;
}

export function plural(story: SpeakerContext, phrase: string): string {
  const last = story.lastSpeaker;
  if (last && story.currentSentence - last.sentence <= 2 && (GROUP_NOUNS.has(last.name.split(' ').at(-1)!.toLowerCase()) || last.entity?.kind === 'ORGANIZATION' || !last.entity && isPluralDescription(last.name))) return last.name;
  return phrase;
}

/** Whether a person was named after "was"/"is" or a preposition: background, not what the story is about. */
function backgrounded(story: SpeakerContext, candidate: Antecedent): boolean {
  const sentence = story.layout.sentences[candidate.sentence];
  if (!sentence) return false;
  const at = sentence.tokens.findIndex((token) => token.start >= candidate.position);
  let before = at - 1;
  // (Over a title: "was Dr Ivan Todd", "with Mr Todd".)
  while (before >= 0 && sentence.tokens[before]!.capitalised && TITLES.has(sentence.tokens[before]!.bare)) before--;
  const word = sentence.tokens[before]?.lower ?? '';
  return /^(was|is|were|are|been|be)$/.test(word) || PREPOSITIONS.has(word);
}

/**
 * "Commenting on Mr Roon's case, he said ...", "Asked about Ms Vale, she said ...": the participle clause
 * that opens the pronoun's own sentence, up to its comma, when the pronoun comes after it. A person it
 * names is that clause's object; the pronoun is its subject, so never that person.
 */
function openingParticiple(story: SpeakerContext, position: number): Span | null {
  const sentence = story.layout.sentences[story.currentSentence];
  if (!sentence || position < sentence.start || position >= sentence.end) return null;
  const opener = sentence.tokens.find((token) => token.quote === -1);
  if (!opener?.word || !/^([a-z]+ing|asked|pressed|questioned|told|challenged)$/i.test(opener.text)) return null;
  const comma = sentence.tokens.find((token) => token.text === ',' && token.quote === -1 && token.start > opener.start);
  return comma && comma.start < position ? { start: opener.start, end: comma.start } : null;
}
