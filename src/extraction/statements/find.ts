// Statement finding, the first step of the statement stage: runs the frame rules over each sentence,
// cuts each frame's content where another frame starts, turns content into statements (DIRECT when
// all quoted), adds quotations no cue claimed, and resolves overlaps.
import { PARTICIPLE_OPENERS, SPEECH_VERB_LEMMA, THAT_ONLY_VERBS, isIssuedDocument, phrasalSpeechVerb } from '../lexicon.js';
import { lowerBound, type Layout, type Sentence, type Token } from '../text.js';
import type { Span } from '../types.js';
import type { Frame, RawStatement } from './frame.js';
import { accordingTo } from './frames/according-to.js';
import { asParentheticalFrame, isAsCue } from './frames/as-parenthetical.js';
import { colonFrame } from './frames/colon.js';
import { embeddedPosts } from './frames/embedded-post.js';
import { headlineFrame, headlineVerbFrame } from './frames/headline.js';
import { isSpeechNounCue, speechNounFrame } from './frames/speech-noun.js';
import { speechFrame } from './frames/speech-verb.js';
import { isQuotedAsCue, quotedAsFrame } from './frames/quoted-as.js';
import { transcriptTurn } from './frames/transcript.js';
import { continuesVerbPhrase, hasVerb, posOf } from './clause.js';
import { saysItHappened } from './cue.js';
import { withSubject } from './speaker-phrase.js';
import { hasWords, insideQuotes, wordBeforeParticiple, isAllQuoted, isOpeningMark, isTitleCased, tokensText, trailingEnd, trimContent } from './tokens.js';

/** A rule that reads one sentence as a whole; it yields the sentence's only frame. */
interface SentenceRule {
  id: string;
  frame(layout: Layout, sentence: Sentence, sentenceEnd: number): Frame | null;
}

