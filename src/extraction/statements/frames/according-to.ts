// Frame rules for "according to X, ..." and "..., according to X".
import { NON_SPEAKER_HEADS } from '../../lexicon.js';
import type { Layout, Sentence } from '../../text.js';
import type { Frame } from '../frame.js';
import { isSentenceEnd } from '../tokens.js';

export function accordingTo(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  let i = k + 2;
  const start = i;
  while (i < tokens.length && (tokens[i]!.word || /^[&'’\-]$/.test(tokens[i]!.text)) && tokens[i]!.quote === -1) i++;
  if (i === start) return null;
  const speaker: [number, number] = [start, i];
  const head = tokens.slice(start, i).filter((t) => t.word).at(-1)!;
  if (NON_SPEAKER_HEADS.test(head.lower)) return null;
  const before = tokens[k - 1];
  const cueStart = before?.text === ',' ? before.start : tokens[k]!.start;
  if (k === 0 || (k === 1 && !tokens[0]!.word)) {
    // "According to X, content."
    const comma = tokens[i]?.text === ',' ? i : -1;
    if (comma < 0) return null;
    return {
      cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.leading', confidence: 0.8,
      frameSpan: { start: tokens[k]!.start, end: tokens[comma]!.end },
      content: [{ start: tokens[comma + 1]?.start ?? sentenceEnd, end: sentenceEnd }],
    };
  }
  // "content, according to X." (only at the end of the sentence)
  if (i < tokens.length && !isSentenceEnd(tokens[i]) && tokens[i]!.text !== ',') return null;
  return {
    cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.trailing', confidence: 0.75,
    frameSpan: { start: cueStart, end: tokens[i - 1]!.end },
    content: [{ start: sentence.start, end: cueStart }],
  };
}
