// Entity resolution and editing. `Tx` is a Prisma transaction client: every write here is part of
// a larger transaction owned by the caller.
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { EntityKind, Prisma } from '../../generated/prisma/client.js';
import { evidenceOf, isAcronym, isPronoun, nameKey, personName, sameFullName, weighEvidence, withoutTitles, type PersonEvidence } from './names.js';

type Tx = Prisma.TransactionClient;

export interface EntityDescription {
  name: string;
  kind: EntityKind;
  titles?: string[];
  aliases?: string[];
  /** The kind was guessed (a speaker nobody described): an entity of another kind may match. OTHER is always a guess. */
  kindIsGuess?: boolean;
}

type Candidate = { id: number; kind: EntityKind; key: string; name: string; titles: string[] };
const CANDIDATE = { id: true, kind: true, key: true, name: true, titles: true } as const;

/** People whose full name has `word` as its first or last word ("xi" -> "xi jinping"); a few. */
function personsNamedWith(tx: Tx, word: string) {
  return tx.entity.findMany({
    where: { kind: 'PERSON', OR: [{ key: { startsWith: `${word} ` } }, { key: { endsWith: ` ${word}` } }] },
    select: CANDIDATE,
    orderBy: { id: 'asc' },
    take: 12,
  });
}

/**
 * The one candidate the evidence leaves, or null: the only one; else the only one whose gender
 * does not conflict with the story's honorifics; else the only one the evidence supports (its
 * gender and titles fit). Several people of one surname and no evidence: nobody.
 */
function chooseByEvidence(candidates: Candidate[], evidence: PersonEvidence): Candidate | null {
  const distinct = [...new Map(candidates.map((candidate) => [candidate.id, candidate])).values()];
  if (!evidence.gender && !evidence.roles.length) return distinct.length === 1 ? distinct[0]! : null;
  const weighed = distinct.map((candidate) => ({ candidate, weight: candidate.kind === 'PERSON' ? weighEvidence(candidate, evidence) : 'conflicts' }));
  const compatible = weighed.filter(({ weight }) => weight !== 'conflicts');
  if (compatible.length === 1) return compatible[0]!.candidate;
  const supported = compatible.filter(({ weight }) => weight === 'supports');
  return supported.length === 1 ? supported[0]!.candidate : null;
}

/**
 * The entity a name refers to: an entity of that name or alias, preferring the given kind;
 * created when there is none. Known names, aliases and titles are added, never removed.
 * An OTHER entity (the extractor could not tell its kind) takes the kind of the first
 * description that gives one, instead of a second entity of that name being created.
 *
 * Across stories, one entity per person: "Donald J. Trump" joins "Donald Trump" (middle names and
 * initials never make a new person), "Trump" joins the one person of that surname, or, when
 * several share it, the one its titles fit ("Mrs. Clinton": a woman; "President Clinton": a
 * president), and nobody without such evidence. An acronym the story spells out ("Korea First
 * Bank (KFB)") joins an entity known by either form.
 */
