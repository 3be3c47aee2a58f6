// Documents that speak for their owner or publisher: "Greenhope's annual report", "her review", "the
// report said" after "a report by Brightwater".
import type { Entity, Mention } from '../../entities.js';
import { NOT_NAMES, speechVerbLemma } from '../../lexicon.js';
import type { Token } from '../../text.js';
import type { SpeakerContext } from './context.js';
import { organisation } from './organisations.js';
import { person } from './pronouns.js';

/** Documents that speak for the organisation that issued them. */
export const PUBLISHED_DOCUMENTS = new Set(['report', 'study', 'survey', 'review', 'paper', 'analysis', 'audit', 'assessment', 'inquiry', 'research', 'briefing']);

/**
 * The owner of a document named by the speaker phrase: a possessive name or pronoun before a
 * document noun ("Greenhope's annual report", "the final part of her review"). Null when the phrase
 * names no document or no owner.
 */
export function documentOwner(story: SpeakerContext, words: Token[], named: Mention[]): string | null {
  const document = words.findIndex((word) => PUBLISHED_DOCUMENTS.has(word.lower));
  if (document <= 0) return null;
  const owner = ownerIn(story, words.slice(0, document), named);
  // "The report said ..." later in the story is the same owner's.
  if (owner) story.documentOwners.set(words[document]!.lower, owner);
  return owner;
}

export function ownerIn(story: SpeakerContext, before: Token[], named: Mention[]): string | null {
  const words = before;
  const pronoun = before.findLast((word) => /^(his|her|its)$/.test(word.lower));
  const possessive = before.findLast((word) => /['’]s$/.test(word.text) && word.capitalised);
  if (possessive && (!pronoun || possessive.start > pronoun.start)) {
    const mention = named.find((candidate) => candidate.start <= possessive.start && candidate.end >= possessive.end - 2);
    if (mention) return story.nameOf(mention);
    // A one-word name the mention finder skipped at a sentence start is still the owner.
    const name = possessive.text.replace(/['’]s$/, '');
    if (words[0] !== possessive || NOT_NAMES.has(name.toLowerCase())) return null;
    return (story.registry.lookup(name) ?? story.registry.addSpeaker(name, possessive.start)).name;
  }
  if (pronoun?.lower === 'its') return organisation(story, pronoun.start)?.name ?? null;
  if (pronoun) return person(story, pronoun.lower === 'her' ? 'female' : 'male', pronoun.start)?.name ?? null;
  return null;
}

/**
 * Who issued "the report": an organisation the story names as its author earlier, by one of "a
 * report by Brightwater", "Brightwater's report", "the Brightwater report", "Brightwater published
 * a report".
 */
export function publisherOf(story: SpeakerContext, noun: string, position: number, candidates = story.before(position, 60)): Entity | null {
  // "research from Gartner ... said the report": any document noun may name it the first time.
  const isNoun = (token: Token | undefined) => !!token && (token.lower === noun || PUBLISHED_DOCUMENTS.has(token.lower.replace(/(?<=[^s])s$/, '')));
  for (const candidate of candidates) {
    const entity = candidate.entity;
    const oneWordName = entity.kind === 'OTHER' && !entity.name.includes(' ');
    if (entity.kind !== 'ORGANIZATION' && !oneWordName) continue;
    const tokens = story.layout.sentences[candidate.sentence]?.tokens;
    if (!tokens) continue;
    const first = tokens.findIndex((token) => token.start >= candidate.position);
    let last = first;
    while (tokens[last + 1] && tokens[last + 1]!.start < candidate.position + entity.name.length && tokens[last + 1]!.capitalised) last++;
    const after = tokens.slice(last + 1, last + 4);
    // "Greenhope's report", "Greenhope's new report", "Greenhope's Hungry Harvest report": a title may stand between.
    let title = last + 1;
    while (title < last + 5 && tokens[title]?.capitalised) title++;
    const possessiveOrModifier = isNoun(tokens[last + 1]) || /['’]s$/.test(tokens[last]!.text) && (after.slice(0, 2).some(isNoun) || isNoun(tokens[title])) || isNoun(tokens[last + 2]) && !tokens[last + 1]!.capitalised && tokens[last + 1]!.word;
    // "a report by (the charity) Brightwater": "by" or "from", a short description, the name.
    let by = first - 1;
    while (by > first - 4 && by >= 0 && tokens[by]!.word && !tokens[by]!.capitalised && !/^(by|from)$/.test(tokens[by]!.lower)) by--;
    const byline = /^(by|from)$/.test(tokens[by]?.lower ?? '') && tokens.slice(Math.max(0, by - 3), by).some(isNoun);
    const issued = /^(published|released|issued|produced|compiled|presented)$/.test(after[0]?.lower ?? '') && tokens.slice(last + 2, last + 6).some(isNoun);
    if (possessiveOrModifier || byline || issued) return entity;
  }
  return null;
}

/** How far back a statement, a letter or a post can be "the statement" of: this sentence and three before it. */
const ISSUED_REACH = 3;

/**
 * Who issued "the statement" (or the letter, the email, the post): the speaker of a recent sentence
 * that names that document ("The club said in a statement that ...", "Vale posted a statement: ...").
 * Null when no recent sentence with a speaker names it.
 */
export function issuerOf(story: SpeakerContext, noun: string, sentence: number): string | null {
  for (let index = sentence; index >= Math.max(0, sentence - ISSUED_REACH); index--) {
    const speaker = story.speakerBySentence.get(index);
    if (!speaker) continue;
    const tokens = story.layout.sentences[index]!.tokens;
    // ("said in a statement", "issued a statement", "posted a letter": the speaker's own document, not one
    // the speaker only mentions, "had not seen the statement issued by the mayor's office".)
    if (tokens.some((token, i) => (token.lower === noun || token.lower === `${noun}s`) && token.quote === -1 && issuedBySpeaker(tokens, i))) return speaker;
  }
  return null;
}

/**
 * The word a document noun at `i` is issued by: "in" or a verb of issuing before a determiner and at most
 * two modifiers ("said in a statement", "issued a joint statement", "put out a letter"); its index, or -1.
 */
export function issuingWord(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const word = tokens[j]!.lower;
    if (/^(a|an|its|their|his|her)$/.test(word)) return /^(in|issued|released|published|posted|sent|put|wrote|made|shared|out)$/.test(tokens[j - 1]?.lower ?? '') ? j - 1 : -1;
    if (!tokens[j]!.word || /^(the|this|that)$/.test(word)) return -1;
  }
  return -1;
}

/** "in a statement", "issued a joint statement", "posted a letter": the document noun at `i` is its speaker's own. */
function issuedBySpeaker(tokens: Token[], i: number): boolean {
  return issuingWord(tokens, i) >= 0;
}

/**
 * The document a sentence says its speaker spoke through: "said in a report", "wrote in its annual review",
 * "published a study". Its noun, or null. ("saw no evidence in the report" is someone else's.)
 */
export function documentIssuedIn(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.quote !== -1 || !PUBLISHED_DOCUMENTS.has(tokens[i]!.lower)) continue;
    const word = issuingWord(tokens, i);
    const by = tokens[word]?.lower;
    if (by === 'in' ? speechVerbLemma(tokens[word - 1]?.lower ?? '') : /^(published|released|issued)$/.test(by ?? '')) return tokens[i]!.lower;
  }
  return null;
}
