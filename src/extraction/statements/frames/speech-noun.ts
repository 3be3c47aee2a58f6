// Frame rule for a speech-act noun with its content: "her assertion that ...", "the ministry's
// announcement that ...", "Vale's claim that ...". The owner of the noun is the speaker; a noun with no
// owner ("amid claims that ...") names no one and is left alone.
import { MODAL_OR_AUX, SPEECH_NOUNS, TITLES } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import { finiteClauseAhead, posOf } from '../clause.js';
import { isTimeToken, isTimeWord } from '../tokens.js';
import type { Frame } from '../frame.js';

const POSSESSIVE_PRONOUNS = /^(his|her|their|its)$/;

/** Whether token `k` is a speech-act noun with an owner and a "that" clause after it. */
export function isSpeechNounCue(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  if (!SPEECH_NOUNS.has(token.lower) || token.capitalised) return false;
  if (byOwner(tokens, k)) return true;
  return thatAfter(tokens, k) >= 0 && (owner(tokens, k) !== null || issuedBySubject(tokens, k));
}

/**
 * "a demand, by Senator Ann Vale, that ...", "the claim by the union that ...": the owner after the
 * noun, in a "by" phrase before "that". Returns the phrase [from, to) and where "that" stands.
 */
function byOwner(tokens: Token[], k: number): { phrase: [number, number]; that: number } | null {
  let i = k + 1;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.lower !== 'by') return null;
  const from = i + 1;
  // "a promise by Christmas that ...": a deadline, not an owner.
  if (tokens[from] && (isTimeToken(tokens[from]!, tokens[from + 1]) || /^\d/.test(tokens[from]!.text) || /^(christmas|easter|thanksgiving|ramadan|diwali|hanukkah|new)$/.test(tokens[from]!.lower))) return null;
  let j = from;
  if (tokens[j]?.lower === 'the') j++;
  while (j < tokens.length && j - from < 8 && tokens[j]!.word && tokens[j]!.lower !== 'that' && (tokens[j]!.capitalised || j > from && !tokens[j - 1]!.capitalised && tokens[j - 1]!.lower === 'the' || TITLES.has(tokens[j]!.bare))) j++;
  if (j === from || tokens[from]?.lower === 'the' && j === from + 1) return null;
  const that = tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'that' ? j + 1 : tokens[j]?.lower === 'that' ? j : -1;
  return that < 0 ? null : { phrase: [from, j], that };
}

/**
 * "The club issued a statement that the coach had resigned": a speech noun that is the object of
 * issuing speaks for the clause's subject.
 */
function issuedBySubject(tokens: Token[], k: number): boolean {
  return /^(statement|announcement|warning|message|release)$/.test(tokens[k]!.lower) && /^(a|an)$/.test(tokens[k - 1]?.lower ?? '') &&
    /^(issued|released|published|sent|posted|issuing|releasing|publishing|sending|posting)$/.test(tokens[k - 2]?.lower ?? '');
}

/**
 * The "that" opening the noun's clause: right after it, or after a time ("the ministry's announcement
 * on Monday that", "her claim last week that", "the panel's recommendation Friday that"); -1 if none.
 */
function thatAfter(tokens: Token[], k: number): number {
  let i = k + 1;
  if (/^(on|late|early)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1] && isTimeWord(tokens[i + 1]!)) i += 2;
  else if (/^(this|last|next)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1] && isTimeToken(tokens[i]!, tokens[i + 1])) i += 2;
  else if (tokens[i] && isTimeWord(tokens[i]!)) i++;
  return tokens[i]?.lower === 'that' ? i : -1;
}

