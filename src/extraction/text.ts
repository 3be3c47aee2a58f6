// The layout of a story: paragraphs, quotations, sentences and word tokens, all as offsets into
// the original text so that every finding can point back at its exact span.
import { ABBREVIATIONS, STATE_ABBREVIATIONS } from './lexicon.js';
import type { Span } from './types.js';

export interface Quote extends Span {
  /** The quoted words without the marks. */
  innerStart: number;
  innerEnd: number;
  /** False when the quote runs to the end of its paragraph without a closing mark. */
  closed: boolean;
  /** True when this quote opens a paragraph and carries on the previous paragraph's unclosed quote. */
  continues?: boolean;
}

export interface Token extends Span {
  text: string;
  lower: string;
  /** Lowercase without a final period: "gov." -> "gov". */
  bare: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  capitalised: boolean;
  /** Index of the quote this token is inside, or -1. */
  quote: number;
  /** A quotation mark that opens or closes a quote. */
  mark: 'open' | 'close' | null;
}

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export interface Layout {
  /** The story as the rules read it: markup and web addresses blanked out (see `maskMarkup`). */
  text: string;
  /** The story as written, at the same offsets: what a finding's text is cut from. */
  source: string;
  paragraphs: Span[];
  quotes: Quote[];
  sentences: Sentence[];
}

const OPENING = new Set(['“', '"', '«', '„']);
const CLOSING_FOR: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '«': ['»'], '„': ['“', '”'], "''": ["''"], '‘': ['’'] };

/** Paragraphs are separated by line breaks; blank lines are not paragraphs. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) paragraphs.push({ start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return paragraphs;
}

const isLetter = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/**
 * Quotations, paragraph by paragraph. Straight marks toggle; curly marks pair; two apostrophes
 * (`''`) are a quotation mark in some house styles; single curly marks only quote when they sit at
 * word edges (so "Trump’s" is not a quote). A quote left open at the end of a paragraph closes
 * there, and the next paragraph's quote, when that one opens straight away, carries it on (the
 * press convention for a quotation that runs over several paragraphs).
 */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphs) {
    let open: { mark: string; start: number } | null = null;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text[i]!;
      const pair = char === "'" && text[i + 1] === "'" ? "''" : null;
      if (open) {
        const closers = CLOSING_FOR[open.mark]!;
        const mark = pair ?? char;
        // A straight mark that opens (space before, a word after) while a quote is open is the
        // press convention for a quotation running on: `"A. "B."` is one quotation.
        if (mark === '"' && open.mark === '"' && /\s/.test(text[i - 1] ?? ' ') && /[^\s,.;:!?]/.test(text[i + 1] ?? ' ') && /[.!?,]["”]?\s*$/.test(text.slice(open.start, i))) continue;
        const singleOk = mark !== '’' || !isLetter(text[i + 1]);
        if (closers.includes(mark) && singleOk) {
          quotes.push({ start: open.start, end: i + mark.length, innerStart: open.start + open.mark.length, innerEnd: i, closed: true });
          open = null;
          i += mark.length - 1;
        }
        continue;
      }
      if (pair) {
        open = { mark: "''", start: i };
        i += 1;
      } else if (OPENING.has(char)) {
        open = { mark: char, start: i };
      } else if (char === '‘' && !isLetter(text[i - 1]) && isLetter(text[i + 1])) {
        open = { mark: '‘', start: i };
      }
    }
    // A quote still open at the end of its paragraph closes there (a single mark left open was an
    // apostrophe after all); `markContinuations` then marks a quote opening the next paragraph as its sequel.
    if (open && open.mark !== '‘') {
      quotes.push({ start: open.start, end: paragraph.end, innerStart: open.start + open.mark.length, innerEnd: paragraph.end, closed: false });
    }
  }
  return markContinuations(text, quotes, paragraphs);
}

/**
 * The press convention for a quotation that runs over several paragraphs: each paragraph opens with a
 * quotation mark and only the last one closes. Each paragraph's part stays a quotation of its own (a
 * cue can follow any of them), marked as carrying on the one before, so it keeps that one's speaker.
 */
function markContinuations(text: string, quotes: Quote[], paragraphs: Span[]): Quote[] {
  return quotes.map((quote, i) => {
    const previous = quotes[i - 1];
    return previous && !previous.closed && paragraphStartsWith(paragraphs, previous.end, quote.start, text) ? { ...quote, continues: true } : quote;
  });
}

function paragraphStartsWith(paragraphs: Span[], previousEnd: number, quoteStart: number, text: string): boolean {
  const next = paragraphs.find((paragraph) => paragraph.start > previousEnd);
  return !!next && next.start === quoteStart && /^\s*$/.test(text.slice(previousEnd, next.start));
}


