// Posts a web page embeds, as a scraper leaves them in the text: `<tweet author="@AnnVale" ...>We will
// not back down. — Ann Vale (@AnnVale) May 2, 2016</tweet>`. The words are the author's own, so the
// post is a DIRECT statement whoever the sentence around it names. Its author is the signature's
// display name when the post is signed, else the handle in the tag (resolved to a name in speakers.ts).
import { lowerBound, trimSpan, type Layout } from '../../text.js';
import type { RawStatement } from '../frame.js';

/** An embedded post element: its tag's attributes and its body. */
const POST = /<(tweet|blockquote)\b([^<>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** "— Ann Vale (@AnnVale) May 2, 2016" at the end of a post: the author's display name and handle. */
const SIGNATURE = /\s[—–-]{1,2}\s*([^\n()—–<>]{2,60}?)\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/;

const AUTHOR = /\bauthor\s*=\s*"([^"]{1,60})"/i;

export function embeddedPosts(layout: Layout): RawStatement[] {
  const { source, text, sentences } = layout;
  if (!source.includes('<')) return [];
  const posts: RawStatement[] = [];
  POST.lastIndex = 0;
  for (let match = POST.exec(source); match; match = POST.exec(source)) {
    const bodyStart = match.index + match[0].indexOf('>') + 1;
    const body = match[3]!;
    const signature = SIGNATURE.exec(body);
    const handle = AUTHOR.exec(match[2]!)?.[1]?.trim().replace(/^@?/, '@');
    const author = signature?.[1]?.trim() || handle || null;
    // (The masked text has the post's links blanked out, so trimming there drops them.)
    const span = trimSpan(text, { start: bodyStart, end: bodyStart + (signature ? signature.index : body.length) }, /[\s,;:—–-]/);
    if (!author || text.slice(span.start, span.end).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) continue;
    const sentence = Math.max(0, lowerBound(sentences, span.start, (s) => s.start) - 1);
    posts.push({ ...span, kind: 'DIRECT', speakerTokens: null, author, sentence, cue: 'post', via: null, confidence: 0.8, rule: 'embed.post' });
  }
  return posts;
}
