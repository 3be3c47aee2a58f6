// Organisations as speakers: the one a story is about ("it", "the company"), the one just named (for
// "a spokesman said"), one named by a word of its name ("the union") or as a newspaper or broadcaster.
import type { Entity, Mention } from '../../entities.js';
import { BROADCASTER_WORDS, ORGANIZATION_NOUNS, PARTY_MEMBER_WORDS, PUBLICATION_HEADS } from '../../lexicon.js';
import type { Token } from '../../text.js';
import { stripArticle, type Antecedent, type SpeakerContext } from './context.js';

export function organisationName(story: SpeakerContext, named: Mention[], words: Token[]): string {
  const organisation = [...named].reverse().find((mention) => story.entityOf(mention)?.kind === 'ORGANIZATION');
  if (organisation) return story.nameOf(organisation);
  // "the Clinton campaign", "Trump's campaign": the name plus the group noun.
  const last = named.at(-1)!;
  const lastKind = story.entityOf(last)?.kind;
  if (lastKind === 'COUNTRY' || lastKind === 'PLACE') return stripArticle(story.layout.text.slice(words[0]!.start, words.at(-1)!.end));
  // "The Ofwat report said", "a Cruz campaign email": the publisher speaks.
  if (words.some((word) => word.start > last.end && /^(report|statement|study|survey|editorial|email|e-mail|letter|release|memo|filing|paper|review|analysis)$/.test(word.lower))) return story.nameOf(last);
  const after = words.find((word) => word.start > last.end && (ORGANIZATION_NOUNS.has(word.lower) || /^campaign$/.test(word.lower)));
  // "Marsh's union", "Vale's party": the union or party the story named, when it named one.
  const possessive = /^['’]s\b/.test(story.layout.text.slice(last.end, last.end + 3));
  const known = after && possessive && after.lower !== 'campaign' ? organisationNamed(story, after.lower, words[0]!.start) : null;
  if (known && known !== story.entityOf(last)) return known.name;
  return after ? `${story.nameOf(last)} ${after.lower}` : pluralNamed(story, story.nameOf(last));
}

/**
 * "a Coastal Green spokesman", "a Labour spokeswoman": a member's word for the party the story
 * names in the plural ("Coastal Greens") speaks as that party.
 */
export function pluralNamed(story: SpeakerContext, name: string): string {
  const plural = story.registry.lookup(`${name}s`);
  if (plural && plural.name.toLowerCase() === `${name}s`.toLowerCase()) return plural.name;
  // "a Liberal Democrat spokesman": a party named by its member's word is its members, in the plural.
  const last = name.split(' ').at(-1)!;
  if (!/^\p{Lu}/u.test(last) || !PARTY_MEMBER_WORDS.has(last.toLowerCase())) return name;
  const entity = story.registry.lookup(name);
  if (entity) story.registry.renameAsParty(entity, `${name}s`);
  return `${name}s`;
}

/**
 * The one organisation the last sentences are about: named in this sentence or the two before it,
 * not as the source of a report or the agent of something done ("according to Reuters", "fined by
 * the agency", "told the Gazette", "a warning from the bank", "the attack at the bank"). Null when
 * two organisations are in view: then nobody can say whose spokesperson it is.
 */
export function organisationJustNamed(story: SpeakerContext, position: number): Entity | null {
  const inView = new Set<Entity>();
  for (const candidate of story.before(position)) {
    if (story.currentSentence - candidate.sentence > 2) break;
    if (candidate.entity.kind !== 'ORGANIZATION' || namedAsSource(story, candidate.position) || isOutlet(candidate.entity.name)) continue;
    inView.add(candidate.entity);
  }
  return inView.size === 1 ? [...inView][0]! : null;
}

/** Whether a name at `position` follows a word that makes it a source or an agent ("by", "to", "from", "at", "told"). */
export function namedAsSource(story: SpeakerContext, position: number): boolean {
  const before = story.layout.text.slice(Math.max(0, position - 12), position).toLowerCase();
  return /\b(by|to|from|at|told|tells|with)\s+(the\s+)?$/.test(before);
}

/** The latest organisation the story named whose name is a newspaper's or a broadcaster's, by one of its words. */
export function outletNamed(story: SpeakerContext, outlet: RegExp, position: number): Entity | null {
  for (const candidate of story.before(position, 200)) {
    if (candidate.entity.kind !== 'ORGANIZATION' && candidate.entity.kind !== 'OTHER') continue;
    if (candidate.entity.name.split(/\s+/).some((word) => outlet.test(word))) return candidate.entity;
  }
  // "editors of The Advocate ... the newspaper said": a one-word name written with a capital "The"
  // inside a sentence is a title of its own, most often a publication's.
  if (outlet !== PUBLICATION_HEADS) return null;
  for (const candidate of story.before(position, 200)) {
    if (candidate.entity.kind === 'PERSON' || candidate.entity.name.includes(' ')) continue;
    if (/[^.!?\s]\s+The\s+$/.test(story.layout.text.slice(Math.max(0, candidate.position - 40), candidate.position))) return candidate.entity;
  }
  return null;
}

/** The latest organisation named before `position` whose name contains `noun` ("Dockworkers Union"). */
export function organisationNamed(story: SpeakerContext, noun: string, position: number): Entity | null {
  return story.before(position, 200).find((candidate) => isNamedWith(candidate.entity, noun))?.entity ?? null;
}

/**
 * "Energy bills will fall, the energy regulator has announced. The Energy Pricing Authority said ...": the
 * first organisation named in the next few sentences whose name the noun fits. A news lead often
 * describes first and names after.
 */
export function organisationNamedAhead(story: SpeakerContext, noun: string, position: number): Entity | null {
  return story.ahead(position, LOOK_AHEAD).find((candidate) => isNamedWith(candidate.entity, noun))?.entity ?? null;
}

/** How many sentences after a description the story may take to name it. */
export const LOOK_AHEAD = 3;

/** Whether an organisation's name fits a noun: it holds the noun ("Dockworkers Union"), or ends in a word the noun stands for. */
function isNamedWith(entity: Entity, noun: string): boolean {
  if (entity.kind !== 'ORGANIZATION' && entity.kind !== 'OTHER') return false;
  const wanted = noun.toLowerCase();
  // ("the regulator" is the "... Authority" named, by its last word: not "the Court of Appeal".)
  const heads = NAME_WORDS_FOR.get(wanted);
  const words = entity.name.toLowerCase().split(/\s+/);
  // ("Court of Appeals": the head comes before "of".)
  const of = words.findIndex((word, i) => i > 0 && /^(of|for)$/.test(word));
  return words.some((word) => word === wanted || word === `${wanted}s`) || !!heads?.has(words[of > 0 ? of - 1 : words.length - 1]!);
}

/**
 * "Inspectors said ..." for the Care Standards Inspectorate, "regulators" for the Regulator: people named
 * by what they do, for the organisation whose name is made from that word, named before or just after.
 */
export function institutionOfAgents(story: SpeakerContext, plural: string, position: number): Entity | null {
  const agent = plural.toLowerCase().replace(/s$/, '');
  if (agent.length < 6 || !/(or|er)$/.test(agent)) return null;
  // ("Workers said" is not the United Steel Workers Union: a members' body is named after its members, not its work.)
  const membersBody = (name: string) => /\b(union|association|federation|guild|alliance|society|league|club|congress|council|party)$/i.test(name);
  const fits = (candidate: Antecedent) => candidate.entity.kind === 'ORGANIZATION' && !membersBody(candidate.entity.name) && candidate.entity.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(agent));
  return (story.before(position, 200).find(fits) ?? story.ahead(position, LOOK_AHEAD).find(fits))?.entity ?? null;
}

