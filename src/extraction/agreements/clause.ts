import { SPEECH_VERB_LEMMA } from '../lexicon.js';
import { type Token } from '../text.js';
import { type SubjectKind } from './found.js';
import { AUXILIARIES, INTENT, NEGATION, VERBS } from './verbs.js';
import { ADVERBS, ASIDE_STOPS, CONDITIONALS, EVENT_NOUNS, LEFT_STOPS, RIGHT_STOPS, SUBJECT_PRONOUNS, TALK_NOUNS, TIME_FILLERS, TIME_WORDS } from './words.js';

export const isNegation = (token: Token) => token.word && (NEGATION.has(token.lower) || token.lower.endsWith("n't"));
export const isClauseBreak = (token: Token) => !token.word && /^[,;:()\[\]—–]$|^[“”"«»]$/.test(token.text);

/** The end of an aside that opens with the participle at `k` ("signed in Portlow on Friday,"): its last word before the comma. */
export function asideEnd(tokens: Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    const token = tokens[j]!;
    if (!token.word) return token.text === ',' ? tokens[j - 1]!.end : tokens[k]!.end;
    if (VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) && !/^(last|earlier|yesterday|today)$/.test(token.lower)) break;
  }
  return tokens[k]!.end;
}

/**
 * At a comma that closes a short aside (", however,", ", in the end,"), the index of the token before the
 * aside's opening comma; else -1.
 */
export function asideBefore(tokens: Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  for (let j = comma - 1, words = 0; j > 0 && words <= 6; j--) {
    const token = tokens[j]!;
    if (token.text === ',') return words > 0 ? j - 1 : -1;
    if (!token.word || token.capitalised || ASIDE_STOPS.has(token.lower) || VERBS.has(token.lower) && !TALK_NOUNS.has(token.lower) || SPEECH_VERB_LEMMA.has(token.lower)) return -1;
    words++;
  }
  return -1;
}

export const isVerbGroupWord = (token: Token) =>
  token.word && (AUXILIARIES.has(token.lower) || token.lower === 'both' || INTENT.has(token.lower) || isNegation(token) || ADVERBS.has(token.lower) || token.lower === 'to' || token.lower === 'did' || token.lower === 'do' || token.lower === 'does');

/** The end (exclusive) of the subject of the verb at `verb`: back across auxiliaries, modals, negation, adverbs and asides. */
export function subjectEnd(tokens: Token[], verb: number): number {
  let k = verb - 1;
  for (;;) {
    while (k >= 0 && isVerbGroupWord(tokens[k]!)) k--;
    const aside = k >= 0 ? asideBefore(tokens, k) : -1;
    const time = k >= 0 && aside < 0 ? timeBefore(tokens, k) : -1;
    if (aside < 0 && time < 0) break;
    k = aside >= 0 ? aside : time;
  }
  return k + 1;
}

/** A time phrase that ends at `k` ("A and B on Tuesday signed ..."): the index before it, or -1. */
export function timeBefore(tokens: Token[], k: number): number {
  let j = k;
  let core = false;
  while (j >= 0 && j > k - 5 && tokens[j]!.word && (TIME_WORDS.test(tokens[j]!.lower) || TIME_FILLERS.test(tokens[j]!.lower))) {
    core ||= TIME_WORDS.test(tokens[j]!.lower);
    j--;
  }
  // The phrase must open with a preposition or "last"/"this" ("on Tuesday", "last week"), or be one word ("yesterday").
  const opener = tokens[j + 1]?.lower ?? '';
  return core && j < k && (/^(on|in|at|last|this|next|earlier|late|early)$/.test(opener) || j === k - 1 && /^(yesterday|today|tonight)$/.test(tokens[k]!.lower)) ? j : -1;
}

/** The kind of subject of the verb at `verb`, across auxiliaries, modals, negation and adverbs. */
export function subjectBefore(tokens: Token[], verb: number): SubjectKind {
  const token = tokens[subjectEnd(tokens, verb) - 1];
  if (!token || !token.word) return 'none';
  if (SUBJECT_PRONOUNS.has(token.lower)) return 'pronoun';
  // "the summit failed to produce ...": the sides of the meeting are the parties.
  if (EVENT_NOUNS.has(token.lower)) return 'event';
  if (token.capitalised) return 'name';
  if (LEFT_STOPS.has(token.lower) || CONDITIONALS.has(token.lower) || ['after', 'by', 'while', 'since', 'for', 'of', 'in'].includes(token.lower)) return 'none';
  return 'noun';
}

/** Status words in the few tokens before a verb at `verb`: negation beats intention. */
export function contextBefore(tokens: Token[], verb: number, floor: number): { negated: boolean; intent: boolean; infinitive: boolean } {
  let negated = false;
  let intent = false;
  let k = verb - 1;
  while (k >= floor && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) k--;
  const infinitive = k >= floor && tokens[k]!.lower === 'to';
  for (let seen = 0; k >= floor && seen < 5; k--, seen++) {
    const token = tokens[k]!;
    if (!token.word) {
      // "failed, however, to reach ...": across a short aside.
      const aside = asideBefore(tokens, k);
      if (aside < floor) break;
      k = aside + 1;
      continue;
    }
    if (isNegation(token)) negated = true;
    else if (INTENT.has(token.lower) || token.lower.endsWith("'ll")) intent = true;
    if (token.lower === 'and' || token.lower === 'but' || token.lower === 'or') break;
    if (RIGHT_STOPS.has(token.lower) && !INTENT.has(token.lower) && !isNegation(token) && !AUXILIARIES.has(token.lower)) break;
  }
  return { negated, intent, infinitive };
}
