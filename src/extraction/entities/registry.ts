// One registry per story that maps every short form ("Xi", "McAuliffe", "Mr. Sloan") to the
// fullest name the story gives, and settles each entity's kind from the story's evidence.
import { GROUP_NOUNS, TITLES } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { EntityKind, ExtractedEntity } from '../types.js';
import { BUSINESS_NOUNS, BUSINESS_ROLES, COMPANY_ROLE_AFTER, DEALS_FOR, describedAsBusiness, publicationDescribed, referredToAsIt } from './evidence.js';
import { adjectivesOf, demonymEvidence, KIND_RULES, pronounGender, settleKind } from './kind-evidence.js';
import { classify } from './kinds.js';
import type { Mention } from './mentions.js';
import { countryOf, expandRole, HONORIFIC_GENDER, sameGivenName, initialsOf, isAcronym, isGivenName, isSpelledAcronym, isTitleWord, key, nameParts, splitTitles, type Gender } from './names.js';

export interface Entity {
  name: string;
  kind: EntityKind;
  title: string | null;
  gender: Gender;
  aliases: Set<string>;
  /** Lowercased titles and roles ("mayor", "governor") for "the mayor said". */
  roles: Set<string>;
  firstSeen: number;
  /** The words of the name's key, for matching short forms. */
  parts: string[];
}

