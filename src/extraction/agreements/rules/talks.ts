import { type Layout, type Sentence, type Token } from '../../text.js';
import { topicsOf } from '../../topics.js';
import { type AgreementStatus } from '../../types.js';
import { subjectBefore, subjectEnd } from '../clause.js';
import { type Found, type NameSpan } from '../found.js';
import { namesAfter, readName, subjectOf } from '../names.js';
import { SPEECH_VERB_LEMMA } from '../../lexicon.js';
import { complementEnd, range, titleIndexes, titleText, topicAfterMarker, topicFromModifiers } from '../phrase.js';
import { AUXILIARIES, FAILED_IN, FAILED_PARTICLES, FAILED_VERBS, VERBS } from '../verbs.js';
import { ADVERBS, AGREEMENT_NOUNS, DETERMINERS, FIRM_REFERENCES, HELD, LEFT_STOPS } from '../words.js';

/** What talks are about, when the word opens a sentence ("Peace talks", "Coalition talks"). */
const TALK_TOPICS = /^(peace|trade|coalition|merger|takeover|pay|wage|pension|pensions|budget|border|ceasefire|truce|settlement|nuclear|climate|arms|power-sharing|unity|union|contract|debt|tariff|fishing|water|gas|oil)$/;

/** Modifiers that say talks are about a deal: "exclusive talks", "merger talks". */
const DEAL_TALKS = /^(exclusive|advanced|merger|takeover|buyout|sale|acquisition|contract|pay|settlement)$/;

