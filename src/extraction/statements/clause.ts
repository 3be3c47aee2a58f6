// Is there a clause here? The tests the statement rules use to tell reported content (a clause with a
// subject and a verb) from an object, a name or a title. Part-of-speech tags are computed per sentence
// on first need.
import { AGENT_NOUN, CLAUSE_START_PRONOUNS, CONTRACTED_SUBJECT, GROUP_NOUNS, PERSON_NOUN_ENDING, PERSON_ROLE_NOUNS, FINITE, IRREGULAR_PAST, MODAL_OR_AUX, NOT_CLAUSE_STARTS, PREPOSITIONS, SUBJECT_PRONOUN, VERBISH } from '../lexicon.js';
import { tagText, type TaggedText } from '../pos.js';
import type { Sentence, Token } from '../text.js';

export const sentenceTags = new WeakMap<Sentence, { tagged: TaggedText; offset: number }>();

/** Part-of-speech tags for one sentence, computed on first need (most sentences never need them). */
export function posOf(text: string, sentence: Sentence): (offset: number) => string | null {
  let entry = sentenceTags.get(sentence);
  if (!entry) {
    entry = { tagged: tagText(text.slice(sentence.start, sentence.end)), offset: sentence.start };
    sentenceTags.set(sentence, entry);
  }
  const { tagged, offset } = entry;
  return (at) => tagged.at(at - offset);
}

/** Whether the words from `i` can open a reported clause ("the economy is weak", "he would"). */
export function opensClause(tokens: Token[], i: number, loose = false): boolean {
  const token = tokens[i];
  if (!token) return false;
  // "announced £85m for rural schools will be spent ...": an amount opens the clause.
  if (!token.word) return /^[£$€¥]$/.test(token.text) && !!tokens[i + 1] && /^\d/.test(tokens[i + 1]!.text);
  // "said if the vote were held today it would pass", "said by the time pupils reach 16, it is too
  // late": a conditional or temporal clause, when a long clause follows it.
  if (loose && (/^(if|unless|once|because|although|though|whereas)$/.test(token.lower) || token.lower === 'by' && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'time')) {
    return tokens.slice(i).filter((t) => t.word).length >= 8;
  }
  // "said about 300 beds were empty", "said nearly a fifth of ...": an approximate amount opens the clause.
  if (/^(about|around|nearly|almost|roughly|some|over|under)$/.test(token.lower) && tokens[i + 1] && opensClause(tokens, i + 1, loose)) return true;
  if (NOT_CLAUSE_STARTS.has(token.lower) || PREPOSITIONS.has(token.lower)) return false;
  const words = tokens.slice(i).filter((t) => t.word).length;
  if (words < 3) return false;
  if (CLAUSE_START_PRONOUNS.has(token.lower) || token.capitalised || /^\d/.test(token.text) || token.lower === 'that') return true;
  // A bare noun ("said contractors built ...") opens a clause after the plainest speech verbs.
  return loose && !token.lower.endsWith('ing') && !token.lower.endsWith('ly') && words >= 4;
}

/**
 * Whether a stretch of words holds a verb: a clause, not a name or a title. The tagger decides;
 * a small list of verb forms covers what it gets wrong on sentence fragments.
 */
