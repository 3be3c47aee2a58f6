// What a speech verb's content can be when it follows the verb ("X said (that) ..."): one small rule
// per form, tried in order. Each names where the content starts (a token index), null when the form
// does not apply, or REFUSE when the words after the cue show it is not speech at all.
import { ADVERBIAL_OPENERS, CHARGE_VERBS, COMPLEMENT_VERBS, IRREGULAR_PAST, MEDIA_NOUNS, GERUND_VERBS, GROUP_NOUNS, LOOSE_VERBS, MODAL_OR_AUX, NAMING_VERBS, QUESTION_ONLY_VERBS, ORGANIZATION_NOUNS, PERSON_NOUN_ENDING, PLEDGE_VERBS, PREPOSITIONS, REQUEST_VERBS, WEAK_VERBS } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import { finiteClauseAhead, hasVerb, opensClause, posOf } from '../clause.js';
import { skipListener } from '../cue.js';
import { isPluralAgent } from '../speaker-phrase.js';
import { isOpeningMark, isTimeToken, isTitleCased } from '../tokens.js';

/** The cue a complement rule looks at. */
export interface CueContext {
  layout: Layout;
  sentence: Sentence;
  tokens: Token[];
  /** Token index of the cue. */
  k: number;
  lemma: string;
  /** First token after the cue's listener and adjuncts ("told reporters on Monday |that ..."). */
  after: number;
  participial: boolean;
  /** The speaker phrase before the cue, as token indexes [from, to), if any. */
  speaker: [number, number] | null;
}

export const REFUSE = -1;

/** What opens a reported question: "whether", "if" or a wh-word. */
export const WH_WORD = /^(whether|if|why|how|what|when|where|who|which)$/;


export interface ComplementRule {
  id: string;
  confidence: number;
  contentStart(cue: CueContext): number | null;
  /**
   * Whether the content ends at the first comma after it: inside a relative clause opened before the
   * cue (an evaluation is a phrase, not a clause), or always (the content is a relative clause's verb phrase).
   */
  endsAtComma?: boolean | 'always';
}

