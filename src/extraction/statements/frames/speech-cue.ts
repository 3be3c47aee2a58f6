// Reading a speech verb before any frame rule: is it a cue at all, who is its speaker phrase (on the
// left, "Xi said", or on the right of an inversion, ", said Xi"), and where does what follows it start.
// The frame rules (trailing-cue.ts, speech-verb.ts) take this reading and decide where the content is.
import { CLAUSE_START_PRONOUNS, GROUP_NOUNS, isIssuedDocument, LISTENER_VERBS, MODAL_OR_AUX, ORGANIZATION_NOUNS, PARTICIPLE_OPENERS, SPEECH_VERB_LEMMA } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import { continuesVerbPhrase, finiteClauseAhead, hasVerb, posOf } from '../clause.js';
import { saysItHappened, skipAfterCue } from '../cue.js';
import { isPluralAgent, looksLikeSpeaker, skipFillersLeft, speakerAfter, speakerBefore } from '../speaker-phrase.js';
import { isClosingMark, isSentenceEnd, wordBeforeParticiple } from '../tokens.js';

/** Verbs that may come before their subject after the content: '"...," said Xi', '..., warned analysts'. */
const INVERTIBLE = /^(say|add|write|report|announce|confirm|explain|insist|warn|argue|note|recall|reply|ask|continue|declare|conclude|concede|acknowledge|admit|quip|joke|respond|counter|tweet|state|remark|observe|predict|suggest|claim|complain|boast|yell|shout|scream|chant|exclaim|whisper|mutter|plead)$/;

const NAMING_PARTICIPLES = /^(called|dubbed|named|labeled|labelled|branded|described)$/;

/** One speech verb, read in its sentence. */
export interface SpeechCue {
  layout: Layout;
  sentence: Sentence;
  tokens: Token[];
  /** Token index of the verb. */
  k: number;
  lemma: string;
  sentenceEnd: number;
  /** ", adding that", "a statement saying": a participle whose speaker is the clause's subject. */
  participial: boolean;
  /** "... and said that": a verb that shares the subject of the clause before it. */
  sharesSubject: boolean;
  /** The speaker phrase, as token indexes [from, to). */
  speaker: [number, number] | null;
  /** The speaker comes after the verb: '"...," said Xi'. */
  inverted: boolean;
  invertible: boolean;
  /** Token index of the first token after the cue, its particle, listener and speaker. */
  after: number;
  cueText: string;
}

/**
 * Reads the verb at `k`, or returns null when it is no cue here: "in the states", a noun before the
 * clause's own verb ("the Greenhope report this week said"), a bare verb form after a singular
 * subject ("for a Danish state."), or a naming participle ("a pattern called the "long loop"").
 */
export function readSpeechCue(layout: Layout, sentence: Sentence, k: number, lemma: string, sentenceEnd: number): SpeechCue | null {
  const { tokens } = sentence;
  const token = tokens[k]!;
  // "states" is far more often the plural noun ("in the states") than the verb: only "X states that ...".
  if (token.lower === 'states' && tokens[k + 1]?.lower !== 'that') return null;
  if (nounBeforeItsVerb(layout, sentence, k)) return null;
  // "His introductory remarks were ...", "their latest claims": an -s form after a possessive and an
  // adjective is a plural noun ("His team says" keeps its verb: "team" is a noun).
  if (/s$/.test(token.lower) && /^(his|her|their|its|our|my|your)$/.test(tokens[k - 2]?.lower ?? '') && posOf(layout.text, sentence)(tokens[k - 1]?.start ?? -1) === 'ADJ') return null;
  const before = wordBeforeParticiple(tokens, k);
  // ("were quick to point out that": an infinitive whose speaker is the clause's subject, like a participle's.)
  const afterTo = tokens[k - 1]?.lower === 'to' && saysItHappened(tokens, k - 1);
  const participial = token.lower.endsWith('ing') && (before === ',' || PARTICIPLE_OPENERS.has(before ?? '') || isIssuedDocument(before) || continuesVerbPhrase(layout.text, sentence, k)) || afterTo;
  // "pointed out that": the particle belongs to the cue.
  const particle = lemma.includes(' ') ? 1 : 0;
  let after = skipAfterCue(tokens, k + particle, lemma);
  // "warned waiting lists could double": what looked like the listener is the clause's subject.
  // ("told the newspaper Clarin it would ...": a pronoun after the listener opens the clause itself.)
  if (LISTENER_VERBS.has(lemma) && after > k + 1 && !CLAUSE_START_PRONOUNS.has(tokens[after]?.lower ?? '') && finiteClauseAhead(tokens, k + 1, posOf(layout.text, sentence))) after = k + 1;

  // The speaker: on the left ("Xi said"), or on the right in an inversion (", said Xi").
  let speaker = participial ? null : speakerBefore(tokens, k);
  let inverted = !participial && (tokens[k - 1]?.text === ',' || tokens[k - 1]?.quote !== -1 && tokens[k - 1]?.quote !== undefined || isClosingMark(tokens[k - 1]));
  const invertible = INVERTIBLE.test(lemma);
  if (inverted && nounPhraseFollows(tokens, k) && invertible) {
    speaker = speakerAfter(tokens, k);
    // ", said Port Ellis Mayor Ann Boyd in an interview": the aside starts after the name.
    if (speaker) after = skipAfterCue(tokens, speaker[1] - 1, 'say');
    // ", said Smith." or ", said Smith, a Democrat": with a plain comma before the cue, the name
    // must end the clause, or the comma was only an appositive's ("X, a Democrat, said that").
    if (speaker && tokens[k - 1]?.text === ',' && !isSentenceEnd(tokens[after]) && tokens[after]?.text !== ',') speaker = null;
    if (speaker && tokens[k - 1]?.text === ',' && (speaker[1] - speaker[0] > 6 || hasVerb(tokens, speaker[0], speaker[1], posOf(layout.text, sentence)) || !looksLikeSpeaker(tokens, speaker))) speaker = null;
    if (!speaker && tokens[k - 1]?.text === ',') {
      // Not an inversion after all: "X, a Democrat, said that ..." reads forwards.
      inverted = false;
      speaker = speakerBefore(tokens, k);
      after = skipAfterCue(tokens, k + particle, lemma);
    }
  } else if (inverted) {
    inverted = false;
  }
  // (Only where the cue would end its clause: "a report ... that" forwards is a speech-act noun's frame.)
  const endsClause = !tokens[after] || isSentenceEnd(tokens[after]) || tokens[after]!.text === ',';
  if (speaker && !inverted && endsClause && bareFormAfterSingular(tokens, k, lemma, speaker)) return null;
  // "a shift pattern called the "long loop"": a participle naming the noun before it, in a
  // clause whose verb came earlier, is no one speaking.
  // ("who has called him ..." is a finite verb, not such a participle.)
  const finiteNaming = /^(has|have|had|who|which)$/.test(tokens[skipFillersLeft(tokens, k) - 1]?.lower ?? '');
  if (NAMING_PARTICIPLES.test(token.lower) && speaker && !inverted && !finiteNaming && hasMainVerb(layout, sentence, speaker)) return null;

  // "... and said that": the verb shares the subject of the clause before it.
  const coordinated = !speaker && !participial && /^(and|but|or|then)$/.test(tokens[skipFillersLeft(tokens, k) - 1]?.lower ?? '');
  const cueText = particle ? `${token.text} ${tokens[k + 1]!.text}` : token.text;
  return { layout, sentence, tokens, k, lemma, sentenceEnd, participial, sharesSubject: coordinated, speaker, inverted, invertible, after, cueText };
}

