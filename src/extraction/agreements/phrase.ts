import { countryOf, possessiveInsideName } from '../entities.js';
import { IRREGULAR_PAST, SPEECH_VERB_LEMMA } from '../lexicon.js';
import { type Token } from '../text.js';
import { topicsOf } from '../topics.js';
import { FAILED_PARTICLES, FAILED_VERBS, SIGNED_PARTICIPLES, VERBS } from './verbs.js';
import { AGREEMENT_NOUNS, DETERMINERS, DURATION_MODIFIER, EMPTY_MODIFIERS, MONTH, RIGHT_STOPS, TALK_NOUNS, TOPIC_MARKERS, TOPIC_SKIP, TOPIC_STOPS, WEEKDAY } from './words.js';

/** The text of tokens [from, to) as written, or with single spaces where tokens were left out. */
export function joined(text: string, tokens: Token[], indexes: number[]): string {
  let out = '';
  for (let k = 0; k < indexes.length; k++) {
    const token = tokens[indexes[k]!]!;
    if (k > 0) {
      const previous = tokens[indexes[k - 1]!]!;
      const adjacent = indexes[k]! === indexes[k - 1]! + 1;
      out += adjacent ? text.slice(previous.end, token.start).replace(/\s+/g, ' ') : ' ';
    }
    out += token.text;
  }
  return out;
}

export const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

// The parts of one agreement

/** Past tenses without "-ed" that start a new clause after "and". */