export const complementRules: ComplementRule[] = [
  {
    id: 'speech.that-clause',
    confidence: 0.9,
    contentStart: ({ tokens, after }) => (tokens[after]!.lower === 'that' && tokens[after]!.quote === -1 ? after : null),
  },
  {
    id: 'speech.programme-title',
    confidence: 0,
    // "told ABC's "Good Morning America"", "on CNN's "State of the Union"": a programme, not speech.
    // "told the television program "Inside Edition"": a title right after a media noun.
    contentStart: ({ tokens, after }) =>
      isOpeningMark(tokens[after]) && (/['’]s$/.test(tokens[after - 1]?.text ?? '') || MEDIA_NOUNS.has(tokens[after - 1]?.lower ?? '')) ? REFUSE : null,
  },
  {
    id: 'speech.quote-after-cue',
    confidence: 0.9,
    // "told reporters: "...", "said, "..."", "said "..."".
    contentStart: ({ layout, tokens, after, lemma }) => {
      const next = tokens[after]!;
      if (next.text === ':' || (next.text === ',' && isOpeningMark(tokens[after + 1]))) return tokens[after + 1] ? after + 1 : REFUSE;
      // 'wrote "The Long Road Home" in 2001': after a verb whose object can be a work, a title in
      // quotation marks is that work, not words spoken. (After "said" or "chanted" it is a slogan.)
      if (isOpeningMark(next) && WORK_VERBS.has(lemma) && quotedTitle(layout, tokens[after + 1])) return REFUSE;
      return next.quote !== -1 || isOpeningMark(next) ? after : null;
    },
  },
  {
    id: 'speech.question',
    confidence: 0.7,
    // "asked whether ...", "asked Ruiz which towns ...", "questioned how ...", "wondered if ...": a
    // reported question; "described how ...": a reported account.
    // ("explained why ..." was tried too: it found more answers that are no statements than statements.)
    contentStart: ({ tokens, after, lemma }) => {
      const word = tokens[after]!.lower;
      if (lemma === 'describe') return /^(how|what|why)$/.test(word) ? after : null;
      // (Question-only verbs reach here with a wh-word after them: speechFrame refuses them otherwise.)
      return (lemma === 'ask' || QUESTION_ONLY_VERBS.has(lemma)) && WH_WORD.test(word) ? after : null;
    },
  },
  {
    id: 'speech.clause.after-condition',
    confidence: 0.7,
    // "said, if the vote failed, he would resign", "warned that unless rates fell, ...": a clause that
    // opens with a condition or a time between commas; its own subject and verb come after the second comma.
    contentStart: ({ layout, sentence, tokens, after }) => {
      const start = tokens[after]!.text === ',' ? after + 1 : after;
      if (!ADVERBIAL_OPENERS.has(tokens[start]?.lower ?? '')) return null;
      const close = tokens.findIndex((t, i) => i > start + 1 && i <= start + 14 && t.text === ',' && t.quote === -1);
      return close > 0 && finiteClauseAhead(tokens, close + 1, posOf(layout.text, sentence)) ? start : null;
    },
  },
  {
    id: 'speech.call-for',
    confidence: 0.55,
    // "called for measures to combat ageism", "called for "a fresh start"": a demand with substance
    // (a purpose or quoted words), not "called for a vote".
    contentStart: ({ tokens, k, lemma }) => {
      if (lemma !== 'call' || tokens[k + 1]?.lower !== 'for' || !tokens[k + 2]) return null;
      const comma = tokens.findIndex((t, i) => i > k + 2 && (t.text === ',' || t.text === ';') && t.quote === -1);
      const rest = tokens.slice(k + 2, comma < 0 ? tokens.length : comma);
      return rest.length >= 4 && rest.some((t, i) => t.mark === 'open' || (t.lower === 'to' && rest[i + 1]?.word && !rest[i + 1]!.capitalised)) ? k + 2 : null;
    },
  },
  {
    id: 'speech.request',
    confidence: 0.65,
    // "urged him to resign", "called on Congress to act", "asked voters to ...": a reported request.
    contentStart: ({ tokens, k, lemma }) => {
      if (!REQUEST_VERBS.has(lemma)) return null;
      let j = k + 1;
      // ("called on", "called upon", "asked for", "pleaded with").
      if (/^(on|upon|for|with)$/.test(tokens[j]?.lower ?? '')) j++;
      const objectStart = j;
      j = tokens[j]?.word ? skipListener(tokens, j) : j;
      // "urged member states to ...", "called on ministers to ...": a bare plural noun phrase.
      if (j === objectStart) j = barePluralEnd(tokens, j) ?? j;
      // "urged him not to resign": the request may be negated (after a listener: "asked not to be named" asks no one).
      // "called on all councils, large and small, to ...": an aside between the object and its infinitive.
      if (j > objectStart) j = afterAside(tokens, j);
      if (j > objectStart && tokens[j]?.lower === 'not' && tokens[j + 1]?.lower === 'to') j++;
      // "called the meeting to order": an idiom, not a request.
      if (tokens[j + 1]?.lower === 'order' && lemma === 'call') return null;
      // ('urged senators to "put farmers first"': the infinitive may open a quotation.)
      const verb = tokens[j + 1]?.mark === 'open' ? tokens[j + 2] : tokens[j + 1];
      return j > objectStart && tokens[j]?.lower === 'to' && verb?.word ? objectStart : null;
    },
  },
  {
    id: 'speech.charge',
    confidence: 0.6,
    // "accused him of lying", "criticized the agency for ignoring ...": a charge with its grounds.
    contentStart: ({ tokens, k, lemma }) => {
      if (!CHARGE_VERBS.has(lemma)) return null;
      const objectStart = k + 1;
      let j = tokens[objectStart]?.word ? skipListener(tokens, objectStart) : objectStart;
      // "accused ministers of ...", "blamed local councils for ...": a bare noun phrase as the object.
      if (j === objectStart) {
        let m = objectStart;
        while (m < objectStart + 3 && tokens[m]?.word && !tokens[m]!.capitalised && !/^(of|for)$/.test(tokens[m]!.lower)) m++;
        if (m > objectStart && /^(of|for)$/.test(tokens[m]?.lower ?? '')) j = m;
      }
      // "accused her rival for the nomination on Saturday of dodging voters": a longer object, then
      // "of" and a gerund, with no comma between.
      if (lemma === 'accuse' && tokens[j]?.lower !== 'of') {
        const of = tokens.findIndex((t, i) => i > k + 1 && i <= k + 16 && t.lower === 'of' && !!tokens[i + 1]?.lower.endsWith('ing'));
        // ("accused her opponent, businessman Doug Hessler, of ...": an appositive's two commas at most.)
        const between = tokens.slice(k + 1, of);
        if (of > 0 && between.filter((t) => t.text === ',').length <= 2 && !between.some((t) => t.text === ';' || t.quote !== -1)) j = of;
      }
      const preposition = tokens[j]?.lower;
      // 'accused them of "hiding from the truth"': the grounds may open a quotation.
      const first = tokens[j + 1]?.mark === 'open' ? tokens[j + 2] : tokens[j + 1];
      const grounds = first?.word && (first.lower.endsWith('ing') || (preposition === 'for' && tokens.length - j > 4));
      if (!(j > objectStart && (preposition === 'of' || preposition === 'for') && grounds)) return null;
      // ("accused the minister of passing the buck": the charge is what follows "of", as the house convention has it.)
      return preposition === 'of' ? j + 1 : objectStart;
    },
  },
  {
    id: 'speech.pledge',
    confidence: 0.6,
    // "promised to cut taxes", "vowed to fight on": a pledge.
    // ("promised on Monday to build ...", "vowed last week to ...": after a time too.)
    contentStart: ({ tokens, k, lemma }) => {
      if (!PLEDGE_VERBS.has(lemma)) return null;
      let to = k + 1;
      while (to < k + 5 && tokens[to] && (isTimeToken(tokens[to]!, tokens[to + 1]) || /^(on|last|this|next|early|late)$/.test(tokens[to]!.lower) && !!tokens[to + 1] && isTimeToken(tokens[to + 1]!, tokens[to + 2]))) to++;
      if (tokens[to]?.lower !== 'to') return null;
      return to > 0 && tokens[to + 1]?.word && !tokens[to + 1]!.capitalised ? to : null;
    },
  },
  {
    id: 'speech.quoted-evaluation',
    confidence: 0.6,
    endsAtComma: true,
    // "which she called "long overdue"", "called the mayor “reckless”": the evaluation in quotes.
    contentStart: ({ tokens, k, lemma }) => {
      if (!COMPLEMENT_VERBS.has(lemma)) return null;
      if (isOpeningMark(tokens[k + 1])) return k + 1;
      const objectFollows = tokens[k + 1]?.word && !/^(for|on|in|at|to|up|off|out|back)$/.test(tokens[k + 1]!.lower);
      return objectFollows && tokens.slice(k + 1, k + 12).some((t) => t.mark === 'open') ? k + 1 : null;
    },
  },
  {
    id: 'speech.naming',
    confidence: 0.5,
    endsAtComma: true,
    // "called him a political opportunist", "branded the plan unworkable": an unquoted evaluation of a
    // person or thing named right after the verb; not "called him on Monday" or "called it off".
    contentStart: ({ layout, sentence, tokens, k, lemma }) => {
      // "what some call X": the thing named is the relative's head, not an object after the verb.
      if (!NAMING_VERBS.has(lemma) || tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'what')) return null;
      const object = k + 1;
      const end = objectEnd(tokens, object);
      if (end === null) return null;
      const next = tokens[end];
      if (!next?.word || next.capitalised) return null;
      if (/^(a|an)$/.test(next.lower)) return tokens[end + 1]?.word ? object : null;
      const pos = posOf(layout.text, sentence);
      return pos(next.start) === 'ADJ' && !/^(to|for|of)$/.test(tokens[end + 1]?.lower ?? '') ? object : null;
    },
  },
  {
    id: 'speech.gerund',
    confidence: 0.55,
    // "reported raising $9m in March", "denied having met the envoy": the action itself is the content.
    contentStart: ({ layout, sentence, tokens, after, lemma }) => {
      const next = tokens[after];
      if (!GERUND_VERBS.has(lemma) || !next?.word || next.capitalised || !next.lower.endsWith('ing')) return null;
      return posOf(layout.text, sentence)(next.start) === 'VERB' && tokens.slice(after).filter((t) => t.word).length >= 3 ? after : null;
    },
  },
  {
    id: 'speech.relative',
    confidence: 0.6,
    endsAtComma: 'always',
    // "a tax that many economists say hurts the poor", "the plan, which officials say will cost £2m, ...",
    // "a decision that he said was wrong": the cue stands inside a relative clause, whose verb follows
    // it; its subject is the noun before "that", so the content is the verb phrase.
    contentStart: ({ layout, sentence, tokens, k, after, speaker }) => {
      if (!speaker || !/^(that|which|who)$/.test(tokens[speaker[0] - 1]?.lower ?? '')) return null;
      // ("that it was reported live", "which get answered says ...": a passive reports no one's words.)
      if (/^(is|was|were|are|be|been|being|get|gets|got|gotten)$/.test(tokens[k - 1]?.lower ?? '')) return null;
      const first = tokens[after];
      if (!first?.word || first.capitalised || first.quote !== -1) return null;
      return MODAL_OR_AUX.test(first.lower) || /^(VERB|AUX)$/.test(posOf(layout.text, sentence)(first.start) ?? '') ? after : null;
    },
  },
  {
    id: 'speech.clause',
    confidence: 0.7,
    // "said the depot would close", "confirmed she was leaving": a clause without "that". A weak cue
    // ("confirmed", "praised") needs a clause with a subject and a finite verb, or, after a participle,
    // a subject pronoun (", noting he had ..."); its plain object has no verb of its own.
    contentStart: ({ layout, sentence, tokens, after, lemma, participial }) => {
      const pos = posOf(layout.text, sentence);
      const finite = finiteClauseAhead(tokens, after, pos);
      if (WEAK_VERBS.has(lemma) && !(participial && /^(he|she|they|it|we|i)$/.test(tokens[after]!.lower)) && !finite) return null;
      const clauseEnd = tokens.findIndex((t, i) => i > after && (t.text === ',' || t.text === ';') && t.quote === -1);
      const opens = opensClause(tokens, after, LOOSE_VERBS.has(lemma));
      const clause = finite || (opens && hasVerb(tokens, after, clauseEnd < 0 ? tokens.length : clauseEnd, pos));
      return clause || opens && clauseEnd > 0 && resumesAfterAside(tokens, clauseEnd, pos) ? after : null;
    },
  },
];

/** Verbs whose object may be a book, a film or a song. */
const WORK_VERBS = new Set(['write', 'publish', 'recommend', 'cite', 'mention', 'quote', 'review', 'release', 'praise', 'read']);

/** Whether the quotation a token opens reads as a title: Title Case, and no punctuation ending a sentence or clause. */
function quotedTitle(layout: Layout, first: Token | undefined): boolean {
  const quote = first && first.quote !== -1 ? layout.quotes[first.quote] : undefined;
  if (!quote) return false;
  const inner = layout.text.slice(quote.innerStart, quote.innerEnd).trim();
  // ('wrote "I Am Sorry" on a note': a message in capitals opens with a pronoun; a title rarely does.)
  return isTitleCased(inner) && !/[.!?]$/.test(inner) && !/^(I|We|You|It|He|She|They|This|My|Our)\b/.test(inner);
}

/**
 * "said the plan, which was costly, would fail": the subject is interrupted by an aside between two
 * commas, and its verb comes after the second one.
 */
function resumesAfterAside(tokens: Token[], firstComma: number, pos: (offset: number) => string | null): boolean {
  const second = tokens.findIndex((t, i) => i > firstComma && (t.text === ',' || t.text === ';') && t.quote === -1);
  const resumed = tokens[second + 1];
  if (second < 0 || second - firstComma > 8 || tokens[second]!.text !== ',' || !resumed?.word) return false;
  // ("the increase, which is below inflation, struck the right balance": an irregular past too.)
  return MODAL_OR_AUX.test(resumed.lower) || pos(resumed.start) === 'VERB' && (/[a-z](ed|s)$/.test(resumed.lower) || IRREGULAR_PAST.has(resumed.lower));
}

/**
 * The index after an aside that opens at `i` with a comma or a dash and closes with the same mark
 * within eight tokens ("all councils, large and small, to ..."); `i` itself when there is none.
 */
function afterAside(tokens: Token[], i: number): number {
  const mark = tokens[i]?.text;
  if (!mark || !/^(,|-|–|—|--)$/.test(mark) || tokens[i]!.quote !== -1) return i;
  for (let j = i + 1; j <= i + 8 && j < tokens.length; j++) {
    if (tokens[j]!.text === mark) return j + 1;
    if (!tokens[j]!.word) return i;
  }
  return i;
}

/**
 * "member states", "local councils", "ministers": up to three lowercase words ending in people, a group
 * or organisations in the plural; the index after it. ("asked questions to test ..." asks no one.)
 */
function barePluralEnd(tokens: Token[], start: number): number | null {
  let m = start;
  while (m < start + 3 && tokens[m]?.word && !tokens[m]!.capitalised && !PREPOSITIONS.has(tokens[m]!.lower) && tokens[m]!.lower !== 'to' && tokens[m]!.lower !== 'not') m++;
  const head = tokens[m - 1]?.lower ?? '';
  const people = GROUP_NOUNS.has(head) || isPluralAgent(head) || PERSON_NOUN_ENDING.test(head) || ORGANIZATION_NOUNS.has(head.replace(/s$/, '')) || /^(states|countries|nations|citizens|families|children|allies)$/.test(head);
  return m > start && people ? m : null;
}

/**
 * Where the object of a naming verb ends: a personal pronoun, a name of up to four words, or "the"
 * and up to three lowercase words; null when what follows is no such object.
 */
function objectEnd(tokens: Token[], start: number): number | null {
  const first = tokens[start];
  if (!first?.word) return null;
  if (/^(him|her|them|it|himself|herself|themselves|itself|me|us|you)$/.test(first.lower)) return start + 1;
  let end = start;
  if (first.capitalised) {
    while (end < tokens.length && tokens[end]!.capitalised && end - start < 4) end++;
    return end;
  }
  if (first.lower !== 'the' && first.lower !== 'this') return null;
  end = start + 1;
  while (end < tokens.length && tokens[end]!.word && !tokens[end]!.capitalised && end - start <= 2 && !/^(a|an)$/.test(tokens[end]!.lower)) end++;
  return end;
}
