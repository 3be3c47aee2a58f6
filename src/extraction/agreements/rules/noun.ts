import { type Layout, type Sentence, type Token } from '../../text.js';
import { type AgreementStatus } from '../../types.js';
import { asideEnd, contextBefore, isNegation, subjectBefore } from '../clause.js';
import { type Found, type NameSpan } from '../found.js';
import { byPhrase, collectiveBodies, namesAfter, readNameList, subjectOf, withPhrase } from '../names.js';
import { complementEnd, range, titleIndexes, titleText, topicFor } from '../phrase.js';
import { AUXILIARIES, FAILED_IN, FAILED_PARTICLES, FAILED_VERBS, INTENT, LEMMAS, PROPOSED_PARTICIPLES, SIGNED_PARTICIPLES, VERBS, WITHDRAWN_PARTICIPLES, WITHDRAWN_PARTICLES, type VerbInfo } from '../verbs.js';
import { DECIDED, gerundSubject, membersEnd, ownerName, skipAdverbsBackTo } from './noun-parts.js';
import { elidedSubject, endedInRelative, failedAfterAside, isFirmReference, listedModifier, REFUSED_PARTICIPLES, refusedAfter } from './noun-clauses.js';
import { ADVERBS, AGREEMENT_NOUNS, CONCESSIONS, CONDITIONALS, DETERMINERS, DISTINGUISHING, FAILED_ADJECTIVES, LEFT_STOPS, PARTICLES, PROPOSED_ADJECTIVES, TALK_NOUNS, WEAK_NOUNS } from '../words.js';

// ---------------------------------------------------------------------------------------------------------
// Finding agreements in one sentence

/** Forms of voting ("voted for the deal"); the base form only after a subject, not "the vote". */
const VOTES = /^(voted|votes|vote|voting)$/;

/** Words that make a comma phrase a clause of its own, not an aside about the agreement. */
const RIGHT_STOPS_ASIDE = /^(said|says|told|which|that|who|and|but|he|she|they|it|we|i)$/;

/** Verbs of giving a contract or a licence: the other side is after "to" ("awarded a contract to B") or "by" (passive). */
const AWARDING = new Set(['award', 'grant']);

