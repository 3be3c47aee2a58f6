// The trailing frame: the cue and its speaker come after the content ('"...," he said', "A, analysts
// said, B", "The trouble with the pier, says Ann Lee, a historian, is that ..."). Everything after the
// speaker up to the end of the clause is an aside about the speaker.
import { GROUP_NOUNS, MEDIA_NOUNS, MODAL_OR_AUX, PREPOSITIONS, TRAILING_VERBS } from '../../lexicon.js';
import type { Span } from '../../types.js';
import { finiteClauseAhead, hasVerb, posOf } from '../clause.js';
import { asideEnd } from '../cue.js';
import { isPluralAgent, looksLikeSpeaker } from '../speaker-phrase.js';
import { isAllQuoted, isClosingMark, isOpeningMark, isSentenceEnd, trimContent } from '../tokens.js';
import type { SpeechCue } from './speech-cue.js';

/** Words that open an adverbial before a quote: its time or occasion, not words of its own. */
const OPENS_ADVERBIAL = /^(when|as|while|after|before|if|once|since|because|although|though|in|on|at|during|with|without|despite|asked|speaking|but|and|then|later|earlier)$/;

/** Where the trailing frame starts and what stands on its left. */
export interface Trailing {
  cue: SpeechCue;
  speaker: [number, number];
  /** Token index where the frame starts: the comma or closing mark before the cue or speaker. */
  commaBefore: number;
}

/** Where the trailing frame would start, with the speaker phrase as the frame reads it. */
export function trailingStart(cue: SpeechCue): Trailing | null {
  return frameStartBefore(cue, restIsAside(cue));
}

/** The content and span of the trailing frame, or null when the cue does not end its content. */
export function trailingFrame(trailing: Trailing): { content: Span[]; frameSpan: Span } | null {
  const { cue, commaBefore } = trailing;
  const { tokens, after } = cue;
  const next = tokens[after];
  const leftEnds = commaBefore >= 0 && (tokens[commaBefore]?.text === ',' || isClosingMark(tokens[commaBefore]) || tokens[commaBefore]?.quote !== -1);
  const quoteBefore = commaBefore >= 0 && (isClosingMark(tokens[commaBefore]) || isClosingMark(tokens[commaBefore - 1]));
  // '"...," Smith said in an interview on Sunday, ...': after a quote, the rest of the clause is an aside.
  const titleNext = isOpeningMark(next) && MEDIA_NOUNS.has(tokens[after - 1]?.lower ?? '');
  const asideAfterQuote = quoteBefore && !!next && next.text !== ':' && (!isOpeningMark(next) || titleNext) && next.lower !== 'that';
  if (!leftEnds || !(restIsAside(cue) || asideAfterQuote) || !trailingContentOk(trailing)) return null;
  const frameStart = tokens[commaBefore]!.text === ',' ? tokens[commaBefore]!.start : tokens[commaBefore + 1]!.start;
  const frameEnd = adverbialLead(trailing) ? tokens[after + 1]!.start : asideEnd(tokens, after, cue.sentenceEnd);
  return { content: trailingContent(trailing, frameStart, frameEnd), frameSpan: { start: frameStart, end: Math.min(frameEnd, cue.sentenceEnd) } };
}

/**
 * "The dam is weak officials said.": wire copy drops the comma before a trailing cue that ends the
 * sentence. Only a bare plural group ("officials", "analysts", "police") is read as the speaker there,
 * after a clause with a verb of its own; anything longer is too easily part of the clause.
 */
export function commalessTrailingFrame(cue: SpeechCue): { speaker: [number, number]; content: Span[]; frameSpan: Span } | null {
  const { layout, sentence, tokens, k, after, inverted, participial, sharesSubject } = cue;
  if (inverted || participial || sharesSubject || tokens[after] && !isSentenceEnd(tokens[after])) return null;
  const group = tokens[k - 1];
  const isGroup = !!group?.word && (group.lower === 'police' || !group.capitalised && (GROUP_NOUNS.has(group.lower) || isPluralAgent(group.lower)));
  if (!isGroup) return null;
  const lastOfClause = tokens[k - 2];
  if (!lastOfClause?.word || PREPOSITIONS.has(lastOfClause.lower) || /^(the|a|an|and|or|but|of|many|some|most|few|several|other|two|three|senior|local|top|former|what|whatever|as|than|like|anything|everything|something|nothing)$/.test(lastOfClause.lower)) return null;
  const left = tokens.slice(0, k - 1).filter((token) => token.quote === -1);
  const pos = posOf(layout.text, sentence);
  // "what union members said": a noun before the group modifies it.
  if (pos(lastOfClause.start) === 'NOUN' && !lastOfClause.capitalised) return null;
  if (left.filter((token) => token.word).length < 3 || !hasVerb(left, 0, left.length, pos)) return null;
  const end = tokens[k]!.end;
  return { speaker: [k - 1, k], content: [{ start: sentence.start, end: group.start }], frameSpan: { start: group.start, end: Math.min(end, cue.sentenceEnd) } };
}