/** Whether the period at `index` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, index).toLowerCase();
  if (!word) return false;
  // "£5m.", "3bn.", "40p.": a scale or unit after digits, not an initial
  if (start > 0 && /\d/.test(text[start - 1]!)) return false;
  // "HARRISBURG, Pa. (AP) —", "in Fresno, Calif., where": a state after a town and a comma, when what
  // follows cannot open a sentence (a bracket, a dash, a comma, a lowercase word) or the town is a
  // dateline's, in capitals at the start of a line. ("He moved to Seattle, Wash. The move ..." ends one.)
  if (STATE_ABBREVIATIONS.has(word) && /^\p{Lu}/u.test(text[start]!) && /\p{L},\s*$/u.test(text.slice(Math.max(0, start - 3), start))) {
    const next = text.slice(index + 1, index + 4);
    if (/^\s*([(,—–-]|\p{Ll})/u.test(next)) return true;
    const line = text.lastIndexOf('\n', start) + 1;
    if (/^[\p{Lu} .'’-]{3,},\s*$/u.test(text.slice(line, start))) return true;
  }
  if (/^\p{L}$/u.test(word)) return true; // an initial: "A. Smith", "J."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "A.E", "D.C"
  return ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

// A number with thousands separators ("2,093", "1,250.5") is one word, as the reader reads it.
const WORD = /(\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string, start: number, end: number, quotes: Quote[]): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let quoteIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    let value = match[0];
    const tokenStart = start + match.index;
    // Keep a final period only on abbreviations ("Gov.", "U.S."); otherwise it is punctuation.
    if (value.length > 1 && value.endsWith('.') && !isAbbreviation(text, tokenStart + value.length - 1)) {
      value = value.slice(0, -1);
      WORD.lastIndex = match.index + value.length;
    }
    const tokenEnd = tokenStart + value.length;
    while (quoteIndex < quotes.length && quotes[quoteIndex]!.end <= tokenStart) quoteIndex++;
    const quote = quotes[quoteIndex];
    const inside = quote && quote.innerStart <= tokenStart && tokenEnd <= quote.innerEnd ? quoteIndex : -1;
    const word = match[1] !== undefined;
    const mark = quote && inside === -1 && !word ? (quote.start <= tokenStart && tokenEnd <= quote.innerStart ? 'open' : quote.innerEnd <= tokenStart && tokenEnd <= quote.end ? 'close' : null) : null;
    let lower = value.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const first = value.charCodeAt(0);
    tokens.push({
      mark,
      start: tokenStart,
      end: tokenEnd,
      text: value,
      lower,
      bare: lower.endsWith('.') ? lower.slice(0, -1) : lower,
      word,
      capitalised: word && (first >= 65 && first <= 90 || first > 127 && UPPER.test(value)),
      quote: inside,
    });
  }
  return tokens;
}

const ATTRIBUTION_AHEAD = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}(said|says|asked|asks|told|added|wrote|writes|tweeted|shouted|yelled|exclaimed|declared|replied)\b/u;

/**
 * Sentences end at . ! ? (with any closing marks) before a capital, a digit or an opening mark,
 * never after an abbreviation and never inside a quotation: a quoted passage of several
 * sentences stays in the sentence that attributes it.
 */
export function findSentences(text: string, paragraphs: Span[], quotes: Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  const insideQuote = (index: number) => {
    const quote = quotes[lowerBound(quotes, index, (q) => q.innerEnd - 1) ];
    return !!quote && quote.innerStart <= index && index < quote.innerEnd - 1;
  };
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let start = paragraph.start;
    // The next sentence may open with a quotation mark, two apostrophes ('') included.
    const boundary = /[.!?]+["'”’»)\]]*(?=\s+(?:''|["“‘'(\[])?[\p{Lu}\p{N}])/gu;
    const slice = text.slice(paragraph.start, paragraph.end);
    for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
      const at = paragraph.start + match.index;
      if (match[0][0] === '.' && match[0].length === 1 && isAbbreviation(text, at)) continue;
      if (insideQuote(at)) continue;
      const end = at + match[0].length;
      // '"Perpetual motion!" Rep. Jane Doe said.': a quote ending in ! or ? is still attributed
      // by the words that follow it.
      if (/[!?]/.test(match[0]) && /["”’']$/.test(match[0]) && ATTRIBUTION_AHEAD.test(text.slice(end, Math.min(paragraph.end, end + 90)))) continue;
      sentences.push({ start, end, paragraph: paragraphIndex, tokens: tokenize(text, start, end, quotes) });
      start = end;
      while (start < paragraph.end && /\s/.test(text[start]!)) start++;
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end, paragraph: paragraphIndex, tokens: tokenize(text, start, paragraph.end, quotes) });
  });
  return sentences;
}

export function layOut(source: string): Layout {
  const text = maskMarkup(source);
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return { text, source, paragraphs, quotes, sentences: findSentences(text, paragraphs, quotes) };
}

/**
 * Tags a web page left in the text (`<tweet author="..." id="...">`, `</p>`), web addresses and a post signature's "(@handle)" are no
 * prose: their attribute values would read as quotations, their ids as numbers and their handles as
 * names. Each is replaced by as many spaces, so every offset still points into the story as written.
 */
export function maskMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('(@') && !/https?:|www\.|pic\.twitter\.com\/|t\.co\//.test(text)) return text;
  return text.replace(MARKUP, (found) => found.replace(/[^\n]/g, ' '));
}

const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s+[a-z_:][a-z0-9_:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|\(@\w{1,30}\)|(?:\bhttps?:\/\/|\bwww\.|\bpic\.twitter\.com\/|\bt\.co\/)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]/gi;

/**
 * The index of the first item whose key is greater than `value` (items sorted by key): binary
 * search, so that lookups by offset stay cheap on very long stories.
 */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Trims whitespace and the given characters from both ends of a span. */
export function trimSpan(text: string, span: Span, chars = /[\s,;:—–-]/): Span {
  let { start, end } = span;
  while (start < end && chars.test(text[start]!)) start++;
  while (end > start && chars.test(text[end - 1]!)) end--;
  return { start, end };
}
