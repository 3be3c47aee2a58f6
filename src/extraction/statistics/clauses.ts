// Clauses inside the shared layout's sentences, and the spans whose digits are never statistics.
import type { Span } from '../types.js';

export function clauseSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Span[] = [];
  const pattern = /;|,?\s+(?:while|but|whereas|although|though)\s+|\s[-–—]\s|—/g;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    if (m[0] === ';' && body.lastIndexOf('(', m.index) > body.lastIndexOf(')', m.index)) continue; // "($410; £320.5)"
    cuts.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    clauses.push({ start, end: cut.start });
    start = cut.end;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

/** Markup and addresses, whose digits are never statistics. */
export function skipSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (pattern: RegExp) => {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  if (text.includes('<')) add(/<[^<>]{0,500}>/g);
  if (text.includes('http')) add(/\bhttps?:\/\/\S+/g);
  if (text.includes('www.')) add(/\bwww\.\S+/g);
  if (text.includes('@')) add(/@[\w.-]+/g); // handles and e-mail domains
  if (text.includes('#')) add(/#\w+/g);
  return spans;
}
