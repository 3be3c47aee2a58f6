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

/** The occurrence of `text` in `body` whose start is closest to `near`; null when there is none. */
export function nearestSpan(body: string, text: string, near: number): Span | null {
  let best: Span | null = null;
  for (let start = body.indexOf(text); start >= 0 && text; start = body.indexOf(text, start + 1)) {
    if (!best || Math.abs(start - near) < Math.abs(best.start - near)) best = { start, end: start + text.length };
    if (start > near) break;
  }
  return best;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
