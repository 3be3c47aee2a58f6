// Entity resolution and editing. `Tx` is a Prisma transaction client: every write here is part of
// a larger transaction owned by the caller.
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { EntityBatch, type EntityDescription } from './batch.js';

type Tx = Prisma.TransactionClient;

export type { EntityDescription };

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
 *
 * The rules live in EntityBatch (batch.ts), which resolves a whole story's names at once; this is
 * the same for one name.
 */
export async function resolveEntity(tx: Tx, description: EntityDescription): Promise<number> {
  const batch = new EntityBatch(tx);
  await batch.load([description]);
  const resolved = batch.resolve(description);
  await batch.flush();
  return batch.id(resolved);
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
