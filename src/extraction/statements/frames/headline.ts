// Frame rules for headlines: "Speaker: what they said" and "Speaker Says What They Said".
import { isSiteLabel, LISTENER_VERBS, SPEECH_VERB_LEMMA } from '../../lexicon.js';
import type { Layout, Sentence } from '../../text.js';
import type { Frame } from '../frame.js';

/** Whether a sentence is a headline: alone in the story's first line, its words capitalised. */
export function isHeadline(layout: Layout, sentence: Sentence): boolean {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (sentence.paragraph > 0 || paragraph.start !== sentence.start) return false;
  const words = sentence.tokens.filter((token) => token.word && token.quote === -1 && !/^(a|an|the|and|or|of|in|on|at|to|for|by|with|as)$/.test(token.lower));
  return words.length >= 3 && words.filter((token) => token.capitalised || /^\d/.test(token.text)).length / words.length >= 0.8;
}

/**
 * A headline in the "Speaker: what they said" style ("Okafor: tax rise was the only way ..."): a line of
 * its own, a short name, a colon, then the claim.
 */
export function headlineFrame(layout: Layout, sentence: Sentence, sentenceEnd: number): Frame | null {
  const paragraph = layout.paragraphs[sentence.paragraph]!;
  if (paragraph.start !== sentence.start || sentence.paragraph > 0) return null;
  const { tokens } = sentence;
  const colon = tokens.findIndex((token) => token.text === ':' && token.quote === -1);
  if (colon < 1 || colon > 4) return null;
  const speaker = tokens.slice(0, colon);
  if (!speaker.every((token) => token.word && (token.capitalised || /^(camp|campaign|aides?)$/.test(token.lower))) || isSiteLabel(speaker)) return null;
  const rest = tokens[colon + 1];
  if (!rest || tokens.length - colon < 4) return null;
  return {
    cue: colon, cueText: 'headline', lemma: 'headline', speaker: [0, colon], participial: false, via: null, rule: 'headline.speaker-colon', confidence: 0.6,
    frameSpan: { start: tokens[0]!.start, end: rest.start },
    content: [{ start: rest.start, end: sentenceEnd }],
  };
}

/** A headline "Speaker Verbs Content": "Mayor Warns Budget Cuts Would Close Libraries". */
export function headlineVerbFrame(layout: Layout, sentence: Sentence, sentenceEnd: number): Frame | null {
  if (!isHeadline(layout, sentence)) return null;
  const { tokens } = sentence;
  for (let v = 1; v <= 5 && v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (!verb.word || !tokens.slice(0, v).every((token) => token.word && token.capitalised)) return null;
    const lemma = SPEECH_VERB_LEMMA.get(verb.lower);
    // Headlines report in the present: "Says", "Warns", "Claims".
    if (!lemma || !/s$/.test(verb.lower) || LISTENER_VERBS.has(lemma) && lemma !== 'warn') continue;
    const rest = tokens.slice(v + 1).filter((token) => token.word);
    if (rest.length < 3) return null;
    const from = tokens[v + 1]!;
    return {
      cue: v, cueText: verb.text, lemma, speaker: [0, v], participial: false, via: null, confidence: 0.6, rule: 'headline.speaker-verb',
      frameSpan: { start: tokens[0]!.start, end: from.start },
      content: [{ start: from.start, end: sentenceEnd }],
    };
  }
  return null;
}
