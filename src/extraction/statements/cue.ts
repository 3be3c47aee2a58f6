// What follows a cue before its content: the listener ("told reporters"), adjuncts ("in a statement on
// Friday"), and where an aside after a trailing cue ends.
import { CLAUSE_START_PRONOUNS, DETERMINERS, LISTENER_VERBS, MEDIA_NOUNS, MONTHS, NOT_CLAUSE_STARTS, OBJECT_PRONOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, SPEECH_VERB_LEMMA } from '../lexicon.js';
import type { Token } from '../text.js';
import { isOpeningMark, isTimeToken } from './tokens.js';

/** Steps over the listener ("told reporters", "assured investors") and adjuncts after a cue. */
export function skipAfterCue(tokens: Token[], k: number, lemma: string): number {
  let i = k + 1;
  if (LISTENER_VERBS.has(lemma) && tokens[i]?.word && tokens[i]!.lower !== 'that') i = skipListener(tokens, i);
  for (let guard = 0; guard < 6; guard++) {
    const token = tokens[i];
    // "testified, for example, that ...", "said, however, that ...": a parenthetical before "that".
    if (token?.text === ',') {
      const close = tokens.findIndex((t, j) => j > i && j <= i + 7 && t.text === ',');
      if (close > i + 1 && tokens[close + 1]?.lower === 'that' && tokens.slice(i + 1, close).every((t) => t.word && !t.capitalised)) {
        i = close + 1;
        continue;
      }
    }
    if (!token || !token.word) return i;
    // "warned darkly that", "said repeatedly he would": an adverb before the content.
    const following = tokens[i + 1];
    if (!token.capitalised && token.lower.length > 4 && token.lower.endsWith('ly') && following && (following.lower === 'that' || CLAUSE_START_PRONOUNS.has(following.lower))) {
      i++;
      continue;
    }
    // A bare number after the cue opens the clause ("said 40 stores would shut"), unless it is a day
    // after a month ("said on March 12 that").
    const dayOfMonth = /^\d{1,2}$/.test(token.text) && MONTHS.test(tokens[i - 1]?.text ?? '');
    if (isTimeToken(token, tokens[i + 1]) && (!/^\d/.test(token.text) || dayOfMonth)) {
      i += /^(this|last|next)$/.test(token.lower) ? 2 : 1;
      continue;
    }
    // ("said about one in five beds ...", "said around 300 jobs ...": an approximate number opens the clause.)
    const approximate = /^(about|around|over|under|nearly|some)$/.test(token.lower) && !!tokens[i + 1] && (/^\d/.test(tokens[i + 1]!.text) || /^(one|two|three|four|five|six|seven|eight|nine|ten|half|a|a third|a quarter|dozens|hundreds|thousands|millions)$/.test(tokens[i + 1]!.lower));
    if (PREPOSITIONS.has(token.lower) && token.lower !== 'that' && !approximate) {
      // A short prepositional phrase: "in a statement", "on Fox News", "at a rally in Iowa".
      let j = i + 1;
      if (tokens[j] && DETERMINERS.has(tokens[j]!.lower)) j++;
      const objectStart = j;
      while (j < tokens.length && tokens[j]!.word && tokens[j]!.lower !== 'that' && j - objectStart < 4 && !PREPOSITIONS.has(tokens[j]!.lower) && !(j > objectStart && /^(he|she|they|we|i|it)$/.test(tokens[j]!.lower))) {
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

/** The listener after "told", "assured", "urged": a name, a pronoun or a short noun phrase. */
export function skipListener(tokens: Token[], i: number): number {
  const first = tokens[i]!;
  if (first.capitalised) {
    for (;;) {
      // "Radio 4", "Channel 5": a number may end a station's or programme's name.
      while (tokens[i]?.capitalised || (tokens[i] && /^(of|the|and|&|de|van|von|der|da|del|al|bin|la|le|du)$/.test(tokens[i]!.lower) && tokens[i + 1]?.capitalised) || (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.capitalised && (!tokens[i + 1]?.word || tokens[i + 1]!.capitalised)) || (/^\d{1,3}['’]s$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.capitalised)) i++;
      // "Gov. Rick Snyder (R)", "Sen. Ron Day (D-Ill.)": a party marker in brackets.
      if (tokens[i]?.text === '(') {
        const close = tokens.findIndex((token, k) => k > i && k <= i + 6 && token.text === ')');
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      // "Republican presidential candidate Donald Trump": lowercase role words between two names.
      let j = i;
      while (j < i + 3 && tokens[j]?.word && !tokens[j]!.capitalised && (PERSON_ROLE_NOUNS.has(tokens[j]!.lower) || /(ial|al|ary|ive)$/.test(tokens[j]!.lower))) j++;
      if (j > i && tokens[j]?.capitalised) {
        i = j;
        continue;
      }
      // "the Kent governor to ...": a role noun after the name it is of.
      if (j > i && tokens[j]?.lower === 'to' && j - i <= 2 && PERSON_ROLE_NOUNS.has(tokens[j - 1]!.lower)) return j;
      // "told the BBC's Today programme that": a programme or a paper named before its noun.
      if (MEDIA_NOUNS.has(tokens[i]?.lower ?? '') && !tokens[i]!.capitalised) return i + 1;
      return i;
    }
  }
  if (OBJECT_PRONOUNS.test(first.lower) && first.lower !== 'the') return i + 1;
  // "told investigators they were ...", "assured voters that ...": a bare plural noun, then the clause.
  const next = tokens[i + 1];
  if (/^[a-z]{3,}s$/.test(first.text) && next && (CLAUSE_START_PRONOUNS.has(next.lower) || next.lower === 'that')) return i + 1;
  // "told local breakfast-show host Dana Pierce": lowercase words, then a name.
  for (let j = i; j < i + 4 && tokens[j]?.word; j++) {
    const lower = tokens[j]!.lower;
    if (CLAUSE_START_PRONOUNS.has(lower) || NOT_CLAUSE_STARTS.has(lower) || PREPOSITIONS.has(lower) || lower === 'that' || lower.endsWith('ed')) break;
    if (tokens[j]!.capitalised) return skipListener(tokens, j);
  }
  if (DETERMINERS.has(first.lower) || first.lower === 'the') {
    // "called on the Federal Emergency Management Agency to ...": a name after "the" runs on.
    if (tokens[i + 1]?.capitalised) return skipListener(tokens, i + 1);
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && tokens[j]!.word && !CLAUSE_START_PRONOUNS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'that' && !PREPOSITIONS.has(tokens[j]!.lower)) j++;
    return j;
  }
  return i;
}

/** After ", he said," a new clause may follow (parenthetical) or an aside ("a Democrat", "adding ..."). */
export function opensClauseAfterComma(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.quote !== -1 || isOpeningMark(token)) return true;
  if (SPEECH_VERB_LEMMA.has(token.lower) && token.lower.endsWith('ing')) return false;
  if (/^(a|an|the|who|which|whose|according|in|at|on|as)$/.test(token.lower)) return false;
  return true;
}

/** Where an aside after a trailing cue ends: the next comma that opens a clause, or the sentence end. */
export function asideEnd(tokens: Token[], after: number, sentenceEnd: number): number {
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
 * "were quick to point out that", "went on to say", "was keen to stress", "took to Twitter to say": a
 * frame before "to <speech verb>" that says the speaking happened (unlike "declined to say", "plans to
 * announce"). `to` is the index of "to".
 */
export function saysItHappened(tokens: Token[], to: number): boolean {
  const before = tokens[to - 1]?.lower ?? '';
  if (/^(quick|keen|eager|careful|anxious|pains|hastened|rushed|moved|proceeded|went|on|onstage|podium)$/.test(before)) {
    return before !== 'on' || /^(went|goes|go|going)$/.test(tokens[to - 2]?.lower ?? '');
  }
  // "took to Twitter to say", "took to the stage to say".
  for (let j = to - 1; j >= to - 3 && j > 0; j--) if (tokens[j]!.lower === 'to' && /^(took|takes|taking)$/.test(tokens[j - 1]?.lower ?? '')) return true;
  return false;
}