/** After '"...," said X' everything up to the end of the clause is about the speaker. */
function restIsAside({ tokens, k, after, inverted }: SpeechCue): boolean {
  const next = tokens[after];
  return !next || isSentenceEnd(next) || next.text === ',' || next.lower === 'of' || next.lower === 'about' || inverted && isClosingMark(tokens[k - 1]);
}

/**
 * The speaker phrase and the token the frame starts at: the comma or closing mark before an inverted
 * cue, or before the speaker phrase ("..., as some officials concede."), reaching back over a role
 * ('"...," chairman Marta Lind said') or an appositive ('"...," the assailant, John Reed, told').
 */
function frameStartBefore(cue: SpeechCue, restIsAside: boolean): Trailing | null {
  const { tokens, k, inverted } = cue;
  let speaker = cue.speaker;
  if (!speaker) return null;
  let commaBefore = inverted ? k - 1 : speaker[0] - 1;
  // "..., as some officials concede.": "as" between the comma and the speaker ends the content too.
  const asCue = !inverted && tokens[commaBefore]?.lower === 'as' && tokens[commaBefore - 1]?.text === ',' && restIsAside;
  if (asCue) commaBefore--;
  // '"...," chairman and chief executive Marta Lind said': the phrase reaches back to the quote.
  if (!inverted && commaBefore >= 0 && tokens[commaBefore]!.word) {
    let j = commaBefore;
    while (j >= 0 && j > commaBefore - 4 && tokens[j]!.word && tokens[j]!.quote === -1) j--;
    if (j >= 0 && isClosingMark(tokens[j])) {
      speaker = [j + 1, speaker[1]];
      commaBefore = j;
    }
  }
  // '"...," the assailant, John Reed, told ...': an appositive description stands between the quote
  // and the name; the frame starts at the quote.
  if (!inverted && tokens[commaBefore]?.text === ',') {
    let j = commaBefore - 1;
    while (j >= 0 && j > commaBefore - 5 && tokens[j]!.word && tokens[j]!.quote === -1 && !tokens[j]!.capitalised) j--;
    if (j < commaBefore - 1 && (isClosingMark(tokens[j]) || tokens[j]?.text === ',' && isClosingMark(tokens[j - 1]))) commaBefore = j;
  }
  return { cue, speaker, commaBefore };
}

/**
 * What comes before ", he said" must be a quote or a clause: "The club secretary, Ravi Mohan, called
 * for a recount" has no content on the left.
 */
function trailingContentOk({ cue, speaker, commaBefore }: Trailing): boolean {
  const { layout, sentence, tokens, after, inverted, lemma } = cue;
  const frameStart = tokens[commaBefore]!.text === ',' ? tokens[commaBefore]!.start : tokens[commaBefore + 1]!.start;
  const leftSpan = trimContent(layout.text, { start: sentence.start, end: frameStart });
  const leftTokens = tokens.filter((t) => t.start >= leftSpan.start && t.end <= leftSpan.end);
  // "Vermont, he said, was ...": a short subject on the left, the rest on the right.
  const resumesClause = MODAL_OR_AUX.test(tokens[after + 1]?.lower ?? '') || posOf(layout.text, sentence)(tokens[after + 1]?.start ?? -1) === 'VERB';
  const parenthetical = tokens[after]?.text === ',' && (!inverted && (/^(he|she|they|it|we)$/.test(tokens[speaker[0]]!.lower) || resumesClause && looksLikeSpeaker(tokens, speaker) || adverbialLead({ cue, speaker, commaBefore })) || inverted && verbResumesAfterAside(cue));
  return parenthetical || isAllQuoted(layout.text, leftSpan, layout.quotes) || ((cue.invertible || TRAILING_VERBS.has(lemma)) && leftTokens.length >= 3 && hasVerb(leftTokens, 0, leftTokens.length, posOf(layout.text, sentence)) && !/^(who|which)$/.test(tokens[commaBefore - 1]?.lower ?? ''));
}

/**
 * "The trouble with the pier, says Ann Lee, a historian, is that ...": after an inverted cue and its
 * aside, the clause goes on with its verb.
 */
function verbResumesAfterAside({ layout, sentence, tokens, after, sentenceEnd }: SpeechCue): boolean {
  const resumed = tokens.find((t) => t.start >= asideEnd(tokens, after, sentenceEnd));
  return !!resumed && (MODAL_OR_AUX.test(resumed.lower) || posOf(layout.text, sentence)(resumed.start) === 'VERB');
}

