// Sentence subjects: where a sentence's main clause starts, the person it opens with, the agent of a
// passive, and a described group or organisation as subject ("The tobacco companies denied ...").
import { isOpener, type Entity, type Mention } from '../../entities.js';
import { GENERIC_ORGANISATION_NOUNS, GROUP_NOUNS, MODAL_OR_AUX, NOT_NAMES, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, SPEECH_VERB_LEMMA, SUBJECT_PRONOUN, TITLES, VERBISH } from '../../lexicon.js';
import { lowerBound, type Sentence, type Token } from '../../text.js';
import { posOf } from '../clause.js';
import { isPluralDescription, type Antecedent, type SpeakerContext } from './context.js';
import { isPluralAgent } from '../speaker-phrase.js';

/**
 * Where the main clause starts in `tokens` (the sentence's words outside quotations): after an
 * opening adverbial that ends at a comma ("Despite his background, President Lula has ..."), a comma
 * that closes a quoted title included ('In an interview with "Morning Desk," Vale ...'), and after
 * the short verbless places and times that may follow it ("At a fair in Dover, Del., on Friday, ...").
 */
export function afterOpeningAdverbial(story: SpeakerContext, sentence: Sentence, tokens: Token[]): number {
  // "Ms Hale backed ...": a title before a capitalised word opens a name, though alone it is no name.
  const titled = TITLES.has(tokens[0]!.bare) && !!tokens[1]?.capitalised;
  // ("Despite the cost, ...", "After the vote, ...": a preposition or subordinator opens an adverbial, no name.)
  const opensWithName = tokens[0]!.capitalised && (!NOT_NAMES.has(tokens[0]!.bare) && !isOpener(tokens[0]!) || titled) || /^(he|she|they|it|the|a|an)$/.test(tokens[0]!.lower);
  if (opensWithName) return 0;
  const commas = sentence.tokens.filter((token, i) => token.text === ',' && (token.quote === -1 || sentence.tokens[i + 1]?.mark === 'close'));
  const indexAfter = (comma: Token) => tokens.findIndex((token) => token.start > comma.start);
  const firstComma = commas[0] ? indexAfter(commas[0]) : -1;
  if (firstComma <= 0 || firstComma > 12) return 0;
  let from = firstComma;
  const pos = posOf(story.layout.text, sentence);
  for (const comma of commas.slice(1)) {
    const next = indexAfter(comma);
    const segment = tokens.slice(from, next);
    const short = next > from && segment.length <= 4 && !segment.some((token) => /^(VERB|AUX)$/.test(pos(token.start) ?? ''));
    // "on Friday", "Del." (a state's abbreviation, its full stop a token of its own), "Ohio".
    const words = segment.filter((token) => token.word);
    const placeOrTime = PREPOSITIONS.has(segment[0]?.lower ?? '') || words.length > 0 && words.every((token) => token.capitalised && (segment.some((t) => t.text === '.' && t.start === token.end) || isPlace(story, token)));
    if (!short || !placeOrTime) break;
    from = next;
  }
  return from;
}

export function isPlace(story: SpeakerContext, token: Token): boolean {
  const mention = story.mentions[lowerBound(story.mentions, token.start - 1, (m) => m.start)];
  const kind = mention && mention.start <= token.start ? story.entityOf(mention)?.kind : null;
  return kind === 'PLACE' || kind === 'COUNTRY';
}

/**
 * "US envoy Carla Mendes", "Acme chief executive Ruth Vale": a country, place or
 * organisation that modifies a person's role is not the subject; the person it leads to is.
 */
export function personModified(story: SpeakerContext, index: number, sentence: Sentence): Mention | null {
  const mention = story.mentions[index];
  const next = story.mentions[index + 1];
  if (!mention || !next || next.start >= sentence.end) return null;
  const kind = story.entityOf(mention)?.kind;
  if (kind !== 'COUNTRY' && kind !== 'PLACE' && kind !== 'ORGANIZATION') return null;
  if (story.entityOf(next)?.kind !== 'PERSON') return null;
  const between = sentence.tokens.filter((token) => token.start >= mention.end && token.end <= next.start);
  const pos = posOf(story.layout.text, sentence);
  return between.length <= 6 && between.every((token) => token.word && token.quote === -1 && !/^(VERB|AUX)$/.test(pos(token.start) ?? '')) ? next : null;
}

