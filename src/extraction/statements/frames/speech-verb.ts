// Frame rules around a speech verb: the trailing cue ("..., he said"), the forward frame ("X said
// (that) ...") and the complements only some verbs take (requests, charges, pledges, evaluations).
import { CLAUSE_START_PRONOUNS, GROUP_NOUNS, isIssuedDocument, LISTENER_VERBS, MODAL_OR_AUX, ORGANIZATION_NOUNS, PREPOSITIONS, SPEECH_VERB_LEMMA, TRAILING_VERBS } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import type { Span } from '../../types.js';
import { finiteClauseAhead, hasVerb, posOf } from '../clause.js';
import { asideEnd, skipAfterCue } from '../cue.js';
import type { Frame } from '../frame.js';
import { isPluralAgent, looksLikeSpeaker, skipFillersLeft, speakerAfter, speakerBefore } from '../speaker-phrase.js';
import { isAllQuoted, isClosingMark, isOpeningMark, isSentenceEnd, trimContent, wordBeforeParticiple } from '../tokens.js';
import { MEDIA_NOUNS, REFUSE, complementRules, type CueContext } from './complements.js';

/**
 * 'chanted "no cuts" for an hour': when the content opens with a quotation and only an adjunct
 * follows it (a preposition and a few words), the content is the quotation alone.
 */
function quotationEnd(tokens: Token[], from: number): number | undefined {
  if (tokens[from]?.mark !== 'open') return undefined;
  const close = tokens.findIndex((token, i) => i > from && token.mark === 'close');
  if (close < 0) return undefined;
  const rest = tokens.slice(close + 1).filter((token) => token.word);
  const adjunct = rest.length > 0 && rest.length <= 6 && PREPOSITIONS.has(rest[0]!.lower) && !rest.some((token) => token.quote !== -1);
  return adjunct ? tokens[close]!.end : undefined;
}

const NAMING_PARTICIPLES = /^(called|dubbed|named|labeled|labelled|branded|described)$/;

