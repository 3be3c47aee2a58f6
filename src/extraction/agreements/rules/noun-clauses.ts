// The clauses around an agreement noun that the noun rule (noun.ts) reads besides its verb: modifiers listed with a
// comma, a firm named by its kind as the subject, a subject left out after "but", and what a clause after the noun
// says became of the deal (", which B scrapped", "..., but B rejected the offer", "..., agreed in 2021, fell apart").
import type { Token } from '../../text.js';
import type { AgreementStatus } from '../../types.js';
import { isNegation, subjectEnd } from '../clause.js';
import type { NameSpan } from '../found.js';
import { isNameWord, subjectOf } from '../names.js';
import { range } from '../phrase.js';
import { AUXILIARIES, FAILED_PARTICLES, FAILED_VERBS, VERBS } from '../verbs.js';
import { DETERMINERS, DURATION_MODIFIER, FIRM_REFERENCES } from '../words.js';

/** Participles after the noun that refuse it: "the deal was rejected", "the merger was blocked" (NOT_REACHED). */
export const REFUSED_PARTICIPLES = /^(rejected|blocked|vetoed|thwarted|scuppered|rebuffed|spurned|refused|torpedoed|defeated)$/;

/** Is the subject at `from` before the verb at `verb` "the company", "the grocer": a firm named by its kind? */
export function isFirmReference(tokens: Token[], from: number, verb: number): boolean {
  if (tokens[from]!.lower !== 'the' || !FIRM_REFERENCES.test(tokens[from + 1]?.lower ?? '')) return false;
  // ("the grocer has renewed ..., signing": the subject of the finite verb a gerund shares.)
  const next = tokens[from + 2];
  return subjectEnd(tokens, verb) === from + 2 || !!next?.word && (AUXILIARIES.has(next.lower) || VERBS.has(next.lower));
}

/** After an aside that opens at the participle `k` and closes with a comma, a verb of failure: the index of its last word, or -1. */
export function failedAfterAside(tokens: Token[], k: number): number {
  const close = range(k + 1, Math.min(tokens.length, k + 14)).find((j) => !tokens[j]!.word);
  if (close === undefined || tokens[close]!.text !== ',') return -1;
  let j = close + 1;
  while (j < tokens.length && tokens[j]!.word && /^(has|have|had|later|since|then|eventually|quickly|soon)$/.test(tokens[j]!.lower)) j++;
  const verb = tokens[j];
  if (!verb?.word || !FAILED_VERBS.has(verb.lower) && verb.lower !== 'broken') return -1;
  const particles = FAILED_PARTICLES[verb.lower === 'broken' ? 'broke' : verb.lower];
  if (!particles) return j;
  return particles.includes(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.lower !== 'in' && tokens[j + 1]!.lower !== 'without' ? j + 1 : -1;
}

/**
 * Rule noun.elided-subject: "A had paid most invoices, but has not agreed a settlement with B": a verb after "but" or
 * "and" without a subject shares the name that is the subject of the clause before.
 */
export function elidedSubject(tokens: Token[], verb: number): { from: number; names: NameSpan[] } | null {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.word && (AUXILIARIES.has(tokens[k]!.lower) || isNegation(tokens[k]!))) k--;
  if (k >= 0 && !tokens[k]!.word && /^["“'‘]$/.test(tokens[k]!.text)) k--;
  if (!/^(but|and)$/.test(tokens[k]?.lower ?? '')) return null;
  // The clause before: its finite verb, nearest first, and the name just before it.
  for (let j = k - 1; j > 0 && j >= k - 20; j--) {
    if (!tokens[j]!.word || !/^(has|had|have|is|was|were|are)$/.test(tokens[j]!.lower)) continue;
    const subject = subjectOf(tokens, j);
    return subject?.names.length ? { from: subject.from, names: subject.names.slice(0, 1) } : null;
  }
  return null;
}

/** Verbs of a relative clause that end a deal ("which B scrapped"), with the status they give. */
const ENDING_VERBS: [RegExp, AgreementStatus][] = [
  [/^(scrapped|cancelled|canceled|terminated|abandoned|revoked|rescinded|annulled|quit|exited)$/, 'WITHDRAWN'],
  [/^(rejected|blocked|vetoed|collapsed|failed)$/, 'NOT_REACHED'],
];

/** After the agreement at `from`, ", which B scrapped", ", which later collapsed": the status and the last word, or null. */
export function endedInRelative(tokens: Token[], from: number): { status: AgreementStatus; end: number } | null {
  const which = range(from, Math.min(tokens.length, from + 6)).find((k) => tokens[k]!.lower === 'which' && tokens[k - 1]?.text === ',');
  if (which === undefined || range(from, which - 1).some((k) => !tokens[k]!.word && tokens[k]!.text !== '.')) return null;
  let k = which + 1;
  if (isNameWord(tokens[k])) while (isNameWord(tokens[k])) k++;
  while (k < tokens.length && tokens[k]!.word && /^(later|then|since|subsequently|eventually|has|had|have|was|were|itself)$/.test(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  if (!verb?.word) return null;
  // ("tore up", "pulled out of", "fell apart")
  if (/^(tore|torn)$/.test(verb.lower) && tokens[k + 1]?.lower === 'up') return { status: 'WITHDRAWN', end: k + 1 };
  if (/^(fell)$/.test(verb.lower) && /^(apart|through)$/.test(tokens[k + 1]?.lower ?? '')) return { status: 'NOT_REACHED', end: k + 1 };
  if (/^(pulled|walked)$/.test(verb.lower) && /^(out|away)$/.test(tokens[k + 1]?.lower ?? '')) return { status: 'WITHDRAWN', end: k + 1 };
  for (const [pattern, status] of ENDING_VERBS) if (pattern.test(verb.lower)) return { status, end: k };
  return null;
}

/** After the agreement, "..., but B rejected the offer" (or "it", "the plan"): the index of the word that ends the refusal, or -1. */
export function refusedAfter(tokens: Token[], from: number): { verb: number; end: number } | null {
  const but = range(from, Math.min(tokens.length, from + 12)).find((k) => tokens[k]!.lower === 'but');
  if (but === undefined) return null;
  for (let k = but + 1; k < tokens.length && k <= but + 10; k++) {
    const word = tokens[k]!.lower;
    const turned = /^(turned|turn)$/.test(word) && tokens[k + 1]?.lower === 'down';
    if (!REFUSED_PARTICIPLES.test(word) && !turned) continue;
    const object = turned ? k + 2 : k + 1;
    if (tokens[object]?.lower === 'it') return { verb: k, end: object };
    if (/^(the|this|that)$/.test(tokens[object]?.lower ?? '') && /^(offer|proposal|plan|deal|agreement|idea|terms)$/.test(tokens[object + 1]?.lower ?? '')) return { verb: k, end: object + 1 };
    return null;
  }
  return null;
}

/** Is the comma at `k` one between two modifiers of a noun ("a three-year, £4.5m deal"): a duration or an amount just before it, a determiner before that? */
export function listedModifier(tokens: Token[], k: number): boolean {
  const previous = tokens[k - 1];
  if (!previous?.word || !(DURATION_MODIFIER.test(previous.lower) || /\d/.test(previous.text))) return false;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) if (tokens[j]!.word && DETERMINERS.has(tokens[j]!.lower)) return true;
  return false;
}