export async function resolveEntity(tx: Tx, description: EntityDescription): Promise<number> {
  // "Mr. Nevins", "President-elect Trump": a person's titles are no part of the name; the titled
  // form stays an alias (and evidence: "Mrs." says a woman).
  const untitled = description.kind === 'PERSON' ? withoutTitles(description.name) : description.name;
  if (untitled !== description.name) description = { ...description, name: untitled, aliases: [...(description.aliases ?? []), description.name] };
  const key = nameKey(description.name);
  const aliases = (description.aliases ?? []).filter((alias) => !isPronoun(alias) && nameKey(alias) !== key);
  // Names that identify by themselves: the name, its acronym, its longer written forms. A bare
  // surname alias ("Trump") does not: it only says which person once the name is known.
  const strongKeys = [key, ...aliases.filter((alias) => isAcronym(alias) || nameKey(alias).includes(' ')).map(nameKey)];
  const person = personName(description.name);
  const oneWord = !person.key.includes(' ');
  // Everything the rules below may need, in one query: entities of this name or strong alias, and
  // the people who may be this person under another written form (same surname or first and last
  // names; a short name to grow).
  const personForms: Prisma.EntityWhereInput[] =
    description.kind !== 'PERSON' || !person.key
      ? []
      : oneWord
        ? [{ kind: 'PERSON', key: { startsWith: `${person.key} ` } }, { kind: 'PERSON', key: { endsWith: ` ${person.key}` } }]
        : [
            { kind: 'PERSON', key: { startsWith: `${person.first} `, contains: ` ${person.last}` } },
            { kind: 'PERSON', key: { in: [person.first, person.last] } },
          ];
  const found = await tx.entity.findMany({
    where: { OR: [{ key: { in: strongKeys } }, { aliases: { some: { key: { in: strongKeys } } } }, ...personForms] },
    select: { ...CANDIDATE, aliases: { where: { key: { in: strongKeys } }, select: { key: true } } },
    orderBy: { id: 'asc' },
  });
  const candidates: Candidate[] = found.filter((entity) => strongKeys.includes(entity.key) || entity.aliases.length);
  /** People whose full name has the one-word name as its first or last word ("xi" -> "xi jinping"). */
  const fuller = found.filter((entity) => entity.kind === 'PERSON' && oneWord && (entity.key.startsWith(`${person.key} `) || entity.key.endsWith(` ${person.key}`)));
  const kindIsGuess = description.kindIsGuess || description.kind === 'OTHER';
  const evidence = evidenceOf(description.titles ?? [], aliases);
  const unknownKind = candidates.find((entity) => entity.kind === 'OTHER' && entity.key === key);
  const sameKind = candidates.filter((entity) => entity.kind === description.kind);
  let existing: Candidate | undefined;
  if (description.kind === 'PERSON' && oneWord && person.key && (evidence.gender || evidence.roles.length)) {
    // "Mrs. Clinton", "Secretary Clinton": evidence for one of the people of that surname comes
    // before an entity that only ever had the bare surname.
    existing = chooseByEvidence(fuller, evidence) ?? undefined;
  }
  existing ??= sameKind.find((entity) => entity.key === key) ?? (kindIsGuess ? candidates.find((entity) => entity.key === key) : undefined);
  if (!existing) {
    // Known by this name as an alias. A bare surname that several people share names none of
    // them without evidence, even if one of them was called by it before.
    const pool = sameKind.length ? sameKind : kindIsGuess ? candidates : [];
    if (pool.length) {
      const sharers = oneWord && pool.some((entity) => entity.kind === 'PERSON') ? (fuller.length ? fuller : await personsNamedWith(tx, key)) : [];
      existing = chooseByEvidence([...pool, ...sharers], evidence) ?? undefined;
    }
  }
  if (!existing && !kindIsGuess) existing = unknownKind;
  // Short and full forms of a name are only joined for people described as people: a guessed or
  // unknown kind ("Ford said", "Apple") must not attach to "Gerald Ford" or "Fiona Apple".
  const describedPerson = description.kind === 'PERSON' && !kindIsGuess;
  if (!existing && description.kind === 'PERSON' && !oneWord) {
    // "Donald J. Trump" after "Donald Trump", or the other way round: the same first and last
    // name with fitting middle names or initials is the same person, when only one person fits.
    const same = found.filter((entity) => entity.kind === 'PERSON' && entity.key !== key && sameFullName(personName(entity.name), person));
    if (same.length === 1) existing = same[0];
  }
  if (!existing && describedPerson && oneWord && person.key) {
    // "Xi" or "Lin" alone: the short form of the one person whose full name starts or ends with
    // it. Two such people ("Anna Weber", "Jonas Weber") make "Weber" ambiguous: only the story's
    // evidence (an honorific's gender, a title) may choose between them.
    const chosen = chooseByEvidence(fuller, evidence);
    if (chosen) {
      existing = chosen;
      aliases.push(description.name);
    }
  } else if (!existing && describedPerson && !oneWord) {
    // "Lin Haoran" after stories that only said "Lin": the short-named entity grows its full name,
    // unless another person already owns that short form.
    const short = found.filter((entity) => entity.kind === 'PERSON' && (entity.key === person.first || entity.key === person.last));
    if (short.length === 1 && (await personsNamedWith(tx, short[0]!.key)).length === 0) {
      existing = await grow(tx, short[0]!, description.name, key);
    }
  }
  if (existing && existing.key !== key && isAcronym(existing.name) && !isAcronym(description.name) && strongKeys.includes(existing.key)) {
    // Known only by its acronym until now: "KFB" becomes "Korea First Bank", "KFB" an alias.
    existing = await grow(tx, existing, description.name, key);
  }
  if (existing && existing === unknownKind && !kindIsGuess) {
    // No entity of this kind has the name (it would have matched above), so the kind is free.
    await tx.entity.update({ where: { id: existing.id }, data: { kind: description.kind } });
  }
  const titles = [...new Set(description.titles ?? [])].filter(Boolean);
  let id: number;
  if (existing) {
    id = existing.id;
    const newTitles = titles.filter((title) => !existing.titles.includes(title));
    if (newTitles.length) {
      await tx.entity.update({ where: { id }, data: { titles: { push: newTitles } } });
    }
    if (existing.key !== key && !aliases.some((alias) => nameKey(alias) === key)) aliases.push(description.name);
  } else {
    id = (await tx.entity.create({ data: { name: description.name, key, kind: description.kind, titles } })).id;
  }
  const aliasRows = [...new Map(aliases.map((alias) => [nameKey(alias), alias])).entries()].filter(([aliasKey]) => aliasKey && aliasKey !== existing?.key);
  if (aliasRows.length) {
    await tx.entityAlias.createMany({
      data: aliasRows.map(([aliasKey, alias]) => ({ entityId: id, alias, key: aliasKey })),
      skipDuplicates: true,
    });
  }
  return id;
}

