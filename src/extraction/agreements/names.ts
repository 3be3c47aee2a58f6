import { GROUP_NOUNS, NOT_NAMES, SPEECH_VERB_LEMMA, TITLES } from '../lexicon.js';
import { possessiveInsideName } from '../entities.js';
import { type Token } from '../text.js';
import { subjectEnd } from './clause.js';
import { type NameSpan } from './found.js';
import { VERBS } from './verbs.js';
import { AGREEMENT_NOUNS, CONDITIONALS, FIRM_BODIES, isTitleHead, DETERMINERS, JOINT_HEADS, LEFT_STOPS, MONTH, NAME_JOINS, NAME_PREPOSITIONS, PARTY_ROLES, RIGHT_STOPS, ROLE_PLURALS, SUBJECT_PRONOUNS, TALK_NOUNS, TOPIC_STOPS, WEEKDAY } from './words.js';

/**
 * "by A and B" after a participle, across a short time or place ("signed on Saturday by ...", "reached last
 * month in Portlow by ..."): the names, or null.
 */
export function byPhrase(tokens: Token[], k: number): NameSpan[] | null {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const token = tokens[j]!;
    if (!token.word) return null;
    if (token.lower === 'by') return readNameList(tokens, j + 1);
    if (VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) && !/^(last|earlier|yesterday|today)$/.test(token.lower) || DETERMINERS.has(token.lower) && token.lower !== 'the' && token.lower !== 'this') return null;
  }
  return null;
}

/**
 * "with B" after a participle, across a particle and a short time ("hammered out in 2001 with 12 states",
 * "struck last year with Kestria"): the names, or null.
 */
export function withPhrase(tokens: Token[], k: number): NameSpan[] | null {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const token = tokens[j]!;
    if (!token.word) return null;
    if (token.lower === 'with') return readNameList(tokens, j + 1);
    if (VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) && !/^(last|earlier)$/.test(token.lower) || DETERMINERS.has(token.lower) && token.lower !== 'the') return null;
  }
  return null;
}

/** Determiners and quantifiers that open a sentence with a capital: "Another Dunmore bid", "Both firms". */
const QUANTIFIERS = new Set(['another', 'both', 'each', 'every', 'any', 'some', 'such', 'several', 'many', 'most', 'all', 'no', 'neither', 'either', 'other', 'rival', 'fellow']);

/** A capitalised word that can be part of a party's name (not "The", "But", "Officials", "Monday"). */
export function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.word || !token.capitalised) return false;
  const bare = token.bare;
  if (NOT_NAMES.has(bare) && !TITLES.has(bare)) return false;
  if (QUANTIFIERS.has(bare)) return false;
  if (GROUP_NOUNS.has(bare) || ROLE_PLURALS.has(bare) || AGREEMENT_NOUNS.has(bare) || TALK_NOUNS.has(bare) || SUBJECT_PRONOUNS.has(bare)) return false;
  return !WEEKDAY.test(bare) && !MONTH.test(bare);
}

/** Plurals that end the names of political parties. */
const PARTY_PLURALS = /^(democrats|republicans|conservatives|liberals|socialists|greens|unionists|nationalists)$/;

/**
 * A name starting at `k`, "the" allowed first: capitalised words, numbers after them and joins before
 * another capital ("Local 12 of the Amalgamated Dockworkers"). Null for none, a possessive ("Velmora's")
 * or a bare title ("the President").
 */