/** "talks between X and Y collapsed", "negotiations on a deal broke down", "held merger talks with X". */
export function talksAgreement(layout: Layout, sentence: Sentence, t: number): Found | null {
  const tokens = sentence.tokens;
  const talk = tokens[t]!;
  if (talk.capitalised && t > 0 && tokens[t - 1]!.word) return null; // the end of a name ("Peace Talks")
  // "Trump talks tough": a verb, not the noun. The noun has a determiner, a modifier or a verb like "held"
  // before it, or starts its clause ("Talks between X and Y collapsed").
  const previous = tokens[t - 1];
  let npFrom = t;
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
    const token = tokens[k]!;
    if (!token.word || LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || ADVERBS.has(token.lower)) break;
    if (HELD.test(token.lower) || /ed$/.test(token.lower) && !DETERMINERS.has(token.lower)) break;
    npFrom = k;
    if (DETERMINERS.has(token.lower) || /['’]s$/.test(token.text)) break;
  }
  // A name just before is the subject of the verb "talks" ("Obama talks with ..."), unless a determiner comes first.
  // (Rule talks.opening-modifier: "Peace talks between A and B ...", "Coalition talks collapsed": a sentence's first
  // word, capitalised only because it opens the sentence, names what the talks are about.)
  const openingModifier = npFrom === 0 && t === 1 && (TALK_TOPICS.test(tokens[0]!.lower) || tokens[2]?.lower === 'between');
  while (!openingModifier && npFrom < t && tokens[npFrom]!.capitalised && !DETERMINERS.has(tokens[npFrom]!.lower) && (npFrom === 0 || !DETERMINERS.has(tokens[npFrom - 1]!.lower))) npFrom++;
  const hasModifier = npFrom < t;
  const heldBefore = !!previous && HELD.test(previous.lower);
  // ("A said talks with B had failed", "reports that talks ...": a reported clause opens there too.)
  const opensClause = !previous || !previous.word || previous.mark !== null || previous.lower === 'that' || SPEECH_VERB_LEMMA.has(previous.lower) && !previous.capitalised;
  const quit = quitBefore(tokens, npFrom);
  if (!hasModifier && !heldBefore && !opensClause && quit < 0 && talk.lower === 'talks') return null;

  const npTo = complementEnd(tokens, t + 1, 12);
  // Failure after the complement: "talks with X on Y collapsed", "negotiations have broken down", also
  // across a participle phrase ("talks aimed at averting a strike have ended without agreement").
  let k = npTo;
  // (The participle may open the complement too, "talks aimed at averting strikes ...", which can stop early at a
  // noun that is also a verb: "strikes".)
  const participle = /^(aimed|designed|intended|meant|held|planned)$/.test(tokens[k]?.lower ?? '') ? k : /^(aimed|designed|intended|meant)$/.test(tokens[t + 1]?.lower ?? '') ? t + 1 : -1;
  if (participle >= 0) {
    for (let j = participle + 1; j < tokens.length && j < participle + 12; j++) {
      if (!tokens[j]!.word) break;
      if (/^(have|has|had|were|was|are|is)$/.test(tokens[j]!.lower) || FAILED_VERBS.has(tokens[j]!.lower) && j > participle + 2) {
        k = j;
        break;
      }
    }
  }
  let steps = 0;
  while (k < tokens.length && steps < 3 && tokens[k]!.word && AUXILIARIES.has(tokens[k]!.lower)) {
    k++;
    steps++;
  }
  const verb = tokens[k];
  let status: AgreementStatus | null = null;
  let end = tokens[npTo - 1]!.end;
  // Rule talks.suspended: "trade talks were suspended", "talks have been halted": no deal, the talks stopped.
  if (verb?.word && steps > 0 && /^(suspended|halted|abandoned|frozen|shelved|cancelled|canceled)$/.test(verb.lower) && !/^(not|never)$/.test(tokens[k - 1]?.lower ?? '')) {
    status = 'NOT_REACHED';
    end = verb.end;
  } else if (verb?.word && (FAILED_VERBS.has(verb.lower) || verb.lower === 'broken')) {
    const particles = FAILED_PARTICLES[verb.lower === 'broken' ? 'broke' : verb.lower];
    const particle = tokens[k + 1]?.lower ?? '';
    const failedIn = particle === 'in' && FAILED_IN.test(tokens[k + 2]?.lower ?? '');
    if (!particles || particles.includes(particle) && (particle !== 'in' || failedIn)) {
      status = 'NOT_REACHED';
      end = failedIn ? tokens[k + 2]!.end : particles ? tokens[k + 1]!.end : verb.end;
    }
  }
  // Rule talks.walked-out: "A walked away from talks with B", "A pulled out of talks", "A broke off talks": no deal.
  let quitter: NameSpan[] = [];
  let start = tokens[npFrom]!.start;
  // Rule talks.walkout-before-deal: "A and B struck a pact, a week after A walked out of talks": a walkout told as the
  // time of a deal the sentence reports is its background, not an agreement of its own.
  if (!status && quit >= 0 && walkoutBeforeDeal(tokens, quit)) return null;
  if (!status && quit >= 0) {
    status = 'NOT_REACHED';
    const subject = subjectOf(tokens, quit);
    quitter = subject?.names.slice(0, 1) ?? [];
    start = tokens[subject && quitter.length ? subject.from : quit]!.start;
  }
  if (!status) {
    // Talks that are under way: only with a named other side or a subject ("merger talks with X", "talks on trade").
    const complement = range(t + 1, npTo).map((j) => tokens[j]!.lower);
    const withSide = complement.some((word) => word === 'with' || word === 'between' || word === 'among');
    const onSubject = complement[0] && ['on', 'over', 'about', 'toward', 'towards'].includes(complement[0]);
    if (!withSide && !onSubject) return null;
    if (!hasModifier && !heldBefore && !onSubject) return null;
    // Rule talks.backdrop: "within hours of his talks with B", "after talks with B": talks that set the time of
    // something else are over, and say nothing of a deal under way.
    const before = tokens[npFrom - 1]?.lower ?? '';
    if (/^(after|following|since|before)$/.test(before) || before === 'of' && /^(hours|days|weeks|minutes|months|end|close|wake|aftermath)$/.test(tokens[npFrom - 2]?.lower ?? '')) return null;
    // Rule talks.denied: "A denied it was in talks with B": talks denied are none.
    if (range(Math.max(0, npFrom - 7), npFrom).some((j) => /^(denied|denies|deny|denying|dismissed)$/.test(tokens[j]!.lower))) return null;
    // Rule talks.no-deal-in-view: "A and B held talks on trade but no deal is in sight": talks with no deal in view.
    if (range(npTo, tokens.length).some((j) => tokens[j]!.lower === 'no' && /^(deal|agreement|breakthrough|accord)$/.test(tokens[j + 1]?.lower ?? ''))) return null;
    status = 'PROPOSED';
  }
  const named = quitter.length ? [...quitter, ...namesAfter(tokens, t + 1, npTo, ['with'])] : talksParties(tokens, npFrom, t, npTo);
  // Rule talks.held-by-reference: "the chain is in exclusive talks with B", "it held talks with B": the subject that
  // holds the talks is a pronoun or a firm named by its kind, resolved by the party step.
  let pronoun: number | undefined;
  // (Only talks a modifier says are about a deal: "it held talks with B" may have no deal in view.)
  if (!named.length && npFrom > 0 && HELD.test(tokens[npFrom - 1]!.lower) && range(npFrom, t).some((j) => DEAL_TALKS.test(tokens[j]!.lower))) {
    // ("is now in talks": the subject of the verb before "in", across adverbs.)
    let head = npFrom - 1;
    if (/^(in|into)$/.test(tokens[head]!.lower)) while (head > 0 && tokens[head - 1]!.word && ADVERBS.has(tokens[head - 1]!.lower)) head--;
    const subject = subjectOf(tokens, head);
    const withSide = namesAfter(tokens, t + 1, npTo, ['with']);
    const from = subject?.from ?? -1;
    const reference = from >= 0 && (/^(it|they)$/.test(tokens[from]!.lower) || tokens[from]!.lower === 'the' && FIRM_REFERENCES.test(tokens[from + 1]?.lower ?? '') && subjectEnd(tokens, head) <= from + 3);
    if (subject && !subject.names.length && reference && withSide.length === 1) {
      named.push(...withSide);
      pronoun = from;
    }
  }
  // The failure cases need an agreement context: "talks" alone can collapse too, and that is what is reported.
  const titleIdx = titleIndexes(tokens, npFrom, npTo);
  const title = titleText(layout.text, tokens, titleIdx);
  return {
    start,
    end,
    title,
    status,
    topic: topicAfterMarker(tokens, t + 1, npTo) ?? topicFromModifiers(tokens, npFrom, t) ?? topicsOf(title, 1)[0] ?? null,
    confidence: status === 'NOT_REACHED' ? 0.65 : 0.5,
    rule: quitter.length ? 'talks.walked-out' : status === 'NOT_REACHED' ? 'talks.failed' : 'talks.under-way',
    npFrom,
    npTo,
    noun: t,
    anchor: t,
    subject: subjectBefore(tokens, npFrom),
    clauseOnly: false,
    named,
    ...(pronoun !== undefined ? { pronoun } : {}),
    // Rule talks.definite: "The talks collapsed on Friday": the talks told before (their parties, and a failure
    // that changes their status).
    ...(/^(the|these|those)$/.test(tokens[npFrom]?.lower ?? '') && npFrom === t - 1 && npTo === t + 1 ? { definite: true } : {}),
  };
}

/** Is the walkout at `quit` in an "after" clause of a sentence that tells of an agreement before it? */
function walkoutBeforeDeal(tokens: Token[], quit: number): boolean {
  const after = range(Math.max(0, quit - 8), quit).reverse().find((j) => /^(after|since|following)$/.test(tokens[j]!.lower));
  return after !== undefined && range(0, after).some((j) => AGREEMENT_NOUNS.has(tokens[j]!.lower));
}

/** Verbs of leaving talks, with the particles that must follow them: "walked away from", "pulled out of", "broke off". */
const QUITTING: [RegExp, RegExp][] = [
  [/^(walk|walks|walked|walking)$/, /^(away|out)$/],
  [/^(pull|pulls|pulled|pulling)$/, /^out$/],
  [/^(break|breaks|broke|breaking)$/, /^off$/],
  [/^(withdraw|withdraws|withdrew|withdrawn|withdrawing)$/, /^from$/],
  [/^(quit|quits|quitting|abandoned|abandon|abandons|suspended|suspend|suspends)$/, /^$/],
];

/** The index of a verb of leaving the talks that open at `npFrom` ("walked away from the talks"), or -1. */
function quitBefore(tokens: Token[], npFrom: number): number {
  let k = npFrom - 1;
  const particles: string[] = [];
  while (k >= 0 && particles.length < 2 && /^(away|out|off|from|of)$/.test(tokens[k]?.lower ?? '')) particles.unshift(tokens[k--]!.lower);
  const verb = tokens[k];
  if (!verb?.word) return -1;
  for (const [verbs, particle] of QUITTING) {
    if (!verbs.test(verb.lower)) continue;
    const ok = particle.source === '^$' ? particles.length === 0 : particle.test(particles[0] ?? '');
    // (Not "did not walk away from the talks".)
    return ok && !/^(not|never)$|n't$/.test(tokens[k - 1]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** "talks between A and B", "A held talks with B", "A and B held talks": the names, when there are two. */
export function talksParties(tokens: Token[], npFrom: number, t: number, npTo: number): NameSpan[] {
  const between = namesAfter(tokens, t + 1, Math.min(npTo, t + 2), ['between', 'among']);
  if (between.length >= 2) return between;
  const held = npFrom - 1;
  // Rule talks.speaker-side: "A said talks with B had failed", "A's talks with B": the side that reports its
  // own talks (or owns them) is the other party.
  const withSide = namesAfter(tokens, t + 1, npTo, ['with']);
  if (withSide.length === 1 && (held < 0 || !HELD.test(tokens[held]!.lower))) {
    const owner = /['’]s$/.test(tokens[npFrom]?.text ?? '') ? readName(tokens, npFrom) : null;
    if (owner?.ownerTo === npFrom + 1) return [{ ...owner, to: owner.ownerTo }, ...withSide];
    let cue = npFrom - 1;
    if (tokens[cue]?.lower === 'that') cue--;
    if (cue >= 0 && tokens[cue]!.word && SPEECH_VERB_LEMMA.has(tokens[cue]!.lower)) {
      const speaker = subjectOf(tokens, cue)?.names ?? [];
      if (speaker.length === 1) return [...speaker, ...withSide];
    }
  }
  if (held < 0 || !HELD.test(tokens[held]!.lower) || !tokens[held]!.word) return [];
  const subject = subjectOf(tokens, held)?.names ?? [];
  return subject.length >= 2 ? subject : subject.length === 1 ? [...subject, ...namesAfter(tokens, t + 1, npTo, ['with'])] : [];
}
