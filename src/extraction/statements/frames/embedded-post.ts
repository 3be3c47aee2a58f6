// Posts a web page embeds, as a scraper leaves them in the text: `<tweet author="@AnnVale" ...>We will
// not back down. — Ann Vale (@AnnVale) May 2, 2016</tweet>`. The words are the author's own, so the
// post is a DIRECT statement whoever the sentence around it names. Its author is the signature's
// display name when the post is signed, else the handle in the tag (resolved to a name in speakers.ts).
import { lowerBound, trimSpan, type Layout } from '../../text.js';
import type { RawStatement } from '../frame.js';

/** The opening tag of an embedded post; its body runs to the matching closing tag, found by `indexOf`. */
const OPENING = /<(tweet|blockquote)\b([^<>]*)>/gi;

/** "(@AnnVale) May 2, 2016" at the end of a post: the handle of the signature, and its date. */
const SIGNED = /\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/;

const AUTHOR = /\bauthor\s*=\s*"([^"]{1,60})"/i;

export function embeddedPosts(layout: Layout): RawStatement[] {
  const { source, text, sentences } = layout;
  if (!source.includes('<')) return [];
  const posts: RawStatement[] = [];
  // (Once a tag name has no closing tag left, its later openings are skipped: linear on hostile text.)
  const lower = source.toLowerCase();
  const unclosed = new Set<string>();
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(source); match; match = OPENING.exec(source)) {
    const name = match[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const bodyStart = match.index + match[0].length;
    const close = lower.indexOf(`</${name}`, bodyStart);
    if (close < 0) {
      unclosed.add(name);
      continue;
    }
    OPENING.lastIndex = close;
    const body = source.slice(bodyStart, close);
    const signature = signatureOf(body);
    const handle = AUTHOR.exec(match[2]!)?.[1]?.trim().replace(/^@?/, '@');
    const author = signature?.name || handle || null;
    // (The masked text has the post's links blanked out, so trimming there drops them.)
    const span = trimSpan(text, { start: bodyStart, end: bodyStart + (signature ? signature.at : body.length) }, /[\s,;:—–-]/);
    if (!author || text.slice(span.start, span.end).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) continue;
    const sentence = Math.max(0, lowerBound(sentences, span.start, (s) => s.start) - 1);
    posts.push({ ...span, kind: 'DIRECT', speakerTokens: null, author, sentence, cue: 'post', via: null, confidence: 0.8, rule: 'embed.post' });
  }
  return posts;
}

/**
 * "... — Ann Vale (@AnnVale) May 2, 2016" at a post's end: the display name after the last spaced
 * dash before the handle ("Prices - up again - Ann Vale (@AnnVale)" is Ann Vale's), and where the
 * signature starts; null when the post is not signed.
 */
function signatureOf(body: string): { name: string; at: number } | null {
  const signed = SIGNED.exec(body);
  if (!signed) return null;
  const before = body.slice(0, signed.index);
  const dash = Math.max(...[' — ', ' – ', ' - ', ' -- ', ' —', ' –'].map((mark) => before.lastIndexOf(mark)));
  if (dash < 0) return null;
  const name = before.slice(dash).replace(/^\s*[—–-]+\s*/, '').trim();
  return name.length >= 2 && name.length <= 60 && !/[<>()\n]/.test(name) ? { name, at: dash } : null;
}