export function readName(tokens: Token[], k: number): NameSpan | null {
  const start = k;
  if (tokens[k]?.word && tokens[k]!.lower === 'the') k++;
  if (!isNameWord(tokens[k])) return null;
  // ("Shareholders of A rejected ...": a firm's body opening a sentence is no name; "A" is.)
  if (FIRM_BODIES.has(tokens[k]!.bare) && /^(of|in|at)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  const from = k;
  k++;
  while (k < tokens.length && (!/['’]s$/.test(tokens[k - 1]!.text) || possessiveInsideName(tokens, k - 1))) {
    const token = tokens[k]!;
    // "the Pilots' Association": a plural possessive inside the name (the entities stage's rule).
    if (/^['’]$/.test(token.text) && token.start === tokens[k - 1]!.end && possessiveInsideName(tokens, k)) {
      k++;
      continue;
    }
    // ("Liberal Democrats", "Scottish Nationalists": a party's name may end in a plural that alone is no name.)
    // ("Transport Workers Union": a capitalised plural inside a name, before its last word.)
    // (Rule party.plural-last: "the Amalgamated Transit Workers", "United Auto Workers": a capitalised plural that ends a
    // name of two words or more before it.)
    const inner = token.capitalised && (GROUP_NOUNS.has(token.bare) || ROLE_PLURALS.has(token.bare)) && (isNameWord(tokens[k + 1]) || k - from >= 2 && isNameWord(tokens[k - 1]) && isNameWord(tokens[k - 2]));
    if (isNameWord(token) || inner || (token.word && /^\d+$/.test(token.text)) || token.capitalised && PARTY_PLURALS.test(token.lower)) {
      k++;
      continue;
    }
    if (token.word && NAME_JOINS.has(token.lower) || token.text === '&') {
      let j = k + 1;
      if (tokens[j]?.lower === 'the') j++;
      if (isNameWord(tokens[j])) {
        k = j + 1;
        continue;
      }
    }
    break;
  }
  if (/['’]s$/.test(tokens[k - 1]!.text)) {
    // "Velmora's president", "Kestria's foreign ministry": the owner stands for the party.
    let j = k;
    while (j < tokens.length && j < k + 4 && tokens[j]!.word && (PARTY_ROLES.has(tokens[j]!.bare) || j > k && isNameWord(tokens[j]) && PARTY_ROLES.has(tokens[j - 1]!.bare))) j++;
    return j > k ? { start, from, to: j, ownerTo: k } : null;
  }
  // A bare title ("the President", "Energy Secretary") is no name; title qualifiers alone ("Labour", "Energy") are.
  let titlesOnly = true;
  let head = false;
  for (let j = from; j < k && titlesOnly; j++) {
    titlesOnly = TITLES.has(tokens[j]!.bare) || NAME_JOINS.has(tokens[j]!.lower) || tokens[j]!.lower === 'the';
    head ||= isTitleHead(tokens[j]!.bare);
  }
  return titlesOnly && head ? null : { start, from, to: k };
}

/** Plural heads of a side that the text does not name member by member: "46 states", "the tobacco companies". */
const GROUP_HEADS = new Set([
  'companies', 'firms', 'states', 'unions', 'contractors', 'directors', 'nations', 'airlines', 'banks', 'carriers', 'producers',
  'manufacturers', 'insurers', 'lenders', 'creditors', 'shareholders', 'employers', 'clubs', 'councils', 'utilities', 'suppliers',
  'retailers', 'broadcasters', 'operators', 'drugmakers', 'carmakers', 'landlords', 'growers', 'exporters', 'importers',
  // (Makers of anything, and the people a settlement or a pay deal is usually with.)
  'makers', 'investors', 'farmers', 'workers', 'victims', 'families', 'countries', 'teachers', 'nurses', 'doctors', 'pilots',
  'drivers', 'miners', 'claimants', 'plaintiffs', 'developers', 'publishers', 'providers', 'distributors',
]);
/** Counts that make a group of a plural ("five unions"); "two" and "both" point at the story's two sides instead. */
const GROUP_COUNTS = /^(\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|several|all)$/;

/**
 * A group as one side (rule `party.group`): a count or "the" with a describing word, up to three more
 * words, and a plural head ("46 states", "five public sector unions", "the tobacco companies"). A bare
 * "the companies" refers back to firms named before, and "two"/"both" to the story's two sides: neither is a group.
 */
export function readGroup(tokens: Token[], k: number): NameSpan | null {
  const first = tokens[k];
  if (!first?.word) return null;
  const counted = GROUP_COUNTS.test(first.lower);
  if (!counted && first.lower !== 'the') return null;
  const from = counted ? k : k + 1;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const token = tokens[j]!;
    if (!token.word || token.mark) return null;
    if (GROUP_HEADS.has(token.lower) && !token.capitalised) {
      // "the companies": a describing word is needed after "the"; "the states of ..." is a name.
      if (!counted && j === from) return null;
      if (tokens[j + 1]?.word && tokens[j + 1]!.lower === 'of' && isNameWord(tokens[j + 2])) return null;
      return { start: k, from, to: j + 1, group: true };
    }
    if (LEFT_STOPS.has(token.lower) || DETERMINERS.has(token.lower) || VERBS.has(token.lower) || RIGHT_STOPS.has(token.lower) || /['’]s$/.test(token.text) || /^\d/.test(token.text) && counted) return null;
  }
  return null;
}

/** "the unions", "unions": a group head alone, read only beside another side (party.paired-group). */
function bareGroup(tokens: Token[], k: number): NameSpan | null {
  const from = tokens[k]?.lower === 'the' ? k + 1 : k;
  const head = tokens[from];
  if (!head?.word || head.capitalised && from > 0 || !GROUP_HEADS.has(head.lower) && !/^(ministers|unions)$/.test(head.lower)) return null;
  return { start: k, from, to: from + 1, group: true };
}

/** "the government", as a party beside a name ("A and the government signed ..."): the party step names it. */
function readParty(tokens: Token[], k: number): NameSpan | null {
  // ("Thirty states have agreed ...": a count opening a sentence is no name.)
  const counted = GROUP_COUNTS.test(tokens[k]?.lower ?? '') ? readGroup(tokens, k) : null;
  if (counted) return counted;
  const name = readName(tokens, k);
  if (name) return name;
  // Rule party.role-of: "the government of A", "the parliament of A": A's.
  if (tokens[k]?.lower === 'the' && PARTY_ROLES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') {
    const owner = readName(tokens, k + 3);
    if (owner && !owner.ownerTo) return { ...owner, start: k };
  }
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'government') return { start: k, from: k + 1, to: k + 2 };
  return readGroup(tokens, k) ?? appositionName(tokens, k);
}

/**
 * Rule party.description-apposition: "the top House Republican, Tom Haskell": a side named after a short description
 * and a comma (the name then ends the phrase: a comma, a stop or a verb after it).
 */
function appositionName(tokens: Token[], k: number): NameSpan | null {
  if (tokens[k]?.lower !== 'the') return null;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const token = tokens[j]!;
    if (token.text === ',') {
      if (j < k + 2) return null;
      const name = readName(tokens, j + 1);
      const after = name ? tokens[name.to] : undefined;
      return name && !name.ownerTo && (!after || !after.word || VERBS.has(after.lower) || /^(was|were|is|are|has|have|had|over|in|on)$/.test(after.lower)) ? name : null;
    }
    if (!token.word || LEFT_STOPS.has(token.lower) || VERBS.has(token.lower)) return null;
  }
  return null;
}

/** Is [from, to) followed by a bracketed acronym of the initials of its capitalised words ("Rail and Transport Union (RTU)")? */
function initialsMatch(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')') return false;
  const acronym = tokens[to + 1]?.text ?? '';
  const initials = tokens.slice(from, to).filter((token) => token.capitalised).map((token) => token.text[0]).join('');
  return acronym.length >= 3 && acronym === initials;
}

/** Names joined by "and" (or a list "A, B and C") from `k`; a single name when there is no "and". */
export function readNameList(tokens: Token[], k: number): NameSpan[] | null {
  // (Rule party.paired-group: "the unions and the government", "between unions and ministers": a bare group is a
  // side beside another side, though alone it would only point back.)
  const bare = readParty(tokens, k) ? null : bareGroup(tokens, k);
  const first = readParty(tokens, k) ?? (bare && /^(and|&)$/.test(tokens[bare.to]?.lower ?? '') && readParty(tokens, bare.to + 1) ? bare : null);
  if (!first) return null;
  const names = [first];
  let at = first.to;
  while (at < tokens.length) {
    const token = tokens[at]!;
    if (token.text === ',' && tokens[at + 1]?.lower !== 'and') {
      const next = readParty(tokens, at + 1);
      if (!next) break;
      names.push(next);
      at = next.to;
      continue;
    }
    const and = token.text === ',' ? at + 1 : at;
    if (tokens[and]?.lower === 'and' || tokens[and]?.text === '&') {
      const last = readParty(tokens, and + 1) ?? bareGroup(tokens, and + 1);
      // Rule party.acronym-whole: "the Rail and Transport Union (RTU)": one name, as its initials say.
      if (last && names.length === 1 && token.text !== ',' && initialsMatch(tokens, first.from, last.to)) return [{ ...first, to: last.to }];
      if (last) return [...names, last];
    }
    break;
  }
  // "Velmora, Kestria's neighbour, ...": a list without its "and" is one name and an aside.
  return [first];
}

/** The names that end just before `end` as a whole subject ("... Velmora and Kestria" + verb), or null. */
export function namesEndingAt(tokens: Token[], end: number): NameSpan[] | null {
  let best: NameSpan[] | null = null;
  for (let s = end - 1; s >= 0 && s >= end - 16; s--) {
    const token = tokens[s]!;
    const insideName = /^['’]$/.test(token.text) && possessiveInsideName(tokens, s);
    if (!token.word && token.text !== ',' && token.text !== '&' && !insideName) break;
    if (!token.word) continue;
    const list = readNameList(tokens, s);
    if (!list || list.at(-1)!.to !== end) continue;
    const before = tokens[s - 1];
    if (before && before.word && (isNameWord(before) || NAME_JOINS.has(before.lower) || NAME_PREPOSITIONS.has(before.lower) || before.lower === 'the') && !actsFor(tokens, s)) continue;
    best = list;
  }
  // "..., A and B" whose first names could not be read: not a whole subject.
  if (best && /^(and|or)$/.test(tokens[best[0]!.start - 1]?.lower ?? '')) return null;
  return best;
}

/** "Negotiators for A and B", "ministers from A and B": people who act for the names at `s`. */
export function actsFor(tokens: Token[], s: number): boolean {
  const preposition = tokens[s - 1]?.lower ?? '';
  const role = tokens[s - 2]?.bare ?? '';
  // ("Shareholders in A": owners in a firm act for it; "the government of A", "the president of A": A's.)
  return /^(for|from|of)$/.test(preposition) && (ROLE_PLURALS.has(role) || GROUP_NOUNS.has(role) || JOINT_HEADS.has(role) || FIRM_BODIES.has(role)) || preposition === 'in' && FIRM_BODIES.has(role) || preposition === 'of' && PARTY_ROLES.has(role) && DETERMINERS.has(tokens[s - 3]?.lower ?? '');
}

/** The subject of the verb at `verb`: where it starts, and the names it gives ("Velmora and Kestria"). */
export function subjectOf(tokens: Token[], verb: number): { from: number; names: NameSpan[] } | null {
  let end = subjectEnd(tokens, verb);
  // Rule party.acronym-aside: "the Rail and Transport Union (RTU) voted ...": a bracketed short name is no break.
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' && /^[A-Z][A-Za-z0-9&]*[A-Z]$/.test(tokens[end - 2]?.text ?? '')) end -= 3;
  const last = tokens[end - 1];
  // Rule party.across-aside: "A, which started flying last year, has ordered ...", "A, the country's biggest
  // airline, will buy ...": the name before a relative clause or an apposition between commas.
  if (last?.text === ',') {
    for (let k = end - 2; k > 0 && k >= end - 16; k--) {
      const token = tokens[k]!;
      if (token.text === ',') {
        const names = namesEndingAt(tokens, k);
        return names && (names[0]!.start === 0 || !tokens[names[0]!.start - 1]!.word) ? { from: names[0]!.start, names } : null;
      }
      if (!token.word && !/^[$£€%.'’-]$/.test(token.text)) return null;
    }
    return null;
  }
  if (!last || !last.word) return null;
  // "the aim would be to sign ...": the subject of "be" is not the one who signs.
  for (let k = end; k < verb - 1; k++) if (tokens[k + 1]!.lower === 'to' && /^(be|is|was|were|are|been)$/.test(tokens[k]!.lower)) return null;
  const names = namesEndingAt(tokens, end);
  if (names) {
    let from = names[0]!.start;
    if (actsFor(tokens, from)) from = DETERMINERS.has(tokens[from - 3]?.lower ?? '') ? from - 3 : from - 2;
    return { from, names };
  }
  if (SUBJECT_PRONOUNS.has(last.lower) || last.lower === 'it') return { from: end - 1, names: [] };
  // Rule party.firm-body: "the Kestrel board rejected ...", "Dextra shareholders approved ...": the firm decides.
  if (FIRM_BODIES.has(last.lower)) {
    const owner = namesEndingAt(tokens, end - 1);
    if (owner?.length) return { from: owner[0]!.start, names: owner.slice(0, 1) };
    // (Rule party.firm-body-possessive: "Tessel Bank's shareholders voted ...": the firm that owns the body.)
    const possessive = tokens[end - 2];
    if (possessive?.capitalised && /['’]s$/.test(possessive.text)) {
      let from = end - 2;
      while (from > 0 && isNameWord(tokens[from - 1]) && !/['’]s$/.test(tokens[from - 1]!.text)) from--;
      const start = from > 0 && tokens[from - 1]!.lower === 'the' ? from - 1 : from;
      return { from: start, names: [{ start, from, to: end - 1, ownerTo: end - 1 }] };
    }
  }
  // Rule party.demonym-institution: "the Varnian parliament ratified ...": the
  // country its parliament acts for (the party step reads the demonym as its country; "the French government" keeps
  // its own reading, party.bare-government).
  if (/^(parliament|senate|legislature|congress|assembly)$/.test(last.lower) && DEMONYM.test(tokens[end - 2]?.text ?? '') && (end - 3 < 0 || DETERMINERS.has(tokens[end - 3]!.lower) || !tokens[end - 3]!.word)) {
    return { from: DETERMINERS.has(tokens[end - 3]?.lower ?? '') ? end - 3 : end - 2, names: [{ start: end - 2, from: end - 2, to: end - 1 }] };
  }
  // "The Velmoran and Kestrian governments": the names describe the two sides.
  if (JOINT_HEADS.has(last.lower) || ROLE_PLURALS.has(last.lower)) {
    const described = namesEndingAt(tokens, end - 1);
    if (described && described.length >= 2) return { from: described[0]!.start, names: described };
  }
  if (LEFT_STOPS.has(last.lower) || CONDITIONALS.has(last.lower) || ['after', 'by', 'while', 'since', 'for', 'of', 'in'].includes(last.lower) || VERBS.has(last.lower)) return null;
  // A noun phrase ("the two governments", "the meeting"): back to its determiner, five words at most.
  let from = end - 1;
  for (let k = end - 2; k >= 0 && k >= end - 5; k--) {
    const token = tokens[k]!;
    if (!token.word || token.mark) break;
    if (DETERMINERS.has(token.lower) || token.lower === 'both') {
      from = k;
      break;
    }
    if (LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || SPEECH_VERB_LEMMA.has(token.lower) || CONDITIONALS.has(token.lower)) break;
    from = k;
  }
  return { from, names: [] };
}

/**
 * Rule party.described: "with national carrier Velmoran Airways", "with its rival Dunmore Foods": the name after a
 * few common words that describe it (no preposition, verb or clause word among them).
 */
export function describedList(tokens: Token[], k: number, words = 4): NameSpan[] | null {
  for (let j = k; j < tokens.length && j < k + words; j++) {
    const token = tokens[j]!;
    // Rule party.described-apposition: "with the organisers, Harwell Trust": the name in apposition after the description.
    if (token.text === ',' && j > k + 1 && DETERMINERS.has(tokens[k]!.lower) && isNameWord(tokens[j + 1])) {
      const list = readNameList(tokens, j + 1);
      const after = list ? tokens[list.at(-1)!.to] : undefined;
      return list && (!after || !after.word || after.lower === 'for' || after.lower === 'to' || after.lower === 'on') ? list : null;
    }
    if (!token.word) return null;
    if (token.capitalised) return j > k ? readNameList(tokens, j) : null;
    if (LEFT_STOPS.has(token.lower) || RIGHT_STOPS.has(token.lower) || TOPIC_STOPS.has(token.lower) || VERBS.has(token.lower) || /^(the|a|an)$/.test(token.lower) && j > k) return null;
  }
  return null;
}

/** A nationality adjective ("Dutch", "Chinese", "Korean"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(an|ian|ean|ese|ish|ch|i)$/u;

/** Names after a preposition in [from, to): "with Kestria", "to the Dockworkers Union", "between A and B". */
export function namesAfter(tokens: Token[], from: number, to: number, markers: readonly string[]): NameSpan[] {
  for (let k = from; k < to; k++) {
    if (!tokens[k]!.word || !markers.includes(tokens[k]!.lower)) continue;
    const list = readNameList(tokens, k + 1) ?? describedList(tokens, k + 1);
    // Rule party.demonym-described: "with the Dutch retailer Van Loon Groep", "with the Chinese battery maker Huaxing
    // Power": the name a demonym and the common words after it describe.
    if (list?.length === 1 && list[0]!.to === list[0]!.from + 1 && DEMONYM.test(tokens[list[0]!.from]!.text) && tokens[list[0]!.to]?.word && !tokens[list[0]!.to]!.capitalised) {
      const described = describedList(tokens, list[0]!.to);
      if (described?.length === 1) return described;
    }
    if (list && !describesName(tokens, list.at(-1)!.to)) return list;
    if (list?.length === 1 && list[0]!.to === list[0]!.from + 1) {
      const described = readNameList(tokens, list[0]!.to + 1);
      if (described?.length === 1) return described;
    }
  }
  return [];
}

/** After a name, a common noun and another name: the first only describes the second ("Kestrian shipper Baltline"). */
export function describesName(tokens: Token[], after: number): boolean {
  const next = tokens[after];
  return !!next && next.word && !next.capitalised && !TOPIC_STOPS.has(next.lower) && !DETERMINERS.has(next.lower) && isNameWord(tokens[after + 1]);
}

/** Bodies whose members agree as one: one party, as the story names it. */
const COLLECTIVE_BODIES = /^(EU|European Union|Eurozone|Euro zone|G\d{1,2}|Nato|NATO|UN|United Nations|Opec|OPEC|WTO|World Trade Organisation|World Trade Organization|Asean|ASEAN|African Union|Commonwealth|Mercosur|Arab League|OECD|Apec|APEC|Ecowas|ECOWAS|Caricom|GCC|Gulf Cooperation Council|OAS|Security Council|Council of Europe)$/;

export const isCollectiveBody = (name: string) => COLLECTIVE_BODIES.test(name);

/**
 * Is the subject [from, to) the members of a body without its name ("Leaders", "the 25 member states",
 * "heads of government")? Their body is the one the story names (rule party.members-of-body).
 */
export function isMembersSubject(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((token) => token.word).map((token) => token.lower);
  // (A name in the subject, "EU leaders", "Labour leaders", is the collective rule's or no body at all.)
  if (!words.length || words.length > 10 || tokens.slice(from + 1, to).some((token) => token.word && token.capitalised)) return false;
  const text = words.join(' ');
  // ("all 25 member states", "the leaders of the 25 member states": the members, or those who lead them.)
  return /^(the )?(all )?(\d+ |twenty-five |all )?(leaders|member states|members|heads of (state|government)|heads of state and government)( of (all )?(the )?(\d+ |twenty-five )?(member states|members|member countries|member nations))?$/.test(text);
}

/** The collective bodies named in [from, to), possessives too ("the European Union's farm policy"): one span each. */
export function collectiveBodies(text: string, tokens: Token[], from: number, to: number): NameSpan[] {
  const found: NameSpan[] = [];
  for (let k = from; k < to; k++) {
    if (!tokens[k]!.capitalised || tokens[k]!.lower === 'the' || tokens[k - 1]?.capitalised && tokens[k - 1]!.lower !== 'the') continue;
    for (let n = 3; n >= 1; n--) {
      if (k + n > to || !tokens.slice(k, k + n).every((token) => token.word && token.capitalised)) continue;
      const words = tokens.slice(k, k + n).map((token) => token.text).join(' ').replace(/['’]s$/, '');
      if (!COLLECTIVE_BODIES.test(words) || tokens[k + n]?.capitalised && !/['’]s$/.test(tokens[k + n - 1]!.text)) continue;
      found.push({ start: tokens[k - 1]?.lower === 'the' ? k - 1 : k, from: k, to: k + n });
      k += n - 1;
      break;
    }
  }
  return found;
}
