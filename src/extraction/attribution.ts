// Who said what: finds speech cues in each sentence ("X said that ...", "..., he said",
// "according to X, ...", "X told reporters: "...""), the speaker phrase each cue governs and the
// reported content, then attaches quotations that no cue governs to the speaker of their
// paragraph. Speaker phrases are turned into names by `SpeakerResolver`.
import { GROUP_NOUNS, PERSON_ROLE_NOUNS, SPOKESPERSON, LISTENER_VERBS, MONTHS, SPEAKER_VERB_FILLERS, SPEECH_VERB_LEMMA, WEAK_VERBS, WEEKDAYS, CLAUSE_OPENERS } from './lexicon.js';
import type { SpeakerResolver } from './speakers.js';
import { speakerProblem } from './speaker-check.js';
import { tagText, type TaggedText } from './pos.js';
import { lowerBound, type Layout, type Sentence, type Token } from './text.js';
import type { ExtractedStatement, Span } from './types.js';

interface Frame {
  /** Token index of the cue in the sentence. */
  cue: number;
  cueText: string;
  lemma: string;
  /** The speaker phrase, as token indexes [from, to). */
  speaker: [number, number] | null;
  /** Where the reported content lies: before the cue (", he said") or after it. */
  content: Span[];
  /** Characters the frame itself occupies, which no content may include. */
  frameSpan: Span;
  participial: boolean;
  via: string | null;
  confidence: number;
  /** Which rule made the frame: recorded on every statement it yields. */
  rule: string;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'via', 'through', 'over', 'outside', 'inside', 'following', 'ahead', 'of', 'about', 'for', 'since', 'under', 'near', 'across', 'amid', 'upon', 'by']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'two', 'three', 'several', 'some']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'again', 'also', 'previously', 'repeatedly', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'ago', 'once', 'twice', 'privately', 'publicly', 'separately', 'then', 'now', 'too', 'flatly', 'bluntly', 'simply', 'only', 'just', 'even', 'still', 'already', 'frequently', 'often', 'openly', 'late', 'early', 'shortly', 'recently', 'afterward', 'afterwards', 'subsequently', 'firmly', 'clearly', 'explicitly', 'directly', 'angrily', 'quietly', 'confidently']);
const NOT_CLAUSE_STARTS = new Set(['this', 'so', 'nothing', 'something', 'anything', 'yes', 'little', 'goodbye', 'hello', 'thanks', 'otherwise', 'as', 'and', 'or', 'but', 'what', 'how', 'why', 'when', 'where', 'whether', 'if', 'who', 'which', 'very', 'too', 'enough', 'hi', 'sorry', 'okay', 'ok', 'aloud', 'out', 'up', 'down', 'off', 'goodnight', 'grace', 'cheese']);
const CLAUSE_START_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'the', 'a', 'an', 'both', 'all', 'some', 'many', 'most', 'no', 'those', 'these', 'every', 'each', 'any', 'neither', 'either', 'one', 'such', 'none', 'nobody', 'everyone', 'people', 'more']);
const NON_SPEAKER_HEADS = /^(poll|polls|survey|surveys|data|figures|numbers|statistics|study|studies|research|evidence|records|documents|results|estimates|projections|analysis|count|tally|census|index|report)$/i;

const TIME_NOUNS = /^(week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|time|quarter|season)$/;
const isTimeToken = (token: Token, next?: Token) =>
  (/^(this|last|next)$/.test(token.lower) && !!next && (TIME_NOUNS.test(next.lower) || WEEKDAYS.test(next.text))) || isPlainTimeToken(token);
const isPlainTimeToken = (token: Token) => TIME_WORDS.has(token.lower) || WEEKDAYS.test(token.text) || MONTHS.test(token.text) || /^\d{1,2}$/.test(token.text);
const isSentenceEnd = (token: Token | undefined) => !token || (!token.word && /^[.!?]$/.test(token.text));

/** Skips adverbs and time adjuncts leftwards from `k` (exclusive); returns the new end. */
function skipFillersLeft(tokens: Token[], k: number): number {
  let end = k;
  for (;;) {
    const token = tokens[end - 1];
    if (!token) return end;
    if (token.word && (SPEAKER_VERB_FILLERS.has(token.lower) || isTimeToken(token) || /ly$/.test(token.lower) && !token.capitalised && token.lower.length > 4)) {
      // "on Friday", "last week": drop the preposition or modifier with the time word.
      end--;
      const before = tokens[end - 1];
      if (before && (before.lower === 'on' || before.lower === 'last' || before.lower === 'this' || before.lower === 'late' || before.lower === 'early')) end--;
      continue;
    }
    return end;
  }
}

/**
 * The speaker phrase ending just before the cue: walks left over words until a clause boundary
 * (a comma, a conjunction, a quotation mark, the start of the sentence). An appositive between
 * commas ("McAuliffe, a Democrat, said") is stepped over to the name before it.
 */
export function speakerBefore(tokens: Token[], cue: number): [number, number] | null {
  let end = skipFillersLeft(tokens, cue);
  if (end === 0) return null;
  // "the Bureau of Fisheries Research (BFR) added": step over the bracket.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open >= 0 && end - open < 8 && tokens[open]!.text !== '(') open--;
    if (open > 0 && tokens[open]!.text === '(') end = open;
  }
  // ", meanwhile," / ", however,": a parenthetical adverb between commas.
  while (tokens[end - 1]?.text === ',' && tokens[end - 3]?.text === ',' && tokens[end - 2]!.word && !tokens[end - 2]!.capitalised) end = skipFillersLeft(tokens, end - 3);
  if (tokens[end - 1]?.text === ',') return appositiveSpeaker(tokens, end - 1);
  let start = end;
  while (start > 0) {
    const token = tokens[start - 1]!;
    if (!token.word && !/^[&'’\-]$/.test(token.text) || token.mark) break;
    if (token.quote !== -1) break;
    if (CLAUSE_OPENERS.has(token.lower)) break;
    if (token.lower === 'who' || token.lower === 'which') break;
    // "..., with traders saying ...": the participle's subject starts after "with".
    if (token.lower === 'with' && tokens[cue]?.lower.endsWith('ing')) break;
    start--;
    if (end - start > 12) return null;
  }
  // "Lise Moreau, who told the paper that ...": the name before ", who".
  if (start === end && tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.text === ',') return phraseBefore(tokens, end - 2);
  if (start === end) return null;
  // "Olwen Price, Green Party transport spokeswoman said": a description after a name and a comma.
  if (tokens[start - 1]?.text === ',' && !isName(tokens, [start, end]) && !tokens[end - 1]!.capitalised) {
    const before = phraseBefore(tokens, start - 1);
    if (before && isName(tokens, before) && before[1] - before[0] <= 4 && (before[0] === 0 || !tokens[before[0] - 1]!.word)) return before;
  }
  // Relative clause: "Trump, who has said" -> the name before ", who".
  if (tokens[start - 1]?.lower === 'who' && tokens[start - 2]?.text === ',') {
    return phraseBefore(tokens, start - 2);
  }
  if (tokens[start]?.lower === 'who' || CLAUSE_OPENERS.has(tokens[start]!.lower)) start++;
  // A verb inside the phrase means the walk crossed into another clause: "Marsh conferred
  // with club officials and ... said" is not a speaker phrase; keep what follows the verb.
  for (let i = end - 2; i > start; i--) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (!token.capitalised && looksFinite(token) && (previous.capitalised || /^(he|she|they|it|we|i)$/.test(previous.lower))) {
      start = i + 1;
      while (start < end && !tokens[start]!.capitalised && !/^(the|a|an)$/.test(tokens[start]!.lower) && end - start > 1) start++;
      break;
    }
  }
  if (start >= end) return null;
  // "McAuliffe, a Democrat, said": the phrase is an appositive; prefer the name before it.
  if (tokens[start - 1]?.text === ',' && /^(a|an|the)$/.test(tokens[start]!.lower)) {
    const before = phraseBefore(tokens, start - 1);
    if (before && isName(tokens, before)) return before;
  }
  // "In 2010 she said": a pronoun at the end of the phrase is the subject.
  if (end - start > 1 && /^(he|she|they|it|we|i)$/.test(tokens[end - 1]!.lower)) return [end - 1, end];
  return [start, end];
}