/** A rule that starts at one word of the sentence (a cue); a sentence may hold several such frames. */
interface CueRule {
  id: string;
  /** Whether token `k` can be this rule's cue. */
  cueAt(tokens: Token[], k: number, text: string, sentence: Sentence): boolean;
  frame(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null;
}

/** Headlines and transcripts: whole-sentence forms, tried first; the first that matches wins. */
const sentenceRules: SentenceRule[] = [
  { id: 'headline.speaker-colon', frame: headlineFrame },
  { id: 'headline.speaker-verb', frame: headlineVerbFrame },
  { id: 'transcript.turn', frame: transcriptTurn },
];

/** "according to" first (it can carry the relaying source of another frame), then speech verbs. */
const cueRules: CueRule[] = [
  {
    id: 'according-to',
    cueAt: (tokens, k) => tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to',
    frame: accordingTo,
  },
  {
    id: 'speech-noun',
    cueAt: isSpeechNounCue,
    frame: speechNounFrame,
  },
  {
    id: 'quoted-as',
    cueAt: isQuotedAsCue,
    frame: quotedAsFrame,
  },
  {
    id: 'as-clause',
    cueAt: isAsCue,
    frame: asParentheticalFrame,
  },
  {
    id: 'speech',
    cueAt: isSpeechCue,
    frame: (layout, sentence, k, sentenceEnd) => speechFrame(layout, sentence, k, speechLemmaAt(sentence.tokens, k)!, sentenceEnd),
  },
];

/** Evaluations need only two words: "called Vale "reckless"", "called him divisive". */
const SHORT_CONTENT_RULES = new Set(['speech.naming', 'speech.quoted-evaluation', 'speech.relative']);

/** Forms that only count when no cue was found in the sentence. */
const fallbackRules: SentenceRule[] = [{ id: 'speech.name-colon-quote', frame: (_layout, sentence, sentenceEnd) => colonFrame(sentence.tokens, sentenceEnd) }];

/** The speech verb at token `k`, by lemma: "said" -> "say", "pointed (out)" -> "point out". */
function speechLemmaAt(tokens: Token[], k: number): string | undefined {
  return SPEECH_VERB_LEMMA.get(tokens[k]!.lower) ?? phrasalSpeechVerb(tokens[k]!.lower, tokens[k + 1]?.lower);
}

/** Whether token `k` is a speech verb used as one (not "did not say", "the stated goal", "by saying"). */
function isSpeechCue(tokens: Token[], k: number, text: string, sentence: Sentence): boolean {
  const token = tokens[k]!;
  if (!speechLemmaAt(tokens, k) || token.capitalised) return false;
  // "did not say", "declined to say", "refused to comment": not statements.
  const previous = token.lower.endsWith('ing') ? wordBeforeParticiple(tokens, k) : tokens[k - 1]?.lower;
  // ("prompted to say, "..."" still introduces the quote that follows.)
  const quoteFollows = /^[,:]$/.test(tokens[k + 1]?.text ?? '') && isOpeningMark(tokens[k + 2]);
  if (previous === 'not' || previous === "n't" || previous === 'never' || (previous === 'to' && !quoteFollows && !saysItHappened(tokens, k - 1)) || /n't$/.test(previous ?? '')) return false;
  if (token.lower.endsWith('ing') && previous && !/^(is|was|are|were|been|be|am)$/.test(previous) && previous !== ',' && !isIssuedDocument(previous)) {
    // "by saying", "the saying": a participle only counts after a comma, a document noun, a
    // subordinator, "with" and its subject, or a verb it carries on ("was heard telling", clause.ts).
    if (!(PARTICIPLE_OPENERS.has(previous) || withSubject(tokens, k) || (previous === 'and' || previous === 'but') && followsParticipleClause(tokens, k) || continuesVerbPhrase(text, sentence, k))) return false;
  }
  // "amid claims that", "over warnings of": a plural noun after a preposition, not a verb.
  if (previous && /s$/.test(token.lower) && /^(amid|over|despite|of|about|against|following|after|with|to|from|by|on|in)$/.test(previous) && !(previous === 'to' && saysItHappened(tokens, k - 1))) return false;
  // "will be written in stone", "was promised last year": a passive reports no one speaking, except to
  // whom it was said or of whom it was asked ("was told that", "was asked whether", "was quoted as").
  if (PASSIVE_BE.test(previous ?? '') && /(ed|en|ten|wn|ld|id|nd)$/.test(token.lower) && !/^(told|asked|quoted|heard|urged|warned|reminded|informed|advised|assured)$/.test(token.lower) && (tokens[k + 1]?.lower !== 'that' || THAT_ONLY_VERBS.has(speechLemmaAt(tokens, k) ?? ''))) return false;
  // Adjectives and nouns that look like cues: "the stated goal", "his remarks", "a promised".
  return !(previous && /^(the|a|an|his|her|their|its|our|my)$/.test(previous) && !token.lower.endsWith('ing'));
}

/** A form of "be" before a past participle: a passive. */
const PASSIVE_BE = /^(be|been|being|is|are|was|were)$/;

/**
 * "..., mocking the budget and (pointedly) saying ...", "..., conceding that A but warning that B": a
 * participle joined by "and" or "but" to a participle
 * clause opened after a comma earlier in the sentence.
 */
function followsParticipleClause(tokens: Token[], k: number): boolean {
  for (let j = k - 2; j > 0; j--) {
    const token = tokens[j]!;
    if (token.quote !== -1) continue;
    if (token.text === ',' || token.text === ';') return false;
    if (token.word && token.lower.endsWith('ing') && !token.capitalised && wordBeforeParticiple(tokens, j) === ',') return true;
  }
  return false;
}

/** The frames of one sentence, by the rules above, in order. */
export function framesOf(layout: Layout, sentence: Sentence): Frame[] {
  const { tokens } = sentence;
  const sentenceEnd = trailingEnd(layout.text, sentence);
  for (const rule of sentenceRules) {
    const frame = rule.frame(layout, sentence, sentenceEnd);
    if (frame) return [frame];
  }
  const frames: Frame[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.quote !== -1 || !tokens[k]!.word) continue;
    const rule = cueRules.find((candidate) => candidate.cueAt(tokens, k, layout.text, sentence));
    const frame = rule?.frame(layout, sentence, k, sentenceEnd);
    if (frame) frames.push(frame);
  }
  if (frames.length) return frames;
  for (const rule of fallbackRules) {
    const frame = rule.frame(layout, sentence, sentenceEnd);
    if (frame) return [frame];
  }
  return [];
}

/**
 * Every statement of the story, in text order, with its speaker phrase still unresolved. Quotes
 * are DIRECT when their content is all inside quotation marks; content that mixes quoted and
 * unquoted words is INDIRECT.
 */
export function findStatements(layout: Layout): RawStatement[] {
  const { text, quotes, sentences } = layout;
  const statements: RawStatement[] = [];
  const claimedQuotes = new Set<number>();

  sentences.forEach((sentence, sentenceIndex) => {
    const frames = framesOf(layout, sentence);
    // "According to X, Y said ...": X relays Y's statement.
    const according = frames.find((frame) => frame.lemma === 'according');
    const speech = frames.filter((frame) => frame.lemma !== 'according');
    if (according && speech.length) {
      const via = tokensText(text, sentence.tokens, according.speaker!);
      for (const frame of speech) {
        frame.via = via;
        // "... recovering fast according to the Herald": the relaying source is not part of the content.
        frame.content = frame.content.map((piece) =>
          piece.start < according.frameSpan.start && according.frameSpan.start < piece.end ? { start: piece.start, end: according.frameSpan.start } : piece,
        );
      }
      frames.splice(frames.indexOf(according), 1);
    }
    for (const frame of frames) {
      // Content stops where another frame starts ("..., adding that ...").
      for (const piece of frame.content) {
        let { start, end } = piece;
        for (const other of frames) {
          if (other === frame) continue;
          // A cue inside the content cuts it only when it hangs off this clause (", adding that",
          // ", according to", ", he said"); "that she was pleased X had said that" stays whole.
          const cuts = other.participial || other.lemma === 'according' || other.content[0]!.start < other.frameSpan.start;
          if (cuts && other.frameSpan.start >= start && other.frameSpan.start < end) {
            if (other.frameSpan.start > frame.frameSpan.start) end = Math.min(end, other.frameSpan.start);
            else start = Math.max(start, other.frameSpan.end);
          }
          // "..., while Cruz said that ...": a new speaker after a comma and a conjunction ends it.
          const opener = other.speaker ? sentence.tokens[other.speaker[0] - 1] : undefined;
          const comma = other.speaker ? sentence.tokens[other.speaker[0] - 2] : undefined;
          if (opener && comma?.text === ',' && /^(while|whilst|but|and|whereas|as|although|though)$/.test(opener.lower) && comma.start > frame.frameSpan.start && comma.start >= start && comma.start < end) {
            end = comma.start;
          }
          // "While Cole said A, he said B": a new clause with its own speaker and cue right after a comma ends it.
          // ("disclosed that after the rape, Bill Clinton called her ...": only after a whole clause, never an opening adverbial.)
          const forward = other.content[0]!.start >= other.frameSpan.end;
          // ("said that when the council met in May, officials told her ...": an opening subordinate clause is no whole clause.)
          const opensSubordinate = /^(?:that\s+)?(when|after|if|because|as|before|since|once|until|unless|although|though|while|whether)\b/i.test(text.slice(start, end));
          if (forward && !opensSubordinate && opener?.text === ',' && opener.start > frame.frameSpan.start && opener.start >= start && opener.start < end && other.frameSpan.start > opener.start && clauseBefore(layout, sentence, start, opener.start)) {
            end = opener.start;
          }
        }
        const span = trimContent(text, { start, end });
        if (span.end - span.start < 3) continue;
        const kind = isAllQuoted(text, span, quotes) ? 'DIRECT' : 'INDIRECT';
        const inside: { quote: Layout['quotes'][number]; index: number }[] = [];
        for (let index = lowerBound(quotes, span.start - 2, (quote) => quote.start); index < quotes.length && quotes[index]!.start <= span.end; index++) {
          const quote = quotes[index]!;
          if (quote.end <= span.end + 1) inside.push({ quote, index });
        }
        if (kind === 'DIRECT') {
          for (const { quote, index } of inside) {
            claimedQuotes.add(index);
            statements.push(rawOf(sentence, sentenceIndex, frame, { start: quote.start, end: quote.end }, 'DIRECT'));
          }
          continue;
        }
        // ("accused Clinton of ducking": a charge's grounds may be one gerund.)
        const minWords = frame.rule === 'speech.charge' ? 1 : SHORT_CONTENT_RULES.has(frame.rule) ? 2 : 3;
        if (!hasWords(text, span, minWords)) continue;
        inside.forEach(({ index }) => claimedQuotes.add(index));
        // "said that A, and that B": two reported clauses, two statements.
        // (A part may be a quotation alone: 'said "we will win" and that ...'.)
        for (const part of splitReportedClauses(text, span, minWords)) statements.push(rawOf(sentence, sentenceIndex, frame, part, isAllQuoted(text, part, quotes) ? 'DIRECT' : 'INDIRECT'));
      }
    }
  });

  // Posts the page embeds: their words are their author's.
  statements.push(...embeddedPosts(layout));

  // Quotations no cue claimed: a full sentence or more in quotation marks is someone speaking.
  quotes.forEach((quote, index) => {
    if (claimedQuotes.has(index)) return;
    const inner = text.slice(quote.innerStart, quote.innerEnd);
    const words = inner.split(/\s+/).filter(Boolean).length;
    const candidate = lowerBound(sentences, quote.start, (sentence) => sentence.start) - 1;
    const sentenceIndex = candidate >= 0 && quote.start < sentences[candidate]!.end ? candidate : -1;
    const sentence = sentences[sentenceIndex];
    if (!sentence) return;
    // Short quotes are mostly titles and cited phrases, unless the quote is a sentence of its own
    // ("That's his problem.").
    const wholeSentence = quote.start <= sentence.start + 1 && text.slice(quote.end, sentence.end).trim().length <= 1 && /[.!?]["”’']*$/.test(text.slice(quote.innerStart, quote.end));
    if (words < 4 && !(wholeSentence && words >= 2)) return;
    // A quote that is only part of a sentence and does not end it reads as a phrase being cited.
    const standsAlone = quote.start <= sentence.start + 1 || /[.!?,]["”’']*$/.test(text.slice(quote.innerStart, quote.end)) || words >= 8;
    if (!standsAlone) return;
    // A title after a possessive ("CNN's "State of the Union"") is not someone speaking.
    if (/['’]s\s*$/.test(text.slice(Math.max(0, quote.start - 4), quote.start))) return;
    if (isTitleCased(inner)) return;
    statements.push({ start: quote.start, end: quote.end, kind: 'DIRECT', speakerTokens: null, sentence: sentenceIndex, cue: null, via: null, confidence: 0.6, inherit: true, rule: 'quote.uncued' });
  });

  statements.sort((a, b) => a.start - b.start);
  return dropOverlaps(statements);
}

export function splitReportedClauses(text: string, span: Span, minWords = 3): Span[] {
  const parts: Span[] = [];
  const pattern = /,?\s+(?:and|but)\s+(?=that\s)/g;
  const content = text.slice(span.start, span.end);
  let start = 0;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
    if (insideQuotes(content, match.index)) continue;
    parts.push({ start: span.start + start, end: span.start + match.index });
    start = match.index + match[0].length;
  }
  parts.push({ start: span.start + start, end: span.end });
  return parts.filter((part) => hasWords(text, part, minWords));
}

export function rawOf(sentence: Sentence, sentenceIndex: number, frame: Frame, span: Span, kind: 'DIRECT' | 'INDIRECT'): RawStatement {
  const speakerTokens = frame.speaker ? sentence.tokens.slice(frame.speaker[0], frame.speaker[1]) : null;
  return {
    ...span,
    kind,
    speakerTokens,
    sentence: sentenceIndex,
    cue: frame.lemma === 'according' ? 'according to' : frame.cueText.toLowerCase(),
    via: frame.via,
    confidence: frame.confidence * (speakerTokens || frame.participial ? 1 : 0.8),
    inherit: !speakerTokens && !frame.participial,
    participial: frame.participial,
    cueIndex: frame.cue,
    rule: frame.participial && frame.rule.startsWith('speech.') ? `${frame.rule}.participle` : frame.rule,
  };
}

export function dropOverlaps(statements: RawStatement[]): RawStatement[] {
  const kept: RawStatement[] = [];
  for (const statement of statements) {
    const previous = kept.at(-1);
    if (previous && statement.start < previous.end) {
      // Keep a post (its author is known), else the one with a speaker phrase, else the longer one.
      const named = (s: RawStatement) => !!s.speakerTokens || !!s.author;
      const better = (a: RawStatement, b: RawStatement) => (!!a.author !== !!b.author ? !!a.author : named(a) !== named(b) ? named(a) : a.end - a.start >= b.end - b.start);
      if (better(statement, previous)) kept[kept.length - 1] = statement;
      continue;
    }
    kept.push(statement);
  }
  return kept;
}

/** Whether the words from `start` to `end` of a sentence hold a clause: a verb the tagger sees. */
function clauseBefore(layout: Layout, sentence: Sentence, start: number, end: number): boolean {
  const tokens = sentence.tokens.filter((token) => token.start >= start && token.end <= end);
  return tokens.length >= 3 && hasVerb(tokens, 0, tokens.length, posOf(layout.text, sentence));
}