export function hasVerb(tokens: Token[], from: number, to = tokens.length, pos?: (offset: number) => string | null): boolean {
  if (pos) {
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (!token.word || token.capitalised) continue;
      const tag = pos(token.start);
      // A participle after a preposition or an article is an adjective ("about contaminated flour").
      if ((tag === 'VERB' || tag === 'AUX') && !(i > from && /^(ADP|DET)$/.test(pos(tokens[i - 1]!.start) ?? '') && /(ed|en)$/.test(token.lower))) return true;
    }
    // The tagger misses past tenses after a bare noun now and then ("contractors built"). Only right
    // after a noun or pronoun, its subject: after a preposition or an article the form is an adjective
    // ("shoppers about contaminated flour", "the revised plan").
    for (let i = from; i < to; i++) {
      if (!IRREGULAR_PAST.has(tokens[i]!.lower) && !/[a-z]{3,}ed$/.test(tokens[i]!.lower)) continue;
      const previous = tokens[i - 1];
      if (i === from || !previous?.word || /^(NOUN|PROPN|PRON)$/.test(pos(previous.start) ?? '')) return true;
    }
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

export function looksFinite(token: Token): boolean {
  return FINITE.test(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed'));
}

/**
 * Whether a finite clause starts at `i`: a subject (a pronoun, or a noun phrase of a few words) and
 * then a finite verb: "the depot would close", "she was leaving", "mistakes had been made". A
 * plain object ("confirmed the deal", "praised the staff for ...") has no verb right after it.
 */
export function finiteClauseAhead(tokens: Token[], i: number, pos: (offset: number) => string | null): boolean {
  const first = tokens[i];
  if (!first?.word || first.quote !== -1) return false;
  // "who spent the weekend ...", "which he signed": a relative clause, not reported content.
  if (/^(who|whom|whose|which|what|where|when|while|as|and|but|or)$/.test(first.lower) || PREPOSITIONS.has(first.lower)) return false;
  if (CONTRACTED_SUBJECT.test(first.lower)) return true;
  let j = i;
  if (SUBJECT_PRONOUN.test(first.lower)) j = i + 1;
  else {
    // Seven words for a subject, and more for a list ("higher bills, rising wages and a drop in trade
    // had ...") or an aside in it ("the increase, which is below inflation, struck ...").
    let reach = 7;
    let inList = false;
    while (j < tokens.length && j - i < reach) {
      const token = tokens[j]!;
      if (token.text === ',' && j > i && reach < 16) {
        const aside = /^(which|who)$/.test(tokens[j + 1]?.lower ?? '') ? tokens.findIndex((t, n) => n > j + 1 && n <= j + 12 && t.text === ',') : -1;
        if (aside > 0) {
          // ("criticised the plan, which the council approved in May, saying ...": after the aside, the verb
          // itself must come, not a participle of the speaker's.)
          const resumed = tokens[aside + 1];
          if (!resumed?.word || /ing$/.test(resumed.lower) || !(MODAL_OR_AUX.test(resumed.lower) || pos(resumed.start) === 'VERB')) return false;
          reach += aside + 1 - j;
          j = aside + 1;
          continue;
        }
        if (listGoesOn(tokens, j, pos)) {
          reach = 16;
          inList = true;
          j++;
          continue;
        }
      }
      // "buying Harbor Trust (HT) fulfilled ...": a bracketed acronym inside the subject.
      if (token.text === '(' && tokens[j + 1]?.word && tokens[j + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[j + 1]!.text)) {
        j += 3;
        continue;
      }
      if (!token.word && !/^['’]s?$/.test(token.text) && !(token.text === '%' || token.text === '-')) break;
      if (!token.word) { j++; continue; }
      if (MODAL_OR_AUX.test(token.lower) && j > i) break;
      const tag = pos(token.start);
      // A gerund opens the subject ("raising fares was ..."), and a participle may modify its noun
      // ("waiting lists could ..."); any other verb ends the subject.
      if ((tag === 'VERB' || tag === 'AUX') && j > i && !(token.lower.endsWith('ing') && tokens[j + 1]?.word)) break;
      if (tag === 'DET' && j > i && tokens[j - 1]!.lower !== 'of' && !(j === i + 1 && first.lower.endsWith('ing')) && !(inList && /^(and|or)$/.test(tokens[j - 1]!.lower))) return false;
      // "the Christians and Muslims don't mix": "and" between two nouns of one subject.
      // (In a list, "and" or "or" opens its last item, whatever that item's first word.)
      const joinsNouns = inList && /^(and|or)$/.test(token.lower) || token.lower === 'and' && j > i && /^(NOUN|PROPN)$/.test(pos(tokens[j - 1]!.start) ?? '') && /^(NOUN|PROPN)$/.test(pos(tokens[j + 1]?.start ?? -1) ?? '');
      // (A list's items may hold a preposition: "a drop in trade".)
      if (tag === 'ADP' && token.lower !== 'of' && !(inList && PREPOSITIONS.has(token.lower) && !/^(to|that)$/.test(token.lower)) || tag === 'SCONJ' || tag === 'CCONJ' && !joinsNouns || token.lower === 'that' || token.lower === 'to' || /^(who|whom|whose|which)$/.test(token.lower)) return false;
      j++;
    }
  }
  const verb = tokens[j];
  if (j === i || !verb?.word) return false;
  if (MODAL_OR_AUX.test(verb.lower) || /['’](s|re|ll|d|ve)$/.test(verb.lower)) return true;
  const tag = pos(verb.start);
  return (tag === 'VERB' || tag === 'AUX') && (IRREGULAR_PAST.has(verb.lower) || /[a-z]{2,}(ed|es|s)$/.test(verb.lower));
}

/**
 * "higher energy bills, rising wages and a drop in trade had ...": after a comma, another noun phrase of a
 * list, ended by "and" or "or" before its last item, with no verb before that conjunction.
 */
function listGoesOn(tokens: Token[], comma: number, pos: (offset: number) => string | null): boolean {
  for (let n = comma + 1; n < tokens.length && n <= comma + 6; n++) {
    const token = tokens[n]!;
    if (!token.word) return false;
    if (/^(and|or)$/.test(token.lower)) return n > comma + 1;
    const tag = pos(token.start);
    if ((tag === 'VERB' || tag === 'AUX') && !token.lower.endsWith('ing') || /^(who|which|that|to)$/.test(token.lower)) return false;
  }
  return false;
}

/**
 * "Mr Reed was heard telling the driver to ...", "Speakers spent the day urging voters to ...": a
 * participle that continues the clause's verb phrase without a comma speaks for the clause's subject.
 * Returns the index of that verb: right before the participle, or before its object noun. Never after a
 * determiner or adjective ("a telling remark", "the warning"), or an auxiliary ("was telling" is the
 * finite verb itself).
 */
export function verbBeforeParticiple(text: string, sentence: Sentence, k: number): number | null {
  const tokens = sentence.tokens;
  const previous = tokens[k - 1];
  if (!previous?.word || previous.capitalised) return null;
  // (The carriers are a closed list: look for one before tagging the sentence, which costs far more.)
  if (!tokens.slice(Math.max(0, k - 4), k).some((token) => PARTICIPLE_CARRIERS.has(token.lower))) return null;
  const pos = posOf(text, sentence);
  if (pos(tokens[k]!.start) !== 'VERB') return null;
  if (MODAL_OR_AUX.test(previous.lower) || /^(is|are|was|were|be|been|being|am)$/.test(previous.lower)) return null;
  const carries = (token: Token | undefined) => !!token && PARTICIPLE_CARRIERS.has(token.lower) && pos(token.start) === 'VERB';
  // "was heard telling", "kept saying"; not "avoided saying" or "stopped saying", which report no speech.
  if (pos(previous.start) === 'VERB') return carries(previous) ? k - 1 : null;
  if (pos(previous.start) !== 'NOUN') return null;
  // "a majority of voters saying ...", "protesters urging ...": a noun for people is the participle's own subject.
  const noun = previous.lower;
  if (GROUP_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(noun.replace(/s$/, '')) || AGENT_NOUN.test(noun) || PERSON_NOUN_ENDING.test(noun)) return null;
  // "spent the day urging", "seen on camera telling": a verb, then a short object or adjunct.
  let v = k - 2;
  while (v >= k - 4 && tokens[v]?.word && !tokens[v]!.capitalised && pos(tokens[v]!.start) !== 'VERB') v--;
  // ("found the council telling her ...": who perceives or receives is no speaker; the object is the participle's subject.)
  return v >= k - 4 && carries(tokens[v]) ? v : null;
}

/**
 * Verbs a speech participle carries on without a comma, the verb's subject speaking: being perceived
 * speaking ("was heard telling", "was caught saying", "was seen on camera urging"), spending time
 * ("spent the day urging", "took turns telling") and going on ("kept saying", "started asking").
 */
const PARTICIPLE_CARRIERS = new Set([
  'heard', 'seen', 'caught', 'filmed', 'recorded', 'overheard', 'spotted', 'pictured', 'quoted',
  'spent', 'spends', 'spend', 'spending', 'took', 'takes', 'take', 'taking', 'taken',
  'kept', 'keeps', 'keep', 'started', 'starts', 'start', 'began', 'begun', 'begins', 'continued', 'continues', 'went', 'goes',
]);

export const continuesVerbPhrase = (text: string, sentence: Sentence, k: number): boolean => verbBeforeParticiple(text, sentence, k) !== null;
