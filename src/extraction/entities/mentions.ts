// Name mentions: runs of capitalised words in a sentence, with the titles written before or beside
// them split off, and the words that are capitalised only because they open a sentence dropped.
import {
  NOT_NAMES,
  AGENT_NOUN,
  ORGANIZATION_HEADS,
  PLACES,
  MONTHS,
  NAME_DESCRIPTORS,
  PARTY_WORDS,
  isPartyAffiliation,
  PERSON_NOUN_ENDING,
  PERSON_ROLE_NOUNS,
  PUBLICATION_HEADS,
  GROUP_NOUNS,
  WEEKDAYS,
} from '../lexicon.js';
import type { Sentence, Token } from '../text.js';
import type { EntityKind } from '../types.js';
import { isDateline, isNameToken, isOpener, possessiveInsideName } from './edges.js';
import { classify, genderOf, HEAD_KINDS, isDemonym, SURNAME_HEADS } from './kinds.js';
import { CONNECTORS, countryOf, DEPARTMENT_WORDS, isAcronym, isGivenName, key, NAME_SUFFIX, spelledAcronymOf, type Gender } from './names.js';
import { appositiveTitle, isRoleNoun, isTitleToken, lowercaseTitleBefore, possessiveTitle } from './titles.js';


export interface Mention {
  /** The name as written, titles dropped ("Terry McAuliffe"). */
  name: string;
  start: number;
  end: number;
  /** Index of the first and one past the last token of the name in its sentence. */
  from: number;
  to: number;
  sentence: number;
  kind: EntityKind;
  title: string | null;
  gender: Gender;
  /** Starts its sentence or a quotation, where any word is capitalised. */
  initial: boolean;
  /** An acronym given in brackets after the name: "Office for National Statistics (ONS)". */
  acronym: string | null;
}