const FINITE = /^(is|was|are|were|has|have|had|became|got|made|went|took|met|gave|did|does|do|says|thinks|believes|wants|needs|sat|stood|spoke|ran|won|lost|came|left|held|kept|felt|knew|saw|told)$/;
function looksFinite(token: Token): boolean {
  return FINITE.test(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed'));
}

/**
 * "Okafor, a Democrat, said" / "And a second, Pavel Ruiz, said" / "Ines Laird, director
 * general of the agency, said": of the two phrases between commas, the one with a name speaks.
 */
function isName(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end);
  return words.every((token) => token.capitalised || /^(of|de|van|von|and|&|-)$/.test(token.lower)) && !NOT_NAME_STARTS.test(words[0]!.lower) && !/ly$|less$/.test(words[0]!.bare);
}
const NOT_NAME_STARTS = /^(a|an|the|however|meanwhile|but|and|yet|still|instead|moreover|also|now|then|indeed|separately|similarly|likewise|later|earlier|finally|in|on|at|for|nevertheless|nonetheless|furthermore|additionally|overall|yesterday|today|thus|hence|therefore|again|so|despite|after|before|since|while|when|although|though)$/;

/** The words between the comma before `comma` (or the clause start) and `comma`. */
function segmentBefore(tokens: Token[], comma: number): [number, number] | null {
  let start = comma;
  while (start > 0 && tokens[start - 1]!.text !== ',' && tokens[start - 1]!.quote === -1 && !tokens[start - 1]!.mark && comma - start < 25) start--;
  return start < comma ? [start, comma] : null;
}

function appositiveSpeaker(tokens: Token[], comma: number): [number, number] | null {
  // Walk back over appositives ("Tomas Hale, 42, a baker, said"; "Nora Quist, who also
  // chairs ..., said") to the segment that names someone.
  let segment = segmentBefore(tokens, comma);
  for (let hops = 0; segment && hops < 3; hops++) {
    const first = tokens[segment[0]]!;
    const descriptive = !isName(tokens, segment) && (/^(who|which|whose|a|an|the|\d.*)$/.test(first.lower) || !first.capitalised || segment[1] - segment[0] > 6);
    if (!descriptive || tokens[segment[0] - 1]?.text !== ',') break;
    const previous = segmentBefore(tokens, segment[0] - 1);
    if (!previous) break;
    const named = phraseBefore(tokens, previous[1]);
    if (named && isName(tokens, named)) return trimOpeners(tokens, named);
    // "Six newspapers in the state, including the Gazette, said": the group itself speaks.
    if (named && tokens[named[0]]!.capitalised && looksLikeSpeaker(tokens, named)) return trimOpeners(tokens, named);
    segment = previous;
  }
  const inner = phraseBefore(tokens, comma);
  if (!inner) return null;
  const outer = tokens[inner[0] - 1]?.text === ',' ? phraseBefore(tokens, inner[0] - 1) : null;
  const named = (phrase: [number, number] | null) => !!phrase && tokens.slice(phrase[0], phrase[1]).some((token, i) => token.capitalised && (i > 0 || phrase[0] > 0 || !/^(and|but|a|an|the)$/i.test(token.text)));
  // A name is capitalised throughout ("Ruth Calder"); "Reyes' campaign manager" is a description.
  const innerIsName = tokens.slice(inner[0], inner[1]).every((token) => token.capitalised || /^(of|de|van|von|and|&|-)$/.test(token.lower)) && !/^(a|an|the)$/i.test(tokens[inner[0]]!.text);
  if (outer && named(outer) && !innerIsName) return trimOpeners(tokens, outer);
  return trimOpeners(tokens, inner);
}

function trimOpeners(tokens: Token[], [start, end]: [number, number]): [number, number] | null {
  let from = start;
  while (from < end - 1 && /^(and|but|or|so|then|meanwhile)$/i.test(tokens[from]!.text)) from++;
  return [from, end];
}

/** A name, or a phrase headed by a person or group noun ("one aide", "analysts"). */
function looksLikeSpeaker(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end).filter((token) => token.word);
  if (words.some((token) => token.capitalised)) return true;
  const head = words.at(-1)?.lower ?? '';
  return PERSON_ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || SPOKESPERSON.test(head) || PERSON_ROLE_NOUNS.has(head.replace(/s$/, ''));
}

/** The words of a noun phrase that ends at `end` (exclusive), back to a boundary. */
function phraseBefore(tokens: Token[], end: number): [number, number] | null {
  // "State Rep. Alma Fenwick (R)", "Sen. Ron Day (D-Ill.)": a party marker in brackets.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open >= 0 && end - open < 8 && tokens[open]!.text !== '(') open--;
    if (open >= 0 && tokens[open]!.text === '(') end = open;
  }
  let start = end;
  while (start > 0 && tokens[start - 1]!.word && !CLAUSE_OPENERS.has(tokens[start - 1]!.lower) && end - start < 8) start--;
  return start < end ? [start, end] : null;
}

/** "..., said John Smith, a Democrat." -> the name after the cue. */
function speakerAfter(tokens: Token[], cue: number): [number, number] | null {
  let k = cue + 1;
  const start = k;
  while (k < tokens.length && tokens[k]!.word && tokens[k]!.quote === -1 && k - start < 8 && !PREPOSITIONS.has(tokens[k]!.lower) || tokens[k]?.text === '.' && /^[A-Z]$/.test(tokens[k - 1]?.text ?? '')) k++;
  if (k === start) return null;
  // "said its chief executive, Dame Ruth Alder": a description, then the name.
  if (tokens[k]?.text === ',' && !tokens[k - 1]!.capitalised && tokens[k + 1]?.capitalised) {
    let j = k + 1;
    while (j < tokens.length && (tokens[j]!.capitalised || /^(of|de|van|von)$/.test(tokens[j]!.lower))) j++;
    if (isSentenceEnd(tokens[j]) || tokens[j]?.text === ',') return [k + 1, j];
  }
  return [start, k];
}

