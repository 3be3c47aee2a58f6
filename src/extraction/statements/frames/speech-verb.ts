// Frame rules around a speech verb: the trailing cue ("..., he said"), the forward frame ("X said
// (that) ...") and the complements only some verbs take (requests, charges, pledges, evaluations).
// The verb is read first (speech-cue.ts); each frame rule then decides where the content lies.
import { PREPOSITIONS, QUESTION_ONLY_VERBS, THAT_ONLY_VERBS } from '../../lexicon.js';
import type { Layout, Sentence, Token } from '../../text.js';
import { posOf } from '../clause.js';
import type { Frame } from '../frame.js';
import { REFUSE, WH_WORD, complementRules, type CueContext } from './complements.js';
import { readSpeechCue, type SpeechCue } from './speech-cue.js';
import { commalessTrailingFrame, trailingFrame, trailingStart } from './trailing-cue.js';

/**
 * 'chanted "no cuts" for an hour', 'said "we will win" and left': when the content opens with a
 * quotation and only an adjunct or the speaker's next action follows it, the content is the quotation alone.
 */
function quotationEnd(tokens: Token[], from: number): number | undefined {
  if (tokens[from]?.mark !== 'open') return undefined;
  const close = tokens.findIndex((token, i) => i > from && token.mark === 'close');
  if (close < 0) return undefined;
  const rest = tokens.slice(close + 1).filter((token) => token.word);
  const adjunct = rest.length > 0 && rest.length <= 6 && PREPOSITIONS.has(rest[0]!.lower) && !rest.some((token) => token.quote !== -1);
  // 'said "we will win" and left': a second verb of the speaker's own, not more of what was said.
  const nextAction = /^(and|but|then|before)$/.test(rest[0]?.lower ?? '') && rest[1]?.lower !== 'that' && !rest.slice(0, 3).some((token) => token.quote !== -1);
  return adjunct || nextAction ? tokens[close]!.end : undefined;
}

/**
 * "X, who has called it "a scar", spoke ...": a cue a few words after ", who". ("X, a nurse who said she
 * ..., urged ...": a relative after a description set off by a comma, too.)
 */
function insideRelativeClause(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (!/^(who|which)$/.test(tokens[j]!.lower)) continue;
    if (tokens[j - 1]?.text === ',') return true;
    // Back over the description to its comma: "..., a home health aide who said".
    for (let d = j - 1; d >= 0 && d >= j - 5 && tokens[d]!.word && !tokens[d]!.capitalised; d--) if (/^(a|an)$/.test(tokens[d]!.lower)) return tokens[d - 1]?.text === ',';
    return false;
  }
  return false;
}

/** 'described the region as a "scar" on the world, spoke ...': the first comma outside quotation marks. */
function commaEnd(tokens: Token[], from: number): number | undefined {
  const comma = tokens.find((token, i) => i > from && /^[,;]$/.test(token.text) && token.quote === -1);
  return comma?.start;
}

/**
 * A speech verb's frame: the cue read first (speech-cue.ts), then the trailing frame ('"...," he
 * said', trailing-cue.ts), then the forward frame ("X said (that) ..."), where the first complement
 * rule that matches says where the content starts (complements.ts).
 */
