// Entity resolution and editing. `Tx` is a Prisma transaction client: every write here is part of
// a larger transaction owned by the caller.
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { EntityKind, Prisma } from '../../generated/prisma/client.js';
import { isPronoun, nameKey } from './names.js';

type Tx = Prisma.TransactionClient;

export interface EntityDescription {
  name: string;
  kind: EntityKind;
  titles?: string[];
  aliases?: string[];
  /** The kind was guessed (a speaker nobody described): an entity of another kind may match. OTHER is always a guess. */
  kindIsGuess?: boolean;
}

/** People whose full name has `word` as its first or last word ("xi" -> "xi jinping"); at most two. */
function personsNamedWith(tx: Tx, word: string) {
  return tx.entity.findMany({
    where: { kind: 'PERSON', OR: [{ key: { startsWith: `${word} ` } }, { key: { endsWith: ` ${word}` } }] },
    select: { id: true, kind: true, key: true, titles: true },
    orderBy: { id: 'asc' },
    take: 2,
  });
}

/**
 * The entity a name refers to: an entity of that name or alias, preferring the given kind;
 * created when there is none. Known names, aliases and titles are added, never removed.
 * An OTHER entity (the extractor could not tell its kind) takes the kind of the first
 * description that gives one, instead of a second entity of that name being created.
 */
export async function resolveEntity(tx: Tx, description: EntityDescription): Promise<number> {
  const key = nameKey(description.name);
  const aliases = (description.aliases ?? []).filter((alias) => !isPronoun(alias) && nameKey(alias) !== key);
  const candidates = await tx.entity.findMany({
    where: { OR: [{ key }, { aliases: { some: { key } } }] },
    select: { id: true, kind: true, key: true, titles: true },
    orderBy: { id: 'asc' },
  });
  const kindIsGuess = description.kindIsGuess || description.kind === 'OTHER';
  const unknownKind = candidates.find((entity) => entity.kind === 'OTHER' && entity.key === key);
  let existing =
    candidates.find((entity) => entity.kind === description.kind && entity.key === key) ??
    candidates.find((entity) => entity.kind === description.kind) ??
    (kindIsGuess ? candidates[0] : unknownKind);
  // Short and full forms of a name are only joined for people described as people: a guessed or
  // unknown kind ("Ford said", "Apple") must not attach to "Gerald Ford" or "Fiona Apple".
  const describedPerson = description.kind === 'PERSON' && !kindIsGuess;
  if (!existing && describedPerson && !key.includes(' ')) {
    // "Xi" or "Lin" alone: the short form of the one person whose full name starts or ends with
    // it. Two such people ("Anna Weber", "Jonas Weber") make "Weber" ambiguous: no match.
    const fuller = await personsNamedWith(tx, key);
    if (fuller.length === 1) {
      existing = fuller[0];
      aliases.push(description.name);
    }
  } else if (!existing && describedPerson && key.includes(' ')) {
    // "Lin Haoran" after stories that only said "Lin": the short-named entity grows its full name,
    // unless another person already owns that short form.
    const words = key.split(' ');
    const short = await tx.entity.findMany({
      where: { kind: 'PERSON', key: { in: [words[0]!, words.at(-1)!] } },
      select: { id: true, kind: true, key: true, titles: true, name: true },
    });
    if (short.length === 1 && (await personsNamedWith(tx, short[0]!.key)).length === 0) {
      const grown = short[0]!;
      // Only if nobody grew it meanwhile (a concurrent story naming "Lin Wei" while this one names
      // "Lin Haoran"): the conditional update changes nothing then, and a new entity is created.
      const { count } = await tx.entity.updateMany({ where: { id: grown.id, key: grown.key }, data: { name: description.name, key } });
      if (count === 1) {
        await tx.entityAlias.createMany({ data: [{ entityId: grown.id, alias: grown.name, key: grown.key }], skipDuplicates: true });
        existing = { ...grown, key };
      }
    }
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
  } else {
    id = (await tx.entity.create({ data: { name: description.name, key, kind: description.kind, titles } })).id;
  }
  if (aliases.length) {
    await tx.entityAlias.createMany({
      data: aliases.map((alias) => ({ entityId: id, alias, key: nameKey(alias) })),
      skipDuplicates: true,
    });
  }
  return id;
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