/** Steps over the listener ("told reporters", "assured investors") and adjuncts after a cue. */
function skipAfterCue(tokens: Token[], k: number, lemma: string): number {
  let i = k + 1;
  if (LISTENER_VERBS.has(lemma) && tokens[i]?.word && tokens[i]!.lower !== 'that') i = skipListener(tokens, i);
  for (let guard = 0; guard < 6; guard++) {
    const token = tokens[i];
    if (!token || !token.word) return i;
    // A bare number after the cue opens the clause ("said 40 stores would shut"), unless it is a day
    // after a month ("said on March 12 that").
    const dayOfMonth = /^\d{1,2}$/.test(token.text) && MONTHS.test(tokens[i - 1]?.text ?? '');
    if (isTimeToken(token, tokens[i + 1]) && (!/^\d/.test(token.text) || dayOfMonth)) {
      i += /^(this|last|next)$/.test(token.lower) ? 2 : 1;
      continue;
    }
    if (PREPOSITIONS.has(token.lower) && token.lower !== 'that') {
      // A short prepositional phrase: "in a statement", "on Fox News", "at a rally in Iowa".
      let j = i + 1;
      if (tokens[j] && DETERMINERS.has(tokens[j]!.lower)) j++;
      const objectStart = j;
      while (j < tokens.length && tokens[j]!.word && tokens[j]!.lower !== 'that' && j - objectStart < 4 && !PREPOSITIONS.has(tokens[j]!.lower)) {
        // A lowercase noun phrase is one or two words; a capitalised name may run longer.
        if (!tokens[j]!.capitalised && j - objectStart >= 2 && !tokens[j - 1]!.capitalised) break;
        if (tokens[j]!.capitalised && j > objectStart && !tokens[j - 1]!.capitalised) break;
        j++;
      }
      if (j === objectStart) return i;
      i = j;
      continue;
    }
    return i;
  }
  return i;
}

const OBJECT_PRONOUNS = /^(him|her|them|us|me|you|reporters|journalists|investors|supporters|voters|listeners|viewers|lawmakers|officials|members|delegates|donors|attendees|the)$/;

/** The listener after "told", "assured", "urged": a name, a pronoun or a short noun phrase. */
function skipListener(tokens: Token[], i: number): number {
  const first = tokens[i]!;
  if (first.capitalised) {
    // "Radio 4", "Channel 5": a number may end a station's or programme's name.
    while (tokens[i]?.capitalised || (tokens[i] && /^(of|the|and|&)$/.test(tokens[i]!.lower) && tokens[i + 1]?.capitalised) || (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.capitalised && !tokens[i + 1]?.word)) i++;
    return i;
  }
  if (OBJECT_PRONOUNS.test(first.lower) && first.lower !== 'the') return i + 1;
  // "told local breakfast-show host Dana Pierce": lowercase words, then a name.
  for (let j = i; j < i + 4 && tokens[j]?.word; j++) {
    const lower = tokens[j]!.lower;
    if (CLAUSE_START_PRONOUNS.has(lower) || NOT_CLAUSE_STARTS.has(lower) || PREPOSITIONS.has(lower) || lower === 'that' || lower.endsWith('ed')) break;
    if (tokens[j]!.capitalised) return skipListener(tokens, j);
  }
  if (DETERMINERS.has(first.lower) || first.lower === 'the') {
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && tokens[j]!.word && !CLAUSE_START_PRONOUNS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'that' && !PREPOSITIONS.has(tokens[j]!.lower)) j++;
    return j;
  }
  return i;
}

/** Whether the words from `i` can open a reported clause ("the economy is weak", "he would"). */
function opensClause(tokens: Token[], i: number, loose = false): boolean {
  const token = tokens[i];
  if (!token) return false;
  // "announced £85m for rural schools will be spent ...": an amount opens the clause.
  if (!token.word) return /^[£$€¥]$/.test(token.text) && !!tokens[i + 1] && /^\d/.test(tokens[i + 1]!.text);
  // "said if the vote were held today it would pass", "said by the time pupils reach 16, it is too
  // late": a conditional or temporal clause, when a long clause follows it.
  if (loose && (/^(if|unless|once|because|although|though|whereas)$/.test(token.lower) || token.lower === 'by' && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'time')) {
    return tokens.slice(i).filter((t) => t.word).length >= 8;
  }
  if (NOT_CLAUSE_STARTS.has(token.lower) || PREPOSITIONS.has(token.lower)) return false;
  const words = tokens.slice(i).filter((t) => t.word).length;
  if (words < 3) return false;
  if (CLAUSE_START_PRONOUNS.has(token.lower) || token.capitalised || /^\d/.test(token.text) || token.lower === 'that') return true;
  // A bare noun ("said contractors built ...") opens a clause after the plainest speech verbs.
  return loose && !token.lower.endsWith('ing') && !token.lower.endsWith('ly') && words >= 4;
}

const VERBISH = /^(is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|won't|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|need|needs|want|wants|think|thinks|know|knows|believe|believes|plan|plans|expect|expects|hope|hopes|remain|remains|continue|continues|seem|seems|get|gets|go|goes|make|makes|take|takes|say|says)$/;

const sentenceTags = new WeakMap<Sentence, { tagged: TaggedText; offset: number }>();

/** Part-of-speech tags for one sentence, computed on first need (most sentences never need them). */
function posOf(text: string, sentence: Sentence): (offset: number) => string | null {
  let entry = sentenceTags.get(sentence);
  if (!entry) {
    entry = { tagged: tagText(text.slice(sentence.start, sentence.end)), offset: sentence.start };
    sentenceTags.set(sentence, entry);
  }
  const { tagged, offset } = entry;
  return (at) => tagged.at(at - offset);
}

/**
 * Whether a stretch of words holds a verb: a clause, not a name or a title. The tagger decides;
 * a small list of verb forms covers what it gets wrong on sentence fragments.
 */
function hasVerb(tokens: Token[], from: number, to = tokens.length, pos?: (offset: number) => string | null): boolean {
  if (pos) {
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (!token.word || token.capitalised) continue;
      const tag = pos(token.start);
      if (tag === 'VERB' || tag === 'AUX') return true;
    }
    // The tagger misses past tenses after a bare noun now and then ("contractors built").
    for (let i = from; i < to; i++) if (IRREGULAR_PAST.has(tokens[i]!.lower) || /[a-z]{3,}ed$/.test(tokens[i]!.lower)) return true;
    return false;
  }
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word || token.capitalised) continue;
    if (VERBISH.test(token.lower) || IRREGULAR_PAST.has(token.lower) || /'(s|re|ll|d|ve)$/.test(token.lower)) return true;
    if (i > from && token.lower.length > 3 && /(ed|es)$/.test(token.lower)) return true;
    // "they welcome", "he opposes": whatever follows a subject pronoun.
    const previous = tokens[i - 1];
    if (i > from && previous && /^(he|she|it|they|we|i|you)$/.test(previous.lower) && !/ly$/.test(token.lower)) return true;
  }
  return false;
}

const IRREGULAR_PAST = new Set(
  `fell rose grew hit cut put set let cost made went took came gave got kept held left lost met paid ran sat saw
  sent spent stood told thought brought bought built caught fought found heard knew led meant read said sold
  taught understood won wrote became began broke chose drove ate forgot froze hid rode rang shook spoke stole
  swore threw woke wore felt dealt fled hung laid lent lit quit shut slid split spread struck stuck swept
  bore bent bound dug fed forbade forgave leapt overtook undertook withdrew`.split(/\s+/),
);

