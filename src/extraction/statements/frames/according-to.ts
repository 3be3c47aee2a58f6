// Frame rules for "according to X, ..." and "..., according to X".
import { NON_SPEAKER_HEADS } from '../../lexicon.js';
import type { Layout, Sentence } from '../../text.js';
import type { Frame } from '../frame.js';
import { finiteClauseAhead, posOf } from '../clause.js';
import { isSentenceEnd } from '../tokens.js';

export function accordingTo(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  let i = k + 2;
  const start = i;
  while (i < tokens.length && (tokens[i]!.word || /^[&'’\-]$/.test(tokens[i]!.text)) && tokens[i]!.quote === -1) i++;
  if (i === start) return null;
  const speaker: [number, number] = [start, i];
  const head = tokens.slice(start, i).filter((t) => t.word).at(-1)!;
  // ("according to figures" is no one's statement; "according to the Department of Revenue Analysis" names a body.)
  if (NON_SPEAKER_HEADS.test(head.lower) && !head.capitalised) return null;
  const before = tokens[k - 1];
  const cueStart = before?.text === ',' ? before.start : tokens[k]!.start;
  if (k === 0 || (k === 1 && !tokens[0]!.word)) {
    // "According to X, content." ("According to Harlow Bank there are ...": the comma may be left out after a name.)
    const unmarked = tokens[i]?.text === ',' ? -1 : clauseAfterName(layout, sentence, start, i);
    if (unmarked > 0) {
      return {
        cue: k, cueText: 'according to', lemma: 'according', speaker: [start, unmarked], participial: false, via: null, rule: 'according-to.leading', confidence: 0.7,
        frameSpan: { start: tokens[k]!.start, end: tokens[unmarked - 1]!.end },
        content: [{ start: tokens[unmarked]!.start, end: sentenceEnd }],
      };
    }
    const comma = tokens[i]?.text === ',' ? i : -1;
    if (comma < 0) return null;
    return {
      cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.leading', confidence: 0.8,
      frameSpan: { start: tokens[k]!.start, end: tokens[comma]!.end },
      content: [{ start: tokens[comma + 1]?.start ?? sentenceEnd, end: sentenceEnd }],
    };
  }
  // "there was evidence, according to Gartner, that some markets ...": the that-clause after it is the content.
  // (Not "It was the first time, according to X, that ..." or "so close, according to X, that ...": there
  // the "that" finishes the sentence's own clause, which is the claim.)
  const cleft = /^it$/i.test(tokens[0]?.text ?? '') && /^(is|was|has|had)$/.test(tokens[1]?.lower ?? '') || tokens.slice(0, k).some((token) => /^(so|such)$/.test(token.lower));
  if (!cleft && tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'that' && before?.text === ',') {
    return {
      cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.that-clause', confidence: 0.75,
      frameSpan: { start: cueStart, end: tokens[i]!.end },
      content: [{ start: tokens[i + 1]!.start, end: sentenceEnd }],
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

/**
 * "According to Harlow Bank there are ...": where a capitalised name ends and a clause starts with no comma
 * between them, the index of the clause's first word; -1 when there is no such point.
 */
function clauseAfterName(layout: Layout, sentence: Sentence, start: number, end: number): number {
  const { tokens } = sentence;
  const pos = posOf(layout.text, sentence);
  for (let j = start + 1; j < end && j < start + 8; j++) {
    if (!tokens[j - 1]!.capitalised) return -1;
    if (!tokens[j]!.capitalised && tokens[j]!.word && !/^(of|for|and|&|de|the)$/.test(tokens[j]!.lower)) return finiteClauseAhead(tokens, j, pos) ? j : -1;
  }
  return -1;
}