/** After an inverted cue, a noun phrase starts: a name, a determiner, or ", said analysts." */
function nounPhraseFollows(tokens: Token[], k: number): boolean {
  const nextWord = tokens[k + 1];
  // ", said analysts.": a bare group noun that ends the clause is a speaker after its verb too.
  const bareGroupEnds = !!nextWord && (GROUP_NOUNS.has(nextWord.lower) || isPluralAgent(nextWord.lower)) && (isSentenceEnd(tokens[k + 2]) || tokens[k + 2]?.text === ',');
  return !!nextWord && nextWord.word && nextWord.lower !== 'that' && (nextWord.capitalised || bareGroupEnds || /^(a|an|the|one|two|three|several|his|her|their|its)$/.test(nextWord.lower) || tokens.slice(k + 1, k + 6).some((t) => t.capitalised) && tokens.slice(k + 1, tokens.slice(k + 1).findIndex((t) => t.capitalised) + k + 1).every((t) => t.word && !CLAUSE_START_PRONOUNS.has(t.lower)));
}

/** Whether a would-be speaker phrase holds a verb of its own ("both oppose an inflation formula"). */
function hasMainVerb(layout: Layout, sentence: Sentence, [from, to]: [number, number]): boolean {
  const pos = posOf(layout.text, sentence);
  const tokens = sentence.tokens;
  // A verb with its object: "oppose an ...", "backed the ...".
  for (let i = from; i < to - 1; i++) {
    if (tokens[i]!.word && !tokens[i]!.capitalised && pos(tokens[i]!.start) === 'VERB' && /^(a|an|the|this|that|its|their|his|her)$/.test(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/**
 * "the Greenhope report this week said ...": a cue word the tagger reads as a noun, with the
 * clause's own speech verb a few words on, is the subject's head, not a cue.
 */
function nounBeforeItsVerb(layout: Layout, sentence: Sentence, k: number): boolean {
  // (Only with a speech verb a few words on: looked for before tagging the sentence, which costs far more.)
  const ahead = sentence.tokens.slice(k + 1, k + 5);
  if (!ahead.some((token) => SPEECH_VERB_LEMMA.has(token.lower))) return false;
  const pos = posOf(layout.text, sentence);
  if (pos(sentence.tokens[k]!.start) !== 'NOUN') return false;
  for (let j = k + 1; j <= k + 4 && j < sentence.tokens.length; j++) {
    const token = sentence.tokens[j]!;
    if (!token.word || token.quote !== -1) return false;
    if (SPEECH_VERB_LEMMA.has(token.lower) && pos(token.start) === 'VERB') return true;
  }
  return false;
}

/**
 * "... for a Danish state.", "Halvorsen report": a verb's bare form ("state", "report") agrees with
 * no singular subject, so after a singular phrase that is not "I" or "you" the word is a noun
 * ("analysts say", "the police say", "I say" are verbs).
 */
function bareFormAfterSingular(tokens: Token[], k: number, lemma: string, [start, end]: [number, number]): boolean {
  if (tokens[k]!.lower !== lemma || MODAL_OR_AUX.test(tokens[k - 1]?.lower ?? '') || /^(to|not|n't|never|also|just|only|often)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const words = tokens.slice(start, end).filter((token) => token.word);
  const head = words.at(-1);
  if (!head || words.some((token) => /^(and|or)$/.test(token.lower))) return false;
  // ("the union say": British English lets an organisation take a plural verb.)
  if (/^(i|you|we|they|people|police|staff|crew|media|public)$/.test(head.lower) || GROUP_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower)) return false;
  return !/s$/.test(head.lower) || /(ss|us|is)$/.test(head.lower);
}

