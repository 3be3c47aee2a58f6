// Settling the kinds of a story's names from the evidence around their mentions: the rules of
// kind-evidence.ts weighed over every mention of a name, the house style of the story, the lists a
// name stands in, and the merges that follow (a bare surname into its namesake, a party's singular
// word into its plural name).
import { GROUP_NOUNS } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { EntityKind } from '../types.js';
import type { Entity } from './entity.js';
import { BUSINESS_NOUNS, BUSINESS_ROLES, COMPANY_ROLE_AFTER, DEALS_FOR, describedAsBusiness, publicationDescribed, referredToAsIt } from './evidence.js';
import { adjectivesOf, demonymEvidence, KIND_RULES, pronounGender, settleKind } from './kind-evidence.js';
import type { Mention } from './mentions.js';
import { countryOf, HONORIFIC_GENDER, isGivenName, isTitleWord, key, type Gender } from './names.js';

/** What the settling needs of the story's EntityRegistry: its entities, lookups and merges. */
export interface Names {
  readonly entities: Entity[];
  lookup(name: string): Entity | null;
  byName(key: string): Entity | undefined;
  absorb(entity: Entity, into: Entity): void;
}

/**
 * Two capitalised words are a person until the story shows otherwise: "Bright Path's profits",
 * "shares in Acme Foods", "chief executive of Nordwind Shipping" make them an organisation; a name
 * of unknown kind ("Oracle", "Velmora") takes the kind its evidence weighs most.
 */
export function weighKinds(registry: Names, mentions: Mention[], sentences: Sentence[]): void {
  // Evidence for names of unknown kind is weighed over all their mentions (kind-evidence.ts).
  const votes = new Map<Entity, Map<EntityKind, number>>();
  const genders = new Map<Entity, Set<Gender>>();
  const vote = (entity: Entity, kind: EntityKind, weight: number) => {
    const tally = votes.get(entity) ?? new Map<EntityKind, number>();
    tally.set(kind, (tally.get(kind) ?? 0) + weight);
    votes.set(entity, tally);
  };
  for (const mention of mentions) {
    const entity = registry.lookup(mention.name);
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
  voteByHouseStyle(registry, mentions, vote);
  const adjectives = adjectivesOf(sentences);
  for (const entity of registry.entities) if (entity.kind === 'OTHER' && demonymEvidence(entity.name, adjectives)) vote(entity, 'COUNTRY', 2);
  for (const [entity, tally] of votes) {
    if (entity.kind === 'PERSON') {
      const kind = settleKind(new Map([...tally, ['PERSON', (tally.get('PERSON') ?? 0) + 0.5]]));
      if (kind && kind !== 'PERSON' && !entity.title) entity.kind = kind;
      continue;
    }
    if (entity.kind !== 'OTHER') continue;
    const kind = settleKind(tally);
    if (kind === 'PERSON') settlePerson(registry, entity, genders.get(entity) ?? new Set());
    else entity.kind = kind ?? 'OTHER';
  }
  settleByCoordination(registry, mentions, sentences);
  mergeMembersIntoParties(registry);
}

/**
 * A story that calls people "Mr Lee" and "Ms Okafor" calls every person it names twice so. Two
 * capitalised words with no given name first, named twice or more and never with an honorific
 * ("Brackwell Sachs" ... "Brackwell Sachs said"), lean to an organisation there.
 */
function voteByHouseStyle(registry: Names, mentions: Mention[], vote: (entity: Entity, kind: EntityKind, weight: number) => void) {
  const honorific = (title: string | null) => !!title && !!HONORIFIC_GENDER(title.toLowerCase().replace(/\./g, '').split(/\s+/)[0]!);
  if (!mentions.some((mention) => honorific(mention.title))) return;
  const counts = new Map<Entity, number>();
  for (const mention of mentions) {
    const entity = registry.lookup(mention.name);
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
function settlePerson(registry: Names, entity: Entity, genders: Set<Gender>) {
  const namesakes = registry.entities.filter((other) => other !== entity && other.kind === 'PERSON' && other.parts.length >= 2 && other.parts.at(-1) === entity.parts[0]);
  if (!namesakes.length) {
    entity.kind = 'PERSON';
    if (genders.size === 1) entity.gender ??= [...genders][0]!;
    return;
  }
  // One namesake: the bare surname is that person unless its pronouns say another gender.
  const gender = genders.size === 1 ? [...genders][0]! : null;
  const fitting = namesakes.length === 1 && genders.size <= 1 ? namesakes.filter((person) => !gender || !person.gender || person.gender === gender) : gender ? namesakes.filter((person) => person.gender === gender) : [];
  if (fitting.length !== 1) return;
  registry.absorb(entity, fitting[0]!);
}

/**
 * "a Liberal MP", "the Liberal leader" and "the Liberals": a party's word in the singular, where the
 * story names the party by its plural, is one more name of the party.
 */
function mergeMembersIntoParties(registry: Names) {
  for (const entity of [...registry.entities]) {
    if (entity.name.includes(' ') || entity.title || entity.kind !== 'OTHER') continue;
    const party = registry.byName(`${key(entity.name)}s`);
    if (!party || party === entity || (party.kind !== 'ORGANIZATION' && party.kind !== 'OTHER')) continue;
    registry.absorb(entity, party);
  }
}

/**
 * "Harkwell, Brightpath Media and Corvane Group": a name of unknown kind listed with organisations
 * and no person is one more organisation.
 */
function settleByCoordination(registry: Names, mentions: Mention[], sentences: Sentence[]) {
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  for (const [index, members] of bySentence) {
    const tokens = sentences[index]!.tokens;
    const ordered = [...members].sort((a, b) => a.from - b.from);
    let list: Mention[] = [ordered[0]!];
    const settle = () => {
      const kinds = list.map((mention) => registry.lookup(mention.name)?.kind);
      if (list.length > 1 && kinds.includes('ORGANIZATION') && !kinds.includes('PERSON')) {
        for (const mention of list) {
          const entity = registry.lookup(mention.name);
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