/** All the entities of one story, and how each short form maps to its fullest name. */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** Answers of `lookup`, misses included; cleared whenever an entity is added. */
  private readonly lookups = new Map<string, Entity | null>();
  /** "BrightPath" and "Bright Path" are one name. */
  private readonly byCompactKey = new Map<string, Entity>();

  constructor(mentions: Mention[]) {
    // Longest names first, so short forms attach to the full name whatever the order of mention.
    const ordered = [...mentions].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
    for (const mention of ordered) this.add(mention);
    this.demoteNamesAfterPeople();
    this.entities.sort((a, b) => a.firstSeen - b.firstSeen);
  }

  private add(mention: Mention) {
    let existing = this.lookup(mention.name);
    let alias: string | null = mention.name;
    if (!existing && mention.title && !mention.name.includes(' ')) {
      // "Mrs. Clinton" in a story that names two Clintons: her honorific or title says which. The
      // bare "Clinton" stays nobody's alias; "Mrs. Clinton" is hers.
      const titled = `${mention.title} ${mention.name}`;
      existing = this.lookup(titled);
      alias = HONORIFIC_GENDER(mention.title.toLowerCase().replace(/\./g, '')) ? titled : null;
      // Later stages look the mention up by its name: the titled form is the one that says who.
      if (existing && this.byKey.get(key(titled)) === existing) mention.name = titled;
    }
    if (existing) {
      if (alias && key(existing.name) !== key(alias)) existing.aliases.add(alias);
      existing.firstSeen = Math.min(existing.firstSeen, mention.start);
      if (mention.acronym && !existing.aliases.has(mention.acronym)) {
        existing.aliases.add(mention.acronym);
        this.byKey.set(key(mention.acronym), existing);
        this.lookups.clear();
      }
      existing.title ??= mention.title;
      existing.gender ??= mention.gender;
      if (existing.kind === 'OTHER' || (existing.kind === 'PERSON' && mention.kind === 'ORGANIZATION' && existing.name === mention.name)) existing.kind = mention.kind;
      this.addRoles(existing, mention.title);
      return;
    }
    const country = mention.kind === 'COUNTRY' ? countryOf(mention.name) : null;
    const entity: Entity = {
      name: country ?? mention.name,
      kind: mention.kind,
      title: mention.title,
      gender: mention.gender,
      aliases: new Set(country && country !== mention.name ? [mention.name] : []),
      roles: new Set(),
      firstSeen: mention.start,
      parts: nameParts(country ?? mention.name),
    };
    this.addRoles(entity, mention.title);
    if (mention.acronym) entity.aliases.add(mention.acronym);
    this.entities.push(entity);
    this.lookups.clear();
    this.byKey.set(key(entity.name), entity);
    if (entity.name.includes(' ')) this.byCompactKey.set(key(entity.name).replace(/ /g, ''), entity);
    for (const alias of entity.aliases) this.byKey.set(key(alias), entity);
  }

  /**
   * "Never Trump", "Jews Against Trump", "Trump Tower": capitalised words built on the surname of a
   * person the story names (by a given name and that surname), with no given name or title of
   * their own, name a movement, a group or a place, not another person.
   */
  private demoteNamesAfterPeople() {
    const people = this.entities.filter((entity) => entity.kind === 'PERSON' && entity.parts.length >= 2 && isGivenName(entity.parts[0]!));
    const surnames = new Set(people.map((entity) => entity.parts.at(-1)!));
    for (const entity of this.entities) {
      if (entity.kind !== 'PERSON' || entity.title || entity.parts.length < 2 || people.includes(entity)) continue;
      if (entity.parts[0]!.length === 1) continue; // an initial: "J. Trump"
      if (surnames.has(entity.parts.at(-1)!) || surnames.has(entity.parts[0]!)) entity.kind = 'OTHER';
    }
    this.lookups.clear();
  }

  private addRoles(entity: Entity, title: string | null) {
    for (const word of (title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/)) if (word && TITLES.has(word)) entity.roles.add(expandRole(word));
  }

  /** The entity a name refers to: the same name, a country's other name, or a person's first or last name. */
  lookup(name: string): Entity | null {
    const cached = this.lookups.get(name);
    if (cached !== undefined) return cached;
    const found = this.find(name);
    this.lookups.set(name, found);
    return found;
  }

  private find(name: string): Entity | null {
    const wanted = key(name);
    const exact = this.byKey.get(wanted) ?? this.byCompactKey.get(wanted.replace(/ /g, ''));
    if (exact) return exact;
    const country = countryOf(name);
    if (country) return this.byKey.get(key(country)) ?? null;
    // "Mr. Nevins", "President-elect Trump", "Mrs. Clinton": the name after its titles, and what
    // the titles say (a gender, a role) to choose between two people of that name.
    const firstWord = wanted.split(' ', 1)[0]!.replace(/-(elect|designate)$/, '');
    const { rest, gender, roles } = isTitleWord(firstWord) ? splitTitles(wanted) : { rest: wanted, gender: null, roles: [] as string[] };
    if (!rest) return null;
    if (rest !== wanted) {
      const bare = this.byKey.get(rest);
      if (bare) return bare;
    }
    const words = rest.split(' ');
    if (words.length > 4) return null;
    // "ONS", or "Hefce" as some house styles write an acronym said as a word: matched against initials.
    const bareName = name.replace(/['’]s$/, '');
    const acronym = isAcronym(bareName) || isSpelledAcronym(bareName) ? words.join('') : null;
    let candidates: Entity[] = [];
    const firstIsGivenName = isGivenName(words[0]!);
    for (const entity of this.entities) {
      if (entity.kind !== 'PERSON' && entity.kind !== 'OTHER' && entity.kind !== 'ORGANIZATION') continue;
      if (matchesShortForm(entity, words, acronym, firstIsGivenName)) candidates.push(entity);
    }
    // A person's short form before a name of unknown kind that shares the word ("Filipino Clinton").
    if (candidates.some((entity) => entity.kind === 'PERSON')) candidates = candidates.filter((entity) => entity.kind !== 'OTHER');
    // "Clinton" is Hillary Clinton's surname before it is anyone's given name ("Clinton Smith").
    if (words.length === 1 && candidates.length > 1 && candidates.some((entity) => entity.parts.at(-1) === words[0])) {
      candidates = candidates.filter((entity) => entity.parts.at(-1) === words[0]);
    }
    let found = candidates.length === 1 ? candidates[0]! : null;
    // Two people share the name: only the titles' evidence may choose ("Mrs. Clinton").
    if (candidates.length > 1 && (gender || roles.length)) {
      const fitting = candidates.filter((entity) => entity.kind === 'PERSON' && (!gender || entity.gender === gender) && roles.every((role) => entity.roles.has(role)));
      if (fitting.length === 1) found = fitting[0]!;
    }
    if (found) this.byKey.set(wanted, found);
    return found;
  }

  /** "Liberal Democrat" spoken of as a party is the "Liberal Democrats": the plural becomes its name, the singular an alias. */
  renameAsParty(entity: Entity, plural: string): void {
    if (key(entity.name) === key(plural)) return;
    entity.aliases.add(entity.name);
    entity.name = plural;
    entity.parts = nameParts(plural);
    entity.kind = 'ORGANIZATION';
    this.byKey.set(key(plural), entity);
    this.lookups.clear();
  }

  /** A speaker's name the mention finder left out: an entity of unknown kind from now on. */
  addSpeaker(name: string, position: number): Entity {
    const entity: Entity = { name, kind: classify(name, null), title: null, gender: null, aliases: new Set(), roles: new Set(), firstSeen: position, parts: nameParts(name) };
    this.entities.push(entity);
    this.byKey.set(key(name), entity);
    this.lookups.clear();
    return entity;
  }

  /**
   * Two capitalised words are a person until the story shows otherwise: "Bright Path's profits",
   * "shares in Acme Foods", "chief executive of Nordwind Shipping" make them an organisation.
   */
  reclassify(mentions: Mention[], sentences: Sentence[]) {
    // Evidence for names of unknown kind is weighed over all their mentions (kind-evidence.ts).
    const votes = new Map<Entity, Map<EntityKind, number>>();
    const genders = new Map<Entity, Set<Gender>>();
    const vote = (entity: Entity, kind: EntityKind, weight: number) => {
      const tally = votes.get(entity) ?? new Map<EntityKind, number>();
      tally.set(kind, (tally.get(kind) ?? 0) + weight);
      votes.set(entity, tally);
    };
    for (const mention of mentions) {
      const entity = this.lookup(mention.name);
      if (!entity) continue;
      // A person the text gives a title to stays one; a name of unknown kind ("Oracle", "Gazprom")
      // takes the evidence it gets.
      const undecided = entity.kind === 'OTHER' && !entity.name.includes(' ');
      if (!(entity.kind === 'PERSON' && !entity.title) && !undecided) continue;
      const tokens = sentences[mention.sentence]!.tokens;
      const last = tokens[mention.to - 1];
      const before = tokens[mention.from - 1];
      const beforeThat = tokens[mention.from - 2];
      const possessiveOfBusiness = !!last && /['’]s$/.test(last.text) && tokens.slice(mention.to, mention.to + 3).some((token) => BUSINESS_NOUNS.test(token.lower));
      // "chief executive of Corvath Rail", "a bid for Corvath Rail", "a merger with Corvath Rail".
      const ownerOfRole = !!before && !!beforeThat && (/^(of|at|in)$/.test(before.lower) && BUSINESS_ROLES.test(beforeThat.lower) || /^(for|with)$/.test(before.lower) && DEALS_FOR.test(beforeThat.lower));
      const roleAfter = !!tokens[mention.to] && COMPANY_ROLE_AFTER.test(tokens[mention.to]!.text) && !/['’]s$/.test(last?.text ?? '') && !isGivenName(entity.parts[0] ?? '');
      if (undecided) {
        if (possessiveOfBusiness || ownerOfRole || roleAfter || describedAsBusiness(tokens, mention)) vote(entity, 'ORGANIZATION', 2);
        // "Republicans, who ...", "Americans ... he": a group's plural is no one person.
        const group = GROUP_NOUNS.has(entity.name.toLowerCase()) || !!countryOf(entity.name.replace(/s$/, ''));
        for (const rule of KIND_RULES) if (!(group && rule.kind === 'PERSON') && rule.matches(tokens, mention)) vote(entity, rule.kind, rule.weight);
        const gender = pronounGender(tokens, mention);
        if (gender) genders.set(entity, new Set([...(genders.get(entity) ?? []), gender]));
      } else if (possessiveOfBusiness || ownerOfRole || roleAfter || publicationDescribed(tokens, mention, entity)) entity.kind = 'ORGANIZATION';
      else if (entity.kind === 'PERSON' && !isGivenName(entity.parts[0] ?? '') && !isTitleWord(entity.parts.at(-1) ?? '') && referredToAsIt(tokens, mention)) entity.kind = 'ORGANIZATION';
      else if (entity.parts.length > 1 && entity.parts[0]!.length > 1 && !isGivenName(entity.parts[0]!)) {
        // Two capitalised words with no given name first ("Brackwell Sachs") are a person only until
        // the story shows otherwise: the same rules weigh, against a small lean to a person.
        for (const rule of KIND_RULES) if (rule.matches(tokens, mention)) vote(entity, rule.kind, rule.weight);
      }
    }
    this.voteByHouseStyle(mentions, vote);
    const adjectives = adjectivesOf(sentences);
    for (const entity of this.entities) if (entity.kind === 'OTHER' && demonymEvidence(entity.name, adjectives)) vote(entity, 'COUNTRY', 2);
    for (const [entity, tally] of votes) {
      if (entity.kind === 'PERSON') {
        const kind = settleKind(new Map([...tally, ['PERSON', (tally.get('PERSON') ?? 0) + 0.5]]));
        if (kind && kind !== 'PERSON' && !entity.title) entity.kind = kind;
        continue;
      }
      if (entity.kind !== 'OTHER') continue;
      const kind = settleKind(tally);
      if (kind === 'PERSON') this.settlePerson(entity, genders.get(entity) ?? new Set());
      else entity.kind = kind ?? 'OTHER';
    }
    this.settleByCoordination(mentions, sentences);
    this.mergeMembersIntoParties();
    this.mergeTitlesIntoHolders(mentions, sentences);
  }

  /**
   * A story that calls people "Mr Lee" and "Ms Okafor" calls every person it names twice so. Two
   * capitalised words with no given name first, named twice or more and never with an honorific
   * ("Brackwell Sachs" ... "Brackwell Sachs said"), lean to an organisation there.
   */
  private voteByHouseStyle(mentions: Mention[], vote: (entity: Entity, kind: EntityKind, weight: number) => void) {
    const honorific = (title: string | null) => !!title && !!HONORIFIC_GENDER(title.toLowerCase().replace(/\./g, '').split(/\s+/)[0]!);
    if (!mentions.some((mention) => honorific(mention.title))) return;
    const counts = new Map<Entity, number>();
    for (const mention of mentions) {
      const entity = this.lookup(mention.name);
      if (!entity || entity.kind !== 'PERSON' || entity.title || entity.parts.length < 2 || isGivenName(entity.parts[0]!) || entity.parts[0]!.length < 2) continue;
      if (honorific(mention.title) || [...entity.aliases].some((alias) => isTitleWord(key(alias).split(' ')[0]!))) continue;
      // ("Native Americans", "Senate Democrats": a group of people, not a body.)
      const last = entity.parts.at(-1)!;
      if (GROUP_NOUNS.has(last) || countryOf(last.replace(/s$/, '')) || countryOf(last.split('-')[0]!)) continue;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    for (const [entity, count] of counts) if (count >= 2) vote(entity, 'ORGANIZATION', 1);
  }

  /**
   * A one-word name the evidence says is a person. When the story names people of that surname
   * ("Bill Clinton", "Hillary Clinton"), the bare surname is one of them, never another person: the
   * only one, or the one whose gender its pronouns give; if none or several fit, its kind stays unknown.
   */
  private settlePerson(entity: Entity, genders: Set<Gender>) {
    const namesakes = this.entities.filter((other) => other !== entity && other.kind === 'PERSON' && other.parts.length >= 2 && other.parts.at(-1) === entity.parts[0]);
    if (!namesakes.length) {
      entity.kind = 'PERSON';
      if (genders.size === 1) entity.gender ??= [...genders][0]!;
      return;
    }
    // One namesake: the bare surname is that person unless its pronouns say another gender.
    const gender = genders.size === 1 ? [...genders][0]! : null;
    const fitting = namesakes.length === 1 && genders.size <= 1 ? namesakes.filter((person) => !gender || !person.gender || person.gender === gender) : gender ? namesakes.filter((person) => person.gender === gender) : [];
    if (fitting.length !== 1) return;
    const person = fitting[0]!;
    person.aliases.add(entity.name);
    for (const alias of entity.aliases) person.aliases.add(alias);
    person.firstSeen = Math.min(person.firstSeen, entity.firstSeen);
    this.entities.splice(this.entities.indexOf(entity), 1);
    this.byKey.set(key(entity.name), person);
    this.lookups.clear();
  }

  /**
   * "a Liberal MP", "the Liberal leader" and "the Liberals": a party's word in the singular, where the
   * story names the party by its plural, is one more name of the party.
   */
  private mergeMembersIntoParties() {
    for (const entity of [...this.entities]) {
      if (entity.name.includes(' ') || entity.title || entity.kind !== 'OTHER') continue;
      const party = this.byKey.get(`${key(entity.name)}s`);
      if (!party || party === entity || (party.kind !== 'ORGANIZATION' && party.kind !== 'OTHER')) continue;
      party.aliases.add(entity.name);
      for (const alias of entity.aliases) party.aliases.add(alias);
      party.firstSeen = Math.min(party.firstSeen, entity.firstSeen);
      this.entities.splice(this.entities.indexOf(entity), 1);
      this.byKey.set(key(entity.name), party);
      this.lookups.clear();
    }
  }

  /**
   * "Harkwell, Brightpath Media and Corvane Group": a name of unknown kind listed with organisations
   * and no person is one more organisation.
   */
  private settleByCoordination(mentions: Mention[], sentences: Sentence[]) {
    const bySentence = new Map<number, Mention[]>();
    for (const mention of mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
    for (const [index, members] of bySentence) {
      const tokens = sentences[index]!.tokens;
      const ordered = [...members].sort((a, b) => a.from - b.from);
      let list: Mention[] = [ordered[0]!];
      const settle = () => {
        const kinds = list.map((mention) => this.lookup(mention.name)?.kind);
        if (list.length > 1 && kinds.includes('ORGANIZATION') && !kinds.includes('PERSON')) {
          for (const mention of list) {
            const entity = this.lookup(mention.name);
            if (entity?.kind === 'OTHER' && !entity.name.includes(' ')) entity.kind = 'ORGANIZATION';
          }
        }
      };
      for (const mention of ordered.slice(1)) {
        const between = tokens.slice(list.at(-1)!.to, mention.from).map((token) => token.lower).join(' ');
        if (/^(,|and|or|, and|, or)$/.test(between) && !/['’]s$/.test(tokens[list.at(-1)!.to - 1]!.text)) list.push(mention);
        else {
          settle();
          list = [mention];
        }
      }
      settle();
    }
  }

  /**
   * "The Planning Minister did not rule it out": a title written alone, where the story also wrote
   * it right before a person's name ("Planning Minister Julio Vidal"), is one more name of that
   * person, not a person of its own.
   */
  private mergeTitlesIntoHolders(mentions: Mention[], sentences: Sentence[]) {
    const holders = new Map<string, Entity>();
    for (const mention of mentions) {
      const entity = this.lookup(mention.name);
      if (entity?.kind !== 'PERSON') continue;
      const tokens = sentences[mention.sentence]!.tokens;
      let from = mention.from;
      while (from > 0 && mention.from - from < 4 && tokens[from - 1]!.capitalised && tokens[from - 1]!.word) from--;
      if (from < mention.from) holders.set(key(tokens.slice(from, mention.from).map((token) => token.text).join(' ')).replace(/^the /, ''), entity);
    }
    for (const entity of [...this.entities]) {
      if (entity.kind !== 'PERSON' && entity.kind !== 'OTHER') continue;
      if (!isTitleWord(entity.parts.at(-1) ?? '') || isGivenName(entity.parts[0] ?? '')) continue;
      const holder = holders.get(key(entity.name).replace(/^the /, ''));
      if (!holder || holder === entity) continue;
      holder.aliases.add(entity.name);
      holder.firstSeen = Math.min(holder.firstSeen, entity.firstSeen);
      this.entities.splice(this.entities.indexOf(entity), 1);
      this.byKey.set(key(entity.name), holder);
      this.lookups.clear();
    }
  }

  byRole(role: string): Entity | null {
    const wanted = expandRole(role.toLowerCase());
    const matches = this.entities.filter((entity) => entity.roles.has(wanted));
    return matches.length === 1 ? matches[0]! : null;
  }

  toExtracted(): ExtractedEntity[] {
    return this.entities.map((entity) => ({
      name: entity.name,
      kind: entity.kind,
      title: entity.title,
      aliases: [...entity.aliases].filter((alias) => key(alias) !== key(entity.name)),
    }));
  }
}

/** Generic last words of organisation names, left out in short references ("Acme" for "Acme Corporation"). */
/**
 * Last words a business or a party drops in its short name ("Brackwater Foods" -> "Brackwater", "Labour
 * Party" -> "Labour"). Not "University" or "Council": "Leeds" is a city before it is Leeds University.
 */
const ORGANIZATION_SUFFIXES = new Set([
  'party', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'company', 'co', 'group', 'llc', 'holdings', 'foods', 'capital',
  'motors', 'airways', 'airlines', 'energy', 'industries', 'systems', 'technologies', 'media', 'securities', 'investments',
  'partners', 'bank', 'stores', 'pharmaceuticals', 'telecom', 'electronics', 'insurance', 'logistics', 'software',
]);

/** Middle names or initials that can belong to one person: none on one side, or the same ones ("j" fits "john"). */
function compatibleMiddles(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const other = b[i]!;
    return word === other || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other));
  });
}

/**
 * `words` (a name's key, titles dropped) is a shorter or other written form of `entity`'s name:
 * its last name ("trump"), a known given name ("hillary"), its last words ("jinping"), the same
 * first and last name with other middle names or initials ("donald trump" / "donald j trump"), an
 * organisation without its generic last word ("acme" / "acme corporation"), or its acronym ("kfb"
 * / "korea first bank").
 */
function matchesShortForm(entity: Entity, words: string[], acronym: string | null, firstIsGivenName: boolean): boolean {
  const parts = entity.parts;
  const wanted = words.join(' ');
  if (entity.kind === 'ORGANIZATION') {
    if (acronym && parts.length > 1 && initialsOf(parts) === acronym) return true;
    if (parts.length === words.length + 1 && ORGANIZATION_SUFFIXES.has(parts.at(-1)!) && parts.slice(0, -1).join(' ') === wanted) return true;
  }
  if (parts.length > words.length) {
    // A first name alone ("Hillary") only when it is known as one; a last name always.
    // Short first parts of two-part names are also family names written first ("Xi Jinping").
    const firstName = firstIsGivenName || (entity.kind === 'PERSON' && parts.length === 2 && words[0]!.length <= 4);
    const matches = words.length === 1 ? parts.at(-1) === words[0] || (firstName && parts[0] === words[0]) : parts.slice(-words.length).join(' ') === wanted;
    if (matches) return entity.kind !== 'ORGANIZATION' || parts.at(-1) === words.at(-1);
  }
  // "Donald Trump" / "Donald J. Trump", "Hillary Clinton" / "Hillary Rodham Clinton".
  if (entity.kind !== 'ORGANIZATION' && words.length >= 2 && parts.length >= 2 && parts.join(' ') !== wanted) {
    return sameGivenName(parts[0]!, words[0]!) && parts.at(-1) === words.at(-1) && compatibleMiddles(parts.slice(1, -1), words.slice(1, -1));
  }
  return false;
}