/**
 * The last word of an organisation's name that a role noun stands for: "the regulator" or "the
 * watchdog" is the Authority, Commission or Ombudsman the story named; "the court" its Tribunal;
 * "the charity" its Trust or Foundation.
 */
const NAME_WORDS_FOR = new Map([
  ['regulator', new Set(['authority', 'commission', 'commissioner', 'ombudsman', 'regulator'])],
  ['watchdog', new Set(['authority', 'commission', 'commissioner', 'ombudsman', 'regulator', 'inspectorate'])],
  ['court', new Set(['tribunal'])],
  // "a three-judge panel", "the panel said": the court or committee it sits for.
  ['panel', new Set(['court', 'tribunal', 'committee', 'commission'])],
  ['charity', new Set(['trust', 'foundation', 'hospice'])],
]);

/**
 * The organisation "it" or "the company" refers to: of the organisations named in the last few
 * sentences, the one the story has named most so far (the story's subject), the latest on a tie.
 */
export function organisation(story: SpeakerContext, position: number): Entity | null {
  const last = story.lastSpeaker;
  const counts = new Map<Entity, number>();
  let latest: Entity | null = null;
  const recent = new Set<Entity>();
  for (const candidate of story.before(position, 200)) {
    // A one-word name the story never described ("Barclays", "Reuters") is most often a company.
    // ("Rail fares rise" names nothing: a word only ever capitalised at a sentence's start is no company.)
    const unknownOneWord = candidate.entity.kind === 'OTHER' && !candidate.entity.name.includes(' ') && story.seenInsideSentence.has(candidate.entity);
    if (candidate.entity.kind !== 'ORGANIZATION' && !unknownOneWord) continue;
    // The story's first lines name its subject: those mentions weigh more.
    counts.set(candidate.entity, (counts.get(candidate.entity) ?? 0) + (candidate.sentence <= 1 ? 4 : 1));
    if (story.currentSentence - candidate.sentence <= 12 || candidate.sentence <= 1) recent.add(candidate.entity);
    latest ??= candidate.entity;
  }
  if (last?.entity?.kind === 'ORGANIZATION' && story.currentSentence - last.sentence <= 3) {
    recent.add(last.entity);
    counts.set(last.entity, (counts.get(last.entity) ?? 0) + 2);
  }
  let best: Entity | null = null;
  for (const entity of recent) if (!best || counts.get(entity)! > counts.get(best)!) best = entity;
  return best ?? latest;
}

/** Nouns for a publication or broadcaster, and the words their names have ("the newspaper" -> "The Harbour Gazette"). */
export const MEDIA_SPEAKERS = new Map<string, RegExp>([
  ...['newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'magazine', 'publication'].map((noun): [string, RegExp] => [noun, PUBLICATION_HEADS]),
  ...['broadcaster', 'channel', 'network', 'station', 'agency'].map((noun): [string, RegExp] => [noun, BROADCASTER_WORDS]),
]);


/** A newspaper's or a broadcaster's name ("Greyfield Gazette", "Radio Kestrel"), by one of its words. */
function isOutlet(name: string): boolean {
  return name.split(/\s+/).some((word) => PUBLICATION_HEADS.test(word) || BROADCASTER_WORDS.test(word));
}
