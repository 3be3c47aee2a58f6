// Part-of-speech tags for our rules, aligned to character offsets of the original text.
//
// The tagger is wink-nlp with wink-eng-lite-web-model (MIT, no dependencies), loaded once, lazily,
// with the pipe ['pos'] only: sentence splitting, NER, negation and sentiment are off, and they do
// not change the tags. wink tokens carry no character offsets, so we rebuild them by walking the
// text: skip the whitespace wink drops, expect the token's value right there, and otherwise look for
// it a little further on. A token that cannot be found is left untagged instead of shifting the rest.
//
// Offsets are UTF-16 code units, as everywhere in src/extraction (see types.ts).
import { createRequire } from 'node:module';

export type Pos =
  | 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'PRON' | 'DET' | 'ADP' | 'CCONJ' | 'SCONJ'
  | 'PART' | 'NUM' | 'PUNCT' | 'SYM' | 'INTJ' | 'X' | 'SPACE';

/** Tag code k (1-based; 0 means "no token here") stands for POS_TAGS[k - 1]. */
export const POS_TAGS: readonly Pos[] = Object.freeze([
  'NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ',
  'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ', 'X', 'SPACE',
] as const);

const CODE_OF: Record<string, number> = Object.create(null);
POS_TAGS.forEach((tag, i) => { CODE_OF[tag] = i + 1; });
const X_CODE = CODE_OF.X;

export interface TaggedText {
  readonly text: string;
  /** POS of the token covering character offset `offset`, or null (whitespace, out of range, unaligned). */
  at(offset: number): Pos | null;
  /** Lemma of the token covering `offset` ("said" → "say"), or null. Computed on demand. */
  lemmaAt(offset: number): string | null;
  /** Tokens in text order: [starts[i], ends[i]) and tag code codes[i] (see POS_TAGS). A token that
   * could not be aligned has starts[i] === ends[i] and code 0. */
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly codes: Uint8Array;
  /** Index of the token covering `offset`, or -1. O(log n). */
  tokenAt(offset: number): number;
}

// ---- the model: one instance per process, loaded on first use ------------------------------------
export interface WinkDoc {
  tokens(): {
    out(itsf?: unknown): string[];
    itemAt(k: number): { out(itsf?: unknown): string } | undefined;
  };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let wink: Wink | null = null;
let itsLemma: unknown = null; // kept across resetPos so old TaggedTexts never reload the model

function engine(): Wink {
  if (wink === null) {
    // Both packages are CommonJS; createRequire works the same under node, tsx and vitest.
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    const model: unknown = require('wink-eng-lite-web-model');
    wink = winkNLP(model, ['pos']);
    itsLemma = wink.its.lemma;
  }
  return wink;
}

/** Load the model now (≈0.2–0.7 s, ≈+60 MB RSS) instead of on the first tagText call. */
export function preloadPos(): void {
  engine();
}

/** Drop the model; the next call loads a fresh one. wink keeps every new word it meets in a
 * process-wide cache (a few hundred bytes each), so a process that tags text for ever may call this
 * now and then (e.g. every 10,000 articles) to give that memory back. */
export function resetPos(): void {
  wink = null;
}

// ---- alignment -----------------------------------------------------------------------------------
/** How far past the expected place a token may be found when the fast path fails. */
const RESYNC_WINDOW = 64;

/** Whitespace wink does not turn into tokens (newlines and tabs do become SPACE tokens). */
function dropped(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

class Tagged implements TaggedText {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly codes: Uint8Array,
    private readonly perChar: Uint8Array,
    private readonly doc: WinkDoc | null,
  ) {}

  at(offset: number): Pos | null {
    const c = this.perChar[offset];
    return c ? POS_TAGS[c - 1] : null;
  }

  tokenAt(offset: number): number {
    if (!this.perChar[offset]) return -1;
    // Last token whose start <= offset; placed tokens do not overlap and starts never decrease.
    const { starts } = this;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset < this.ends[lo] ? lo : -1;
  }

  lemmaAt(offset: number): string | null {
    const k = this.tokenAt(offset);
    if (k < 0 || this.doc === null) return null;
    const item = this.doc.tokens().itemAt(k);
    return item ? String(item.out(itsLemma)) : null;
  }
}

export function tagText(text: string): TaggedText {
  if (text.length === 0) return alignTokens(text, [], [], null);
  const w = engine();
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  return alignTokens(text, tokens.out(w.its.value), tokens.out(w.its.pos), doc);
}

/** Place wink's token values on `text` in order (exported for tests; tagText is the API). */
export function alignTokens(text: string, values: readonly string[], tags: readonly string[], doc: WinkDoc | null = null): TaggedText {
  const n = text.length;
  const count = values.length;
  const perChar = new Uint8Array(n);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const codes = new Uint8Array(count);

  let pos = 0; // end of the last aligned token
  for (let k = 0; k < count; k++) {
    const v = values[k];
    const len = v.length;
    let p = pos;
    while (p < n && dropped(text.charCodeAt(p))) p++;
    if (len === 0 || !text.startsWith(v, p)) {
      // wink dropped or changed something: look a little further on, else leave it untagged.
      const i = len === 0 ? -1 : text.slice(p, p + RESYNC_WINDOW + len).indexOf(v);
      if (i < 0) {
        starts[k] = pos;
        ends[k] = pos;
        continue;
      }
      p += i;
    }
    const code = CODE_OF[tags[k]] ?? X_CODE;
    starts[k] = p;
    ends[k] = pos = p + len;
    codes[k] = code;
    if (len === 1) perChar[p] = code;
    else perChar.fill(code, p, pos);
  }
  return new Tagged(text, count, starts, ends, codes, perChar, doc);
}
