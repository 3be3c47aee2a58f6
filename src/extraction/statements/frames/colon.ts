// Frame rule for a quotation after a colon with no speech verb of its own: a name ("pollster Lena
// Ortiz: "Traditionally, ...""), or a clause whose verb publishes ("the union posted online: "...").
import type { Token } from '../../text.js';
import type { Frame } from '../frame.js';
import { speakerBefore } from '../speaker-phrase.js';
import { isOpeningMark, isTimeWord } from '../tokens.js';

/** "... veteran pollster Lena Ortiz: "Traditionally, ..."": a name, a colon, a quotation. */
export function colonFrame(tokens: Token[], sentenceEnd: number): Frame | null {
  const colon = tokens.findIndex((token, i) => token.text === ':' && token.quote === -1 && isOpeningMark(tokens[i + 1]));
  if (colon < 1) return null;
  let start = colon;
  while (start > 0 && tokens[start - 1]!.word && tokens[start - 1]!.capitalised && tokens[start - 1]!.quote === -1) start--;
  // "posted on social media on Friday:": a day or a month before the colon names nobody.
  const published = publishingVerbBefore(tokens, colon);
  if (published !== null) {
    // ("The Courier published a letter from Lena Ortiz: ...": the letter's author speaks, not its publisher.)
    const from = tokens.findIndex((token, i) => i > published && i < colon && /^(from|by)$/.test(token.lower) && !!tokens[i + 1]?.capitalised);
    if (from > 0) {
      let end = from + 1;
      while (end < colon && tokens[end]!.capitalised) end++;
      return frame(tokens, colon, [from + 1, end], 'speech.published-colon-quote', sentenceEnd);
    }
    const phrase = speakerBefore(tokens, published);
    if (phrase) return frame(tokens, colon, phrase, 'speech.published-colon-quote', sentenceEnd);
  }
  if (start === colon || tokens.slice(start, colon).every(isTimeWord)) return null;
  return frame(tokens, colon, [start, colon], 'speech.name-colon-quote', sentenceEnd);
}

function frame(tokens: Token[], colon: number, speaker: [number, number], rule: string, sentenceEnd: number): Frame {
  const opening = tokens[colon + 1]!;
  return {
    cue: colon, cueText: 'colon', lemma: 'colon', speaker, participial: false, via: null, rule, confidence: 0.6,
    frameSpan: { start: tokens[speaker[0]]!.start, end: opening.start },
    content: [{ start: opening.start, end: sentenceEnd }],
  };
}

/** Verbs that put words out in public: "posted", "published", "shared" (a quotation after a colon is what was put out). */
const PUBLISHING_VERBS = /^(posted|posts|published|publishes|shared|shares)$/;

/** "The union posted online on Friday:": the publishing verb at most six words before the colon, not inside a quote. */
function publishingVerbBefore(tokens: Token[], colon: number): number | null {
  for (let k = colon - 1; k >= Math.max(1, colon - 7); k--) {
    const token = tokens[k]!;
    if (token.quote !== -1 || !token.word && token.text !== ',') return null;
    if (PUBLISHING_VERBS.test(token.lower)) return k;
  }
  return null;
}
