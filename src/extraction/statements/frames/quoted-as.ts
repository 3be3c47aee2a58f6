// Frame rule for a source that relays someone's words: "the agency quoted Dana Pryce as saying ...",
// "..., the paper quoted her as saying." and the passive "Pryce was quoted as saying ...". The person
// quoted is the speaker; the outlet that quoted them is the relaying source (`via`), not the speaker.
import type { Layout, Sentence, Token } from '../../text.js';
import type { Frame } from '../frame.js';
import { speakerBefore } from '../speaker-phrase.js';
import { isAllQuoted, isClosingMark, isSentenceEnd, trimContent } from '../tokens.js';

const QUOTING_VERB = /^(quoted|quotes|quoting|cited|cites|citing)$/;
const SAYING = /^(saying|stating|telling|warning|claiming|describing|calling)$/;
const PASSIVE_AUX = /^(was|were|is|are|been|being)$/;

/** Whether token `k` is the "saying" of "quoted X as saying". */
export function isQuotedAsCue(tokens: Token[], k: number): boolean {
  return SAYING.test(tokens[k]!.lower) && tokens[k - 1]?.lower === 'as' && quotingVerbBefore(tokens, k - 1) >= 0;
}

/** The quoting verb a few words before "as" ("quoted local shop owner Dana Pryce, 54, as"), or -1. */
function quotingVerbBefore(tokens: Token[], as: number): number {
  for (let j = as - 1; j >= 0 && j >= as - 10; j--) {
    const token = tokens[j]!;
    if (QUOTING_VERB.test(token.lower)) return j;
    if (token.quote !== -1 || isSentenceEnd(token) || token.text === ':' || token.text === ';') return -1;
  }
  return -1;
}

export function quotedAsFrame(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  const as = k - 1;
  const q = quotingVerbBefore(tokens, as);
  if (q < 0) return null;
  const passive = PASSIVE_AUX.test(tokens[q - 1]?.lower ?? '');
  // The person quoted: the object of "quoted" up to its first comma ("Dana Pryce, 54,"), or the
  // subject of the passive.
  let speaker: [number, number] | null;
  let source: [number, number] | null = null;
  if (passive) {
    speaker = speakerBefore(tokens, q - 1);
  } else {
    let end = q + 1;
    while (end < as && tokens[end]!.word) end++;
    speaker = end > q + 1 ? [q + 1, end] : null;
    source = speakerBefore(tokens, q);
  }
  if (!speaker) return null;
  const frameFrom = passive ? speaker[0] : source?.[0] ?? q;
  const via = source ? layout.text.slice(tokens[source[0]]!.start, tokens[source[1] - 1]!.end).replace(/^(the|The)\s+/, '') : null;
  const base = { cue: k, cueText: `${tokens[q]!.text} … as ${tokens[k]!.text}`, lemma: 'say', speaker, participial: false, via, confidence: 0.8 };

  const next = tokens[k + 1];
  if (!next || isSentenceEnd(next) || next.text === ',') {
    // '"...," the agency quoted Dana Pryce as saying.': the content is before the frame.
    const before = tokens[frameFrom - 1];
    if (!before || !(before.text === ',' || isClosingMark(before))) return null;
    const frameStart = before.text === ',' ? before.start : tokens[frameFrom]!.start;
    const content = trimContent(layout.text, { start: sentence.start, end: frameStart });
    if (content.end <= content.start || !isAllQuoted(layout.text, content, layout.quotes) && tokens.filter((t) => t.word && t.end <= frameStart).length < 4) return null;
    return { ...base, content: [{ start: sentence.start, end: frameStart }], frameSpan: { start: frameStart, end: next && next.text === ',' ? next.start : tokens[k]!.end }, rule: 'speech.quoted-as-saying' };
  }
  // "The agency quoted Dana Pryce as saying (that) the plant would close.": the content follows.
  const from = next.lower === 'that' ? k + 2 : k + 1;
  if (!tokens[from]) return null;
  return { ...base, content: [{ start: tokens[from]!.start, end: sentenceEnd }], frameSpan: { start: tokens[frameFrom]!.start, end: tokens[from]!.start }, rule: 'speech.quoted-as-saying' };
}
