// Locating a quoted span in a story: the server computes offsets itself, so a client never has to.

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * The first occurrence of `text` in `body` at or after `from`, falling back to the first
 * occurrence anywhere; null when the body does not contain it.
 */
export function findSpan(body: string, text: string, from = 0): Span | null {
  if (!text) return null;
  let start = body.indexOf(text, from);
  if (start < 0 && from > 0) start = body.indexOf(text);
  return start < 0 ? null : { start, end: start + text.length };
}