export function isNounUse(tokens: Token[], n: number): boolean {
  const token = tokens[n]!;
  const previous = tokens[n - 1];
  const next = tokens[n + 1];
  if (token.lower === 'deal' || token.lower === 'deals') {
    // "to deal with", "will deal with", "they deal in": the verb.
    if (previous && (['to', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', 'they', 'we', 'i', 'you', 'not', 'he', 'she', 'it', 'who'].includes(previous.lower) || previous.lower.endsWith("n't") || previous.lower.endsWith("'ll"))) return false;
    // "a great deal of", "a good deal", "big deal"
    if (previous && ['raw', 'square'].includes(previous.lower)) return false;
    if (next?.lower === 'of') return false;
  }
  if (token.lower === 'settlement' || token.lower === 'settlements') {
    // Housing settlements, not legal ones.
    for (let k = Math.max(0, n - 3); k < n; k++) if (/^(israeli|jewish|illegal|west|human|informal|squatter|roman|ancient|viking|colonial)$/.test(tokens[k]!.lower)) return false;
  }
  if (token.lower === 'accord' && (previous?.lower === 'own' || previous?.lower === 'in')) return false;
  // Only a joint venture is an agreement ("a risky venture" is not).
  if (token.lower.startsWith('venture') && previous?.lower !== 'joint') return false;
  return true;
}

export function nounAgreement(layout: Layout, sentence: Sentence, n: number): Found | null {
  const tokens = sentence.tokens;
  const text = layout.text;
  if (!isNounUse(tokens, n)) return null;
  const noun = tokens[n]!;
  const weakNoun = WEAK_NOUNS.has(noun.lower);

  // The noun phrase on the left: modifiers, then a determiner or a possessive.
  let npFrom = n;
  let modifiers = 0;
  for (let k = n - 1; k >= 0 && modifiers < 5; k--) {
    const token = tokens[k]!;
    if (token.mark) break;
    if (!token.word) {
      if (['$', '£', '€', '%'].includes(token.text) || token.text === '-' && k > 0 && tokens[k - 1]!.word) {
        npFrom = k;
        continue;
      }
      // Rule noun.listed-modifiers: "a three-year, £4.5m deal": modifiers listed with a comma, after a determiner.
      if (token.text === ',' && listedModifier(tokens, k)) {
        npFrom = k;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(token.lower)) {
      npFrom = k;
      break;
    }
    // "a draft accord": after a determiner, "draft" describes the accord.
    const adjective = PROPOSED_ADJECTIVES.has(token.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
    if (!adjective && (LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || TALK_NOUNS.has(token.lower) || AGREEMENT_NOUNS.has(token.lower) && token.lower !== 'trade')) break;
    if (ADVERBS.has(token.lower) && !token.capitalised) break;
    npFrom = k;
    modifiers++;
    if (/['’]s$/.test(token.text)) break; // "China's new deal"
  }
  const determiner = tokens[npFrom]!.lower;
  const modifierWords = range(npFrom, n).map((k) => tokens[k]!.lower);

  // Passive or reduced relative on the right: "a deal was signed", "the agreement reached last year", "talks collapsed".
  let right: { status: AgreementStatus; end: number; by: NameSpan[]; with?: NameSpan[] } | null = null;
  let inForce = -1;
  let hopesFaded = false;
  let valued = false;
  let inDeal = false;
  {
    let k = n + 1;
    let negated = false;
    let intent = false;
    // "the deal between X and Y was signed": skip a short complement naming the parties.
    if (tokens[k]?.word && ['between', 'with', 'among'].includes(tokens[k]!.lower)) {
      let j = k + 1;
      while (j < tokens.length && j < k + 8 && (tokens[j]!.capitalised || ['and', 'the', '.'].includes(tokens[j]!.lower) || tokens[j]!.text === '.')) j++;
      if (j > k + 1) k = j;
    }
    // "The agreement, signed on Saturday by A and B, runs ...": an aside that says how it was made.
    const aside = tokens[k]?.text === ',' && !!tokens[k + 1]?.word && (SIGNED_PARTICIPLES.has(tokens[k + 1]!.lower) || PROPOSED_PARTICIPLES.has(tokens[k + 1]!.lower));
    if (aside) k++;
    // "The deal, worth $2bn, was signed by A and B": across a short aside that describes the deal.
    else if (tokens[k]?.text === ',') {
      const close = range(k + 1, Math.min(tokens.length, k + 9)).find((j) => tokens[j]!.text === ',');
      const inside = close === undefined ? [] : range(k + 1, close);
      const next = close === undefined ? undefined : tokens[close + 1];
      if (inside.length && inside.every((j) => tokens[j]!.word ? !VERBS.has(tokens[j]!.lower) && !RIGHT_STOPS_ASIDE.test(tokens[j]!.lower) : /^[$£€%.-]$/.test(tokens[j]!.text)) && next?.word && (AUXILIARIES.has(next.lower) && !/^(to|not|never)$/.test(next.lower) || FAILED_VERBS.has(next.lower))) k = close! + 1;
    }
    // "the agreement, which was reached after months of talks": a relative clause that says how it was made.
    if (tokens[k]?.text === ',' && /^(which|that)$/.test(tokens[k + 1]?.lower ?? '') && /^(was|were|had|has|is)$/.test(tokens[k + 2]?.lower ?? '')) k += 2;
    let steps = 0;
    while (k < tokens.length && steps < 5 && tokens[k]!.word && AUXILIARIES.has(tokens[k]!.lower)) {
      if (isNegation(tokens[k]!)) negated = true;
      else if (INTENT.has(tokens[k]!.lower) || ['be', 'to'].includes(tokens[k]!.lower) && steps > 0) intent = intent || !['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been'].includes(tokens[k]!.lower);
      k++;
      steps++;
    }
    // Rule noun.in-force: "the truce came into force", "the accord took effect": an agreement made.
    if (!aside && /^(came|comes|come|coming|entered|enters|took|takes|went|goes)$/.test(tokens[k]?.lower ?? '') && (/^(into|in)$/.test(tokens[k + 1]?.lower ?? '') && /^(force|effect|operation)$/.test(tokens[k + 2]?.lower ?? '') || /^(took|takes)$/.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'effect')) {
      inForce = tokens[tokens[k + 1]!.lower === 'effect' ? k + 1 : k + 2]!.end;
    }
    const verb = tokens[k];
    // Rule noun.hopes-faded: "hopes of a deal between A and B faded", "prospects of an accord were dashed": the
    // hopes end, the deal is not reached.
    const hopes = /^(hopes|hope|prospects|prospect|chances|chance)$/.test(tokens[npFrom - 2]?.lower ?? '') && /^(of|for)$/.test(tokens[npFrom - 1]?.lower ?? '');
    if (hopes && verb?.word && /^(faded|fade|fades|dashed|evaporated|receded|vanished|collapsed|unravelled|unraveled|crumbled|died|disappeared|dimmed|diminished)$/.test(verb.lower) && !negated) {
      right = { status: 'NOT_REACHED', end: verb.end, by: [] };
      hopesFaded = true;
    }
    // "once a final accord is reached": a condition, not a fact.
    const before = tokens[npFrom - 1]?.lower ?? '';
    if (CONDITIONALS.has(before)) intent = true;
    // Rule noun.between-worth: "the deal between A and B is worth $3bn": a deal of two named sides told by its value
    // is one that was made (a proposed one says so: "the proposed deal").
    const pairNamed = tokens[n + 1]?.lower === 'between' && namesAfter(tokens, n + 1, n + 2, ['between']).length >= 2;
    if (!right && pairNamed && verb?.word && /^(worth|valued)$/.test(verb.lower) && steps === 1 && /^(is|was)$/.test(tokens[k - 1]!.lower)) {
      right = { status: modifierWords.some((word) => PROPOSED_ADJECTIVES.has(word)) ? 'PROPOSED' : 'SIGNED', end: verb.end, by: [] };
      valued = true;
    }
    if (right) {
      // (read above: the hopes of it faded, or its value told)
    } else if (inForce >= 0) right = { status: negated ? 'NOT_REACHED' : intent ? 'PROPOSED' : 'SIGNED', end: inForce, by: [] };
    else if (verb?.word && !verb.capitalised) {
      // ("no agreement was reached between A and B": the sides after the participle.)
      // Rule noun.participle-particle: "the agreement, hammered out between A and B": the sides after the particle.
      const after = SIGNED_PARTICIPLES.has(verb.lower) && tokens[k + 1]?.lower === 'out' ? k + 2 : k + 1;
      const between = SIGNED_PARTICIPLES.has(verb.lower) ? namesAfter(tokens, after, Math.min(tokens.length, after + 1), ['between']) : [];
      const by = SIGNED_PARTICIPLES.has(verb.lower) || PROPOSED_PARTICIPLES.has(verb.lower) ? byPhrase(tokens, after) ?? (between.length >= 2 ? between : null) : null;
      if (SIGNED_PARTICIPLES.has(verb.lower) && (steps > 0 || !tokens[k + 1] || !tokens[k + 1]!.word || !DETERMINERS.has(tokens[k + 1]!.lower))) {
        // "the deal made sense" has an object; "a deal was made" does not.
        // "a settlement hammered out in 2001 with 12 states": the other side after the participle.
        const withNames = !by && steps === 0 ? withPhrase(tokens, k + 1) : null;
        // Rule noun.aside-then-failed: "A previous truce, agreed between A and B in 2021, fell apart after 11 weeks": an
        // aside that tells how the deal was made, then the verb that tells its end.
        const failedAfter = aside ? failedAfterAside(tokens, k) : -1;
        if (failedAfter >= 0) right = { status: 'NOT_REACHED', end: tokens[failedAfter]!.end, by: by ?? [] };
        else if (verb.lower === 'made' && steps === 0 && !by) right = null;
        else right = { status: negated || determiner === 'no' ? 'NOT_REACHED' : intent ? 'PROPOSED' : 'SIGNED', end: by ? tokens[by.at(-1)!.to - 1]!.end : withNames ? tokens[withNames.at(-1)!.to - 1]!.end : aside ? asideEnd(tokens, k) : verb.end, by: by ?? [], ...(withNames ? { with: withNames } : {}) };
      } else if (PROPOSED_PARTICIPLES.has(verb.lower) && by && by.length >= 2 && !negated) {
        // "the deal proposed by A and B", "a treaty drafted by A and B".
        right = { status: 'PROPOSED', end: tokens[by.at(-1)!.to - 1]!.end, by };
      } else if (REFUSED_PARTICIPLES.test(verb.lower) && steps > 0 && !negated && !intent) {
        // "the proposed merger was blocked by regulators", "the pact was rejected" (noun.failed-after).
        right = { status: 'NOT_REACHED', end: verb.end, by: [] };
      } else if (WITHDRAWN_PARTICIPLES.has(verb.lower) && steps > 0 && !negated && !intent && (!WITHDRAWN_PARTICLES[verb.lower] || tokens[k + 1]?.lower === WITHDRAWN_PARTICLES[verb.lower])) {
        // Rule noun.withdrawn-after: "the deal was cancelled", "the pact was called off": a deal ended.
        right = { status: 'WITHDRAWN', end: WITHDRAWN_PARTICLES[verb.lower] ? tokens[k + 1]!.end : verb.end, by: [] };
      } else if (FAILED_VERBS.has(verb.lower) && !negated && !aside) {
        const particles = FAILED_PARTICLES[verb.lower];
        const particle = tokens[k + 1]?.lower;
        const failedIn = particle === 'in' && FAILED_IN.test(tokens[k + 2]?.lower ?? '');
        if (!particles || particles.includes(particle ?? '') && (particle !== 'in' || failedIn)) {
          right = { status: 'NOT_REACHED', end: failedIn ? tokens[k + 2]!.end : particles ? tokens[k + 1]!.end : verb.end, by: [] };
        }
      }
    }
  }

  // The verb on the left, across adverbs and particles.
  let left: { verb: number; info: VerbInfo; start: number; status: AgreementStatus | null; confidence: number } | null = null;
  {
    let k = npFrom - 1;
    const particles: string[] = [];
    let steps = 0;
    while (k >= 0 && steps < 4 && tokens[k]!.word && !tokens[k]!.mark && (ADVERBS.has(tokens[k]!.lower) || PARTICLES.has(tokens[k]!.lower)) && !VERBS.has(tokens[k]!.lower)) {
      if (PARTICLES.has(tokens[k]!.lower)) particles.push(tokens[k]!.lower);
      k--;
      steps++;
    }
    // "offered Pakistan a deal": a name as indirect object between the verb and the deal.
    if (!particles.length && k === npFrom - 1 && tokens[k]?.capitalised && k > 0) {
      let j = k;
      while (j > 0 && j > k - 3 && tokens[j]!.capitalised) j--;
      if (tokens[j]?.word && /^(offer|offers|offered|offering|propose|proposes|proposed|proposing|award|awards|awarded|awarding|grant|grants|granted|granting)$/.test(tokens[j]!.lower)) k = j;
    }
    // Rule noun.vote: "shareholders voted for the deal", "voted in favour of the merger" (SIGNED), "voted against
    // the pact" (NOT_REACHED): a vote decides.
    let voted: VerbInfo | undefined;
    if (/^(favour|favor)$/.test(tokens[k]?.lower ?? '') && particles.length === 1 && particles[0] === 'of' && tokens[k - 1]?.lower === 'in' && VOTES.test(tokens[k - 2]?.lower ?? '')) {
      k -= 2;
      particles.length = 0;
      voted = { lemma: 'vote', cls: 'SIGN', form: 'past' };
    } else if (tokens[k]?.lower === 'against' && !particles.length && VOTES.test(tokens[k - 1]?.lower ?? '')) {
      k -= 1;
      voted = { lemma: 'vote', cls: 'REJECT', form: 'past' };
    } else if (particles.length === 1 && particles[0] === 'for' && VOTES.test(tokens[k]?.lower ?? '')) {
      particles.length = 0;
      voted = { lemma: 'vote', cls: 'SIGN', form: 'past' };
    }
    const verbToken = tokens[k];
    let info = voted ?? (verbToken?.word ? VERBS.get(verbToken.lower) : undefined);
    // Rule noun.called-off: "A and B called off their merger": the sides end it.
    if (info?.lemma === 'call' && particles.length === 1 && particles[0] === 'off' && info.form !== 'base') {
      info = { lemma: 'scrap', cls: 'WITHDRAW', form: info.form };
      particles.length = 0;
    }
    // "close to a deal", "nearer to an agreement": under negotiation.
    // ("came close to a pact", "got closer to a deal": the verb before is the one whose subject the sides are.)
    let near = -1;
    if (verbToken && /^(close|closer|nearer|near)$/.test(verbToken.lower) && particles.length === 1 && particles[0] === 'to') {
      info = { lemma: 'near', cls: 'PROPOSE', form: 'base' };
      if (/^(came|come|comes|coming|got|get|gets|getting|moved|move|moves|moving|drew|draw|draws|drawing)$/.test(tokens[k - 1]?.lower ?? '')) near = k - 1;
    }
    // "bought X in a $4bn deal": a deal that was made.
    if (verbToken?.lower === 'in' && !particles.length && (determiner === 'a' || determiner === 'an') && !weakNoun) {
      info = { lemma: 'under', cls: 'EXISTING', form: 'base' };
      inDeal = true;
    }
    const lemma = info ? LEMMAS[info.lemma]! : null;
    if (verbToken && info && lemma) {
      const needs = lemma.needs?.split('|');
      const allowed = new Set([...(lemma.particles ?? []), ...(needs ?? [])]);
      if (info.lemma === 'pull' || info.lemma === 'back') allowed.add('of');
      if (info.lemma === 'walk') allowed.add('from');
      if (info.lemma === 'near') allowed.add('to');
      const particlesOk = particles.every((particle) => allowed.has(particle)) && (!needs || particles.some((particle) => needs.includes(particle)));
      const strongOk = !(lemma.strongOnly || info.cls === 'EXISTING') || !weakNoun;
      const capitalOk = !verbToken.capitalised || k === 0 || tokens[k - 1]!.mark !== null || !tokens[k - 1]!.word;
      if (particlesOk && strongOk && capitalOk) {
        const context = contextBefore(tokens, k, 0);
        let status: AgreementStatus | null = null;
        let confidence = 0.8;
        let start = verbToken.start;
        if (info.cls === 'SIGN') {
          if (context.negated) status = 'NOT_REACHED';
          // Rule noun.decided-to: "voted to accept the deal", "decided to sign the pact": the decision is made.
          else if (context.infinitive && !context.intent && info.form === 'base' && DECIDED.test(tokens[skipAdverbsBackTo(tokens, k)]?.lower ?? '')) status = 'SIGNED';
          else if (context.intent || (context.infinitive && info.form === 'base')) status = 'PROPOSED';
          else status = 'SIGNED';
          if (['approve', 'announce', 'complete', 'close', 'unveil', 'adopt', 'extend', 'renew', 'cut', 'make', 'secure'].includes(info.lemma)) confidence = 0.65;
        } else if (info.cls === 'PROPOSE') {
          if (context.negated) status = 'NOT_REACHED';
          else if ((info.lemma === 'negotiate' || info.lemma === 'renegotiate') && info.form === 'past' && !context.intent && !context.infinitive) status = 'SIGNED';
          else status = 'PROPOSED';
          confidence = info.lemma === 'talk' || info.lemma === 'negotiation' ? 0.7 : 0.75;
        } else if (info.cls === 'REJECT' || info.cls === 'WITHDRAW') {
          // "did not reject the deal", "will scrap the deal": nothing happened yet.
          // (Rule noun.hypothetical-end: "did not rule out the possibility of cancelling the concession", "is considering
          // scrapping the deal": an end weighed, not made.)
          const weighed = info.form === 'ing' && (/^(of)$/.test(tokens[k - 1]?.lower ?? '') && /^(possibility|prospect|threat|idea|option|risk|question|danger)$/.test(tokens[k - 2]?.lower ?? '') || /^(considering|consider|considered|threatening|threatened|threaten|weighing|mulling|contemplating|discussing)$/.test(tokens[k - 1]?.lower ?? ''));
          if (context.negated || context.intent || context.infinitive || info.form === 'base' || weighed) status = null;
          else status = info.cls === 'WITHDRAW' ? 'WITHDRAWN' : 'NOT_REACHED';
          confidence = 0.7;
        } else if (info.cls === 'EXISTING') {
          status = right?.status === 'PROPOSED' || PROPOSED_ADJECTIVES.has(modifierWords[0] ?? '') ? 'PROPOSED' : 'SIGNED';
          confidence = 0.55;
        } else if (info.cls === 'WITHOUT') {
          status = 'NOT_REACHED';
          confidence = 0.6;
        }
        // Start the span at the word that gives the status: "failed to reach ...", "did not sign ...".
        if (status === 'NOT_REACHED' && info.cls !== 'REJECT' && info.cls !== 'WITHOUT') {
          for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
            if (!tokens[j]!.word) break;
            if (isNegation(tokens[j]!)) start = tokens[j]!.start;
          }
        }
        if (status) left = { verb: near >= 0 ? near : k, info, start: near >= 0 ? tokens[near]!.start : start, status, confidence };
      }
    }
  }

  // Rule noun.existential: "there is now an agreement to ...", "there was no deal", "there could be a deal".
  let existential: AgreementStatus | null = null;
  if (!left && !right && !weakNoun && ['a', 'an', 'no'].includes(determiner)) {
    let k = npFrom - 1;
    let negated = determiner === 'no';
    while (k >= 0 && tokens[k]!.word && (ADVERBS.has(tokens[k]!.lower) || isNegation(tokens[k]!))) negated = isNegation(tokens[k--]!) || negated;
    const be = tokens[k]?.lower ?? '';
    const before = tokens[k - 1]?.lower ?? '';
    if (/^(is|was|are|were)$/.test(be) && before === 'there' || /^there['’]s$/.test(be)) existential = negated ? 'NOT_REACHED' : 'SIGNED';
    else if (be === 'been' && /^(has|have|had)$/.test(before) && tokens[k - 2]?.lower === 'there') existential = negated ? 'NOT_REACHED' : 'SIGNED';
    else if (be === 'be' && INTENT.has(before) && tokens[k - 2]?.lower === 'there' && !negated) existential = 'PROPOSED';
  }

  const npTo = complementEnd(tokens, n + 1);
  const titleIdx = titleIndexes(tokens, npFrom, npTo);
  const title = titleText(text, tokens, titleIdx);
  const sentenceEnd = tokens.length;

  let status: AgreementStatus | null = null;
  let confidence = 0;
  let start = tokens[npFrom]!.start;
  let end = tokens[npTo - 1]!.end;
  let anchor = n;
  let rule = '';
  if (left) {
    rule = `noun.${left.info.cls.toLowerCase()}-verb`;
    status = left.status;
    confidence = left.confidence;
    start = left.start;
    anchor = left.verb;
    // "a deal that was later rejected": a failure on the right wins over a plain verb on the left.
    if (right?.status === 'NOT_REACHED' && left.info.cls !== 'SIGN' && left.info.cls !== 'WITHDRAW') status = 'NOT_REACHED';
  } else if (right) {
    rule = valued ? 'noun.between-worth' : hopesFaded ? 'noun.hopes-faded' : right.status === 'NOT_REACHED' ? 'noun.failed-after' : right.status === 'WITHDRAWN' ? 'noun.withdrawn-after' : inForce >= 0 ? 'noun.in-force' : 'noun.participle-after';
    status = right.status;
    confidence = 0.7;
    end = Math.max(end, right.end);
  } else if (existential) {
    rule = 'noun.existential';
    status = existential;
    confidence = 0.6;
  } else if (!weakNoun && determiner !== 'no' && modifierWords.some((word) => PROPOSED_ADJECTIVES.has(word))) {
    rule = 'noun.proposed-adjective';
    status = 'PROPOSED';
    confidence = 0.5;
  } else if (!weakNoun && determiner !== 'no' && modifierWords.some((word) => FAILED_ADJECTIVES.has(word))) {
    rule = 'noun.failed-adjective';
    status = 'NOT_REACHED';
    confidence = 0.5;
  }
  // Rule noun.owner-with: "A's deal with B is worth £3bn", "A's trade pact with B comes into force": one side's
  // deal with a named other side is one that was made (a proposed or failed one says so: "A's proposed deal").
  const owner = ownerName(tokens, npFrom);
  const ownerWith = owner ? namesAfter(tokens, n + 1, npTo, ['with']) : [];
  if (!status && owner && ownerWith.length && !weakNoun) {
    rule = 'noun.owner-with';
    status = 'SIGNED';
    confidence = 0.55;
  }
  // Rule noun.accepted-but-rejected: "A accepted the ceasefire, but B rejected the offer": one side's yes and the other's
  // no leave the deal not reached (its end is the refusal).
  // Rule noun.which-ended: "A and B signed a treaty in 2019, which B scrapped last year": a relative clause that tells
  // how the deal ended.
  if (left && status === 'SIGNED' && left.info.cls === 'SIGN') {
    const ended = endedInRelative(tokens, npTo);
    if (ended) {
      status = ended.status;
      rule = 'noun.which-ended';
      end = tokens[ended.end]!.end;
    }
  }
  let refuser: NameSpan[] = [];
  if (left && status === 'SIGNED' && /^(accept|approve)$/.test(left.info.lemma)) {
    const refusal = refusedAfter(tokens, npTo);
    if (refusal) {
      status = 'NOT_REACHED';
      rule = 'noun.accepted-but-rejected';
      end = tokens[refusal.end]!.end;
      refuser = subjectOf(tokens, refusal.verb)?.names.slice(0, 1) ?? [];
    }
  }
  if (!status) return null;
  // A weak noun needs a verb that leaves no doubt, or the names of who signed it ("a contract signed by A and B").
  // (Or a body of many members: "the constitution, signed by EU leaders".)
  const byBody = () => {
    const by = range(n + 1, Math.min(tokens.length, n + 10)).find((k) => tokens[k]!.lower === 'by');
    return by !== undefined && (collectiveBodies(text, tokens, by + 1, Math.min(tokens.length, by + 6)).length === 1 || membersEnd(tokens, by) > 0);
  };
  if (weakNoun && !left && (right?.by.length ?? 0) < 2 && !(right && right.status === 'SIGNED' && byBody())) return null;
  if (weakNoun) confidence -= 0.1;

  // The names the syntax gives: "a deal between A and B", "A and B signed", "A signed ... with B",
  // "A offered B a deal", "signed ... by A and B".
  const between = namesAfter(tokens, n + 1, Math.min(npTo, n + 2), ['between', 'among']);
  let named: NameSpan[] = between.length >= 2 ? between : [];
  let separate = false;
  let pronounSubject: number | undefined;
  if (left) {
    // (A gerund after a comma has the subject of the clause before it, not a name read back across the comma.)
    const subject = (tokens[left.verb - 1]?.text === ',' ? gerundSubject(tokens, left.verb, left.info) : null) ?? subjectOf(tokens, left.verb) ?? gerundSubject(tokens, left.verb, left.info) ?? elidedSubject(tokens, left.verb);
    if (subject && subject.from < left.verb && left.verb - subject.from <= 14) start = Math.min(start, tokens[subject.from]!.start);
    const subjectNames = subject?.names ?? [];
    // Rule noun.pronoun-with: "it would renegotiate the contract with B": the pronoun stands for the first side
    // (the party step resolves it), the name after "with" is the other.
    // (Rule noun.firm-reference-with: "the grocer signed a deal with B": a firm named by its kind is a pronoun too.)
    if (!named.length && !subjectNames.length && subject && (/^(it|they)$/.test(tokens[subject.from]!.lower) || isFirmReference(tokens, subject.from, left.verb))) {
      const others = namesAfter(tokens, n + 1, npTo, ['with']);
      if (others.length) {
        named = others;
        pronounSubject = subject.from;
      }
    }
    if (!named.length && subjectNames.length) {
      // ("accepted a pay deal from B", "rejected a settlement from B": what the other side offered.)
      const markers = left.info.cls === 'PROPOSE' ? ['with', 'to'] : left.info.cls === 'REJECT' ? ['with', 'by', 'from'] : left.info.lemma === 'accept' ? ['with', 'from'] : CONCESSIONS.has(noun.lower) ? ['with', 'in'] : left.info.lemma === 'win' ? ['with', 'from'] : AWARDING.has(left.info.lemma) ? ['to', 'by', 'with'] : ['with'];
      const indirect = left.verb + 1 < npFrom ? readNameList(tokens, left.verb + 1) : null;
      const others = indirect && indirect.at(-1)!.to === npFrom ? indirect : namesAfter(tokens, n + 1, CONCESSIONS.has(noun.lower) ? Math.min(tokens.length, npTo + 3) : npTo, markers);
      named = [...subjectNames, ...others];
      // "A signed deals with B and C": one deal with each.
      if (subjectNames.length === 1 && others.length >= 2 && /s$/.test(noun.lower) && !/ss$/.test(noun.lower)) separate = true;
    }
  } else if (!named.length && right?.by.length) named = right.by;
  else if (!named.length && owner && ownerWith.length) named = [owner, ...ownerWith];
  // Rule noun.relative-with: "A has withdrawn from the accord it signed with B": the other side in a relative clause
  // that tells how the deal was made.
  if (left && named.length === 1 && pronounSubject === undefined) {
    let k = npTo;
    if (/^(that|which)$/.test(tokens[k]?.lower ?? '')) k++;
    if (/^(it|they)$/.test(tokens[k]?.lower ?? '')) {
      k++;
      if (/^(had|has|have)$/.test(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.word && SIGNED_PARTICIPLES.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'with') {
        const others = namesAfter(tokens, k + 1, k + 2, ['with']);
        if (others.length) {
          named = [...named, ...others];
          end = Math.max(end, tokens[others.at(-1)!.to - 1]!.end);
        }
      }
    }
  }
  // (The side that refused is the other party; a pronoun that accepted stands for the first.)
  if (refuser.length && left && !named.some((span) => span.from === refuser[0]!.from)) {
    const accepter = subjectOf(tokens, left.verb);
    if (!named.length && pronounSubject === undefined && accepter && !accepter.names.length && /^(it|they|he|she)$/.test(tokens[accepter.from]!.lower)) pronounSubject = accepter.from;
    named = [...named, ...refuser];
  }
  // Rule noun.*-verb+collective: "EU leaders signed the treaty", "the G20 approved a pact": a body of many
  // members as the one party, when the clause names no other side.
  let collective = false;
  let bodyFromStory = false;
  if (left && named.length <= 1 && (left.info.cls === 'SIGN' || left.info.cls === 'PROPOSE')) {
    const subject = subjectOf(tokens, left.verb);
    const bodies = subject ? collectiveBodies(text, tokens, subject.from, left.verb) : [];
    const others = namesAfter(tokens, n + 1, npTo, ['with', 'between', 'among']);
    // ("The 25 EU nations": a group of the body's members is the body.)
    const within = (span: NameSpan) => span.from === bodies[0]!.from || !!span.group && span.from <= bodies[0]!.from && bodies[0]!.to <= span.to;
    if (bodies.length === 1 && !others.length && (!named.length || within(named[0]!))) {
      named = bodies;
      collective = true;
      rule += '+collective';
    }
  }
  // Rule noun.participle-by+collective: "the treaty was signed by EU leaders", "the pact, agreed by all 25 EU
  // members, ...": a body of many members named after "by" is the one party, when no other side is named.
  if (!left && right && right.status !== 'NOT_REACHED' && named.length <= 1) {
    const by = range(n + 1, Math.min(tokens.length, n + 10)).find((k) => tokens[k]!.lower === 'by');
    const bodies = by === undefined ? [] : collectiveBodies(text, tokens, by + 1, Math.min(tokens.length, by + 6));
    // ("by the 25 EU member states": a group of the body's members is the body.)
    if (bodies.length === 1 && (!named.length || named[0]!.from === bodies[0]!.from || !!named[0]!.group && named[0]!.from <= bodies[0]!.from && bodies[0]!.to <= named[0]!.to)) {
      named = bodies;
      collective = true;
      rule += '+collective';
      end = Math.max(end, tokens[bodies[0]!.to - 1]!.end);
    }
    // Rule noun.participle-by+members: "signed by all 25 member states", "by the leaders of the member states": the
    // members of the one body the story names.
    const stop = by !== undefined && !collective && !bodies.length ? membersEnd(tokens, by) : -1;
    if (stop > 0) {
      named = [];
      collective = true;
      bodyFromStory = true;
      rule += '+members';
      end = Math.max(end, tokens[stop - 1]!.end);
    }
  }
  // Rule noun.participle-with: "they kept to a settlement hammered out with 12 states": the other side after the
  // participle, the first the subject before the noun (a pronoun is resolved by the party step).
  let pronoun: number | undefined;
  if (named.length < 2 && right?.with?.length && (!left || left.info.cls === 'EXISTING')) {
    for (let k = npFrom - 1; k >= 0 && pronoun === undefined && !named.length; k--) {
      const token = tokens[k]!;
      if (token.word && /^(they|it)$/.test(token.lower)) pronoun = k;
    }
    if (pronoun !== undefined) {
      named = right.with;
      rule = 'noun.participle-with';
      end = Math.max(end, right.end);
    }
  }
  // "there is an agreement ..." names nobody: a collective body the sentence names is its one party
  // ("the European Union's farm policy ..., but there is now an agreement to ..."), else the clause's names.
  if (rule === 'noun.existential' && !named.length) {
    const bodies = collectiveBodies(text, tokens, 0, tokens.length);
    if (bodies.length === 1) {
      named = bodies;
      collective = true;
      rule += '+collective';
    }
  }
  // "the agreement", "this deal": it may be one the story has told of already.
  // (Rule noun.definite-with: "the deal with Greyfield" names the other side of a deal told before, and is that deal.)
  const withOne = tokens[n + 1]?.lower === 'with' && namesAfter(tokens, n + 1, npTo, ['with']).length === 1 && !left;
  const definite = ['the', 'this', 'that', 'its', 'their'].includes(determiner) && (npTo === n + 1 || between.length > 0 || withOne) && modifierWords.slice(1).every((word, k) => !DISTINGUISHING.has(word) && !/\d/.test(word) && !tokens[npFrom + 1 + k]!.capitalised);
  return {
    start,
    end,
    title: title || noun.text,
    status,
    topic: topicFor(tokens, npFrom, n, npTo, sentenceEnd),
    confidence,
    rule,
    npFrom,
    npTo,
    noun: n,
    anchor,
    subject: left ? subjectBefore(tokens, left.verb) : 'none',
    clauseOnly: !left && !existential || !!left && subjectBefore(tokens, left.verb) === 'noun' || !!existential,
    named,
    reference: left?.info.cls === 'EXISTING' && definite,
    definite,
    ...(separate ? { separate: true } : {}),
    ...(inDeal && left?.info.cls === 'EXISTING' ? { inDeal: true } : {}),
    ...(pronoun !== undefined ? { pronoun } : pronounSubject !== undefined ? { pronoun: pronounSubject } : {}),
    ...(collective ? { collective: true } : {}),
    ...(bodyFromStory ? { bodyFromStory: true } : {}),
  };
}