/**
 * An entity known by a short form takes the fuller name (the short one becomes an alias). Only if
 * nobody grew it meanwhile (a concurrent story naming "Lin Wei" while this one names "Lin Haoran"):
 * the conditional update changes nothing then, and the entity stays as it was.
 */
async function grow(tx: Tx, entity: Candidate, name: string, key: string): Promise<Candidate> {
  const taken = await tx.entity.findFirst({ where: { kind: entity.kind, key }, select: { id: true } });
  if (taken) return entity;
  const { count } = await tx.entity.updateMany({ where: { id: entity.id, key: entity.key }, data: { name, key } });
  if (count !== 1) return entity;
  await tx.entityAlias.createMany({ data: [{ entityId: entity.id, alias: entity.name, key: entity.key }], skipDuplicates: true });
  return { ...entity, name, key };
}

/** Folds `fromId` into `intoId`: its statements, mentions, agreements, statistics, names and titles. */
export async function mergeEntities(fromId: number, intoId: number) {
  if (fromId === intoId) {
    throw new ValidationError('An entity cannot be merged into itself.', [
      { path: ['from'], message: 'must differ from "into"' },
    ]);
  }
  return prisma.$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.entity.findUnique({ where: { id: fromId }, include: { aliases: true, agreements: { select: { id: true } } } }),
      tx.entity.findUnique({ where: { id: intoId } }),
    ]);
    if (!from) throw new NotFoundError('No entity has the "from" ID.');
    if (!into) throw new NotFoundError('No entity has the "into" ID.');
    await tx.statement.updateMany({ where: { speakerId: fromId }, data: { speakerId: intoId } });
    await tx.statistic.updateMany({ where: { subjectId: fromId }, data: { subjectId: intoId } });
    // A story that names both keeps the mention of `into`.
    await tx.entityMention.deleteMany({
      where: { entityId: fromId, article: { mentions: { some: { entityId: intoId } } } },
    });
    await tx.entityMention.updateMany({ where: { entityId: fromId }, data: { entityId: intoId } });
    for (const agreement of from.agreements) {
      await tx.agreement.update({
        where: { id: agreement.id },
        data: { parties: { disconnect: { id: fromId }, connect: { id: intoId } } },
      });
    }
    await tx.entityAlias.createMany({
      data: [{ alias: from.name, key: from.key }, ...from.aliases]
        .filter(({ key }) => key !== into.key)
        .map(({ alias, key }) => ({ entityId: intoId, alias, key })),
      skipDuplicates: true,
    });
    await tx.entity.update({
      where: { id: intoId },
      data: { titles: [...new Set([...into.titles, ...from.titles])] },
    });
    await tx.entity.delete({ where: { id: fromId } });
    return intoId;
  });
}