export function speechFrame(layout: Layout, sentence: Sentence, k: number, lemma: string, sentenceEnd: number): Frame | null {
  const cue = readSpeechCue(layout, sentence, k, lemma, sentenceEnd);
  if (!cue) return null;
  // ("questioned whether ..."; not "raise questions whether", "no wonder why": nouns, not verbs.)
  if (QUESTION_ONLY_VERBS.has(lemma) && (!WH_WORD.test(cue.tokens[cue.after]?.lower ?? '') || posOf(layout.text, sentence)(cue.tokens[k]!.start) !== 'VERB' || /^(no|a|an|the|raise|raised|raises|pose|posed|face|faced|answer|answered)$/.test(cue.tokens[k - 1]?.lower ?? ''))) return null;
  // ("found that ...", "held that ...": a finding only with its that-clause.)
  // ("held that post for ten years", "found that van": a demonstrative, when no clause follows "that".)
  if (THAT_ONLY_VERBS.has(lemma) && (cue.tokens[k + 1]?.lower !== 'that' || demonstrativeThat(cue.tokens, k + 1))) return null;
  // ("Tradition holds that ...", "The law holds that ...": only a court or its judges hold.)
  if (lemma === 'hold' && !heldByCourt(cue.tokens, cue.speaker)) return null;
  const base = { cue: k, cueText: cue.cueText, lemma, participial: cue.participial || cue.sharesSubject, via: null as string | null };
  const trailing = trailingStart(cue);
  // ('"...," said Tom Reed, who said he would ...': a cue in a relative clause reports its own clause, not the quote before.)
  const trailingFound = trailing && !insideRelativeClause(cue.tokens, k) && trailingFrame(trailing);
  if (trailingFound) return { ...base, speaker: trailing.speaker, ...trailingFound, rule: 'speech.trailing-cue', confidence: 0.85 };
  if (cue.inverted) return null;
  const commaless = commalessTrailingFrame(cue);
  if (commaless) return { ...base, ...commaless, rule: 'speech.trailing-cue.no-comma', confidence: 0.7 };
  return forwardFrame(cue, trailing?.speaker ?? cue.speaker, base);
}

/** "X said (that) ...", "X told reporters: "..."": the content starts where a complement rule says. */
function forwardFrame(cue: SpeechCue, speaker: [number, number] | null, base: Omit<Frame, 'speaker' | 'content' | 'frameSpan' | 'rule' | 'confidence'>): Frame | null {
  const { layout, sentence, tokens, k, lemma, after, participial, sentenceEnd } = cue;
  if (!tokens[after]) return null;
  const context: CueContext = { layout, sentence, tokens, k, lemma, after, participial, speaker };
  for (const rule of complementRules) {
    const from = rule.contentStart(context);
    if (from === REFUSE) return null;
    if (from === null || !tokens[from]) continue;
    return {
      ...base,
      speaker,
      // ("The mayor, who said the plan was costly, resigned": a relative clause between commas ends at its comma.)
      content: [{ start: tokens[from]!.start, end: quotationEnd(tokens, from) ?? (rule.endsAtComma === 'always' || insideRelativeClause(tokens, k) ? commaEnd(tokens, from) : undefined) ?? sentenceEnd }],
      frameSpan: { start: tokens[k]!.start, end: tokens[from]!.start },
      rule: rule.id,
      confidence: rule.confidence,
    };
  }
  return null;
}

/** Whether the speaker phrase of "held that" is a court, its judges or its ruling ("the panel", "the Court of Appeals", "Justice Ruiz"). */
function heldByCourt(tokens: Token[], speaker: [number, number] | null): boolean {
  if (!speaker) return false;
  return tokens.slice(speaker[0], speaker[1]).some((token) => /^(court|courts|judge|judges|justice|justices|panel|tribunal|ruling|majority|opinion|bench)$/.test(token.lower));
}

/**
 * "held that post for ten years", "found that van in a car park", "protested that decision.": "that" and a
 * singular noun, then a preposition or the clause's end, point at a thing; no clause follows.
 */
function demonstrativeThat(tokens: Token[], that: number): boolean {
  const noun = tokens[that + 1];
  const next = tokens[that + 2];
  if (!noun?.word || noun.capitalised || /s$/.test(noun.lower) || /^(the|a|an|this|he|she|it|they|we|i|there|some|no|many|most|all|its|his|her|their)$/.test(noun.lower)) return false;
  return !next || !next.word || /^(for|in|at|on|since|before|after|until|from|with|to|of|by)$/.test(next.lower);
}