/** Verbs that may follow their content (", the agency reported.") besides those that invert (", said X"). */
const TRAILING_VERBS = new Set(['tell', 'report', 'announce', 'confirm', 'reveal', 'stress', 'emphasize', 'estimate', 'forecast', 'repeat', 'reiterate', 'maintain', 'believe']);

const LOOSE_VERBS = new Set(['say', 'tell', 'add', 'insist', 'argue', 'claim', 'warn', 'write', 'explain', 'contend', 'assert', 'acknowledge', 'admit', 'predict', 'suggest', 'note']);
const CHARGE_VERBS = new Set(['accuse', 'criticize', 'blast', 'slam', 'fault', 'blame', 'praise', 'thank', 'credit', 'attack', 'rebuke', 'condemn', 'chide', 'scold', 'applaud']);
const PLEDGE_VERBS = new Set(['promise', 'vow', 'pledge', 'threaten']);
const COMPLEMENT_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand']);
const REQUEST_VERBS = new Set(['urge', 'ask', 'call', 'demand', 'tell', 'advise', 'warn', 'remind', 'recommend']);

export interface RawStatement extends Span {
  kind: 'DIRECT' | 'INDIRECT';
  speakerTokens: Token[] | null;
  sentence: number;
  cue: string | null;
  via: string | null;
  confidence: number;
  /** Set for quotes without a cue of their own: they take the speaker of their paragraph. */
  inherit?: boolean;
  /** ", adding that ...", "a statement saying that ...": the speaker is the clause's subject. */
  participial?: boolean;
  /** Token index of the cue in its sentence. */
  cueIndex?: number;
  /** The rule that found it ("speech.that-clause", "quote.uncued"). */
  rule: string;
}

/**
 * Finds the frames of one sentence. The order of checks matters: "according to" first (it can
 * carry the relaying source of another frame), then each speech verb.
 */
function framesOf(layout: Layout, sentence: Sentence): Frame[] {
  const { tokens } = sentence;
  const frames: Frame[] = [];
  const sentenceEnd = trailingEnd(layout.text, sentence);
  const headline = headlineFrame(layout, sentence, sentenceEnd) ?? headlineVerbFrame(layout, sentence, sentenceEnd) ?? transcriptTurn(layout, sentence);
  if (headline) return [headline];

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.quote !== -1 || !token.word) continue;

    if (token.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const frame = accordingTo(layout, sentence, k, sentenceEnd);
      if (frame) frames.push(frame);
      continue;
    }

    const lemma = SPEECH_VERB_LEMMA.get(token.lower);
    if (!lemma || token.capitalised) continue;
    // "did not say", "declined to say", "refused to comment": not statements.
    const previous = tokens[k - 1]?.lower;
    // ("prompted to say, "..."" still introduces the quote that follows.)
    const quoteFollows = /^[,:]$/.test(tokens[k + 1]?.text ?? '') && isOpeningMark(tokens[k + 2]);
    if (previous === 'not' || previous === "n't" || previous === 'never' || previous === 'to' && !quoteFollows || /n't$/.test(previous ?? '')) continue;
    if (token.lower.endsWith('ing') && previous && /^(is|was|are|were|been|be|am)$/.test(previous) === false && tokens[k - 1]?.text !== ',' && !/^(statement|release|letter|tweet|post|note|memo|email|message|editorial|report)s?$/.test(previous)) {
      // "by saying", "the saying": a participle only counts after a comma or a document noun.
      if (!(previous === 'by' || previous === 'while' || previous === 'when' || previous === 'before' || previous === 'after' || withSubject(tokens, k))) continue;
    }
    // Adjectives and nouns that look like cues: "the stated goal", "his remarks", "a promised".
    if (previous && /^(the|a|an|his|her|their|its|our|my)$/.test(previous) && !token.lower.endsWith('ing')) continue;

    const frame = speechFrame(layout, sentence, k, lemma, sentenceEnd);
    if (frame) frames.push(frame);
  }
  if (!frames.length) {
    const colon = colonFrame(tokens, sentenceEnd);
    if (colon) frames.push(colon);
  }
  return frames;
}

/**
 * A headline in the "Speaker: what they said" style ("Okafor: tax rise was the only way ..."): a line of
 * its own, a short name, a colon, then the claim.
 */
function headlineFrame(layout: Layout, sentence: Sentence, sentenceEnd: number): Frame | null {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (paragraph.start !== sentence.start || sentence.paragraph > 0) return null;
  const { tokens } = sentence;
  const colon = tokens.findIndex((token) => token.text === ':' && token.quote === -1);
  if (colon < 1 || colon > 4) return null;
  const speaker = tokens.slice(0, colon);
  if (!speaker.every((token) => token.word && (token.capitalised || /^(camp|campaign|aides?)$/.test(token.lower)))) return null;
  const rest = tokens[colon + 1];
  if (!rest || tokens.length - colon < 4) return null;
  return {
    cue: colon, cueText: 'headline', lemma: 'headline', speaker: [0, colon], participial: false, via: null, rule: 'headline.speaker-colon', confidence: 0.6,
    frameSpan: { start: tokens[0]!.start, end: rest.start },
    content: [{ start: rest.start, end: sentenceEnd }],
  };
}

/** Whether a sentence is a headline: alone in the story's first line, its words capitalised. */
function isHeadline(layout: Layout, sentence: Sentence): boolean {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (sentence.paragraph > 0 || paragraph.start !== sentence.start) return false;
  const words = sentence.tokens.filter((token) => token.word && token.quote === -1 && !/^(a|an|the|and|or|of|in|on|at|to|for|by|with|as)$/.test(token.lower));
  return words.length >= 3 && words.filter((token) => token.capitalised || /^\d/.test(token.text)).length / words.length >= 0.8;
}

/** A headline "Speaker Verbs Content": "Mayor Warns Budget Cuts Would Close Libraries". */
function headlineVerbFrame(layout: Layout, sentence: Sentence, sentenceEnd: number): Frame | null {
  if (!isHeadline(layout, sentence)) return null;
  const { tokens } = sentence;
  for (let v = 1; v <= 5 && v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (!verb.word || !tokens.slice(0, v).every((token) => token.word && token.capitalised)) return null;
    const lemma = SPEECH_VERB_LEMMA.get(verb.lower);
    // Headlines report in the present: "Says", "Warns", "Claims".
    if (!lemma || !/s$/.test(verb.lower) || LISTENER_VERBS.has(lemma) && lemma !== 'warn') continue;
    const rest = tokens.slice(v + 1).filter((token) => token.word);
    if (rest.length < 3) return null;
    const from = tokens[v + 1]!;
    return {
      cue: v, cueText: verb.text, lemma, speaker: [0, v], participial: false, via: null, confidence: 0.6, rule: 'headline.speaker-verb',
      frameSpan: { start: tokens[0]!.start, end: from.start },
      content: [{ start: from.start, end: sentenceEnd }],
    };
  }
  return null;
}