/** The person a sentence opens with (its subject, in the plainest reading), if any. */
export function subjectOf(story: SpeakerContext, sentenceIndex: number): Entity | null {
  const sentence = story.layout.sentences[sentenceIndex];
  if (!sentence) return null;
  const opening = sentence.tokens.filter((token) => token.word && token.quote === -1).slice(0, 5);
  if (!opening.length) return null;
  const first = story.mentions[lowerBound(story.mentions, opening[0]!.start - 1, (m) => m.start)];
  if (!first || first.start > opening.at(-1)!.start || first.sentence !== sentenceIndex) return null;
  // "He said Vale would ...": a name after a pronoun or a verb is no subject.
  // (Word lists, not the tagger: this runs for many sentences that are never tagged otherwise.)
  if (opening.some((token) => token.start < first.start && (SUBJECT_PRONOUN.test(token.lower) || VERBISH.test(token.lower) || SPEECH_VERB_LEMMA.has(token.lower)))) return null;
  const entity = story.entityOf(first);
  return entity?.kind === 'PERSON' ? entity : null;
}

/**
 * "The report was welcomed by pensions secretary David Wills": the agent of a passive is its
 * sentence's logical subject, as able to carry on as "he" as a subject is.
 */
export function isAgent(story: SpeakerContext, candidate: Antecedent): boolean {
  const sentence = story.layout.sentences[candidate.sentence];
  if (!sentence) return false;
  const tokens = sentence.tokens;
  let i = tokens.findIndex((token) => token.start >= candidate.position);
  for (let back = 0; back < 5 && i > 0 && tokens[i - 1]!.word && tokens[i - 1]!.lower !== 'by'; back++) i--;
  if (tokens[i - 1]?.lower !== 'by') return false;
  return tokens.slice(Math.max(0, i - 5), i - 1).some((token) => /^(was|were|been|is|are|being|be)$/.test(token.lower));
}

/**
 * "The tobacco companies denied ...", "Several lenders said ...": a sentence opening with a described
 * group or organisation (a determiner, lowercase words, a verb) has it as subject. Returns its tokens
 * [from, to), or null when the head is no word for someone who can speak.
 */
export function describedSubject(tokens: Token[], from: number, pos: (offset: number) => string | null): [number, number] | null {
  // "Residents of a small town in the north have blocked ...": a bare plural group, what it is of, then the verb.
  const bare = tokens[from];
  if (bare?.word && (GROUP_NOUNS.has(bare.lower) || isPluralAgent(bare.lower) && !bare.capitalised) && /^(of|in|from|near|across|at)$/.test(tokens[from + 1]?.lower ?? '')) {
    for (let end = from + 2; end < tokens.length && end - from <= 10 && tokens[end]!.word; end++) {
      if (MODAL_OR_AUX.test(tokens[end]!.lower) || /^(VERB|AUX)$/.test(pos(tokens[end]!.start) ?? '') && !tokens[end]!.capitalised) return [from, from + 1];
    }
    return null;
  }
  if (!/^(the|a|an|these|those|some|many|several|most|both|two|three|four|five)$/.test(tokens[from]?.lower ?? '')) return null;
  let end = from + 1;
  while (end < tokens.length && end - from <= 5 && tokens[end]!.word && !tokens[end]!.capitalised && !/^(VERB|AUX)$/.test(pos(tokens[end]!.start) ?? '')) end++;
  const head = tokens[end - 1]!;
  const verb = tokens[end];
  if (end - 1 <= from || !verb || !/^(VERB|AUX)$/.test(pos(verb.start) ?? '')) return null;
  const noun = head.lower;
  const speakerNoun = GROUP_NOUNS.has(noun) || ORGANIZATION_NOUNS.has(noun) || GENERIC_ORGANISATION_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(noun) || isPluralDescription(noun) && pos(head.start) === 'NOUN';
  return speakerNoun ? [from, end] : null;
}
