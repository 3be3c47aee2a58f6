// Where the speaker of a statement without a speaker phrase of its own comes from: a participle's
// subject, the quotation it carries on, the cue of its sentence or of the next quote, the subject of
// its sentence, the speaker of its paragraph. Each kind of evidence is one named rule, tried in order;
// the first that applies decides, even when what it finds is nobody.
import type { Layout, Sentence } from '../text.js';
import type { ExtractedStatement } from '../types.js';
import type { RawStatement } from './frame.js';
import type { SpeakerResolver } from './speakers.js';

export interface EvidenceContext {
  layout: Layout;
  raw: RawStatement[];
  statement: RawStatement;
  sentence: Sentence;
  /** The statements resolved so far, in text order. */
  resolved: ExtractedStatement[];
  speakers: SpeakerResolver;
  /** The last speaker found, and the paragraph it spoke in. */
  paragraphSpeaker: { paragraph: number; name: string } | null;
  /** The first statement with a speaker phrase in each sentence. */
  cuedBySentence: Map<number, RawStatement>;
  /** The sentence of the statement resolved just before this one. */
  lastSentence: number;
}

interface SpeakerEvidence {
  id: string;
  /** Participles (", adding that ...") and quotes without a cue look for different evidence. */
  for: 'participle' | 'quote';
  /** The speaker this evidence gives (null: nobody), or undefined when it does not apply. */
  speaker(context: EvidenceContext): string | null | undefined;
}

const opensSentence = ({ layout, sentence, statement }: EvidenceContext) => layout.text.slice(sentence.start, statement.start).trim() === '';
const recentParagraphSpeaker = ({ paragraphSpeaker, sentence }: EvidenceContext) =>
  paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1 ? paragraphSpeaker.name : undefined;

export const speakerEvidence: SpeakerEvidence[] = [
  {
    id: 'participle.same-sentence',
    for: 'participle',
    // '"...," she said, adding that ...': the participle shares the speaker just found in its sentence.
    speaker: ({ statement, resolved, lastSentence }) =>
      resolved.length && lastSentence === statement.sentence ? resolved.at(-1)!.speaker : undefined,
  },
  {
    id: 'participle.subject',
    for: 'participle',
    // "The ministry issued a statement saying ...": the subject of the clause the participle hangs from.
    speaker: ({ statement, sentence, speakers }) => speakers.participleSubject(sentence, statement.cueIndex ?? 0),
  },
  {
    id: 'quote.carries-on',
    for: 'quote',
    // A paragraph that carries on the previous paragraph's unclosed quotation keeps its speaker.
    speaker: (context) => (context.cuedBySentence.has(context.statement.sentence) ? undefined : continuedQuoteSpeaker(context)),
  },
  {
    id: 'quote.cue-in-sentence',
    for: 'quote',
    // '"We acted fast." Nothing was hidden, Ms Hale said.': the cue of the quote's own sentence.
    speaker: ({ statement, layout, cuedBySentence, speakers }) => {
      const cue = cuedBySentence.get(statement.sentence);
      return cue ? speakers.resolve(cue.speakerTokens!, layout.sentences[cue.sentence]!, cue.start) : undefined;
    },
  },
  {
    id: 'quote.later-cue',
    for: 'quote',
    // '"We acted fast. Nothing was hidden," Ms Hale said.' over two sentences: the next quote's cue.
    speaker: ({ raw, statement, layout, speakers }) => {
      const cue = laterQuoteCue(raw, statement, layout);
      return cue ? speakers.resolve(cue.speakerTokens!, layout.sentences[cue.sentence]!, cue.start) : undefined;
    },
  },
  {
    id: 'quote.sentence-subject',
    for: 'quote',
    // 'Reyes recalled the flood: "I watched as ..."': inside a sentence, its own subject speaks.
    speaker: (context) => (opensSentence(context) ? undefined : context.speakers.sentenceSubject(context.sentence) ?? context.paragraphSpeaker?.name ?? null),
  },
  {
    id: 'quote.paragraph-speaker',
    for: 'quote',
    // A quote that opens its sentence: the speaker of this paragraph, or of the one just before.
    speaker: recentParagraphSpeaker,
  },
  {
    id: 'quote.subject-before',
    for: 'quote',
    // 'Mayor Dunmore was asked about the delay. "That is my problem."': the person the sentence before,
    // in the same paragraph, was about.
    speaker: ({ speakers, statement, sentence }) => speakers.personSubjectBefore(statement.sentence) ?? speakers.sentenceSubject(sentence),
  },
];

/** The speaker of a statement with no speaker phrase, by the first evidence that applies. */
export function speakerByEvidence(context: EvidenceContext): string | null {
  const kind = context.statement.participial ? 'participle' : context.statement.inherit ? 'quote' : null;
  for (const evidence of speakerEvidence) {
    if (evidence.for !== kind) continue;
    const speaker = evidence.speaker(context);
    if (speaker !== undefined) return speaker;
  }
  return null;
}

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
function continuedQuoteSpeaker({ layout, resolved, statement }: EvidenceContext): string | null | undefined {
  const index = layout.quotes.findIndex((quote) => quote.start === statement.start);
  if (index < 1 || !layout.quotes[index]!.continues) return undefined;
  const previous = layout.quotes[index - 1]!;
  for (let i = resolved.length - 1; i >= 0; i--) {
    const earlier = resolved[i]!;
    if (earlier.start <= previous.start && previous.start < earlier.end) return earlier.speaker;
  }
  return undefined;
}