/** The owner of the noun at `k`: "her" / "its", or a possessive name or noun phrase ("the ministry's"). */
function owner(tokens: Token[], k: number): [number, number] | null {
  let i = k - 1;
  // "her latest assertion", "the ministry's surprise announcement": one or two modifiers between.
  while (i >= k - 3 && i >= 0 && tokens[i]!.word && !tokens[i]!.capitalised && !POSSESSIVE_PRONOUNS.test(tokens[i]!.lower) && !/['’]s$/.test(tokens[i]!.text)) i--;
  const possessor = tokens[i];
  if (!possessor?.word) return null;
  if (POSSESSIVE_PRONOUNS.test(possessor.lower)) return [i, i + 1];
  if (!/['’]s$/.test(possessor.text)) return null;
  // "the ministry's", "Governor Ann Vale's": the phrase that ends in the possessive.
  let start = i;
  while (start > 0 && tokens[start - 1]!.word && (tokens[start - 1]!.capitalised || tokens[start - 1]!.lower === 'the') && i - start < 4) start--;
  return [start, i + 1];
}

export function speechNounFrame(layout: Layout, sentence: Sentence, k: number, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  const possessor = owner(tokens, k);
  const by = possessor ? null : byOwner(tokens, k);
  const speaker = possessor ?? by?.phrase ?? null;
  const issued = !speaker && issuedBySubject(tokens, k);
  if (!speaker && !issued) return null;
  const that = by?.that ?? thatAfter(tokens, k);
  if (that < 0) return null;
  // The clause after "that" must be reported content, not a relative clause ("a statement that was ...").
  const pos = posOf(layout.text, sentence);
  const opensWithVerb = MODAL_OR_AUX.test(tokens[that + 1]?.lower ?? '') || /^(VERB|AUX)$/.test(pos(tokens[that + 1]?.start ?? -1) ?? '');
  // ("a recommendation by March that would settle ...": a relative clause, whoever the owner.)
  if ((issued || by) && opensWithVerb || issued && !finiteClauseAhead(tokens, that + 1, pos)) return null;
  return {
    cue: k,
    cueText: tokens[k]!.text,
    lemma: tokens[k]!.lower.replace(/s$/, ''),
    speaker,
    // "issued a statement that": the speaker is the subject, as for a participle.
    participial: issued,
    via: null,
    rule: 'speech.noun-that',
    confidence: 0.6,
    frameSpan: { start: tokens[speaker && !by ? speaker[0] : k]!.start, end: tokens[that]!.start },
    content: [{ start: tokens[that]!.start, end: clauseEnd(layout, sentence, that, sentenceEnd) }],
  };
}

/**
 * Where the "that" clause ends: at the first comma or semicolon outside quotation marks, or, when
 * the noun phrase is the sentence's subject ("Vale's claim that the figures were wrong was denied"),
 * before the main verb that follows the clause's own.
 */
function clauseEnd(layout: Layout, sentence: Sentence, that: number, sentenceEnd: number): number {
  const { tokens } = sentence;
  const pos = posOf(layout.text, sentence);
  const isAux = (token: Token | undefined) => !!token && (MODAL_OR_AUX.test(token.lower) || pos(token.start) === 'AUX');
  const isLexical = (token: Token | undefined) => !!token && token.word && !token.capitalised && !isAux(token) && pos(token.start) === 'VERB' && !token.lower.endsWith('ing');
  let finite = false;
  let lexical = false;
  for (let i = that + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.quote !== -1) continue;
    if (token.text === ',' || token.text === ';') return token.start;
    const previous = tokens[i - 1];
    const afterConjunction = /^(and|but|or)$/.test(previous?.lower ?? '');
    // "that the figures were wrong | was denied": an auxiliary after a finite clause and a non-verb.
    // "would close", "had not met": the word after an auxiliary completes the clause's verb.
    if (isAux(previous) && token.word && !isAux(token) && !/^(not|never|also|still|already)$/.test(token.lower)) {
      lexical = true;
      finite = true;
      continue;
    }
    if (isAux(token)) {
      if (finite && !isAux(previous) && !afterConjunction) return token.start;
      finite = true;
    } else if (isLexical(token)) {
      // "that schools would close | angered parents": a second verb not joined by "and".
      if (lexical && !isAux(previous) && !afterConjunction && /(ed|s)$/.test(token.lower)) return token.start;
      lexical = true;
      finite = true;
    }
  }
  return sentenceEnd;
}