/** An interview transcript's turn: "KEANE: I think it will pass." runs to the end of its paragraph. */
function transcriptTurn(layout: Layout, sentence: Sentence): Frame | null {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (paragraph.start !== sentence.start) return null;
  const { tokens } = sentence;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > 3 || !tokens.slice(0, colon).every((token) => token.word && /^[A-Z][A-Z'’.-]+$/.test(token.text))) return null;
  const from = tokens[colon + 1];
  if (!from) return null;
  return {
    cue: colon, cueText: 'transcript', lemma: 'transcript', speaker: [0, colon], participial: false, via: null, confidence: 0.7, rule: 'transcript.turn',
    frameSpan: { start: tokens[0]!.start, end: from.start },
    content: [{ start: from.start, end: trailingEnd(layout.text, { ...sentence, end: paragraph.end }) }],
  };
}

/** "... veteran pollster Lena Ortiz: "Traditionally, ..."": a name, a colon, a quotation. */
function colonFrame(tokens: Token[], sentenceEnd: number): Frame | null {
  const colon = tokens.findIndex((token, i) => token.text === ':' && token.quote === -1 && isOpeningMark(tokens[i + 1]));
  if (colon < 1) return null;
  let start = colon;
  while (start > 0 && tokens[start - 1]!.word && tokens[start - 1]!.capitalised && tokens[start - 1]!.quote === -1) start--;
  if (start === colon) return null;
  const opening = tokens[colon + 1]!;
  return {
    cue: colon, cueText: 'colon', lemma: 'colon', speaker: [start, colon], participial: false, via: null, rule: 'speech.name-colon-quote', confidence: 0.6,
    frameSpan: { start: tokens[start]!.start, end: opening.start },
    content: [{ start: opening.start, end: sentenceEnd }],
  };
}

/** The end of the sentence's content, without its final full stop. */
function trailingEnd(text: string, sentence: Sentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?]/.test(text[end - 1]!)) {
    // Keep ? and ! inside a quotation: they are part of the quote.
    if (/[!?]/.test(text[end - 1]!) && end === sentence.end) break;
    end--;
  }
  return end;
}

