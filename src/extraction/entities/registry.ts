// One registry per story that maps every short form ("Xi", "McAuliffe", "Mr. Sloan") to the
// fullest name the story gives, and settles each entity's kind from the story's evidence.
import { TITLES } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { ExtractedEntity } from '../types.js';
import type { Entity } from './entity.js';
import { classify } from './kinds.js';
import type { Mention } from './mentions.js';
import { countryOf, expandRole, HONORIFIC_GENDER, sameGivenName, initialsOf, isAcronym, isGivenName, isSpelledAcronym, isTitleWord, key, nameParts, splitTitles } from './names.js';
import { weighKinds } from './settle.js';

export type { Entity } from './entity.js';


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

  /** The entity a key names exactly ("liberals"), if any. */
  byName(wanted: string): Entity | undefined {
    return this.byKey.get(wanted);
  }

  /** `entity` is one more name of `into` ("Kovac" of "Marta Kovac", "Liberal" of "Liberals"). */
  absorb(entity: Entity, into: Entity): void {
    into.aliases.add(entity.name);
    for (const alias of entity.aliases) into.aliases.add(alias);
    into.firstSeen = Math.min(into.firstSeen, entity.firstSeen);
    this.entities.splice(this.entities.indexOf(entity), 1);
    this.byKey.set(key(entity.name), into);
    this.lookups.clear();
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

  /** Settles each name's kind from the story's evidence (settle.ts), then titles written alone. */
  reclassify(mentions: Mention[], sentences: Sentence[]) {
    weighKinds(this, mentions, sentences);
    this.mergeTitlesIntoHolders(mentions, sentences);
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