/** "Trump-led", "London-based", "Obama-era": a name made an adjective ("Jin-woo" is a given name). */
const ADJECTIVE_SUFFIX =
  /^(\p{Lu}[\p{L}.'’]*)-(based|led|backed|era|style|owned|run|funded|born|made|like|friendly|controlled|linked|allied|aligned|leaning|type|wide|centric|related|focused|affiliated|sponsored|appointed|dominated|inspired|driven|supported|endorsed|esque|ish|bashing|loving|hating|skeptic|sceptic)$/u;
const ROLE_TIME_WORDS = new Set(['former', 'then', 'ex', 'late', 'outgoing', 'incoming', 'retired']);
/** Particles inside a person's name ("Julio De Vido", "Anna van der Berg"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'bint', 'ibn', 'al', 'di', 'dos', 'das']);
const bare = (token: Token) => token.bare;

/**
 * Last words of publications whose "The" is part of the name ("The Washington Post", "The Times"); for
 * other organisations "The" is only the article ("the National Audit Office").
 */

/** Words that are titles before a name ("Treasury Secretary Ann Lee") and institutions after "the". */
const INSTITUTION_WORDS = new Set(['treasury', 'exchequer', 'cabinet', 'pentagon', 'kremlin', 'vatican']);

/**
 * Finds name mentions in one sentence: a run of capitalised words (joined by "of", "de" and the
 * like when a capital follows), with any titles before it split off ("Gov. Terry McAuliffe" ->
 * title "Gov.", name "Terry McAuliffe"). Possessives end a name: "China's President Xi Jinping"
 * gives "China" and, with title "President of China", "Xi Jinping".
 */
export function findMentions(sentence: Sentence, sentenceIndex: number, isCommonWord: (lower: string) => boolean = () => false): Mention[] {
  const tokens = sentence.tokens;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if (isNameToken(token) && (!/['’]s$/.test(tokens[j - 1]!.text) || possessiveInsideName(tokens, j - 1))) {
        j++;
        continue;
      }
      // "the National Farmers' Union": a plural possessive inside an organisation's name.
      if (/^['’]$/.test(token.text) && token.start === tokens[j - 1]!.end && /s$/.test(tokens[j - 1]!.text) && possessiveInsideName(tokens, j)) {
        j++;
        continue;
      }
      // "and" joins only inside a name that already has "of" or "for": "Department of Health and
      // Human Services", but "Acme and Nordwind" are two names.
      const joinsWithAnd = token.lower === 'and' && tokens.slice(i, j).some((t) => t.lower === 'of' || t.lower === 'for');
      if (CONNECTORS.has(token.lower) && tokens[j + 1] && isNameToken(tokens[j + 1]!) && (token.lower !== 'and' || joinsWithAnd)) {
        j++;
        continue;
      }
      // "Anna van der Berg", "Luis de la Cruz": two particles between a given name and the surname.
      if (NAME_PARTICLES.has(token.lower) && NAME_PARTICLES.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2] && isNameToken(tokens[j + 2]!)) {
        j += 2;
        continue;
      }
      break;
    }
    let runTokens = tokens.slice(i, j);
    // "Donald Trump-led": a lowercase suffix ends the name inside its token; one word with such a
    // suffix ("London-based", "Obama-era") is an adjective, not a mention.
    const suffixed = runTokens.findIndex((token) => token.text.includes('-') && ADJECTIVE_SUFFIX.test(token.text));
    if (suffixed === 0) {
      i++;
      continue;
    }
    if (suffixed > 0) runTokens = runTokens.slice(0, suffixed + 1);
    const runStart = i;
    i = j;
    if (isLabelOrContraction(tokens, runTokens)) continue;
    // A possessive ends the name inside the token: "Nordwind's" -> "Nordwind".
    // Drop a sentence-initial function word ("The", "But") and leading titles.
    let from = runStart;
    while (runTokens.length && NOT_NAMES.has(bare(runTokens[0]!)) && !(runTokens.length > 1 && bare(runTokens[0]!) === 'the' && PUBLICATION_HEADS.test(runTokens.at(-1)!.text))) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Former US secretary of state ...", "Then Governor Ada Quinn": a word that dates a role is no part
    // of the name after it.
    while (runTokens.length > 1 && ROLE_TIME_WORDS.has(bare(runTokens[0]!)) && (isTitleToken(runTokens[1]!) || !!countryOf(runTokens[1]!.text) || PLACES.has(runTokens[1]!.lower))) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Despite Okafor", "Sales of Volvo": a word capitalised only because it opens the
    // sentence, and written in lowercase elsewhere in the story, is not part of the name.
    if (runTokens.length > 1 && (from === 0 || tokens[from - 1]!.mark) && isCommonWord(bare(runTokens[0]!)) && !isTitleToken(runTokens[0]!)) {
      runTokens = runTokens.slice(1);
      from++;
      while (runTokens.length && CONNECTORS.has(runTokens[0]!.lower)) {
        runTokens = runTokens.slice(1);
        from++;
      }
      if (!runTokens.length) continue;
    }
    // "Insurer Harbour Mutual", "Carmaker Volvo": a descriptor opening the sentence is no part of the name.
    // "Commuter Jane Hill", "Pensioner Tom Reyes": so is a word for a person before a given name.
    const personWordFirst = runTokens.length > 2 && !isGivenName(bare(runTokens[0]!)) && isGivenName(bare(runTokens[1]!)) &&
      (AGENT_NOUN.test(bare(runTokens[0]!)) || PERSON_NOUN_ENDING.test(bare(runTokens[0]!)) || PERSON_ROLE_NOUNS.has(bare(runTokens[0]!)));
    if (runTokens.length > 1 && (from === 0 || tokens[from - 1]!.mark) && (NAME_DESCRIPTORS.has(bare(runTokens[0]!)) || personWordFirst) && !CONNECTORS.has(runTokens[1]!.lower)) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Conservative Michael Fallon", "Tory David Reyes": a party's word before a given name, anywhere, is
    // the person's party, not the first word of the name.
    if (runTokens.length > 2 && isPartyAffiliation(bare(runTokens[0]!)) && isGivenName(bare(runTokens[1]!))) {
      runTokens = runTokens.slice(1);
      from++;
    }
    // "Despite Trump", "Certainly Ronald Reagan", "Is Obama": an opener at the start of the
    // sentence is not part of the name that follows it.
    const opensSentence = from === 0 || !!tokens[from - 1]!.mark || /^[—–\-:(]$/.test(tokens[from - 1]!.text);
    let openerDropped = false;
    while (runTokens.length > 1 && opensSentence && isOpener(runTokens[0]!) && !PLACES.has(runTokens[0]!.lower) && !countryOf(runTokens[0]!.text)) {
      runTokens = runTokens.slice(1);
      from++;
      openerDropped = true;
      while (runTokens.length && CONNECTORS.has(runTokens[0]!.lower)) {
        runTokens = runTokens.slice(1);
        from++;
      }
    }
    if (!runTokens.length) continue;
    // "Clinton Friday", "Paris Tuesday": a day or a month after a name is a date, not part of it.
    while (runTokens.length > 1 && (WEEKDAYS.test(runTokens.at(-1)!.bare) || (MONTHS.test(runTokens.at(-1)!.text) && runTokens.at(-1)!.bare !== 'may'))) runTokens = runTokens.slice(0, -1);
    // "Senator Ted Cruz of Texas", "Lee Wang of The Intercept": a person of a place or an
    // organisation (a title or a given name first) is the person; "Bank of America" stays whole.
    const ofAt = runTokens.findIndex((token, index) => index >= 2 && index <= 4 && token.lower === 'of');
    if (ofAt > 0) {
      const before = runTokens.slice(0, ofAt);
      const after = runTokens.slice(ofAt + 1).map((token) => token.text).join(' ').replace(/^The /, '');
      const afterKind = after ? classify(after, null) : 'OTHER';
      const titled = isTitleToken(before[0]!) && (afterKind === 'PLACE' || afterKind === 'COUNTRY');
      const plainName = !before.some((token) => ORGANIZATION_HEADS.test(token.text) || isTitleToken(token) || isCommonWord(token.bare)) && before.length <= 3;
      const given = isGivenName(before[0]!.bare) && !isCommonWord(before[0]!.bare) && plainName;
      // "Priya Mehta of Sandgate Securities": two or three plain words of an organisation are a
      // person's name even when the given name is one the name list does not know.
      const ofOrganisation = plainName && before.length >= 2 && afterKind === 'ORGANIZATION' && classify(before.map((token) => token.text).join(' '), null) !== 'ORGANIZATION';
      // ("Jo Fenwick of Human Rights Watch": what she is of reads like a name too, but opens with no given name.)
      const ofNamedBody = plainName && before.length >= 2 && afterKind === 'PERSON' && after.includes(' ') && !isGivenName(after.split(' ')[0]!.replace(/\.$/, '')) &&
        classify(before.map((token) => token.text).join(' '), null) === 'PERSON';
      if (titled || (given && afterKind !== 'PERSON') || ofOrganisation || ofNamedBody) {
        runTokens = before;
        // The place or organisation after "of" is a mention of its own.
        i = from + ofAt + 1;
      }
    }
    // "Workers' Party": a word dropped above may have been a plural possessive inside the name.
    if (/^['’]$/.test(runTokens[0]?.text ?? '') && from > 0 && tokens[from - 1]!.word && tokens[from - 1]!.end === runTokens[0]!.start) {
      from--;
      runTokens = [tokens[from]!, ...runTokens];
    }
    const titleTokens: Token[] = [];
    // "Ohio Gov. Jane Hollis", "ACWU Director of Public Affairs Sam Ortega": when a
    // title word comes first, the words after the last title word or connector are the name.
    const firstTitle = runTokens.findIndex((token) => isTitleToken(token) && !DEPARTMENT_WORDS.has(token.bare));
    // "Vice President Joseph R. Biden Jr.": a suffix after the name does not count as a word of it here.
    const suffix = runTokens.length > 2 && NAME_SUFFIX.test(runTokens.at(-1)!.bare) ? runTokens.at(-1)! : null;
    if (suffix) runTokens = runTokens.slice(0, -1);
    if (firstTitle >= 0 && firstTitle < runTokens.length - 1) {
      let t = runTokens.length - 2;
      // ("Minister Julio De Vido": a particle after a given name is part of the name, not a connector.)
      const particle = (index: number): boolean => NAME_PARTICLES.has(runTokens[index]!.lower) && index > 0 && (isGivenName(runTokens[index - 1]!.bare) || particle(index - 1));
      while (t > firstTitle && !isTitleToken(runTokens[t]!) && (!CONNECTORS.has(runTokens[t]!.lower) || particle(t)) && runTokens.length - 1 - t < 5) t--;
      let rest = runTokens.slice(t + 1);
      let splitAtGivenName = false;
      // ("UMWA Director of Government Affairs Phil Smith": the name is the given name and what follows it.)
      if (rest.length > 3) {
        const given = rest.findIndex((token, index) => index > 0 && rest.length - index >= 2 && rest.length - index <= 3 && isGivenName(bare(token)) && !isCommonWord(bare(token)));
        if (given > 0) {
          t += given;
          rest = rest.slice(given);
          splitAtGivenName = true;
        }
      }
      const restName = rest.map((token) => token.text).join(' ');
      const restKind = classify(restName, null);
      const particles = rest.filter((token) => NAME_PARTICLES.has(token.lower)).length;
      // ("Mayor Don Guardian": a given name first makes the rest a person's name, whatever its last word.)
      const givenFirst = rest.length >= 2 && isGivenName(bare(rest[0]!)) && restKind !== 'COUNTRY';
      if ((isTitleToken(runTokens[t]!) || CONNECTORS.has(runTokens[t]!.lower) || splitAtGivenName) && rest.length - particles <= 3 && (restKind === 'PERSON' || restKind === 'OTHER' || givenFirst)) {
        titleTokens.push(...runTokens.slice(0, t + 1));
        runTokens = rest;
        from += t + 1;
      }
    }
    if (suffix) runTokens = [...runTokens, suffix];
    while (runTokens.length && CONNECTORS.has(runTokens.at(-1)!.lower)) runTokens = runTokens.slice(0, -1);
    if (!runTokens.length) continue;
    const nameTokens = runTokens.map((token, index) => (index === runTokens.length - 1 ? token.text.replace(/['’]s$/, '').replace(suffixed >= 0 ? ADJECTIVE_SUFFIX : /^$/, '$1') : token.text));
    // A plural possessive's apostrophe is written against its word: "Farmers' Union".
    let name = nameTokens.join(' ').replace(/\s+/g, ' ').replace(/s ([’'])(?= )/g, 's$1');
    // "The Treasury said": a title word that is also an institution, after "the" and not before a name.
    const institution = runTokens.length === 1 && INSTITUTION_WORDS.has(bare(runTokens[0]!)) && /^the$/i.test(tokens[from - 1]?.text ?? '');
    // "Labour said", "a Labour spokesman": the party, where "Labour Secretary" is a title.
    const following = tokens[from + runTokens.length];
    const party = runTokens.length === 1 && PARTY_WORDS.has(bare(runTokens[0]!)) && !/^(secretary|minister|department|ministry|secretaries|ministers|market|markets|day|economists|costs|shortages|force)$/.test(following?.bare ?? '') && !following?.capitalised && !/^(for|of)$/.test(tokens[from - 1]?.lower ?? '');
    if (runTokens.length === 1 && isTitleToken(runTokens[0]!) && !titleTokens.length && !institution && !party) continue;
    if (NOT_NAMES.has(name.toLowerCase())) continue;
    // "MPs", "CEOs", "NGOs": a plural abbreviation names a group of people, not an entity.
    if (runTokens.length === 1 && /^[A-Z]{2,}s$/.test(name)) continue;
    if (/^(The) /.test(name) && !PUBLICATION_HEADS.test(nameTokens.at(-1)!)) name = name.replace(/^The /, '');
    const lowerTitleBefore = lowercaseTitleBefore(tokens, from);
    const writtenTitle = titleTokens.length ? titleTokens.map((token) => token.text).join(' ') : lowerTitleBefore;
    const title = writtenTitle ? possessiveTitle(tokens, from - titleTokens.length, writtenTitle) : appositiveTitle(tokens, from + runTokens.length);
    // "Clinton's chief Democratic rival", "Secretary of State and Democratic presidential ...": a
    // word between a title and a role noun modifies the noun; it is nobody's name.
    const modifier = runTokens.length === 1 && (CONNECTORS.has(titleTokens.at(-1)?.lower ?? '') || isRoleNoun(tokens[from + 1]));
    let kind = institution || party ? 'ORGANIZATION' : classify(name, titleTokens.length && !modifier ? writtenTitle : null);
    // "Mayor Don Guardian": a title and a given name make a person, whatever the name's last word.
    if (kind === 'ORGANIZATION' && titleTokens.length && runTokens.length >= 2 && isGivenName(bare(runTokens[0]!)) && !institution && !party) kind = 'PERSON';
    const last = runTokens.at(-1)!;
    const end = from + runTokens.length;
    // Two to four capitalised words are a person only with some evidence: a title, a known given
    // name first, or words the story never writes in lowercase. "Civil War", "Black Lives Matter"
    // and "Air Force" end in common words and start with no given name.
    const givenName = isGivenName(bare(runTokens[0]!)) && !isCommonWord(bare(runTokens[0]!));
    const lastWord = bare(last).replace(/['’]s$/, '');
    // "Election Day" (a common word first) is no "Doris Day".
    if (kind === 'PERSON' && runTokens.length === 2 && SURNAME_HEADS.has(lastWord) && isCommonWord(bare(runTokens[0]!))) kind = HEAD_KINDS.get(lastWord)!;
    // "Velta X2", "Boeing 787", "Nova S5": a name with a model number is a product, not a person.
    if (kind === 'PERSON' && runTokens.some((token) => /\d/.test(token.text))) kind = 'OTHER';
    // "Irish Catholic", "American Muslims": a nationality first describes a group, not a person's name.
    if (kind === 'PERSON' && !titleTokens.length && runTokens.length > 1 && isDemonym(runTokens[0]!.text)) kind = 'OTHER';
    if (kind === 'PERSON' && !titleTokens.length && !title && !givenName && isCommonWord(lastWord)) kind = 'OTHER';
    // "Liberal Democrats", "Senate Republicans": a name ending in a plural group noun is a party or caucus.
    // ("Loretta Banks", "Ann Fields": a given name first makes the plural a surname.)
    if (kind === 'PERSON' && !titleTokens.length && runTokens.length > 1 && GROUP_NOUNS.has(lastWord) && !(givenName && runTokens.length === 2 && !/^(democrats|republicans|conservatives|liberals|socialists|greens|nationalists|unionists|independents)$/.test(lastWord))) kind = 'ORGANIZATION';
    // "the Northern Link (project)": a person's name does not follow "the" inside a sentence.
    if (kind === 'PERSON' && !titleTokens.length && !title && !givenName && tokens[from - 1]?.text === 'the') kind = 'OTHER';
    // A name that is a whole quotation is the title of a work ("Atlas Shrugged"), not a person.
    const closes = (token: Token | undefined) => token?.mark === 'close';
    if (kind === 'PERSON' && tokens[from - 1]?.mark === 'open' && (closes(tokens[end]) || (/^[,.!?;:]$/.test(tokens[end]?.text ?? '') && closes(tokens[end + 1])))) kind = 'OTHER';
    const initial = openerDropped || from === 0 || tokens[from - 1]!.mark === 'open' || /^[—–\-:(]$/.test(tokens[from - 1]!.text);
    if (from === 0 && isDateline(runTokens, tokens.slice(end))) continue;
    const inBrackets = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' ? tokens[end + 1]!.text : null;
    const bracketed = inBrackets && (isAcronym(inBrackets) || spelledAcronymOf(inBrackets, name)) ? inBrackets : null;
    mentions.push({
      acronym: bracketed,
      initial,
      name,
      start: runTokens[0]!.start,
      end: last.start + nameTokens.at(-1)!.length,
      from,
      to: from + runTokens.length,
      sentence: sentenceIndex,
      kind: kind === 'OTHER' && title && !modifier ? 'PERSON' : kind,
      title,
      gender: genderOf(name, title ?? (titleTokens.length ? writtenTitle : null), givenName),
    });
  }
  return mentions;
}

/**
 * Drops capitalised words that are only capitalised because they start a sentence or a quote
 * ("Losing", "Immigration"): a one-word name must also appear capitalised mid-sentence, or be a
 * known country, place or acronym.
 */
export function dropSentenceInitialWords(mentions: Mention[], headline: (sentence: number) => boolean = () => false): Mention[] {
  // In a Title Case headline every word is capitalised: keep only names the body also uses.
  const inBody = new Set(mentions.filter((mention) => !headline(mention.sentence)).map((mention) => key(mention.name)));
  mentions = mentions.filter((mention) => !headline(mention.sentence) || inBody.has(key(mention.name)));
  const seenInside = new Set(mentions.filter((mention) => !mention.initial).map((mention) => mention.name));
  const known = (mention: Mention) => mention.kind === 'COUNTRY' || mention.kind === 'PLACE' || isAcronym(mention.name) || ORGANIZATION_HEADS.test(mention.name);
  const wordsOfLongerNames = new Set(mentions.filter((mention) => mention.name.includes(' ')).flatMap((mention) => mention.name.split(' ')));
  const partOfLongerName = (name: string) => wordsOfLongerNames.has(name);
  return mentions.filter((mention) => !mention.initial || mention.name.includes(' ') || seenInside.has(mention.name) || known(mention) || partOfLongerName(mention.name));
}

/**
 * No names: a pronoun's contraction ("I'm", "We're", "It's" opening a sentence), a medium alone ("TV"),
 * a party's adjective alone ("Democratic"),
 * and a site's label in capitals standing as a sentence of its own ("ABSTRACT.", "FULL TEXT.").
 */
function isLabelOrContraction(tokens: Token[], run: Token[]): boolean {
  if (run.length === 1 && /^(i|we|you|they|he|she|it|that|there|what|who|let)['’]/i.test(run[0]!.text)) return true;
  // ("The TV", "The Democratic senator": over a sentence's opening article.)
  const core = run.length === 2 && /^the$/i.test(run[0]!.text) ? run.slice(1) : run;
  if (core.length === 1 && /^(tv|radio|internet)$/i.test(core[0]!.text)) return true;
  // ("the Democratic nominee": a party's adjective alone describes; "Democratic Party" is the name.)
  if (core.length === 1 && /^democratic$/i.test(core[0]!.text)) return true;
  // (Capitals first: counting the sentence's words is only needed for a short run in capitals.)
  if (run.length > 3 || !run.every((token) => /\p{L}{2}/u.test(token.text) && token.text === token.text.toUpperCase())) return false;
  return run.length === tokens.filter((token) => token.word).length && !/[—–-]/.test(tokens.at(-1)?.text ?? '');
}