function accordingTo(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  let i = k + 2;
  const start = i;
  while (i < tokens.length && (tokens[i]!.word || /^[&'’\-]$/.test(tokens[i]!.text)) && tokens[i]!.quote === -1) i++;
  if (i === start) return null;
  const speaker: [number, number] = [start, i];
  const head = tokens.slice(start, i).filter((t) => t.word).at(-1)!;
  if (NON_SPEAKER_HEADS.test(head.lower)) return null;
  const before = tokens[k - 1];
  const cueStart = before?.text === ',' ? before.start : tokens[k]!.start;
  if (k === 0 || (k === 1 && !tokens[0]!.word)) {
    // "According to X, content."
    const comma = tokens[i]?.text === ',' ? i : -1;
    if (comma < 0) return null;
    return {
      cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.leading', confidence: 0.8,
      frameSpan: { start: tokens[k]!.start, end: tokens[comma]!.end },
      content: [{ start: tokens[comma + 1]?.start ?? sentenceEnd, end: sentenceEnd }],
    };
  }
  // "content, according to X." (only at the end of the sentence)
  if (i < tokens.length && !isSentenceEnd(tokens[i]) && tokens[i]!.text !== ',') return null;
  return {
    cue: k, cueText: 'according to', lemma: 'according', speaker, participial: false, via: null, rule: 'according-to.trailing', confidence: 0.75,
    frameSpan: { start: cueStart, end: tokens[i - 1]!.end },
    content: [{ start: sentence.start, end: cueStart }],
  };
}

function speechFrame(layout: Layout, sentence: Sentence, k: number, lemma: string, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  const token = tokens[k]!;
  const participial = token.lower.endsWith('ing') && (tokens[k - 1]?.text === ',' || /^(statement|release|letter|tweet|post|note|memo|email|message|editorial|report|by|while|when|before|after)s?$/.test(tokens[k - 1]?.lower ?? ''));
  let after = skipAfterCue(tokens, k, lemma);
  // "warned waiting lists could double": what looked like the listener is the clause's subject.
  if (LISTENER_VERBS.has(lemma) && after > k + 1 && finiteClauseAhead(tokens, k + 1, posOf(layout.text, sentence))) after = k + 1;
  const base = { cue: k, cueText: token.text, lemma, participial, via: null as string | null };

  // The speaker: on the left ("Xi said"), or on the right in an inversion (", said Xi").
  let speaker = participial ? null : speakerBefore(tokens, k);
  const beforeCue = tokens[(speaker?.[0] ?? k) - 1];
  let inverted = !participial && (tokens[k - 1]?.text === ',' || tokens[k - 1]?.quote !== -1 && tokens[k - 1]?.quote !== undefined || isClosingMark(tokens[k - 1]));
  const nextWord = tokens[k + 1];
  const npStarts = !!nextWord && nextWord.word && nextWord.lower !== 'that' && (nextWord.capitalised || /^(a|an|the|one|two|three|several|his|her|their|its)$/.test(nextWord.lower) || tokens.slice(k + 1, k + 6).some((t) => t.capitalised) && tokens.slice(k + 1, tokens.slice(k + 1).findIndex((t) => t.capitalised) + k + 1).every((t) => t.word && !CLAUSE_START_PRONOUNS.has(t.lower)));
  const invertible = /^(say|add|write|explain|insist|warn|argue|note|recall|reply|ask|continue|declare|conclude|concede|acknowledge|admit|quip|joke|respond|counter|tweet|state|remark|observe|predict|suggest|claim|complain|boast)$/.test(lemma);
  if (inverted && npStarts && invertible) {
    speaker = speakerAfter(tokens, k);
    // ", said Port Ellis Mayor Ann Boyd in an interview": the aside starts after the name.
    if (speaker) after = skipAfterCue(tokens, speaker[1] - 1, 'say');
    // ", said Smith." or ", said Smith, a Democrat": with a plain comma before the cue, the name
    // must end the clause, or the comma was only an appositive's ("X, a Democrat, said that").
    if (speaker && tokens[k - 1]?.text === ',' && !isSentenceEnd(tokens[after]) && tokens[after]?.text !== ',') speaker = null;
    if (speaker && tokens[k - 1]?.text === ',' && (speaker[1] - speaker[0] > 6 || hasVerb(tokens, speaker[0], speaker[1], posOf(layout.text, sentence)) || !looksLikeSpeaker(tokens, speaker))) speaker = null;
    if (!speaker && tokens[k - 1]?.text === ',') {
      // Not an inversion after all: "X, a Democrat, said that ..." reads forwards.
      inverted = false;
      speaker = speakerBefore(tokens, k);
      after = skipAfterCue(tokens, k, lemma);
    }
  } else if (inverted) {
    inverted = false;
  }
  const next = tokens[after];

  // "... and said that": the verb shares the subject of the clause before it.
  const coordinated = !speaker && !participial && /^(and|but|or|then)$/.test(tokens[skipFillersLeft(tokens, k) - 1]?.lower ?? '');
  if (coordinated) base.participial = true;

  // Trailing frame: the cue and its speaker end the sentence (or are followed by an aside).
  // After '"...," said X' everything up to the end of the clause is about the speaker.
  const restIsAside = !next || isSentenceEnd(next) || next.text === ',' || next.lower === 'of' || next.lower === 'about' || inverted && isClosingMark(tokens[k - 1]);
  let commaBefore = inverted ? k - 1 : (speaker ? speaker[0] - 1 : -1);
  // '"...," chairman and chief executive Marta Lind said': the phrase reaches back to the quote.
  if (!inverted && speaker && commaBefore >= 0 && tokens[commaBefore]!.word) {
    let j = commaBefore;
    while (j >= 0 && j > commaBefore - 4 && tokens[j]!.word && tokens[j]!.quote === -1) j--;
    if (j >= 0 && isClosingMark(tokens[j])) {
      speaker = [j + 1, speaker[1]];
      commaBefore = j;
    }
  }
  const leftEnds = commaBefore >= 0 && (tokens[commaBefore]?.text === ',' || isClosingMark(tokens[commaBefore]) || tokens[commaBefore]?.quote !== -1);
  // What comes before ", he said" must be a quote or a clause: "The club secretary, Ravi
  // Mohan, called for a recount" has no content on the left.
  function trailingContentOk(): boolean {
    const frameStart = tokens[commaBefore]!.text === ',' ? tokens[commaBefore]!.start : tokens[commaBefore + 1]!.start;
    const leftSpan = trimContent(layout.text, { start: sentence.start, end: frameStart });
    const leftTokens = tokens.filter((t) => t.start >= leftSpan.start && t.end <= leftSpan.end);
    // "Vermont, he said, was ...": a short subject on the left, the rest on the right.
    const resumesClause = MODAL_OR_AUX.test(tokens[after + 1]?.lower ?? '') || posOf(layout.text, sentence)(tokens[after + 1]?.start ?? -1) === 'VERB';
    const parenthetical = tokens[after]?.text === ',' && !inverted && (/^(he|she|they|it|we)$/.test(tokens[speaker![0]]!.lower) || resumesClause && looksLikeSpeaker(tokens, speaker!) || adverbialLead());
    return parenthetical || isAllQuoted(layout.text, leftSpan, layout.quotes) || ((invertible || TRAILING_VERBS.has(lemma)) && leftTokens.length >= 3 && hasVerb(leftTokens, 0, leftTokens.length, posOf(layout.text, sentence)) && !/^(who|which)$/.test(tokens[commaBefore - 1]?.lower ?? ''));
  }
  // "In the long run, analysts say, the tariff could hurt exporters": a short adverbial opens the
  // sentence, the cue stands between commas, and a whole clause follows it.
  function adverbialLead(): boolean {
    if (tokens[after]?.text !== ',' || inverted || !speaker || !looksLikeSpeaker(tokens, speaker)) return false;
    const left = tokens.slice(0, Math.max(0, commaBefore)).filter((t) => t.word);
    return left.length > 0 && left.length <= 6 && !hasVerb(left, 0, left.length, posOf(layout.text, sentence)) && finiteClauseAhead(tokens, after + 1, posOf(layout.text, sentence));
  }
  const quoteBefore = commaBefore >= 0 && (isClosingMark(tokens[commaBefore]) || isClosingMark(tokens[commaBefore - 1]));
  // '"...," Smith said in an interview on Sunday, ...': after a quote, the rest of the clause is an aside.
  const asideAfterQuote = quoteBefore && !!next && next.text !== ':' && !isOpeningMark(next) && next.lower !== 'that';
  if (leftEnds && (restIsAside || asideAfterQuote) && speaker && trailingContentOk()) {
    const frameStart = tokens[commaBefore]!.text === ',' ? tokens[commaBefore]!.start : tokens[commaBefore + 1]!.start;
    const leadIsAdverbial = adverbialLead();
    const frameEnd = leadIsAdverbial ? tokens[after + 1]!.start : asideEnd(tokens, after, sentenceEnd);
    // An adverbial lead ("In the long run") is no statement of its own: the clause after the cue is.
    const content: Span[] = leadIsAdverbial ? [] : [{ start: sentence.start, end: frameStart }];

    // "X, he said, Y": the content goes on after the aside.
    // Only when it reads as more of the same: a quote goes on, or a paraphrase resumes after a
    // pronoun or name ("Those who drive, he said, must pay"), not an appositive after the name.
    if (next?.text === ',' && frameEnd < sentenceEnd) {
      const resumed = tokens.find((t) => t.start >= frameEnd);
      const leftQuoted = !leadIsAdverbial && isAllQuoted(layout.text, trimContent(layout.text, content[0]!), layout.quotes);
      if (resumed?.mark === 'open' || leadIsAdverbial || (!inverted && !leftQuoted && resumed && !resumed.capitalised && !/^\d/.test(resumed.text) && !/^(a|an|the)$/.test(resumed.lower))) {
        content.push({ start: frameEnd, end: sentenceEnd });
      }
    }
    return { ...base, speaker, content, frameSpan: { start: frameStart, end: Math.min(frameEnd, sentenceEnd) }, rule: 'speech.trailing-cue', confidence: 0.85 };
  }
  if (inverted) return null;

  // Forward frame: "X said (that) ...", "X told reporters: "..."".
  if (!next) return null;
  if (next.lower === 'that' && next.quote === -1) {
    return { ...base, speaker, content: [{ start: next.start, end: sentenceEnd }], frameSpan: { start: token.start, end: next.start }, rule: 'speech.that-clause', confidence: 0.9 };
  }
  // "told ABC's "Good Morning America"", "on CNN's "State of the Union"": a programme, not speech.
  if (isOpeningMark(next) && /['’]s$/.test(tokens[after - 1]?.text ?? '')) return null;
  if (next.text === ':' || next.text === ',' && isOpeningMark(tokens[after + 1]) || next.quote !== -1 || isOpeningMark(next)) {
    const from = next.text === ':' || next.text === ',' ? tokens[after + 1] : next;
    if (!from) return null;
    return { ...base, speaker, content: [{ start: from.start, end: sentenceEnd }], frameSpan: { start: token.start, end: from.start }, rule: 'speech.quote-after-cue', confidence: 0.9 };
  }
  // "asked whether ...", "asked if ...": a reported question.
  if (lemma === 'ask' && /^(whether|if|why|how|what|when|where|who)$/.test(next.lower)) {
    return { ...base, speaker, content: [{ start: next.start, end: sentenceEnd }], frameSpan: { start: token.start, end: next.start }, rule: 'speech.question', confidence: 0.7 };
  }
  // "called for measures to combat ageism", "called for "a fresh start"": a demand with substance
  // (a purpose or quoted words), not "called for a vote".
  if (lemma === 'call' && tokens[k + 1]?.lower === 'for' && tokens[k + 2]) {
    const comma = tokens.findIndex((t, i) => i > k + 2 && (t.text === ',' || t.text === ';') && t.quote === -1);
    const rest = tokens.slice(k + 2, comma < 0 ? tokens.length : comma);
    if (rest.length >= 4 && rest.some((t, i) => t.mark === 'open' || t.lower === 'to' && rest[i + 1]?.word && !rest[i + 1]!.capitalised)) {
      return { ...base, speaker, content: [{ start: tokens[k + 2]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[k + 2]!.start }, rule: 'speech.call-for', confidence: 0.55 };
    }
  }
  // "urged him to resign", "called on Congress to act", "asked voters to ...": a reported request.
  if (REQUEST_VERBS.has(lemma)) {
    let j = k + 1;
    if (tokens[j]?.lower === 'on' || tokens[j]?.lower === 'for') j++;
    const objectStart = j;
    j = tokens[j]?.word ? skipListener(tokens, j) : j;
    if (j > objectStart && tokens[j]?.lower === 'to' && tokens[j + 1]?.word) {
      return { ...base, speaker, content: [{ start: tokens[objectStart]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[objectStart]!.start }, rule: 'speech.request', confidence: 0.65 };
    }
  }
  // "accused him of lying", "criticized the agency for ignoring ...": a charge with its grounds.
  if (CHARGE_VERBS.has(lemma)) {
    const objectStart = k + 1;
    const j = tokens[objectStart]?.word ? skipListener(tokens, objectStart) : objectStart;
    const preposition = tokens[j]?.lower;
    if (j > objectStart && (preposition === 'of' || preposition === 'for') && tokens[j + 1]?.word && (tokens[j + 1]!.lower.endsWith('ing') || preposition === 'for' && tokens.length - j > 4)) {
      return { ...base, speaker, content: [{ start: tokens[objectStart]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[objectStart]!.start }, rule: 'speech.charge', confidence: 0.6 };
    }
  }
  // "promised to cut taxes", "vowed to fight on": a pledge.
  if (PLEDGE_VERBS.has(lemma) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.word && !tokens[k + 2]!.capitalised) {
    return { ...base, speaker, content: [{ start: tokens[k + 1]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[k + 1]!.start }, rule: 'speech.pledge', confidence: 0.6 };
  }
  // "which she called "long overdue"": the quoted evaluation itself.
  if (COMPLEMENT_VERBS.has(lemma) && isOpeningMark(tokens[k + 1])) {
    return { ...base, speaker, content: [{ start: tokens[k + 1]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[k + 1]!.start }, rule: 'speech.quoted-evaluation', confidence: 0.6 };
  }
  // "called the mayor “reckless”", "called the statement "offensive"": an evaluation in quotes.
  if (COMPLEMENT_VERBS.has(lemma) && tokens[k + 1]?.word && !/^(for|on|in|at|to|up|off|out|back)$/.test(tokens[k + 1]!.lower)) {
    const quoteAhead = tokens.slice(k + 1, k + 12).find((t) => t.mark === 'open');
    if (quoteAhead) return { ...base, speaker, content: [{ start: tokens[k + 1]!.start, end: sentenceEnd }], frameSpan: { start: token.start, end: tokens[k + 1]!.start }, rule: 'speech.quoted-evaluation', confidence: 0.6 };
  }
  // ", noting he had ...": a weak cue still reports a clause that opens with a subject pronoun;
  // "confirmed she was leaving", "predicted rents would rise": or any clause with a subject and a
  // finite verb (its object would have no verb of its own: "confirmed the deal").
  if (WEAK_VERBS.has(lemma) && !(participial && /^(he|she|they|it|we|i)$/.test(next.lower)) && !finiteClauseAhead(tokens, after, posOf(layout.text, sentence))) return null;
  const clauseEnd = tokens.findIndex((t, i) => i > after && (t.text === ',' || t.text === ';') && t.quote === -1);
  const clause = finiteClauseAhead(tokens, after, posOf(layout.text, sentence)) ||
    (opensClause(tokens, after, LOOSE_VERBS.has(lemma)) && hasVerb(tokens, after, clauseEnd < 0 ? tokens.length : clauseEnd, posOf(layout.text, sentence)));
  if (!clause) return null;
  return { ...base, speaker, content: [{ start: next.start, end: sentenceEnd }], frameSpan: { start: token.start, end: next.start }, rule: 'speech.clause', confidence: 0.7 };
}

const SUBJECT_PRONOUN = /^(he|she|they|it|we|i|you|there)$/;
const MODAL_OR_AUX = /^(is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|did|do)$/;

/**
 * Whether a finite clause starts at `i`: a subject (a pronoun, or a noun phrase of a few words) and
 * then a finite verb: "the depot would close", "she was leaving", "mistakes had been made". A
 * plain object ("confirmed the deal", "praised the staff for ...") has no verb right after it.
 */
function finiteClauseAhead(tokens: Token[], i: number, pos: (offset: number) => string | null): boolean {
  const first = tokens[i];
  if (!first?.word || first.quote !== -1) return false;
  let j = i;
  if (SUBJECT_PRONOUN.test(first.lower)) j = i + 1;
  else {
    while (j < tokens.length && j - i < 7) {
      const token = tokens[j]!;
      if (!token.word && !/^['’]s?$/.test(token.text) && !(token.text === '%' || token.text === '-')) break;
      if (!token.word) { j++; continue; }
      if (MODAL_OR_AUX.test(token.lower) && j > i) break;
      const tag = pos(token.start);
      // A gerund opens the subject ("raising fares was ..."), and a participle may modify its noun
      // ("waiting lists could ..."); any other verb ends the subject.
      if ((tag === 'VERB' || tag === 'AUX') && j > i && !(token.lower.endsWith('ing') && tokens[j + 1]?.word)) break;
      if (tag === 'DET' && j > i && tokens[j - 1]!.lower !== 'of' && !(j === i + 1 && first.lower.endsWith('ing'))) return false;
      if (tag === 'ADP' && token.lower !== 'of' || tag === 'SCONJ' || tag === 'CCONJ' || token.lower === 'that' || token.lower === 'to') return false;
      j++;
    }
  }
  const verb = tokens[j];
  if (j === i || !verb?.word) return false;
  if (MODAL_OR_AUX.test(verb.lower) || /['’](s|re|ll|d|ve)$/.test(verb.lower)) return true;
  const tag = pos(verb.start);
  return (tag === 'VERB' || tag === 'AUX') && (IRREGULAR_PAST.has(verb.lower) || /[a-z]{2,}(ed|es|s)$/.test(verb.lower));
}

/** "..., with traders saying ...": "with", a short noun phrase, then the participle at `k`. */
function withSubject(tokens: Token[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const token = tokens[j]!;
    if (!token.word) return false;
    if (token.lower === 'with') return !tokens[j - 1] || tokens[j - 1]!.text === ',';
  }
  return false;
}

const isClosingMark = (token: Token | undefined) => token?.mark === 'close';
const isOpeningMark = (token: Token | undefined) => token?.mark === 'open';

/** After ", he said," a new clause may follow (parenthetical) or an aside ("a Democrat", "adding ..."). */
function opensClauseAfterComma(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.quote !== -1 || isOpeningMark(token)) return true;
  if (SPEECH_VERB_LEMMA.has(token.lower) && token.lower.endsWith('ing')) return false;
  if (/^(a|an|the|who|which|whose|according|in|at|on|as)$/.test(token.lower)) return false;
  return true;
}

/** Where an aside after a trailing cue ends: the next comma that opens a clause, or the sentence end. */
function asideEnd(tokens: Token[], after: number, sentenceEnd: number): number {
  for (let i = after; i < tokens.length; i++) {
    if (tokens[i]!.text === ',' && opensClauseAfterComma(tokens, i + 1)) {
      const following = tokens[i + 1]!;
      if (SPEECH_VERB_LEMMA.has(following.lower) && following.lower.endsWith('ing')) return tokens[i]!.start;
      return following.start;
    }
    if (tokens[i]!.text === ',' && SPEECH_VERB_LEMMA.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.lower.endsWith('ing')) return tokens[i]!.start;
  }
  return sentenceEnd;
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
          if (opener && comma?.text === ',' && /^(while|but|and|whereas|as)$/.test(opener.lower) && comma.start > frame.frameSpan.start && comma.start >= start && comma.start < end) {
            end = comma.start;
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
        if (!hasWords(text, span, 3)) continue;
        inside.forEach(({ index }) => claimedQuotes.add(index));
        // "said that A, and that B": two reported clauses, two statements.
        for (const part of splitReportedClauses(text, span)) statements.push(rawOf(sentence, sentenceIndex, frame, part, 'INDIRECT'));
      }
    }
  });

  // Quotations no cue claimed: a full sentence or more in quotation marks is someone speaking.
  quotes.forEach((quote, index) => {
    if (claimedQuotes.has(index)) return;
    const inner = text.slice(quote.innerStart, quote.innerEnd);
    const words = inner.split(/\s+/).filter(Boolean).length;
    if (words < 4) return;
    const candidate = lowerBound(sentences, quote.start, (sentence) => sentence.start) - 1;
    const sentenceIndex = candidate >= 0 && quote.start < sentences[candidate]!.end ? candidate : -1;
    const sentence = sentences[sentenceIndex];
    if (!sentence) return;
    // A quote that is only part of a sentence and does not end it reads as a phrase being cited.
    const standsAlone = quote.start <= sentence.start + 1 || /[.!?,]["”’']*$/.test(text.slice(quote.innerStart, quote.end)) || words >= 8;
    if (!standsAlone) return;
    // A title after a possessive ("CNN's "State of the Union"") is not someone speaking.
    if (/['’]s\s*$/.test(text.slice(Math.max(0, quote.start - 4), quote.start))) return;
    statements.push({ start: quote.start, end: quote.end, kind: 'DIRECT', speakerTokens: null, sentence: sentenceIndex, cue: null, via: null, confidence: 0.6, inherit: true, rule: 'quote.uncued' });
  });

  statements.sort((a, b) => a.start - b.start);
  return dropOverlaps(statements);
}

function splitReportedClauses(text: string, span: Span): Span[] {
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
  return parts.filter((part) => hasWords(text, part, 3));
}

/** Whether an offset of a string lies inside a quotation opened earlier in it. */
function insideQuotes(content: string, at: number): boolean {
  const before = content.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  const doubled = (before.match(/''/g) ?? []).length % 2 === 1;
  return straight || curly || doubled;
}

function rawOf(sentence: Sentence, sentenceIndex: number, frame: Frame, span: Span, kind: 'DIRECT' | 'INDIRECT'): RawStatement {
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

function dropOverlaps(statements: RawStatement[]): RawStatement[] {
  const kept: RawStatement[] = [];
  for (const statement of statements) {
    const previous = kept.at(-1);
    if (previous && statement.start < previous.end) {
      // Keep the one with a speaker phrase, else the longer one.
      const better = (a: RawStatement, b: RawStatement) => (!!a.speakerTokens !== !!b.speakerTokens ? !!a.speakerTokens : a.end - a.start >= b.end - b.start);
      if (better(statement, previous)) kept[kept.length - 1] = statement;
      continue;
    }
    kept.push(statement);
  }
  return kept;
}

function tokensText(text: string, tokens: Token[], [from, to]: [number, number]): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–\-(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–\-(.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function hasWords(text: string, span: Span, count: number): boolean {
  return text.slice(span.start, span.end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= count;
}

/** Whether every letter and digit of the span lies inside quotation marks. */
function isAllQuoted(text: string, span: Span, quotes: Layout['quotes']): boolean {
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

/**
 * '"We acted fast. Nothing was hidden," Ms Hale said.' written over two sentences: a quote with no
 * cue of its own belongs to the cue of the next quotation in its paragraph, when only quoted words
 * stand between them.
 */
function laterQuoteCue(raw: RawStatement[], statement: RawStatement, layout: Layout): RawStatement | undefined {
  const paragraph = layout.sentences[statement.sentence]!.paragraph;
  const next = raw.find((other) => other.start >= statement.end && !other.inherit);
  if (!next?.speakerTokens || next.kind !== 'DIRECT' || layout.sentences[next.sentence]!.paragraph !== paragraph) return undefined;
  // Between the two quotes: nothing but spaces and punctuation.
  return /^[\s.,;:!?—–-]*$/.test(layout.text.slice(statement.end, next.start)) ? next : undefined;
}

/** Resolves every speaker phrase in text order, so pronouns can look back at earlier speakers. */
export function attribute(layout: Layout, raw: RawStatement[], speakers: SpeakerResolver): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  let paragraphSpeaker: { paragraph: number; name: string | null } | null = null;
  // The first statement with a speaker phrase in each sentence, for the quotes around it.
  const cuedBySentence = new Map<number, RawStatement>();
  for (const statement of raw) if (statement.speakerTokens && !cuedBySentence.has(statement.sentence)) cuedBySentence.set(statement.sentence, statement);
  let lastSentence = -1;
  for (const statement of raw) {
    const sentence = layout.sentences[statement.sentence]!;
    let speaker: string | null = null;
    if (statement.speakerTokens) {
      speaker = speakers.resolve(statement.speakerTokens, sentence, statement.start);
    } else if (statement.participial) {
      const earlier = statements.at(-1);
      const sameSentence = earlier && lastSentence === statement.sentence;
      speaker = sameSentence ? earlier.speaker : speakers.participleSubject(sentence, statement.cueIndex ?? 0);
    } else if (statement.inherit) {
      // A quote with no cue: the speaker of this paragraph, or of the paragraph just before.
      const nextCue = cuedBySentence.get(statement.sentence) ?? laterQuoteCue(raw, statement, layout);
      const opensSentence = layout.text.slice(sentence.start, statement.start).trim() === '';
      if (nextCue) speaker = speakers.resolve(nextCue.speakerTokens!, layout.sentences[nextCue.sentence]!, nextCue.start);
      // "Reyes recalled the flood: "I watched as ..."": the sentence's own subject speaks.
      else if (!opensSentence) speaker = speakers.sentenceSubject(sentence) ?? (paragraphSpeaker as { name: string } | null)?.name ?? null;
      else if (paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1) speaker = paragraphSpeaker.name;
      else speaker = speakers.sentenceSubject(sentence);
    }
    if (speaker && speakerProblem({ name: speaker, kind: speakers.kindOf(speaker), text: layout.text })) {
      // Not a speaker at all ("to", "WASHINGTON", "recalling a ..."): the paragraph's speaker, if recent.
      speaker = paragraphSpeaker && sentence.paragraph - paragraphSpeaker.paragraph <= 1 ? paragraphSpeaker.name : null;
    }
    if (speaker) {
      paragraphSpeaker = { paragraph: sentence.paragraph, name: speaker };
      speakers.noteSpeaker(speaker);
    }
    lastSentence = statement.sentence;
    const text = layout.text.slice(statement.start, statement.end);
    statements.push({
      text,
      start: statement.start,
      end: statement.end,
      kind: statement.kind,
      speaker,
      via: statement.via,
      cue: statement.cue ?? 'quote',
      rule: statement.rule,
      confidence: Math.round((speaker ? statement.confidence : statement.confidence * 0.5) * 100) / 100,
    });
  }
  return statements;
}
