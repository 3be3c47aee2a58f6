// Frame rule for interview transcripts: "KEANE: I think it will pass."
import { isSiteLabel } from '../../lexicon.js';
import type { Layout, Sentence } from '../../text.js';
import type { Frame } from '../frame.js';
import { trailingEnd } from '../tokens.js';

/** An interview transcript's turn: "KEANE: I think it will pass." runs to the end of its paragraph. */
export function transcriptTurn(layout: Layout, sentence: Sentence, _sentenceEnd?: number): Frame | null {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (paragraph.start !== sentence.start) return null;
  const { tokens } = sentence;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > 3 || !tokens.slice(0, colon).every((token) => token.word && /^[A-Z][A-Z'’.-]+$/.test(token.text))) return null;
  // "CORRECTION:", "EDITOR'S NOTE:", "UPDATE:": the site's own labels, not someone's turn.
  if (isSiteLabel(tokens.slice(0, colon))) return null;
  const from = tokens[colon + 1];
  if (!from) return null;
  return {
    cue: colon, cueText: 'transcript', lemma: 'transcript', speaker: [0, colon], participial: false, via: null, confidence: 0.7, rule: 'transcript.turn',
    frameSpan: { start: tokens[0]!.start, end: from.start },
    content: [{ start: from.start, end: trailingEnd(layout.text, { ...sentence, end: paragraph.end }) }],
  };
}