/**
 * "In the long run, analysts say, the tariff could hurt exporters": a short adverbial opens the
 * sentence, the cue stands between commas, and a whole clause follows it.
 */
function adverbialLead({ cue, speaker, commaBefore }: Trailing): boolean {
  const { layout, sentence, tokens, after, inverted } = cue;
  if (tokens[after]?.text !== ',' || inverted || !looksLikeSpeaker(tokens, speaker)) return false;
  const left = tokens.slice(0, Math.max(0, commaBefore)).filter((t) => t.word);
  return left.length > 0 && left.length <= 6 && !hasVerb(left, 0, left.length, posOf(layout.text, sentence)) && finiteClauseAhead(tokens, after + 1, posOf(layout.text, sentence));
}

/** The content of a trailing frame: the left part, and the right part when the clause goes on after the aside. */
function trailingContent(trailing: Trailing, frameStart: number, frameEnd: number): Span[] {
  const { cue } = trailing;
  const { layout, sentence, tokens, after, inverted, sentenceEnd } = cue;
  const next = tokens[after];
  const leadIsAdverbial = adverbialLead(trailing);
  // An adverbial lead ("In the long run") is no statement of its own: the clause after the cue is.
  // 'When the crowd booed, Ruiz said, "Go home."': what stands before the cue is the time or the
  // occasion of the quote after it, not words of its own.
  const quoteAfterCue = next?.text === ',' && isOpeningMark(tokens[after + 1]);
  const leftSpan = trimContent(layout.text, { start: sentence.start, end: frameStart });
  const leftWords = tokens.filter((t) => t.word && t.start >= leftSpan.start && t.end <= leftSpan.end);
  const opensAdverbial = OPENS_ADVERBIAL.test(leftWords[0]?.lower ?? '');
  const occasion = quoteAfterCue && !inverted && !layout.quotes.some((quote) => quote.start >= leftSpan.start && quote.end <= leftSpan.end) &&
    (opensAdverbial || !hasVerb(leftWords, 0, leftWords.length, posOf(layout.text, sentence)));
  const content: Span[] = leadIsAdverbial || occasion ? [] : [{ start: sentence.start, end: frameStart }];

  // "X, he said, Y": the content goes on after the aside.
  // Only when it reads as more of the same: a quote goes on, or a paraphrase resumes after a
  // pronoun or name ("Those who drive, he said, must pay"), not an appositive after the name.
  if (next?.text === ',' && frameEnd < sentenceEnd) {
    const resumed = tokens.find((t) => t.start >= frameEnd);
    const leftQuoted = !leadIsAdverbial && !occasion && isAllQuoted(layout.text, trimContent(layout.text, content[0]!), layout.quotes);
    // "..., he said, referring to ...", "..., she said, to shake things up": an aside, not more content.
    const aside = !!resumed && (/ing$/.test(resumed.lower) || resumed.lower === 'to');
    if (resumed?.mark === 'open' || leadIsAdverbial || occasion || inverted && !leftQuoted && verbResumesAfterAside(cue) || (!inverted && !leftQuoted && !aside && resumed && !resumed.capitalised && !/^\d/.test(resumed.text) && !/^(a|an|the)$/.test(resumed.lower))) {
      content.push({ start: frameEnd, end: sentenceEnd });
    }
  }
  if (content.length === 2 && !leadIsAdverbial) joinSubjectAndVerb(cue, content);
  return content;
}

/**
 * "The nostalgia, he noted, may be ...": a bare subject on the left and its verb on the right are one
 * clause, reported whole with the aside inside it. (A longer subject too, when it has no verb of its
 * own: "The trouble with the pier, says Ann Lee, is ...".)
 */
function joinSubjectAndVerb({ layout, sentence, tokens }: SpeechCue, content: Span[]): void {
  const [left, right] = content as [Span, Span];
  const leftOfAside = tokens.filter((t) => t.start >= left.start && t.end <= left.end);
  const verblessLeft = !hasVerb(leftOfAside, 0, leftOfAside.length, posOf(layout.text, sentence));
  if ((wordsIn(layout.text, left) <= 3 || verblessLeft) && !isAllQuoted(layout.text, trimContent(layout.text, left), layout.quotes)) {
    const first = tokens.find((t) => t.start >= right.start);
    const pos = posOf(layout.text, sentence);
    if (first && (MODAL_OR_AUX.test(first.lower) || pos(first.start) === 'VERB' || pos(first.start) === 'AUX')) content.splice(0, 2, { start: left.start, end: right.end });
  }
}

function wordsIn(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
