// Small questions about tokens and spans that every statement rule asks: is this a time word, a
// sentence end, a quotation mark; where does the content end; is a span all quoted.
import { MONTHS, TIME_NOUNS, TIME_WORDS, WEEKDAYS } from '../lexicon.js';
import type { Layout, Sentence, Token } from '../text.js';
import type { Span } from '../types.js';

export const isTimeToken = (token: Token, next?: Token) =>
  (/^(this|last|next)$/.test(token.lower) && !!next && (TIME_NOUNS.test(next.lower) || WEEKDAYS.test(next.text))) || isPlainTimeToken(token);

export const isPlainTimeToken = (token: Token) => TIME_WORDS.has(token.lower) || WEEKDAYS.test(token.text) || MONTHS.test(token.text) || /^\d{1,2}$/.test(token.text);

/** A time written as a word ("Wednesday", "yesterday", "March"), not a day's number. */
export const isTimeWord = (token: Token) => isPlainTimeToken(token) && !/^\d/.test(token.text);

export const isSentenceEnd = (token: Token | undefined) => !token || (!token.word && /^[.!?]$/.test(token.text));

export const isClosingMark = (token: Token | undefined) => token?.mark === 'close';

export const isOpeningMark = (token: Token | undefined) => token?.mark === 'open';

/** The end of the sentence's content, without its final full stop. */
export function trailingEnd(text: string, sentence: Sentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?]/.test(text[end - 1]!)) {
    // Keep ? and ! inside a quotation: they are part of the quote.
    if (/[!?]/.test(text[end - 1]!) && end === sentence.end) break;
    end--;
  }
  return end;
}

export function tokensText(text: string, tokens: Token[], [from, to]: [number, number]): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** "HALDEN —", "WASHINGTON (Reuters) -", "FORT PIERCE, Fla. —" at the start of a line: a dateline. */
// "WASHINGTON —", "PARIS (Reuters) -", and in mixed case only with the agency: "Washington (AFP) –".
const DATELINE = /^(?:[A-Z][A-Z.'’ ]{2,}(?:,\s*[A-Z][A-Za-z. ]*)?\s*(?:\([^)\n]{1,40}\)\s*)?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z. ]*)?\s*\([^)\n]{1,40}\)\s*)[—–-]\s*/;

/** How many characters a dateline takes at `start` (the start of a paragraph), 0 when there is none. */
export function datelineLength(text: string, start: number): number {
  if (start !== 0 && text[start - 1] !== '\n') return 0;
  return DATELINE.exec(text.slice(start, start + 80))?.[0].length ?? 0;
}

export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  // The place a story was filed from is no part of what anyone said.
  if (start === 0 || text[start - 1] === '\n') {
    const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
    if (dateline) start += dateline[0].length;
  }
  while (start < end && /[\s,;:—–\-(]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /[\s,;:—–\-(.]/.test(text[end - 1]!)) end--;
    // "called him divisive and | accused him of ...": a conjunction left where the next frame starts.
    const conjunction = /\s(and|but|or|while)$/.exec(text.slice(Math.max(start, end - 7), end));
    if (!conjunction) return { start, end };
    end -= conjunction[0].length;
  }
}

export function hasWords(text: string, span: Span, count: number): boolean {
  return text.slice(span.start, span.end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= count;
}

/** Whether every letter and digit of the span lies inside quotation marks. */
export function isAllQuoted(text: string, span: Span, quotes: Layout['quotes']): boolean {
  let q = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    // Skip spaces and ASCII punctuation quickly; test letters and digits only.
    if (code <= 0x40 && !(code >= 0x30 && code <= 0x39)) continue;
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    while (q < quotes.length && quotes[q]!.innerEnd <= i) q++;
    const quote = quotes[q];
    if (!quote || quote.innerStart > i) return false;
  }
  return true;
}

/** Whether an offset of a string lies inside a quotation opened earlier in it. */
export function insideQuotes(content: string, at: number): boolean {
  const before = content.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  const doubled = (before.match(/''/g) ?? []).length % 2 === 1;
  return straight || curly || doubled;
}

/**
 * The word a participle cue hangs from, lowercased: ", eventually saying" reads as ", saying" and
 * "and pointedly saying" as "and saying" (an adverb between does not count), and '"...," adding' as ", adding" (the comma sits inside the
 * closing quotation mark). "," stands for a comma.
 */
export function wordBeforeParticiple(tokens: Token[], k: number): string | undefined {
  let p = k - 1;
  if (/^[a-z]{3,}ly$/.test(tokens[p]?.text ?? '') && (tokens[p - 1]?.text === ',' || tokens[p - 1]?.lower === 'and')) p--;
  // "sent an email Wednesday saying", "a statement on Monday saying": a time between them.
  if (tokens[p] && isTimeWord(tokens[p]!)) {
    p--;
    if (/^(on|this|last|late|early)$/.test(tokens[p]?.lower ?? '')) p--;
  }
  const before = tokens[p];
  if (before?.mark === 'close') {
    let q = p;
    while (tokens[q]?.mark === 'close') q--;
    if (tokens[q]?.text === ',') return ',';
  }
  return before?.text === ',' ? ',' : before?.lower;
}

/**
 * '"Tales From the Harbour," a drama series': quoted words that are all capitalised but for short
 * function words are a title (a show, a book, a campaign), not someone speaking.
 */
export function isTitleCased(inner: string): boolean {
  const words = inner.replace(/[,.;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || /[!?]/.test(inner)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || word.length <= 3 && /^\p{Ll}+$/u.test(word)) && words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length >= 2;
}
