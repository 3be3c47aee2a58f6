// Speaker resolution, the last step of the statement stage: in text order, each statement's speaker
// phrase becomes a name (speakers.ts), a statement without one takes its speaker from the evidence
// around it (evidence.ts), and anything that cannot be a speaker is refused (speaker-check.ts).
import type { Layout } from '../text.js';
import type { ExtractedStatement } from '../types.js';
import type { RawStatement } from './frame.js';
import { speakerByEvidence } from './evidence.js';
import { speakerProblem } from './speaker-check.js';
import type { SpeakerResolver } from './speakers.js';

/** Resolves every speaker phrase in text order, so pronouns can look back at earlier speakers. */
export function attribute(layout: Layout, raw: RawStatement[], speakers: SpeakerResolver): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  let paragraphSpeaker: { paragraph: number; name: string } | null = null;
  // The first statement with a speaker phrase in each sentence, for the quotes around it.
  const cuedBySentence = new Map<number, RawStatement>();
  for (const statement of raw) if (statement.speakerTokens && !cuedBySentence.has(statement.sentence)) cuedBySentence.set(statement.sentence, statement);
  let lastSentence = -1;
  for (const statement of raw) {
    const sentence = layout.sentences[statement.sentence]!;
    let speaker: string | null = statement.author
      ? speakers.resolveAuthor(statement.author)
      : statement.speakerTokens
      ? speakers.resolve(statement.speakerTokens, sentence, statement.start)
      : speakerByEvidence({ layout, raw, statement, sentence, resolved: statements, speakers, paragraphSpeaker, cuedBySentence, lastSentence });
    const problem: string | null = speaker ? speakerProblem({ name: speaker, kind: speakers.kindOf(speaker), text: layout.text }) : null;
    if (problem) {
      // Not a speaker at all ("to", "WASHINGTON", "recalling a ..."): the paragraph's speaker, if recent.
      // A place the sentence names as the subject ("Downing Street said") is someone speaking for it,
      // never the last person quoted: nobody rather than the wrong one.
      const namedPlace: boolean = problem === 'place' && !!statement.speakerTokens;
      speaker = !namedPlace && paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1 ? paragraphSpeaker.name : null;
    }
    if (speaker) {
      paragraphSpeaker = { paragraph: sentence.paragraph, name: speaker };
      speakers.noteSpeaker(speaker, statement.sentence);
    }
    lastSentence = statement.sentence;
    // (Cut from the story as written: the rules read it with its markup and links blanked out.)
    const text = layout.source.slice(statement.start, statement.end);
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
