// Speaker resolution, the last step of the statement stage: each statement's speaker phrase becomes a
// name, in text order, with the evidence the story gives (the phrase itself, the cue of a neighbouring
// quote, the paragraph's speaker), and anything that cannot be a speaker is refused.
import type { Layout } from '../text.js';
import type { ExtractedStatement } from '../types.js';
import type { RawStatement } from './frame.js';
import { speakerProblem } from './speaker-check.js';
import type { SpeakerResolver } from './speakers.js';

/**
 * '"We acted fast. Nothing was hidden," Ms Hale said.' written over two sentences: a quote with no
 * cue of its own belongs to the cue of the next quotation in its paragraph, when only quoted words
 * stand between them.
 */
export function laterQuoteCue(raw: RawStatement[], statement: RawStatement, layout: Layout): RawStatement | undefined {
  const paragraph = layout.sentences[statement.sentence]!.paragraph;
  const next = raw.find((other) => other.start >= statement.end && !other.inherit);
  if (!next?.speakerTokens || next.kind !== 'DIRECT' || layout.sentences[next.sentence]!.paragraph !== paragraph) return undefined;
  // Between the two quotes: nothing but spaces and punctuation.
  return /^[\s.,;:!?—–-]*$/.test(layout.text.slice(statement.end, next.start)) ? next : undefined;
}

/**
 * A quotation that carries on the previous paragraph's unclosed one (see `findQuotes`) keeps the
 * speaker of the statement that holds that one; undefined when it carries nothing on.
 */
function continuedQuoteSpeaker(layout: Layout, statements: ExtractedStatement[], statement: RawStatement): string | null | undefined {
  const index = layout.quotes.findIndex((quote) => quote.start === statement.start);
  if (index < 1 || !layout.quotes[index]!.continues) return undefined;
  const previous = layout.quotes[index - 1]!;
  for (let i = statements.length - 1; i >= 0; i--) {
    const earlier = statements[i]!;
    if (earlier.start <= previous.start && previous.start < earlier.end) return earlier.speaker;
  }
  return undefined;
}

/** Resolves every speaker phrase in text order, so pronouns can look back at earlier speakers. */
export function attribute(layout: Layout, raw: RawStatement[], speakers: SpeakerResolver): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  let paragraphSpeaker: { paragraph: number; name: string | null } | null = null;
  // The first statement with a speaker phrase in each sentence, for the quotes around it.
  const cuedBySentence = new Map<number, RawStatement>();
  for (const statement of raw) if (statement.speakerTokens && !cuedBySentence.has(statement.sentence)) cuedBySentence.set(statement.sentence, statement);
  let lastSentence = -1;
  for (const statement of raw) {
    const sentence = layout.sentences[statement.sentence]!;
    let speaker: string | null = null;
    if (statement.speakerTokens) {
      speaker = speakers.resolve(statement.speakerTokens, sentence, statement.start);
    } else if (statement.participial) {
      const earlier = statements.at(-1);
      const sameSentence = earlier && lastSentence === statement.sentence;
      speaker = sameSentence ? earlier.speaker : speakers.participleSubject(sentence, statement.cueIndex ?? 0);
    } else if (statement.inherit) {
      // A quote with no cue: the speaker of this paragraph, or of the paragraph just before.
      const nextCue = cuedBySentence.get(statement.sentence) ?? laterQuoteCue(raw, statement, layout);
      const opensSentence = layout.text.slice(sentence.start, statement.start).trim() === '';
      const carriedOn = continuedQuoteSpeaker(layout, statements, statement);
      if (carriedOn !== undefined && !cuedBySentence.has(statement.sentence)) speaker = carriedOn;
      else if (nextCue) speaker = speakers.resolve(nextCue.speakerTokens!, layout.sentences[nextCue.sentence]!, nextCue.start);
      // "Reyes recalled the flood: "I watched as ..."": the sentence's own subject speaks.
      else if (!opensSentence) speaker = speakers.sentenceSubject(sentence) ?? (paragraphSpeaker as { name: string } | null)?.name ?? null;
      else if (paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1) speaker = paragraphSpeaker.name;
      // "Mayor Dunmore was asked about the delay. "That is my problem."": the person the sentence before,
      // in the same paragraph, was about.
      else speaker = speakers.personSubjectBefore(statement.sentence) ?? speakers.sentenceSubject(sentence);
    }
    if (speaker && speakerProblem({ name: speaker, kind: speakers.kindOf(speaker), text: layout.text })) {
      // Not a speaker at all ("to", "WASHINGTON", "recalling a ..."): the paragraph's speaker, if recent.
      speaker = paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1 ? paragraphSpeaker.name : null;
    }
    if (speaker) {
      paragraphSpeaker = { paragraph: sentence.paragraph, name: speaker };
      speakers.noteSpeaker(speaker);
    }
    lastSentence = statement.sentence;
    const text = layout.text.slice(statement.start, statement.end);
    statements.push({
      text,
      start: statement.start,
      end: statement.end,
      kind: statement.kind,
      speaker,
      via: statement.via,
      cue: statement.cue ?? 'quote',
      rule: statement.rule,
      confidence: Math.round((speaker ? statement.confidence : statement.confidence * 0.5) * 100) / 100,
    });
  }
  return statements;
}
