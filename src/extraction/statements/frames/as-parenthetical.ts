// Frame rule for a cue in an "as" clause: "As Ms Hale put it, the plan is dead." and "The plan is
// dead, as Ms Hale put it." The "as" clause says who is speaking; the rest of the sentence is what
// they said. ("..., as Ms Hale said." alone is also read by the trailing cue; this rule adds the
// leading form and "put it", which is no speech verb by itself.)
import { SPEECH_VERB_LEMMA } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import type { Frame } from '../frame.js';
import { looksLikeSpeaker } from '../speaker-phrase.js';
import { isSentenceEnd, isTimeToken } from '../tokens.js';

/**
 * The verbs an "as" clause reports with: "as X said", "as X noted", "as X reported", "as X put it".
 * ("As he wrote, the fans began to sing": other verbs read as time, not as speech.)
 */
const AS_VERBS = new Set(['say', 'note', 'point out', 'remark', 'observe', 'report']);

/** Whether token `k` is "as" opening the sentence or following a comma. */
export function isAsCue(tokens: Token[], k: number): boolean {
  return tokens[k]!.lower === 'as' && (k === 0 || tokens[k - 1]!.text === ',');
}

/**
 * The "as" clause at `k`: its speaker [from, to) and the index of the comma or sentence end that
 * closes it; null when the words after "as" are no speaker and speech verb ("as the storm passed").
 */
function asClause(tokens: Token[], k: number): { speaker: [number, number]; verb: number; end: number } | null {
  let verb = k + 1;
  while (verb < tokens.length && verb - k <= 5 && tokens[verb]!.word && !isReportingVerb(tokens, verb)) verb++;
  if (verb === k + 1 || !isReportingVerb(tokens, verb)) return null;
  const speaker: [number, number] = [k + 1, verb];
  if (!looksLikeSpeaker(tokens, speaker)) return null;
  // "as X put it", "as X has said", "as X noted on Monday": the verb's own words and a time, then the end.
  let end = verb + 1;
  if (tokens[verb]!.lower.startsWith('put') && tokens[end]?.lower === 'it') end++;
  if (tokens[end]?.lower === 'out' && tokens[verb]!.lower.startsWith('point')) end++;
  while (end < tokens.length && end - verb <= 4 && tokens[end]!.word && (isTimeToken(tokens[end]!, tokens[end + 1]) || /^(on|last|this|in|once|before|recently|often)$/.test(tokens[end]!.lower))) end++;
  return tokens[end]?.text === ',' || isSentenceEnd(tokens[end]) || !tokens[end] ? { speaker, verb, end } : null;
}

/** A speech verb, or "put" followed by "it" (as in "as she put it"). */
function isReportingVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.word || token.capitalised) return false;
  if (/^(put|puts)$/.test(token.lower)) return tokens[i + 1]?.lower === 'it';
  const lemma = SPEECH_VERB_LEMMA.get(token.lower) ?? (token.lower.startsWith('point') && tokens[i + 1]?.lower === 'out' ? 'point out' : undefined);
  return !!lemma && AS_VERBS.has(lemma);
}

export function asParentheticalFrame(_layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  const clause = asClause(tokens, k);
  if (!clause) return null;
  const { speaker, verb, end } = clause;
  const base = { cue: verb, cueText: tokens[verb]!.text, lemma: 'say', speaker, participial: false, via: null, confidence: 0.7 };
  if (k === 0) {
    // "As Ms Hale put it, the plan is dead.": the content is the main clause after the comma.
    if (tokens[end]?.text !== ',' || !tokens[end + 1]) return null;
    return {
      ...base, rule: 'speech.as-clause.leading',
      frameSpan: { start: tokens[k]!.start, end: tokens[end]!.end },
      content: [{ start: tokens[end + 1]!.start, end: sentenceEnd }],
    };
  }
  // "The plan is dead, as Ms Hale put it.": only at the end of the sentence.
  if (tokens[end] && !isSentenceEnd(tokens[end])) return null;
  const comma = tokens[k - 1]!;
  return {
    ...base, rule: 'speech.as-clause.trailing',
    frameSpan: { start: comma.start, end: tokens[end - 1]!.end },
    content: [{ start: sentence.start, end: comma.start }],
  };
}