/** "for months", "over the past two years", "within weeks": a time, not part of the agreement. */
export function isDuration(tokens: Token[], k: number): boolean {
  if (!/^(for|in|within|over|during)$/.test(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const lower = tokens[j]!.lower;
    if (/^(days?|weeks?|months?|years?|decades?|hours?)$/.test(lower)) return true;
    if (!/^(the|a|several|many|few|two|three|four|five|six|ten|past|last|next|coming|recent|\d+)$/.test(lower)) return false;
  }
  return false;
}

/** The end (exclusive) of the complement of a noun at `after - 1`: "for fighting river pollution ... patrols". */
export function complementEnd(tokens: Token[], after: number, max = 18): number {
  let k = after;
  let words = 0;
  while (k < tokens.length && words < max) {
    const token = tokens[k]!;
    if (!token.word) {
      // ("the Transport Workers' Union": a plural possessive inside a name.)
      if (token.text === '$' || token.text === '%' || token.text === '£' || token.text === '€' || token.text === '-' && tokens[k + 1]?.word || /^['’]$/.test(token.text) && possessiveInsideName(tokens, k)) {
        k++;
        continue;
      }
      break;
    }
    if (token.mark) break;
    const lower = token.lower;
    if (RIGHT_STOPS.has(lower)) break;
    if (WEEKDAY.test(lower) || (MONTH.test(lower) && token.capitalised && /^\d/.test(tokens[k + 1]?.text ?? ''))) break;
    if (isDuration(tokens, k)) break;
    // "in Ottawa", "at the White House": where it happened, not what it is.
    if ((lower === 'in' || lower === 'at') && (tokens[k + 1]?.capitalised || tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.capitalised)) break;
    if ((lower === 'in' || lower === 'on' || lower === 'by') && tokens[k + 1] && (/^\d{4}$/.test(tokens[k + 1]!.text) || WEEKDAY.test(tokens[k + 1]!.lower) || MONTH.test(tokens[k + 1]!.lower) && tokens[k + 1]!.capitalised)) break;
    if ((lower === 'and' || lower === 'or') && tokens[k + 1] && (RIGHT_STOPS.has(tokens[k + 1]!.lower) || SPEECH_VERB_LEMMA.has(tokens[k + 1]!.lower))) break;
    // "... and left us out": "and" before a verb joins the next clause.
    if ((lower === 'and' || lower === 'but') && tokens[k + 1]?.word && !tokens[k + 1]!.capitalised && (IRREGULAR_PAST.has(tokens[k + 1]!.lower) || VERBS.get(tokens[k + 1]!.lower)?.form === 'past' || FAILED_VERBS.has(tokens[k + 1]!.lower))) break;
    // "a deal late on Sunday": a time, not part of the deal.
    if ((lower === 'late' || lower === 'early') && /^(on|in|last|this|that|yesterday|today|tonight)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (SPEECH_VERB_LEMMA.has(lower) && k > after) break;
    if (SIGNED_PARTICIPLES.has(lower) && k === after) break;
    // A past tense after the noun phrase is the next verb ("talks on a deal resumed in ..."), unless passive-like.
    if (k > after && !token.capitalised && /ed$/.test(lower) && lower.length > 4 && tokens[k - 1]!.word && !TOPIC_STOPS.has(tokens[k - 1]!.lower) && !DETERMINERS.has(tokens[k - 1]!.lower) && !['by', 'at'].includes(tokens[k + 1]?.lower ?? '') && !['need', 'speed', 'seed', 'feed', 'greed'].some((w) => lower.endsWith(w))) break;
    // ("talks over job cuts broke down": an -s form before the clause's own verb is a plural noun.)
    const pluralNoun = VERBS.get(lower)?.form === 's' && (DETERMINERS.has(tokens[k - 1]!.lower) || FAILED_VERBS.has(tokens[k + 1]?.lower ?? '') || /^(have|has|had|were|was)$/.test(tokens[k + 1]?.lower ?? ''));
    if (k > after && (FAILED_VERBS.has(lower) || VERBS.get(lower)?.form === 'past' || VERBS.get(lower)?.form === 's' && !pluralNoun)) break;
    // "a deal broke down", "the accord collapsed": what happened to it, not part of it.
    if (k === after && FAILED_VERBS.has(lower) && !token.capitalised && (!FAILED_PARTICLES[lower] || FAILED_PARTICLES[lower]!.includes(tokens[k + 1]?.lower ?? ''))) break;
    k++;
    words++;
  }
  // No dangling function words at the end.
  while (k > after && (TOPIC_STOPS.has(tokens[k - 1]!.lower) || DETERMINERS.has(tokens[k - 1]!.lower)) && tokens[k - 1]!.word) k--;
  return k;
}

/** A title as written, its first word lowercased when it is only capitalised for starting the sentence. */
export function titleText(text: string, tokens: Token[], indexes: number[]): string {
  const title = joined(text, tokens, indexes);
  const first = indexes[0];
  if (first === undefined) return title;
  const token = tokens[first]!;
  const opens = first === 0 || !!tokens[first - 1]!.mark;
  const common = TALK_NOUNS.has(token.lower) || AGREEMENT_NOUNS.has(token.lower) || EMPTY_MODIFIERS.has(token.lower);
  return opens && common && token.capitalised && token.text !== token.text.toUpperCase() ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** Indexes of the title words: the noun phrase without its determiner and without "the use of" filler. */
export function titleIndexes(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const lower = tokens[k]!.lower;
    if (k === from && DETERMINERS.has(lower)) continue;
    if (k === from && /['’]s$/.test(tokens[k]!.text) && tokens[k]!.capitalised) continue; // "China's deal" -> "deal"
    // "through the use of X" -> "through X"; "by means of X" -> "by X"
    if ((lower === 'the' || lower === 'a') && tokens[k + 1]?.lower === 'use' && tokens[k + 2]?.lower === 'of') {
      k += 2;
      continue;
    }
    if (lower === 'use' && tokens[k + 1]?.lower === 'of' && k > from) {
      k += 1;
      continue;
    }
    if (lower === 'means' && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'by') {
      k += 1;
      continue;
    }
    out.push(k);
  }
  // A long title is cut after at most 14 words, at a word that can end a phrase.
  if (out.length > 14) {
    out.length = 14;
    while (out.length > 1 && TOPIC_STOPS.has(tokens[out.at(-1)!]!.lower)) out.pop();
  }
  return out;
}

/** A topic phrase after a marker ("for fighting river pollution", "on trade"), or null. */
export function topicAfterMarker(tokens: Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (!token.word || !TOPIC_MARKERS.has(token.lower)) continue;
    let j = k + 1;
    // "to combat X": the verb after "to" is the action.
    if (token.lower === 'to' && tokens[j]?.word && !DETERMINERS.has(tokens[j]!.lower)) j++;
    while (j < to && tokens[j]!.word && TOPIC_SKIP.has(tokens[j]!.lower) && !TOPIC_STOPS.has(tokens[j]!.lower)) j++;
    while (j < to && tokens[j]!.word && DETERMINERS.has(tokens[j]!.lower)) j++;
    const words: string[] = [];
    while (j < to && words.length < 4) {
      const next = tokens[j]!;
      if (!next.word || TOPIC_STOPS.has(next.lower) || DETERMINERS.has(next.lower)) break;
      words.push(next.capitalised && !/^[A-Z0-9.&-]+$/.test(next.text) ? next.lower : next.text.length > 1 && next.text === next.text.toUpperCase() ? next.text : next.lower);
      j++;
    }
    const timely = words.some((word) => WEEKDAY.test(word) || MONTH.test(word) || /^\d/.test(word) || /^(today|yesterday|tomorrow|week|weeks|month|months|year|years|time|times)$/.test(word));
    if (words.length && !timely) return words.join(' ');
  }
  return null;
}

/** The subject words before the noun ("trade deal" -> "trade"), without sizes, adjectives or names. */
export function topicFromModifiers(tokens: Token[], from: number, noun: number): string | null {
  const words: string[] = [];
  for (let k = from; k < noun; k++) {
    const token = tokens[k]!;
    if (!token.word || DETERMINERS.has(token.lower) || EMPTY_MODIFIERS.has(token.lower) || /\d/.test(token.text) || DURATION_MODIFIER.test(token.lower)) continue;
    if (token.capitalised && (countryOf(token.text) || /['’]s$/.test(token.text))) continue;
    if (token.capitalised && k > from) continue; // a name ("Paris")
    words.push(token.lower);
  }
  return words.length ? words.join(' ') : null;
}

/**
 * The topic of an agreement: the words after "for"/"on"/"to combat" ..., else the subject words before the
 * noun ("trade deal"), else a taxonomy topic of the noun phrase (the agreement noun itself left out: a
 * "treaty" is not a topic), else the words after a marker later in the sentence ("both will focus on X"),
 * else a taxonomy topic of the whole sentence.
 */
export function topicFor(tokens: Token[], npFrom: number, noun: number, npTo: number, sentenceEnd: number): string | null {
  const rest = range(npFrom, npTo)
    .filter((k) => k !== noun)
    .map((k) => tokens[k]!.text)
    .join(' ');
  return (
    topicAfterMarker(tokens, noun + 1, npTo) ??
    topicFromModifiers(tokens, npFrom, noun) ??
    topicsOf(rest, 1)[0] ??
    topicAfterMarker(tokens, npTo, sentenceEnd) ??
    topicsOf(tokens.map((token) => token.text).join(' '), 1)[0] ??
    null
  );
}