/** Whether a would-be speaker phrase holds a verb of its own ("both oppose an inflation formula"). */
function hasMainVerb(layout: Layout, sentence: Sentence, [from, to]: [number, number]): boolean {
  const pos = posOf(layout.text, sentence);
  const tokens = sentence.tokens;
  // A verb with its object: "oppose an ...", "backed the ...".
  for (let i = from; i < to - 1; i++) {
    if (tokens[i]!.word && !tokens[i]!.capitalised && pos(tokens[i]!.start) === 'VERB' && /^(a|an|the|this|that|its|their|his|her)$/.test(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

function wordsIn(layout: Layout, span: Span): number {
  return layout.text.slice(span.start, span.end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * "the Greenhope report this week said ...": a cue word the tagger reads as a noun, with the
 * clause's own speech verb a few words on, is the subject's head, not a cue.
 */
function nounBeforeItsVerb(layout: Layout, sentence: Sentence, k: number): boolean {
  const pos = posOf(layout.text, sentence);
  if (pos(sentence.tokens[k]!.start) !== 'NOUN') return false;
  for (let j = k + 1; j <= k + 4 && j < sentence.tokens.length; j++) {
    const token = sentence.tokens[j]!;
    if (!token.word || token.quote !== -1) return false;
    if (SPEECH_VERB_LEMMA.has(token.lower) && pos(token.start) === 'VERB') return true;
  }
  return false;
}

/** "X, who has called it "a scar", spoke ...": a cue a few words after ", who". */
function insideRelativeClause(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (/^(who|which)$/.test(tokens[j]!.lower)) return tokens[j - 1]?.text === ',';
  return false;
}

/** 'described the region as a "scar" on the world, spoke ...': the first comma outside quotation marks. */
function commaEnd(tokens: Token[], from: number): number | undefined {
  const comma = tokens.find((token, i) => i > from && /^[,;]$/.test(token.text) && token.quote === -1);
  return comma?.start;
}

/**
 * "... for a Danish state.", "Halvorsen report": a verb's bare form ("state", "report") agrees with
 * no singular subject, so after a singular phrase that is not "I" or "you" the word is a noun
 * ("analysts say", "the police say", "I say" are verbs).
 */
function bareFormAfterSingular(tokens: Token[], k: number, lemma: string, [start, end]: [number, number]): boolean {
  if (tokens[k]!.lower !== lemma || MODAL_OR_AUX.test(tokens[k - 1]?.lower ?? '') || /^(to|not|n't|never|also|just|only|often)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  const words = tokens.slice(start, end).filter((token) => token.word);
  const head = words.at(-1);
  if (!head || words.some((token) => /^(and|or)$/.test(token.lower))) return false;
  // ("the union say": British English lets an organisation take a plural verb.)
  if (/^(i|you|we|they|people|police|staff|crew|media|public)$/.test(head.lower) || GROUP_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower)) return false;
  return !/s$/.test(head.lower) || /(ss|us|is)$/.test(head.lower);
}

export function speechFrame(layout: Layout, sentence: Sentence, k: number, lemma: string, sentenceEnd: number): Frame | null {
  const { tokens } = sentence;
  const token = tokens[k]!;
  // "states" is far more often the plural noun ("in the states") than the verb: only "X states that ...".
  if (token.lower === 'states' && tokens[k + 1]?.lower !== 'that') return null;
  if (nounBeforeItsVerb(layout, sentence, k)) return null;
  const before = wordBeforeParticiple(tokens, k);
  const participial = token.lower.endsWith('ing') && (/^(,|by|while|when|before|after)$/.test(before ?? '') || isIssuedDocument(before));
  // "pointed out that": the particle belongs to the cue.
  const particle = lemma.includes(' ') ? 1 : 0;
  let after = skipAfterCue(tokens, k + particle, lemma);
  // "warned waiting lists could double": what looked like the listener is the clause's subject.
  // ("told the newspaper Clarin it would ...": a pronoun after the listener opens the clause itself.)
  if (LISTENER_VERBS.has(lemma) && after > k + 1 && !CLAUSE_START_PRONOUNS.has(tokens[after]?.lower ?? '') && finiteClauseAhead(tokens, k + 1, posOf(layout.text, sentence))) after = k + 1;
  const base = { cue: k, cueText: particle ? `${token.text} ${tokens[k + 1]!.text}` : token.text, lemma, participial, via: null as string | null };

  // The speaker: on the left ("Xi said"), or on the right in an inversion (", said Xi").
  let speaker = participial ? null : speakerBefore(tokens, k);
  const beforeCue = tokens[(speaker?.[0] ?? k) - 1];
  let inverted = !participial && (tokens[k - 1]?.text === ',' || tokens[k - 1]?.quote !== -1 && tokens[k - 1]?.quote !== undefined || isClosingMark(tokens[k - 1]));
  const nextWord = tokens[k + 1];
  // ", said analysts.": a bare group noun that ends the clause is a speaker after its verb too.
  const bareGroupEnds = !!nextWord && (GROUP_NOUNS.has(nextWord.lower) || isPluralAgent(nextWord.lower)) && (isSentenceEnd(tokens[k + 2]) || tokens[k + 2]?.text === ',');
  const npStarts = !!nextWord && nextWord.word && nextWord.lower !== 'that' && (nextWord.capitalised || bareGroupEnds || /^(a|an|the|one|two|three|several|his|her|their|its)$/.test(nextWord.lower) || tokens.slice(k + 1, k + 6).some((t) => t.capitalised) && tokens.slice(k + 1, tokens.slice(k + 1).findIndex((t) => t.capitalised) + k + 1).every((t) => t.word && !CLAUSE_START_PRONOUNS.has(t.lower)));
  const invertible = /^(say|add|write|report|announce|confirm|explain|insist|warn|argue|note|recall|reply|ask|continue|declare|conclude|concede|acknowledge|admit|quip|joke|respond|counter|tweet|state|remark|observe|predict|suggest|claim|complain|boast|yell|shout|scream|chant|exclaim|whisper|mutter|plead)$/.test(lemma);
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
      after = skipAfterCue(tokens, k + particle, lemma);
    }
  } else if (inverted) {
    inverted = false;
  }
  // (Only where the cue would end its clause: "a report ... that" forwards is a speech-act noun's frame.)
  const endsClause = !tokens[after] || isSentenceEnd(tokens[after]) || tokens[after]!.text === ',';
  if (speaker && !inverted && endsClause && bareFormAfterSingular(tokens, k, lemma, speaker)) return null;
  const next = tokens[after];
  // "a shift pattern called the "long loop"": a participle naming the noun before it, in a
  // clause whose verb came earlier, is no one speaking.
  // ("who has called him ..." is a finite verb, not such a participle.)
  const finiteNaming = /^(has|have|had|who|which)$/.test(tokens[skipFillersLeft(tokens, k) - 1]?.lower ?? '');
  if (NAMING_PARTICIPLES.test(token.lower) && speaker && !inverted && !finiteNaming && hasMainVerb(layout, sentence, speaker)) return null;

  // "... and said that": the verb shares the subject of the clause before it.
  const coordinated = !speaker && !participial && /^(and|but|or|then)$/.test(tokens[skipFillersLeft(tokens, k) - 1]?.lower ?? '');
  if (coordinated) base.participial = true;

  // Trailing frame: the cue and its speaker end the sentence (or are followed by an aside).
  // After '"...," said X' everything up to the end of the clause is about the speaker.
  const restIsAside = !next || isSentenceEnd(next) || next.text === ',' || next.lower === 'of' || next.lower === 'about' || inverted && isClosingMark(tokens[k - 1]);
  let commaBefore = inverted ? k - 1 : (speaker ? speaker[0] - 1 : -1);
  // "..., as some officials concede.": "as" between the comma and the speaker ends the content too.
  const asCue = !inverted && !!speaker && tokens[commaBefore]?.lower === 'as' && tokens[commaBefore - 1]?.text === ',' && restIsAside;
  if (asCue) commaBefore--;
  // '"...," chairman and chief executive Marta Lind said': the phrase reaches back to the quote.
  if (!inverted && speaker && commaBefore >= 0 && tokens[commaBefore]!.word) {
    let j = commaBefore;
    while (j >= 0 && j > commaBefore - 4 && tokens[j]!.word && tokens[j]!.quote === -1) j--;
    if (j >= 0 && isClosingMark(tokens[j])) {
      speaker = [j + 1, speaker[1]];
      commaBefore = j;
    }
  }
  // '"...," the assailant, John Reed, told ...': an appositive description stands between the quote
  // and the name; the frame starts at the quote.
  if (!inverted && speaker && tokens[commaBefore]?.text === ',') {
    let j = commaBefore - 1;
    while (j >= 0 && j > commaBefore - 5 && tokens[j]!.word && tokens[j]!.quote === -1 && !tokens[j]!.capitalised) j--;
    if (j < commaBefore - 1 && (isClosingMark(tokens[j]) || tokens[j]?.text === ',' && isClosingMark(tokens[j - 1]))) commaBefore = j;
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
    const parenthetical = tokens[after]?.text === ',' && (!inverted && (/^(he|she|they|it|we)$/.test(tokens[speaker![0]]!.lower) || resumesClause && looksLikeSpeaker(tokens, speaker!) || adverbialLead()) || inverted && verbResumesAfterAside());
    return parenthetical || isAllQuoted(layout.text, leftSpan, layout.quotes) || ((invertible || TRAILING_VERBS.has(lemma)) && leftTokens.length >= 3 && hasVerb(leftTokens, 0, leftTokens.length, posOf(layout.text, sentence)) && !/^(who|which)$/.test(tokens[commaBefore - 1]?.lower ?? ''));
  }
  // "The trouble with the pier, says Ann Lee, a historian, is that ...": after an inverted cue and
  // its aside, the clause goes on with its verb.
  function verbResumesAfterAside(): boolean {
    const resumed = tokens.find((t) => t.start >= asideEnd(tokens, after, sentenceEnd));
    return !!resumed && (MODAL_OR_AUX.test(resumed.lower) || posOf(layout.text, sentence)(resumed.start) === 'VERB');
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
  const titleNext = isOpeningMark(next) && MEDIA_NOUNS.has(tokens[after - 1]?.lower ?? '');
  const asideAfterQuote = quoteBefore && !!next && next.text !== ':' && (!isOpeningMark(next) || titleNext) && next.lower !== 'that';
  if (leftEnds && (restIsAside || asideAfterQuote) && speaker && trailingContentOk()) {
    const frameStart = tokens[commaBefore]!.text === ',' ? tokens[commaBefore]!.start : tokens[commaBefore + 1]!.start;
    const leadIsAdverbial = adverbialLead();
    const frameEnd = leadIsAdverbial ? tokens[after + 1]!.start : asideEnd(tokens, after, sentenceEnd);
    // An adverbial lead ("In the long run") is no statement of its own: the clause after the cue is.
    // 'When the crowd booed, Ruiz said, "Go home."': what stands before the cue is the time or the
    // occasion of the quote after it, not words of its own.
    const quoteAfterCue = next?.text === ',' && isOpeningMark(tokens[after + 1]);
    const leftSpan = trimContent(layout.text, { start: sentence.start, end: frameStart });
    const leftWords = tokens.filter((t) => t.word && t.start >= leftSpan.start && t.end <= leftSpan.end);
    const opensAdverbial = /^(when|as|while|after|before|if|once|since|because|although|though|in|on|at|during|with|without|despite|asked|speaking|but|and|then|later|earlier)$/.test(leftWords[0]?.lower ?? '');
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
      if (resumed?.mark === 'open' || leadIsAdverbial || occasion || inverted && !leftQuoted && verbResumesAfterAside() || (!inverted && !leftQuoted && !aside && resumed && !resumed.capitalised && !/^\d/.test(resumed.text) && !/^(a|an|the)$/.test(resumed.lower))) {
        content.push({ start: frameEnd, end: sentenceEnd });
      }
    }
    // "The nostalgia, he noted, may be ...": a bare subject on the left and its verb on the right are
    // one clause, reported whole with the aside inside it.
    // (A longer subject too, when it has no verb of its own: "The trouble with the pier, says Ann Lee, is ...".)
    const left = content.length === 2 ? content[0]! : null;
    const leftOfAside = left ? tokens.filter((t) => t.start >= left.start && t.end <= left.end) : [];
    const verblessLeft = !!left && !hasVerb(leftOfAside, 0, leftOfAside.length, posOf(layout.text, sentence));
    if (content.length === 2 && !leadIsAdverbial && (wordsIn(layout, content[0]!) <= 3 || verblessLeft) && !isAllQuoted(layout.text, trimContent(layout.text, content[0]!), layout.quotes)) {
      const right = tokens.find((t) => t.start >= content[1]!.start);
      const pos = posOf(layout.text, sentence);
      if (right && (MODAL_OR_AUX.test(right.lower) || pos(right.start) === 'VERB' || pos(right.start) === 'AUX')) content.splice(0, 2, { start: content[0]!.start, end: content[1]!.end });
    }
    return { ...base, speaker, content, frameSpan: { start: frameStart, end: Math.min(frameEnd, sentenceEnd) }, rule: 'speech.trailing-cue', confidence: 0.85 };
  }
  if (inverted) return null;

  // Forward frame: "X said (that) ...", "X told reporters: "..."": the first complement rule that
  // matches says where the content starts.
  if (!next) return null;
  const cue: CueContext = { layout, sentence, tokens, k, lemma, after, participial };
  for (const rule of complementRules) {
    const from = rule.contentStart(cue);
    if (from === REFUSE) return null;
    if (from === null || !tokens[from]) continue;
    return {
      ...base,
      speaker,
      content: [{ start: tokens[from]!.start, end: quotationEnd(tokens, from) ?? (rule.endsAtComma && insideRelativeClause(tokens, k) ? commaEnd(tokens, from) : undefined) ?? sentenceEnd }],
      frameSpan: { start: token.start, end: tokens[from]!.start },
      rule: rule.id,
      confidence: rule.confidence,
    };
  }
  return null;
}
