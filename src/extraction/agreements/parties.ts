import { countryOf, isOpener, type EntityRegistry, type Mention } from '../entities.js';
import { PERSON_ROLE_NOUNS, SPEECH_VERB_LEMMA, TITLES } from '../lexicon.js';
import { layOut, type Layout, type Token } from '../text.js';
import { headlineOf } from '../topics.js';
import { isClauseBreak } from './clause.js';
import { type Found, type NameSpan, type Party } from './found.js';
import { joinPeoples, nameAsStoryWritesIt } from './party-names.js';
import { collectiveBodies, describesName, isNameWord, readGroup, readName, readNameList, subjectOf } from './names.js';
import { joined, range } from './phrase.js';
import { AUXILIARIES, VERBS } from './verbs.js';
import { ADVERBS, CAPITALS, endsInTitle, FIRM_REFERENCES, isTitleHead, JOINT_HEADS, LEFT_STOPS, LOCATION_PREPOSITIONS, MEDIA, NAME_PREPOSITIONS, SUBJECT_PRONOUNS } from './words.js';

// Parties

/** The country a title names: "President of China", "former U.S Labor Secretary", "Chinese premier". */
export function countryInTitle(title: string | null): string | null {
  // Rule party.office-title: only someone holding office acts for a country ("Velmoran President X", "Kestria's
  // foreign minister"); an "American businessman" acts for himself.
  if (!title || !OFFICE_WORDS.test(title)) return null;
  const words = title.split(/[\s,]+/).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? countryOf(`${words[k]} ${words[k + 1]}`) : null;
    if (two) return two;
    const one = /^\p{Lu}/u.test(words[k]!) ? countryOf(words[k]!.replace(/['’]s$/, '')) : null;
    if (one) return one;
  }
  return null;
}

/** Words of a title that make its holder act for a state. */
const OFFICE_WORDS = /\b(president|minister|premier|chancellor|secretary|ambassador|envoy|negotiator|king|queen|prince|emir|sultan|leader|government|officials?|spokes(man|woman|person)|diplomat|delegate|commissioner|governor|mayor|general|admiral|head|chief|representative|prime|foreign|trade|defence|defense|finance)\b/i;

export class PartyFinder {
  private readonly bySentence = new Map<number, Mention[]>();
  /** Names cut at a "People's" and the whole names they stand for ("Front" -> "Kesh People's Front"). */
  private readonly tails = new Map<string, string>();
  private main: { countries: string[]; others: string[]; strength: number[] } | null = null;

  constructor(
    private readonly layout: Layout,
    private readonly registry: EntityRegistry,
    private readonly mentions: Mention[],
    private readonly title: string | null | undefined,
  ) {
    for (const mention of joinPeoples(layout, mentions, this.tails)) {
      const list = this.bySentence.get(mention.sentence);
      if (list) list.push(mention);
      else this.bySentence.set(mention.sentence, [mention]);
    }
  }

  /** Registry names: "U.S" -> "United States", "Xi" -> "Xi Jinping"; a demonym plural -> its country. */
  resolve(mention: Mention): { name: string; kind: string } | null {
    const entity = this.registry.lookup(mention.name);
    const kind = entity?.kind ?? mention.kind;
    if (kind === 'COUNTRY') return { name: countryOf(mention.name) ?? entity?.name ?? mention.name, kind };
    const capital = CAPITALS[mention.name.toLowerCase()];
    if (kind === 'PLACE' && capital) return { name: capital, kind: 'COUNTRY' };
    const demonym = /s$/.test(mention.name) ? countryOf(mention.name.slice(0, -1)) : null;
    if (demonym) return { name: demonym, kind: 'COUNTRY' };
    // A single unknown capitalised word mid-sentence ("Barclays", "Alibaba") is most often an organisation.
    if (kind === 'OTHER' && (mention.initial || /\s/.test(mention.name))) return null;
    if (kind === 'ORGANIZATION' && MEDIA.test(mention.name)) return null;
    if (kind === 'PERSON') {
      const country = countryInTitle(mention.title) ?? countryInTitle(entity?.title ?? null);
      if (country) return { name: country, kind: 'COUNTRY' };
      // Rule party.leader: "Liberal leader Jeremy Thorpe" stands for his party, as the story names it.
      const party = [mention.title, entity?.title].map((title) => /^(\p{Lu}[\p{L}-]+) leader$/u.exec(title ?? '')).find(Boolean);
      if (party) return { name: party[1]!, kind: 'ORGANIZATION' };
    }
    return { name: entity?.name ?? mention.name, kind };
  }

  /** Is `name` a person of the story (a party named for one)? */
  isPerson(name: string): boolean {
    return this.registry.lookup(name)?.kind === 'PERSON';
  }

  /** "US-China", "U.S.-Mexico": a hyphenated pair of countries. */
  private splitPair(mention: Mention): string[] | null {
    if (!/[-–]/.test(mention.name)) return null;
    const parts = mention.name.split(/[-–]/).map((part) => countryOf(part));
    return parts.length >= 2 && parts.every(Boolean) ? (parts as string[]) : null;
  }

  /** Rule party.hyphen-pair: "a Labour-Green pact": two names the story also writes alone, as the two sides. */
  private namePair(mention: Mention): string[] | null {
    if (!/^\p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+$/u.test(mention.name)) return null;
    const parts = mention.name.split(/[-–]/);
    const alone = (part: string) => new RegExp(`(?<![-–\\p{L}])${part}s?(?![-–\\p{L}])`, 'u').test(this.layout.text);
    return parts.every(alone) ? parts : null;
  }

  /** Candidate parties named in sentence `index`, outside `skip` unless they are countries. */
  inSentence(index: number, npFrom: number, noun: number, subject?: [number, number]): Party[] {
    const sentence = this.layout.sentences[index]!;
    const tokens = sentence.tokens;
    const parties: Party[] = [];
    for (const mention of this.bySentence.get(index) ?? []) {
      if (subject && (mention.from < subject[0] || mention.to > subject[1]) && !this.afterWith(tokens, mention.from)) continue;
      const pair = this.splitPair(mention);
      if (pair) {
        for (const name of pair) parties.push({ name, at: mention.from, kind: 'COUNTRY', speaker: false });
        continue;
      }
      const names = mention.from >= npFrom && mention.to <= noun ? this.namePair(mention) : null;
      if (names) {
        for (const name of names) parties.push({ name, at: mention.from, kind: 'ORGANIZATION', speaker: false, pair: true });
        continue;
      }
      const resolved = this.resolve(mention);
      if (!resolved) continue;
      // "the Paris climate agreement": a place in the name of the agreement is not a party.
      if (mention.from >= npFrom && mention.to <= noun && resolved.kind === 'PLACE') continue;
      const before = tokens[mention.from - 1]?.lower;
      if (resolved.kind === 'PLACE' && LOCATION_PREPOSITIONS.has(before ?? '')) continue;
      if ((resolved.kind === 'PLACE' || resolved.kind === 'OTHER') && !this.actsLikeParty(tokens, mention)) continue;
      // "according to Reuters", "Smith said": speakers and sources.
      const speaker = before === 'to' && tokens[mention.from - 2]?.lower === 'according' || this.isSpeaker(tokens, mention.to);
      // "US bank Hartwell Trust", "Chinese President Xi": a country before another name only describes it.
      if (resolved.kind === 'COUNTRY' && this.describesNext(tokens, mention, index)) continue;
      parties.push({ name: resolved.name, at: mention.from, kind: resolved.kind, speaker });
    }
    return parties;
  }

  private afterWith(tokens: Token[], from: number): boolean {
    const before = tokens[from - 1]?.lower ?? '';
    return before === 'with' || (before === 'the' && tokens[from - 2]?.lower === 'with');
  }

  private actsLikeParty(tokens: Token[], mention: Mention): boolean {
    // A US state or a city counts when it acts or is dealt with: "California signed", "with Texas".
    const after = tokens[mention.to];
    const before = tokens[mention.from - 1];
    const acts = !!after && after.word && (after.lower === 'and' || VERBS.has(after.lower) || AUXILIARIES.has(after.lower) || after.lower === 'agreed' || SPEECH_VERB_LEMMA.has(after.lower));
    const dealtWith = !!before && ['with', 'and', 'between', 'among'].includes(before.lower);
    return acts || dealtWith;
  }

  private isSpeaker(tokens: Token[], to: number): boolean {
    let k = to;
    if (tokens[k]?.text === ',') return false;
    while (k < tokens.length && k < to + 2 && tokens[k]!.word && ADVERBS.has(tokens[k]!.lower)) k++;
    const next = tokens[k];
    return !!next && SPEECH_VERB_LEMMA.has(next.lower) && !VERBS.has(next.lower);
  }

  private describesNext(tokens: Token[], mention: Mention, index: number): boolean {
    const others = this.bySentence.get(index) ?? [];
    const next = others.find((other) => other.from >= mention.to && other.from <= mention.to + 3 && other !== mention);
    if (!next) return false;
    if (next.kind === 'COUNTRY' || countryOf(next.name)) return false;
    // Only role words between: "US bank Hartwell Trust", "German chemicals maker Nordwind".
    for (let k = mention.to; k < next.from; k++) {
      const token = tokens[k]!;
      if (!token.word || LEFT_STOPS.has(token.lower) || VERBS.has(token.lower) || token.lower === 'and') return false;
    }
    return true;
  }

  /** Token bounds of the clause around an agreement: commas, semicolons, quotes and "that"/"which" end it. */
  private clauseOf(index: number, npFrom: number, npTo: number, anchor: number): [number, number] {
    const tokens = this.layout.sentences[index]!.tokens;
    const isBoundary = (token: Token) => isClauseBreak(token) || (token.word && ['that', 'which', 'who', 'said', 'says', 'told', 'while', 'although', 'though', 'because', 'but', 'after', 'before', 'once', 'when', 'where', 'since', 'until', 'if', 'unless', 'whereas'].includes(token.lower));
    let from = Math.min(npFrom, anchor);
    while (from > 0 && !isBoundary(tokens[from - 1]!)) from--;
    let to = npTo;
    while (to < tokens.length && !isBoundary(tokens[to]!)) to++;
    return [from, to];
  }

  /** Does the sentence speak of two sides it does not name ("both countries", "the two sides", "they")? */
  jointPhrase(index: number, from = 0, to?: number): boolean {
    const tokens = this.layout.sentences[index]!.tokens;
    const end = to ?? tokens.length;
    for (let k = from; k < end; k++) {
      const lower = tokens[k]!.lower;
      if ((lower === 'both' || lower === 'two') && k + 1 < tokens.length) {
        // "both countries", "the two sides", "both the countries", "the two Asian powers"
        for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) if (JOINT_HEADS.has(tokens[j]!.lower)) return true;
      }
      if (lower === 'each' && tokens[k + 1]?.lower === 'other') return true;
      if (lower === 'they' || lower === 'their' && k === from) return true;
    }
    return false;
  }

  /** The two main parties of the story: the countries named most (headline counting more), else organisations. */
  mainParties(): { countries: string[]; others: string[]; strength: number[] } {
    if (this.main) return this.main;
    const countries = new Map<string, number>();
    const others = new Map<string, number>();
    const headline = headlineOf(this.layout, this.title);
    for (const mention of this.mentions) {
      const resolved = this.resolve(mention);
      if (!resolved) continue;
      const inHeadline = headline && mention.start >= headline.start && mention.end <= headline.end;
      const weight = inHeadline ? 3 : 1;
      if (resolved.kind === 'COUNTRY') countries.set(resolved.name, (countries.get(resolved.name) ?? 0) + weight);
      else if (resolved.kind === 'ORGANIZATION') others.set(resolved.name, (others.get(resolved.name) ?? 0) + weight);
    }
    if (this.title) {
      for (const word of this.title.split(/[\s,:;'’"“”-]+/)) {
        const country = /^\p{Lu}/u.test(word) ? countryOf(word) : null;
        if (country) countries.set(country, (countries.get(country) ?? 0) + 3);
      }
    }
    const order = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const topCountries = order(countries);
    const topOthers = order(others);
    this.main = {
      countries: topCountries.slice(0, 2).map(([name]) => name),
      others: topOthers.slice(0, 2).map(([name]) => name),
      strength: topCountries.slice(0, 3).map(([, score]) => score),
    };
    return this.main;
  }

  /**
   * What a pronoun at token `at` of sentence `index` stands for: the first organisation or person named
   * before it in its sentence ("Novartis, which ..., said it had bought ..."), else the first one named in
   * the sentence before ("Novartis ... . It also acquired ..."). Places, and names after a preposition, are
   * never the antecedent of a buyer.
   */
  antecedent(index: number, at: number, other: readonly (string | null)[] = []): string | null {
    // "it", "its", "the company" stand for a firm, never for the person who speaks for it; "he", "she" for a person.
    const word = this.layout.sentences[index]!.tokens[at]?.lower ?? '';
    const wanted = /^(he|she|his|her)$/.test(word) ? 'PERSON' : /^(it|its|the)$/.test(word) ? 'FIRM' : 'ANY';
    // Rule party.they-group: "they" after a sentence opened by a group ("The tobacco firms denied ... . They said ...").
    if (word === 'they' || word === 'their') {
      for (const sentence of [index, index - 1]) {
        if (sentence < 0) break;
        const group = readGroup(this.layout.sentences[sentence]!.tokens, 0);
        if (group && (sentence < index || group.to <= at)) return this.nameOf(sentence, group);
      }
    }
    // The kinds of invented or unknown names are guesses: a second pass takes any kind.
    // (Rule party.other-side: the word stands for a side other than the one the clause names: "A's approach was
    // rejected by the club" is not A's own.)
    const skip = new Set(other.filter((name): name is string => !!name));
    // Rule party.firm-reference: "the company", "the grocer" with no firm named before it in its sentence: the
    // firm the story is about (its most named organisation), not whatever name the sentence before opens with.
    const tokens = this.layout.sentences[index]!.tokens;
    if (word === 'the' && FIRM_REFERENCES.test(tokens[at + 1]?.lower ?? '')) {
      // ("drivers employed by Tidewater's haulage division turned down an offer the company had tabled": the one firm
      // the sentence names before it, whatever its place in the clause.)
      // (A capitalised word that only opens the sentence, "Lorry drivers ...", is no firm.)
      const before = new Set((this.bySentence.get(index) ?? []).filter((mention) => mention.to <= at && !(mention.initial && mention.to === mention.from + 1)).map((mention) => this.resolve(mention)).filter((party) => party && (party.kind === 'ORGANIZATION' || party.kind === 'OTHER')).map((party) => party!.name));
      const main = before.size === 1 ? [...before][0]! : !(this.bySentence.get(index) ?? []).some((mention) => mention.to <= at) ? this.mainParties().others[0] : undefined;
      if (main && !skip.has(main)) return main;
    }
    return this.antecedentOf(index, at, wanted, true, skip) ?? this.antecedentOf(index, at, wanted, false, skip);
  }

  private antecedentOf(index: number, at: number, wanted: 'PERSON' | 'FIRM' | 'ANY', strict: boolean, skip: ReadonlySet<string> = new Set()): string | null {
    const fits = (kind: string) => !strict || wanted === 'ANY' || (wanted === 'PERSON' ? kind === 'PERSON' : kind !== 'PERSON');
    for (const sentence of [index, index - 1]) {
      if (sentence < 0) break;
      const tokens = this.layout.sentences[sentence]!.tokens;
      // The name that opens the sentence is its subject, whether or not the entity step kept it.
      let opening = readName(tokens, 0);
      // ("Elsewhere, ...", "Meanwhile, ...": an opening adverb is no name.)
      if (opening && opening.to === opening.from + 1 && tokens[opening.to]?.text === ',' && isOpener(tokens[opening.from]!)) opening = null;
      // "UK-based bank Standard Chartered said ...": the first name only describes the second.
      if (opening && describesName(tokens, opening.to)) opening = readName(tokens, opening.to + 1);
      if (opening && (sentence < index || opening.to <= at) && /^[,(]$|^[a-z]/.test(tokens[opening.to]?.text ?? '')) {
        const name = this.nameOf(sentence, opening);
        const kind = name ? this.registry.lookup(name)?.kind ?? 'OTHER' : 'OTHER';
        if (name && !countryOf(name) && fits(kind) && !skip.has(name)) return name;
      }
      for (const mention of this.bySentence.get(sentence) ?? []) {
        if (sentence === index && mention.from >= at) break;
        const before = tokens[mention.from - 1]?.lower ?? '';
        // "the chief executive of Dunmore Foods": the firm a person speaks for.
        const employer = before === 'of' && (TITLES.has(tokens[mention.from - 2]?.bare ?? '') || PERSON_ROLE_NOUNS.has(tokens[mention.from - 2]?.bare ?? ''));
        if (employer && wanted === 'FIRM' && !skip.has(this.resolve(mention)?.name ?? mention.name)) return this.resolve(mention)?.name ?? mention.name;
        if (NAME_PREPOSITIONS.has(before) || before === 'of') continue;
        // An unknown name opening the sentence ("Novartis, which ...") is no less a firm here.
        const resolved = this.resolve(mention) ?? (mention.kind === 'OTHER' ? { name: this.registry.lookup(mention.name)?.name ?? mention.name, kind: 'OTHER' } : null);
        if (resolved && (resolved.kind === 'ORGANIZATION' || resolved.kind === 'PERSON' || resolved.kind === 'OTHER') && fits(resolved.kind) && !skip.has(resolved.name)) return resolved.name;
      }
    }
    return null;
  }

  /** "the government": the one the story names with its country ("the Argentine government"), else none. */
  private government(): string | null {
    const named = new Set<string>();
    for (const match of this.layout.text.matchAll(/\b(\p{Lu}\p{Ll}+) government\b/gu)) if (countryOf(match[1]!)) named.add(`${match[1]} government`);
    if (named.size) return named.size === 1 ? [...named][0]! : null;
    // Rule party.government-of: "The government of Talvia said ...": the country the story names as the government's
    // (a country, not its government, is the party), when it names one.
    const owners = new Set<string>();
    for (const match of this.layout.text.matchAll(/\b[Gg]overnment of (\p{Lu}\p{Ll}+)\b/gu)) {
      const entity = this.registry.lookup(match[1]!);
      if (!entity || entity.kind === 'COUNTRY' || entity.kind === 'PLACE' || entity.kind === 'OTHER') owners.add(countryOf(match[1]!) ?? match[1]!);
    }
    return owners.size === 1 ? [...owners][0]! : null;
  }

  /** The party a name read from the tokens stands for: its mention's name in the registry, a country, or the name as written. */
  nameOf(index: number, span: NameSpan, bareGovernment = false): string | null {
    const tokens = this.layout.sentences[index]!.tokens;
    // (Rule party.bare-government: "talks between the union and the government": without one "<Country> government"
    // in the story, the side of talks or of a deal is the government as written.)
    if (span.to === span.from + 1 && tokens[span.from]!.lower === 'government') return this.government() ?? (bareGovernment ? 'government' : null);
    // "Five public sector unions", "the tobacco companies": the group as written, lowercase like a common noun.
    if (span.group) return joined(this.layout.text, tokens, range(span.from, span.to)).replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
    const to = span.ownerTo ?? span.to;
    const inside = (this.bySentence.get(index) ?? []).filter((mention) => mention.from >= span.start && mention.to <= to);
    // (party.employer-title, for a name read without its title: "Orland Telecom chief executive [Ann Polk]".)
    if (inside.length === 1 && inside[0]!.from === span.from && !span.ownerTo && (this.registry.lookup(inside[0]!.name)?.kind ?? inside[0]!.kind) === 'PERSON') {
      let k = span.from - 1;
      while (k >= 0 && span.from - k <= 3 && tokens[k]!.word && !tokens[k]!.capitalised && (TITLES.has(tokens[k]!.bare) || PERSON_ROLE_NOUNS.has(tokens[k]!.bare) || /^(chief|executive|managing|finance|general|boss|head)$/.test(tokens[k]!.lower))) k--;
      const employer = k < span.from - 1 && isTitleHead(tokens[span.from - 1]!.bare) ? (this.bySentence.get(index) ?? []).find((mention) => mention.to === k + 1) : undefined;
      if (employer && (this.registry.lookup(employer.name)?.kind ?? employer.kind) === 'ORGANIZATION') return this.canonical(this.resolve(employer)?.name ?? employer.name);
    }
    if (inside.length === 1) {
      const mention = inside[0]!;
      // Only titles around it ("President Ana Toma"): the mention is the name.
      let titles = true;
      for (let k = span.from; k < to && titles; k++) if (k < mention.from || k >= mention.to) titles = TITLES.has(tokens[k]!.bare) || tokens[k]!.lower === 'the';
      if (titles && !this.splitPair(mention)) return this.canonical(this.resolve(mention)?.name ?? this.registry.lookup(mention.name)?.name ?? mention.name);
    }
    // Rule party.titled-person: "Senate Majority Leader Carla Brennan": a person after a title that ends in its head
    // word is the party, whatever the title's own capitalised words are.
    const last = inside.at(-1);
    if (last && last.to === to && last.from > span.from && isTitleHead(tokens[last.from - 1]?.bare ?? '') && this.registry.lookup(last.name)?.kind === 'PERSON') {
      // Rule party.employer-title: "Orland Telecom chief executive Ann Polk signed ...": a person who acts for the firm
      // named before the title is not a party; the firm is.
      const employer = inside.find((mention) => mention !== last && mention.to < last.from && range(mention.to, last.from).every((k) => tokens[k]!.word && !tokens[k]!.capitalised) && (this.registry.lookup(mention.name)?.kind ?? mention.kind) === 'ORGANIZATION');
      if (employer) return this.canonical(this.resolve(employer)?.name ?? employer.name);
      return this.registry.lookup(last.name)!.name;
    }
    return this.canonical(this.nameAsWritten(joined(this.layout.text, tokens, range(span.from, to)).replace(/['’]s$/, '')));
  }

  private names: string[] | null = null;

  /**
   * A demonym stands for the place the story names: "Kestrian" -> "Kestria" when the story names Kestria
   * (gazetteer demonyms are the registry's).
   */
  canonical(name: string): string {
    if (/\s/.test(name) || !/(an|ian|ean|ese|ish|ic|i)$/.test(name)) return name;
    const country = countryOf(name);
    if (country) return country;
    if (!this.names) {
      // Names of places and organisations, and single capitalised words ("Velmora" opening a sentence is no mention).
      const known = new Set([...this.registry.entities, ...this.mentions].filter((entity) => entity.kind !== 'PERSON').map((entity) => entity.name));
      for (const sentence of this.layout.sentences) for (const token of sentence.tokens) if (isNameWord(token) && !/['’]/.test(token.text)) known.add(token.text);
      this.names = [...known].filter((word) => !/\s/.test(word) && word.length >= 4);
    }
    const stem = (known: string) => (/[aeiouy]$/.test(known) ? known.slice(0, -1) : known);
    const place = this.names.find((known) => known !== name && name.startsWith(stem(known)) && name.length - known.length <= 4);
    return place ?? name;
  }

  /** A name as written: its country, its registry name, or itself. */
  private nameAsWritten(raw: string): string {
    const country = countryOf(raw) ?? CAPITALS[raw.toLowerCase()];
    if (country) return country;
    // The registry's fuller name for a country or a person's surname; any other name stays as written
    // (the registry may hold a longer name around it: "negotiators for Arden Foods").
    const entity = this.registry.lookup(raw);
    if (entity?.kind === 'COUNTRY') return countryOf(entity.name) ?? entity.name;
    if (entity?.kind === 'PERSON' && !/\s/.test(raw)) return entity.name;
    return raw;
  }

  /**
   * The parties of an agreement found in sentence `index`: the names its syntax gives, else two or more
   * distinct names in the sentence. With fewer, `pointsAtMain` says the sentence points at the story's two
   * sides ("both countries", "they"), to be filled in once the whole story has been read. In a quotation only
   * names the clause gives count.
   */
  partiesFor(index: number, found: Found, quoted: boolean): { parties: string[]; named: boolean; pointsAtMain: boolean; joint: boolean; earlierOnly?: boolean } {
    const result = this.partiesOf(index, found, quoted);
    // A title without a name ("Planning Minister") is someone acting for a party, not the party.
    const parties = result.parties.map((name) => this.tidy(name)).filter((name) => !endsInTitle(name));
    return { ...result, parties: [...new Set(parties)] };
  }

  /** "A met B", "A and B met" opening sentence `index`: the two sides, or null. */
  private meetingSides(index: number): string[] | null {
    const tokens = this.layout.sentences[index]?.tokens;
    if (!tokens) return null;
    const verb = tokens.findIndex((token) => token.word && /^(met|meet|meets)$/.test(token.lower));
    if (verb < 0) return null;
    const subject = subjectOf(tokens, verb);
    if (!subject || subject.from !== 0) return null;
    const spans = subject.names.length >= 2 ? subject.names : [...subject.names, ...(readNameList(tokens, verb + 1) ?? []).slice(0, 1)];
    const names = [...new Set(spans.map((span) => this.nameOf(index, span)).filter((name): name is string => !!name))];
    return names.length === 2 ? names : null;
  }

  private acronyms: Map<string, string> | null = null;

  /**
   * One name for one party: without a capitalised determiner the entity step may have kept ("Another
   * Dunmore Foods" -> "Dunmore Foods"), and an acronym as the full name the story gives ("LSE" -> "London
   * Stock Exchange", from the initials of its words).
   */
  tidy(name: string): string {
    const bare = name.replace(/^(Another|Both|Each|Every|Any|Some|Such|Rival|Fellow|Neither|Either)\s+/, '');
    if (this.tails.has(bare)) return this.tails.get(bare)!;
    if (!/^[A-Z]{2,6}$/.test(bare)) return this.possessiveName(bare);
    if (!this.acronyms) {
      this.acronyms = new Map();
      const names = [...this.registry.entities.map((entity) => entity.name), ...this.mentions.map((mention) => mention.name)];
      for (const full of names) {
        const words = full.replace(/^(Another|Both|Each|Every|Any|Some|Such|Rival|Fellow|Neither|Either)\s+/, '').split(/\s+/).filter((word) => !/^(of|for|and|the|de|&)$/i.test(word));
        if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) continue;
        const initials = words.map((word) => word[0]).join('').toUpperCase();
        // (Rule party.acronym-joins: "Docks and Logistics Union" is "DLU", its joining words kept.)
        if (!this.acronyms.has(initials)) this.acronyms.set(initials, full.replace(/^(Another|Both|Each|Every|Any|Some|Such|Rival|Fellow|Neither|Either)\s+/, ''));
      }
    }
    return this.acronyms.get(bare) ?? bare;
  }

  private readonly possessives = new Map<string, string>();

  /** A firm's name as the story writes it ("Farrant's", "Docks and Logistics Union"): party-names.ts. */
  private possessiveName(name: string): string {
    let known = this.possessives.get(name);
    if (known === undefined) this.possessives.set(name, (known = nameAsStoryWritesIt(this.layout.text, name)));
    return known;
  }

  private body: string | null | undefined;

  /** The one body of many members the story names ("EU"), or null when it names none or several. */
  storyBody(): string | null {
    if (this.body !== undefined) return this.body;
    const names = new Set<string>();
    this.layout.sentences.forEach((sentence, index) => {
      for (const span of collectiveBodies(this.layout.text, sentence.tokens, 0, sentence.tokens.length)) {
        const name = this.nameOf(index, span);
        if (name) names.add(this.tidy(name));
      }
    });
    this.body = names.size === 1 ? [...names][0]! : null;
    return this.body;
  }

  private partiesOf(index: number, found: Found, quoted: boolean): { parties: string[]; named: boolean; pointsAtMain: boolean; joint: boolean; earlierOnly?: boolean } {
    if (found.named.length || found.pronoun !== undefined) {
      // (A bare "the government" is a side of talks or of a deal named by its noun, not a buyer or a seller.)
      const bare = /^(talks|noun)\./.test(found.rule);
      const named = found.named.map((span) => this.nameOf(index, span, bare));
      // "it bought ...", "its takeover of ...": the firm or person the pronoun stands for comes first.
      if (found.pronoun !== undefined) named.unshift(this.antecedent(index, found.pronoun, named));
      const names = [...new Set(named.filter((name): name is string => !!name))];
      if ((found.sameFirm || found.laterFirm || found.collective) && names.length === 1) return { parties: names, named: true, pointsAtMain: false, joint: false };
      if (names.length >= 2) return { parties: names.slice(0, 4), named: true, pointsAtMain: false, joint: false };
    }
    // Rule party.members-of-body: "Leaders agreed to ..." in a story about one body of many members.
    if (found.bodyFromStory) {
      const body = this.storyBody();
      return { parties: body ? [body] : [], named: !!body, pointsAtMain: false, joint: false };
    }
    const subject = found.subjectFrom !== undefined ? ([found.subjectFrom, found.subjectTo!] as [number, number]) : undefined;
    const joint = this.jointPhrase(index, subject?.[0] ?? 0, subject ? subject[1] : undefined);
    if (quoted) return { parties: [], named: false, pointsAtMain: false, joint };
    if (found.strict) return { parties: [], named: false, pointsAtMain: joint, joint };
    let candidates = this.inSentence(index, found.npFrom, found.noun, subject);
    // "a Labour-Green pact": the pair that names the agreement gives its sides, whoever else the sentence names.
    if (candidates.filter((party) => party.pair).length === 2) candidates = candidates.filter((party) => party.pair);
    // (One party under two names, "Kesh People's Front" and "KPF", is one.)
    const distinct = (parties: Party[]) => [...new Set([...parties].sort((a, b) => a.at - b.at).map((party) => this.tidy(party.name)))];
    const choose = (pool: Party[]): string[] => {
      const countries = distinct(pool.filter((party) => party.kind === 'COUNTRY'));
      if (countries.length >= 2) return countries;
      const nonSpeakers = distinct(pool.filter((party) => !party.speaker));
      return nonSpeakers.length >= 2 ? nonSpeakers : distinct(pool);
    };
    // The clause of the agreement first ("reports that X held talks with Y"), then the whole sentence.
    const [clauseFrom, clauseTo] = this.clauseOf(index, found.npFrom, found.npTo, found.anchor);
    const inClause = choose(candidates.filter((party) => party.at >= clauseFrom && party.at < clauseTo));
    const chosen = inClause.length >= 2 || found.clauseOnly ? inClause : choose(candidates);
    const names = [...new Set(chosen.map((name) => this.canonical(name)))];
    if (names.length >= 2) return { parties: names.slice(0, 4), named: true, pointsAtMain: false, joint };
    // Rule party.met-next: "Talks on X ended without agreement. A met B at ...": the sides of the meeting.
    if (found.rule.startsWith('talks.') && !names.length) {
      const met = this.meetingSides(index + 1);
      if (met) return { parties: met, named: true, pointsAtMain: false, joint };
    }

    // Fewer than two named: the story's two main parties, when the sentence points at two sides or names
    // only one of them (or none: "He signed an agreement ..." in a story about two countries).
    // "He signed ...", "after signing ..." in a sentence whose subject is a pronoun: the story's sides.
    const tokens = this.layout.sentences[index]!.tokens;
    const firstWord = tokens.find((token) => token.word);
    // Rule party.described-other: "they reached a settlement with the former spy": the other side is the one
    // described, not one of the story's two main sides.
    const withDescribed = range(found.noun + 1, Math.min(tokens.length, found.npTo + 1)).some((k) => tokens[k]!.lower === 'with' && /^(the|a|an|his|her|its|their)$/.test(tokens[k + 1]?.lower ?? '') && !!tokens[k + 2]?.word && !tokens[k + 2]!.capitalised && !JOINT_HEADS.has(tokens[k + 2]!.lower) && !JOINT_HEADS.has(tokens[k + 3]?.lower ?? '') && !['two', 'both', 'other'].includes(tokens[k + 2]!.lower));
    const pointsAtMain = !withDescribed && (joint || found.subject === 'pronoun' || found.subject === 'event' || (found.subject === 'none' && !!firstWord && SUBJECT_PRONOUNS.has(firstWord.lower) && firstWord.quote < 0));
    // "Kestria later rejected the deal": the deal told before, whose parties include the one named.
    if (!pointsAtMain && found.definite && names.length <= 1) {
      const given = names.length ? names : found.named.map((span) => this.nameOf(index, span)).filter((name): name is string => !!name).slice(0, 1);
      return { parties: given, named: false, pointsAtMain: true, joint: false, earlierOnly: true };
    }
    return { parties: names, named: false, pointsAtMain, joint };
  }

  /**
   * The story's two sides for a sentence that only points at them, consistent with the names it gives:
   * the parties of the story's other agreements, else its two main countries (or organisations), else the
   * pair of names it mentions together most.
   */
  storySides(names: string[], joint: boolean, others: string[][], earlierOnly = false, nearest: string[] | null = null): string[] | null {
    const fits = (pair: string[]) => names.every((name) => pair.includes(name));
    const sets = new Map<string, { parties: string[]; count: number }>();
    for (const parties of others) {
      const key = [...parties].sort().join('|');
      const entry = sets.get(key);
      if (entry) entry.count++;
      else sets.set(key, { parties, count: 1 });
    }
    const ranked = [...sets.values()].filter((entry) => fits(entry.parties)).sort((a, b) => b.count - a.count);
    if (ranked.length && (ranked.length === 1 || ranked[0]!.count > ranked[1]!.count)) return ranked[0]!.parties;
    // Several agreements as often: the one told just before.
    if (nearest && fits(nearest) && ranked.some((entry) => entry.count === ranked[0]!.count && [...entry.parties].sort().join('|') === [...nearest].sort().join('|'))) return nearest;
    if (earlierOnly) return null;
    const main = this.mainParties();
    const [, second = 0, third = 0] = main.strength;
    const clearPair = main.countries.length === 2 && second >= (joint ? 2 : 3) && second > third;
    if (clearPair && fits(main.countries)) return main.countries;
    if (joint && main.others.length === 2 && fits(main.others)) return main.others;
    const paired = this.pairedNames();
    return paired && fits(paired) ? paired : null;
  }

  private paired: string[] | null | undefined;

  /**
   * The two names the story joins most ("Velmora and Kestria" counts 2, two parties in one sentence 1),
   * when one pair leads. Names need not be in any gazetteer.
   */
  pairedNames(): string[] | null {
    if (this.paired !== undefined) return this.paired;
    const scores = new Map<string, { pair: string[]; score: number }>();
    const add = (a: string, b: string, score: number) => {
      if (a === b) return;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const entry = scores.get(key);
      if (entry) entry.score += score;
      else scores.set(key, { pair: [a, b], score });
    };
    const lists = (tokens: Token[], name: (span: NameSpan) => string | null) => {
      for (let k = 0; k < tokens.length; k++) {
        if (!isNameWord(tokens[k]) || isNameWord(tokens[k - 1])) continue;
        const list = readNameList(tokens, k);
        if (!list || list.length < 2) continue;
        const names = list.map(name).filter((found): found is string => !!found);
        for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) add(names[i]!, names[j]!, 2);
        k = list.at(-1)!.to - 1;
      }
    };
    if (this.title) {
      const title = this.title;
      for (const sentence of layOut(title).sentences) lists(sentence.tokens, (span) => this.nameAsWritten(joined(title, sentence.tokens, range(span.from, span.to))));
    }
    this.layout.sentences.forEach((sentence, index) => {
      lists(sentence.tokens, (span) => this.nameOf(index, span));
      const named = [...new Set((this.bySentence.get(index) ?? []).map((mention) => this.resolve(mention)).filter((party) => party && party.kind !== 'PERSON' && party.kind !== 'PLACE').map((party) => party!.name))];
      for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) add(named[i]!, named[j]!, 1);
    });
    const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
    const best = ranked[0];
    this.paired = best && best.score >= 2 && (!ranked[1] || best.score > ranked[1].score) ? best.pair : null;
    return this.paired;
  }
}
