// The speaker phrase of a cue: the noun phrase before it ("the mayor said"), across an appositive
// ("Okafor, a Democrat, said"), or after it in an inversion (", said Okafor").
import { AGENT_NOUN, CLAUSE_OPENERS, GROUP_NOUNS, MODAL_OR_AUX, NOT_NAME_STARTS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, SPEAKER_VERB_FILLERS, SPOKESPERSON, STATE_ABBREVIATIONS } from '../lexicon.js';
import { isGivenName } from '../entities.js';
import type { Token } from '../text.js';
import { looksFinite } from './clause.js';
import { isSentenceEnd, isTimeToken, isTimeWord } from './tokens.js';

/** Skips adverbs and time adjuncts leftwards from `k` (exclusive); returns the new end. */
export function skipFillersLeft(tokens: Token[], k: number): number {
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
/** Words that head a phrase only with what follows them ("those surveyed", "many involved"). */
const PRONOUN_HEADS = /^(those|these|them|all|many|some|few|most|others|anyone|everyone|each|both|several|half|none|one)$/;

export function speakerBefore(tokens: Token[], cue: number): [number, number] | null {
  const phrase = phraseOfCue(tokens, cue);
  if (!phrase) return null;
  // "U.S. officials have (long) said", "Israel must ... say": an auxiliary left at the end belongs to
  // the verb, not to the speaker.
  let [start, end] = phrase;
  while (end - start > 1 && MODAL_OR_AUX.test(tokens[end - 1]!.lower)) end--;
  if (end - start > 1 && tokens[end - 1]!.lower === 'be' && MODAL_OR_AUX.test(tokens[end - 2]!.lower)) end -= 2;
  // "A campaign ad released Tuesday says", "the figures published say": a participle after the head
  // noun (and a time after it) modifies the noun; it is no part of the speaker's name.
  let last = end;
  while (last - start > 2 && isTimeWord(tokens[last - 1]!)) last--;
  const participle = tokens[last - 1]!;
  // ("those surveyed said", "many involved said": after a pronoun the participle is the head's content.)
  const head = tokens[last - 2]!;
  if (last - start > 1 && participle.word && !participle.capitalised && /^[a-z]{3,}ed$/.test(participle.lower) && head.word && !MODAL_OR_AUX.test(head.lower) && !PRONOUN_HEADS.test(head.lower)) end = last - 1;
  return [start, end];
}

function phraseOfCue(tokens: Token[], cue: number): [number, number] | null {
  let end = skipFillersLeft(tokens, cue);
  if (end === 0) return null;
  // "the Bureau of Fisheries Research (BFR) added": step over the bracket.
  if (tokens[end - 1]?.text === ')') {
    let open = end - 2;
    while (open >= 0 && end - open < 8 && tokens[open]!.text !== '(') open--;
    if (open > 0 && tokens[open]!.text === '(') end = open;
  }
  // "The union — which represents 4,000 nurses — said": an aside between two spaced dashes.
  if (isSpacedDash(tokens, end - 1)) {
    let open = end - 2;
    while (open > 0 && end - open < 20 && !isSpacedDash(tokens, open)) open--;
    if (open > 0 && isSpacedDash(tokens, open)) end = skipFillersLeft(tokens, open);
  }
  // ", meanwhile," / ", however,": a parenthetical adverb between commas.
  while (tokens[end - 1]?.text === ',' && tokens[end - 3]?.text === ',' && tokens[end - 2]!.word && !tokens[end - 2]!.capitalised) end = skipFillersLeft(tokens, end - 3);
  if (tokens[end - 1]?.text === ',') return appositiveSpeaker(tokens, end - 1);
  let start = end;
  while (start > 0) {
    const token = tokens[start - 1]!;
    if (!token.word && !/^[&'’\-]$/.test(token.text) || token.mark) break;
    // "WASHINGTON (Reuters) - The senator said": a dash with a space before it separates, a hyphen joins.
    if (token.text === '-' && tokens[start - 2] && tokens[start - 2]!.end < token.start) break;
    if (token.quote !== -1) break;
    if (CLAUSE_OPENERS.has(token.lower) && !coordinatedModifier(tokens, start - 1) && !insideName(tokens, start - 1)) break;
    if (token.lower === 'who' || token.lower === 'which') break;
    // "..., with traders saying ...": the participle's subject starts after "with".
    if (token.lower === 'with' && tokens[cue]?.lower.endsWith('ing')) break;
    start--;
    if (end - start > 12) return null;
  }
  // "Lise Moreau, who told the paper that ...": the name before ", who".
  // ("Harbour Bank, which said ...": an organisation's relative clause the same way.)
  if (start === end && /^(who|which)$/.test(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.text === ',') return appositiveSpeaker(tokens, bracketBefore(tokens, end - 2));
  // ("..., both of whom advised him that": the people before the comma, never the quantifier.)
  // (The group is the noun phrase right before the comma, after the last verb or preposition: "The plan
  // angered residents, many of whom said" is the residents', never the plan's.)
  if (/^(whom|which)$/.test(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.lower === 'of' && /^(both|all|each|some|many|most|none|one|two|three)$/.test(tokens[end - 3]?.lower ?? '') && tokens[end - 4]?.text === ',') {
    const phrase = phraseBefore(tokens, end - 4);
    if (!phrase) return null;
    const cut = tokens.slice(phrase[0], phrase[1]).findLastIndex((token, n) => PREPOSITIONS.has(token.lower) || n > 0 && !token.capitalised && looksFinite(token));
    const group: [number, number] = cut >= 0 ? [phrase[0] + cut + 1, phrase[1]] : phrase;
    return group[1] > group[0] && looksLikeSpeaker(tokens, group) ? trimOpeners(tokens, group) : null;
  }
  // "anger from passenger groups who say ...": without a comma, the noun phrase right before "who".
  if (start === end && tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.word) {
    const phrase = phraseBefore(tokens, end - 1);
    // ("prompting anger from passenger groups who say": the noun phrase after the last preposition.)
    // ("The mayor angrily rebuked critics who say": after the last verb or preposition.)
    const lastPreposition = phrase ? tokens.slice(phrase[0], phrase[1]).findLastIndex((token, n) => PREPOSITIONS.has(token.lower) || n > 0 && !token.capitalised && looksFinite(token)) : -1;
    const head: [number, number] | null = phrase && lastPreposition >= 0 ? [phrase[0] + lastPreposition + 1, phrase[1]] : phrase;
    // ("Leticia Obregon, a home health aide who said ...": the description is in apposition to the name before it.)
    if (head && tokens[head[0]]?.lower.match(/^(a|an|the)$/) && tokens[head[0] - 1]?.text === ',') {
      const named = phraseBefore(tokens, head[0] - 1);
      if (named && isName(tokens, named)) return trimOpeners(tokens, named);
    }
    if (head && head[1] > head[0] && looksLikeSpeaker(tokens, head)) return trimOpeners(tokens, head);
  }
  if (start === end) return null;
  // "Ann Holt of Springfield, Ill. said": a town's state after its comma ends the phrase, not a name of its own.
  if (end - start === 1 && tokens[start - 1]?.text === ',' && STATE_ABBREVIATIONS.has(tokens[start]!.bare) && tokens[start]!.capitalised) return appositiveSpeaker(tokens, start - 1);
  // "Olwen Price, Green Party transport spokeswoman said": a description after a name and a comma.
  if (tokens[start - 1]?.text === ',' && !isName(tokens, [start, end]) && !tokens[end - 1]!.capitalised) {
    const before = phraseBefore(tokens, start - 1);
    if (before && isName(tokens, before) && before[1] - before[0] <= 4 && (before[0] === 0 || !tokens[before[0] - 1]!.word)) return before;
  }
  // Relative clause: "Trump, who has said" -> the name before ", who".
  if (tokens[start - 1]?.lower === 'who' && tokens[start - 2]?.text === ',') {
    return appositiveSpeaker(tokens, start - 2);
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
  // "In 2010 she said", "a sentence I never thought I'd write": a pronoun (or its contraction) at the
  // end of the phrase is the subject.
  if (end - start > 1 && /^(he|she|they|it|we|i)(['’](d|ll|ve|m|re|s))?$/.test(tokens[end - 1]!.lower)) return [end - 1, end];
  return [start, end];
}

/**
 * "the Rail and Transport Union said", "Harlow and District Trust": an "and" between two capitalised
 * words of one name, which ends in an organisation's word, does not end the phrase.
 */
function insideName(tokens: Token[], and: number): boolean {
  if (!/^(and|&)$/.test(tokens[and]!.lower) || !tokens[and - 1]?.capitalised || !tokens[and + 1]?.capitalised) return false;
  // (Over "Workers' Union": an apostrophe stays inside the name.)
  let end = and + 1;
  while (tokens[end + 1]?.capitalised || /^['’]$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.capitalised) end++;
  return ORGANIZATION_NOUNS.has(tokens[end]!.lower);
}

/**
 * "The news and data seller said": an "and" between two modifiers of one description, which opens
 * with a determiner at the start of its clause, does not end the phrase as a clause's "and" would.
 */
function coordinatedModifier(tokens: Token[], and: number): boolean {
  if (!/^(and|or)$/.test(tokens[and]!.lower)) return false;
  const before = tokens[and - 1];
  if (!before?.word || before.capitalised) return false;
  for (let j = and - 1; j >= 0 && j >= and - 3; j--) {
    const token = tokens[j]!;
    if (!token.word) return false;
    if (/^(the|a|an)$/.test(token.lower)) return j === 0 || !tokens[j - 1]!.word;
  }
  return false;
}

/**
 * "Okafor, a Democrat, said" / "And a second, Pavel Ruiz, said" / "Ines Laird, director
 * general of the agency, said": of the two phrases between commas, the one with a name speaks.
 */
export function isName(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end);
  return words.every((token) => token.capitalised || /^(of|de|van|von|and|&|-)$/.test(token.lower)) && !NOT_NAME_STARTS.test(words[0]!.lower) && !/ly$|less$/.test(words[0]!.bare);
}

/** The words between the comma before `comma` (or the clause start) and `comma`. */
export function segmentBefore(tokens: Token[], comma: number): [number, number] | null {
  let start = comma;
  // ("Others were less calm: one woman, who ..., said": a colon or semicolon ends the segment too.)
  while (start > 0 && !separatesAppositive(tokens, start - 1) && !/^[:;]$/.test(tokens[start - 1]!.text) && tokens[start - 1]!.quote === -1 && !tokens[start - 1]!.mark && comma - start < 25) start--;
  return start < comma ? [start, comma] : null;
}

/** A dash with a space before it: "X — aside — said", not the hyphen of "al-Assad". */
function isSpacedDash(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return !!token && /^[-–—]$/.test(token.text) && i > 0 && tokens[i - 1]!.end < token.start;
}

/** A comma, or a dash with a space before it ("David Kahn - a historian, ..."), sets off an appositive. */
function separatesAppositive(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  return token.text === ',' || isSpacedDash(tokens, i);
}

/**
 * "the Harbour Lenders Group (HLG), which said": the comma a relative clause hangs from, or, when an
 * acronym in brackets stands before it, a position that makes the name before the bracket the phrase.
 */
function bracketBefore(tokens: Token[], comma: number): number {
  return tokens[comma - 1]?.text === ')' && tokens[comma - 3]?.text === '(' ? comma - 3 : comma;
}

export function appositiveSpeaker(tokens: Token[], comma: number): [number, number] | null {
  // Walk back over appositives ("Tomas Hale, 42, a baker, said"; "Nora Quist, who also
  // chairs ..., said") to the segment that names someone.
  let segment = segmentBefore(tokens, comma);
  for (let hops = 0; segment && hops < 3; hops++) {
    const first = tokens[segment[0]]!;
    // ("Martin Grieve, of Halden Consulting, said": an affiliation opens with its preposition.)
    const affiliation = /^(of|from|at|with)$/.test(first.lower);
    // ("Her opposite number, shadow minister Gareth Price, said": a role and a name is who speaks.)
    const descriptive = affiliation || partyDesignation(tokens, segment) || placeTail(tokens, segment) || !isName(tokens, segment) && !roleThenName(tokens, segment) && (/^(who|which|whose|a|an|the|\d.*)$/.test(first.lower) || !first.capitalised || segment[1] - segment[0] > 6);
    // ("...: one woman, who ..., said": a description that opens its clause, after a relative, is who speaks.)
    if (hops > 0 && descriptive && !separatesAppositive(tokens, segment[0] - 1) && /^(one|a|an|another)$/.test(first.lower) && looksLikeSpeaker(tokens, segment)) return trimOpeners(tokens, segment);
    if (!descriptive || !separatesAppositive(tokens, segment[0] - 1)) break;
    const previous = segmentBefore(tokens, segment[0] - 1);
    if (!previous) break;
    // ("Ann Holt, of Springfield, Ill., said": a town's state, then the affiliation; on to the name.)
    if (/^(of|from|at|with)$/.test(tokens[previous[0]]!.lower) && separatesAppositive(tokens, previous[0] - 1)) {
      segment = previous;
      continue;
    }
    const named = phraseBefore(tokens, previous[1]);
    // ("One, a runner from Bristol, said": a lone "one" is no name; the description says who.)
    if (named && named[1] - named[0] === 1 && PRONOUN_HEADS.test(tokens[named[0]]!.lower) && !affiliation) return segment;
    if (named && isName(tokens, named)) return trimOpeners(tokens, named);
    // "Six newspapers in the state, including the Gazette, said": the group itself speaks.
    if (named && tokens[named[0]]!.capitalised && looksLikeSpeaker(tokens, named)) return trimOpeners(tokens, named);
    // ("But the KPF, which controls the east, said": after a relative clause, a determiner's phrase is its antecedent.)
    if (named && /^(which|who)$/.test(first.lower) && /^(the|its|their)$/.test(tokens[named[0]]!.lower) && looksLikeSpeaker(tokens, named)) return trimOpeners(tokens, named);
    segment = previous;
  }
  const inner = phraseBefore(tokens, comma);
  if (!inner) return null;
  const outer = tokens[inner[0] - 1]?.text === ',' ? phraseBefore(tokens, inner[0] - 1) : null;
  const named = (phrase: [number, number] | null) => !!phrase && tokens.slice(phrase[0], phrase[1]).some((token, i) => token.capitalised && (i > 0 || phrase[0] > 0 || !/^(and|but|a|an|the)$/i.test(token.text)));
  // A name is capitalised throughout ("Ruth Calder"); "Reyes' campaign manager" is a description.
  const innerIsName = tokens.slice(inner[0], inner[1]).every((token) => token.capitalised || /^(of|de|van|von|and|&|-)$/.test(token.lower)) && !/^(a|an|the)$/i.test(tokens[inner[0]]!.text);
  if (outer && named(outer) && !innerIsName && !roleThenName(tokens, inner)) return trimOpeners(tokens, outer);
  return trimOpeners(tokens, inner);
}

/** "shadow housing secretary Gareth Lloyd-Price": lowercase role words, then a name of two words or more. */
function roleThenName(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end).filter((token) => token.word);
  const firstName = words.findIndex((token) => token.capitalised);
  // ("responding to reporter Jim Acosta" is a clause about someone else: no preposition in the role.)
  return firstName > 0 && words.length - firstName >= 2 && words.slice(firstName).every((token) => token.capitalised) && words.slice(0, firstName).every((token) => !token.capitalised && !/^(a|an|the|who|which|to)$/.test(token.lower) && !PREPOSITIONS.has(token.lower));
}

/**
 * "R-Ohio", "D-N.Y.", "Republican of Texas", "Democrat of New York": a legislator's party and state
 * in apposition to the name, never the speaker itself.
 */
export function partyDesignation(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end).filter((token) => token.word);
  if (!words.length) return false;
  if (/^[RDI]-\p{Lu}/u.test(words[0]!.text) && words.length <= 3) return true;
  return words.length >= 3 && /^(republican|democrat|independent)$/.test(words[0]!.lower) && words[1]!.lower === 'of' && words.slice(2).every((token) => token.capitalised);
}

/**
 * "... a nurse in Dayton, Ohio, said": the state or country after a town, split off by a comma, is the
 * end of the place in the appositive before it, not a name of its own.
 */
function placeTail(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end);
  if (!words.length || words.length > 3 || !words.every((token) => token.capitalised || token.text === '.')) return false;
  if (tokens[start - 1]?.text !== ',' || !tokens[start - 2]?.capitalised) return false;
  // ("The chief executive of Harbour Bank, Ann Lowe, said": a given name and a surname is a person, not a state.)
  if (words.length >= 2 && isGivenName(words[0]!.text)) return false;
  // Back over the capitalised run before the comma to the preposition that opens the place.
  let k = start - 2;
  while (k > 0 && tokens[k - 1]!.capitalised) k--;
  return /^(in|of|from|at|near|outside)$/.test(tokens[k - 1]?.lower ?? '');
}

export function trimOpeners(tokens: Token[], [start, end]: [number, number]): [number, number] | null {
  let from = start;
  while (from < end - 1 && /^(and|but|or|so|then|meanwhile)$/i.test(tokens[from]!.text)) from++;
  return [from, end];
}

/** A name, or a phrase headed by a person or group noun ("one aide", "analysts"). */
export function looksLikeSpeaker(tokens: Token[], [start, end]: [number, number]): boolean {
  const words = tokens.slice(start, end).filter((token) => token.word);
  if (words.some((token) => token.capitalised)) return true;
  if (words.length === 1 && /^(he|she|they|we)$/.test(words[0]!.lower)) return true;
  const head = words.at(-1)?.lower ?? '';
  const singular = head.replace(/(?<=[^s])s$/, '');
  // A lowercase phrase is someone by its head: a role, a group, an organisation ("the operator",
  // "the ministry"), or a plural agent noun ("commuters", "campaigners").
  return PERSON_ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || SPOKESPERSON.test(head) || PERSON_ROLE_NOUNS.has(singular) ||
    ORGANIZATION_NOUNS.has(singular) || isPluralAgent(head);
}

/** A plural noun of agents ("commuters", "tenants"): see AGENT_NOUN. */
export const isPluralAgent = (word: string) => /^\p{Ll}+s$/u.test(word) && AGENT_NOUN.test(word);

/** The words of a noun phrase that ends at `end` (exclusive), back to a boundary. */
export function phraseBefore(tokens: Token[], end: number): [number, number] | null {
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
export function speakerAfter(tokens: Token[], cue: number): [number, number] | null {
  let k = cue + 1;
  const start = k;
  while (k < tokens.length && tokens[k]!.word && tokens[k]!.quote === -1 && k - start < 8 && !PREPOSITIONS.has(tokens[k]!.lower) || tokens[k]?.text === '.' && /^[A-Z]$/.test(tokens[k - 1]?.text ?? '')) k++;
  if (k === start) return null;
  // "said head of security Oswin Drake": a role with "of", then the name.
  if (tokens[k]?.lower === 'of' && !tokens[k - 1]!.capitalised) {
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && tokens[j]!.word && !tokens[j]!.capitalised) j++;
    if (j > k + 1 && tokens[j]?.capitalised) {
      while (j < tokens.length && tokens[j]!.capitalised) j++;
      return [start, j];
    }
    // "said the chief inspector of hospitals, Dr Ann Lee": the role's "of" phrase, then the name.
    // (Only where the name ends the sentence: ", Dr Ann Lee, who ..." may go on about someone else.)
    const name = j > k + 1 ? nameAfterComma(tokens, j) : null;
    if (name && isSentenceEnd(tokens[name[1]])) return name;
  }
  // "said its chief executive, Dame Ruth Alder": a description, then the name.
  return nameAfterComma(tokens, k) ?? [start, k];
}

/** "..., Dame Ruth Alder." after a lowercase description: the name between the comma at `comma` and the clause's end. */
function nameAfterComma(tokens: Token[], comma: number): [number, number] | null {
  if (tokens[comma]?.text !== ',' || tokens[comma - 1]!.capitalised || !tokens[comma + 1]?.capitalised) return null;
  let j = comma + 1;
  while (j < tokens.length && (tokens[j]!.capitalised || /^(of|de|van|von)$/.test(tokens[j]!.lower))) j++;
  return isSentenceEnd(tokens[j]) || tokens[j]?.text === ',' ? [comma + 1, j] : null;
}

/** "..., with traders saying ...": "with", a short noun phrase, then the participle at `k`. */
export function withSubject(tokens: Token[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const token = tokens[j]!;
    if (!token.word) return false;
    if (token.lower === 'with') return !tokens[j - 1] || tokens[j - 1]!.text === ',';
  }
  return false;
}
