// Evidence in a sentence that a name is an organisation's: business nouns and roles around it,
// a description before it, and "which" or "it" for it.
import { GROUP_NOUNS, IRREGULAR_PAST, MODAL_OR_AUX, NAME_DESCRIPTORS, SPEECH_VERB_LEMMA } from '../lexicon.js';
import type { Token } from '../text.js';
import type { Mention } from './mentions.js';
import { isGivenName } from './names.js';

export const BUSINESS_NOUNS = /^(shares?|profits?|revenues?|sales|earnings|results|stock|board|chief|boss|executives?|customers|subscribers|business|unit|division|subsidiary|brands?|products|plants?|factory|factories|headquarters|staff|workers|employees|dividend|debt|losses|turnover|bid|offer|takeover|merger|chairman|ceo|founder|founders|co-founder|shareholders|accounts|operations|stores|outlets|market)$/;
export const BUSINESS_ROLES = /^(shares|stake|executive|chairman|chairwoman|ceo|director|boss|founder|president|owner|spokesman|spokeswoman|spokesperson|head|analyst|economist|manager|employees?|staff|workers?|takeover|acquisition|purchase|merger|buyout)$/;
/** Roles a company has right after its name ("Corvath Rail chief executive Ann Lee", "Corvath Rail boss"). */
export const COMPANY_ROLE_AFTER = /^(chief|ceo|chairman|chairwoman|boss|founder|shareholders)$/;
/** Deals for or with a company ("a takeover of X", "a merger with X"); not "a bid for" (a seat, a title). */
export const DEALS_FOR = /^(takeover|acquisition|purchase|merger|buyout)$/;

/**
 * Evidence that a one-word name of unknown kind is an organisation: a business noun right after it ("Oracle
 * shares", "Gazprom chief Alexei Miller"), a business description right before it ("software firm Oracle",
 * "the gas giant Gazprom"), "the" before a plural, or "which" and "it" for it (`referredToAsIt`).
 */
export function organisationEvidence(tokens: Token[], mention: Mention): boolean {
  return describedAsBusiness(tokens, mention) || referredToAsIt(tokens, mention);
}

/** The words around a name that say it is a business or a party (organisationEvidence without "it"). */
export function describedAsBusiness(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.to];
  const before = tokens[mention.from - 1];
  const businessNounAfter = !!after && !after.capitalised && BUSINESS_NOUNS.test(after.lower) && !/['’]s$/.test(tokens[mention.to - 1]!.text);
  const describedBefore = !!before && !before.capitalised && (NAME_DESCRIPTORS.has(before.lower) || /^(firm|group|maker|company|giant|rival|chain|operator|agency|charity|bank|website|network)$/.test(before.lower));
  // "the Conservatives", "the Greens": a party named by its members in the plural.
  const party = before?.lower === 'the' && GROUP_NOUNS.has(mention.name.toLowerCase());
  return businessNounAfter || describedBefore || party;
}

/**
 * "Aguas Norte, which runs ...", "Aguas Norte told the paper it would ...": a name that takes "which",
 * or that speaks of itself as "it", is no person. (For two capitalised words that open with no given name.)
 */
export function referredToAsIt(tokens: Token[], mention: Mention): boolean {
  const after = tokens[mention.to];
  if (after?.text === ',' && tokens[mention.to + 1]?.lower === 'which') return true;
  if (ownsWithIts(tokens, mention.to)) return true;
  if (!after || !SPEECH_VERB_LEMMA.has(after.lower)) return false;
  for (let i = mention.to + 1; i < tokens.length && i <= mention.to + 8; i++) {
    const token = tokens[i]!;
    if (!token.word || /^(he|she|his|her|they|their)$/.test(token.lower)) return false;
    if (/^(it|its)$/.test(token.lower)) return true;
  }
  return false;
}

/**
 * "Marlow Rail has cancelled its trains", "Orvane cut its forecast": the name is the subject and the
 * verb's object is its own; a person's would be "his" or "her". At most two auxiliaries before the verb.
 */
function ownsWithIts(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < from + 2 && MODAL_OR_AUX.test(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  // Not after a speech verb: "Tom Reyes said its profits fell" speaks of something else.
  const itsObject = !!verb?.word && !verb.capitalised && !SPEECH_VERB_LEMMA.has(verb.lower) && (/[a-z]{2,}(ed|s)$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && tokens[k + 1]?.lower === 'its';
  // ("Osric Pennant has questioned its legality, saying he would ...": "he" says a person.)
  return itsObject && !tokens.slice(k + 2).some((token) => /^(he|she|his|her|him)$/.test(token.lower));
}

/** Nouns that say the name after them is a publication or a business ("the newspaper Dagvold Posten"). */
const MEDIA_DESCRIPTORS = /^(newspaper|paper|daily|weekly|magazine|journal|broadcaster|channel|station|website|site|tabloid|publisher)$/;

/**
 * "the Kestrian newspaper Dagvold Posten", "the carmaker Velta Nord": a description right before a
 * name that opens with no known given name says it is no person.
 */
export function publicationDescribed(tokens: Token[], mention: Mention, entity: { parts: string[] }): boolean {
  const before = tokens[mention.from - 1];
  if (!before?.word || before.capitalised || isGivenName(entity.parts[0] ?? '')) return false;
  return MEDIA_DESCRIPTORS.test(before.lower) || NAME_DESCRIPTORS.has(before.lower) && before.lower !== 'rival';
}
