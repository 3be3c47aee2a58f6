// Frame rule for a name introducing a quotation with a colon: "pollster Lena Ortiz: "Traditionally, ...""
import type { Token } from '../../text.js';
import type { Frame } from '../frame.js';
import { isOpeningMark } from '../tokens.js';

/** "... veteran pollster Lena Ortiz: "Traditionally, ..."": a name, a colon, a quotation. */
export function colonFrame(tokens: Token[], sentenceEnd: number): Frame | null {
  const colon = tokens.findIndex((token, i) => token.text === ':' && token.quote === -1 && isOpeningMark(tokens[i + 1]));
  if (colon < 1) return null;
  let start = colon;
  while (start > 0 && tokens[start - 1]!.word && tokens[start - 1]!.capitalised && tokens[start - 1]!.quote === -1) start--;
  if (start === colon) return null;
  const opening = tokens[colon + 1]!;
  return {
    cue: colon, cueText: 'colon', lemma: 'colon', speaker: [start, colon], participial: false, via: null, rule: 'speech.name-colon-quote', confidence: 0.6,
    frameSpan: { start: tokens[start]!.start, end: opening.start },
    content: [{ start: opening.start, end: sentenceEnd }],
  };
}
