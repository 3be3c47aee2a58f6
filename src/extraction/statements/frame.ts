// The shapes the statement stage passes between its steps: a Frame (one cue, its speaker phrase, where
// its content lies, the rule that found it) and a RawStatement (a span of content with its unresolved
// speaker phrase).
import type { Token } from '../text.js';
import type { Span } from '../types.js';

export interface Frame {
  /** Token index of the cue in the sentence. */
  cue: number;
  cueText: string;
  lemma: string;
  /** The speaker phrase, as token indexes [from, to). */
  speaker: [number, number] | null;
  /** Where the reported content lies: before the cue (", he said") or after it. */
  content: Span[];
  /** Characters the frame itself occupies, which no content may include. */
  frameSpan: Span;
  participial: boolean;
  via: string | null;
  confidence: number;
  /** Which rule made the frame: recorded on every statement it yields. */
  rule: string;
}

export interface RawStatement extends Span {
  kind: 'DIRECT' | 'INDIRECT';
  speakerTokens: Token[] | null;
  sentence: number;
  cue: string | null;
  via: string | null;
  confidence: number;
  /** A post's author as the page names it (a display name or an "@handle"), resolved to a speaker in speakers.ts. */
  author?: string;
  /** Set for quotes without a cue of their own: they take the speaker of their paragraph. */
  inherit?: boolean;
  /** ", adding that ...", "a statement saying that ...": the speaker is the clause's subject. */
  participial?: boolean;
  /** Token index of the cue in its sentence. */
  cueIndex?: number;
  /** The rule that found it ("speech.that-clause", "quote.uncued"). */
  rule: string;
}
