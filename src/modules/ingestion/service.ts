// Stores a planned story in one transaction: all of it or nothing.
import { prisma } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { guessKind, nameKey } from '../entities/names.js';
import { resolveEntity } from '../entities/service.js';
import { upsertTopics } from '../topics/service.js';
import { upsertSource } from '../sources/service.js';
import { nearestSpan, overlaps, type Span } from '../shared/spans.js';
import type { StoryPlan } from './plan.js';

type Tx = Prisma.TransactionClient;

export interface StoredStory {
  articleId: number;
  /** A new URL. */
  created: boolean;
  /** Anything was written: false when the same story was added again. */
  changed: boolean;
}

export async function storeStory(plan: StoryPlan): Promise<StoredStory> {
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({ where: { url: plan.url }, select: { id: true, fingerprint: true } });
      if (existing?.fingerprint === plan.fingerprint) {
        return { articleId: existing.id, created: false, changed: false };
      }
      const sourceId = plan.source ? await upsertSource(tx, plan.source) : null;
      const fields = {
        title: plan.title,
        body: plan.body,
        publishedAt: plan.publishedAt,
        language: plan.language,
        fingerprint: plan.fingerprint,
        sourceId,
      };
      const articleId = existing
        ? (await tx.article.update({ where: { id: existing.id }, data: { ...fields, topics: { set: [] } } })).id
        : (await tx.article.create({ data: { url: plan.url, ...fields } })).id;
      const kept = existing ? await clearDerivedData(tx, articleId, plan.body) : [];
      await storeFindings(tx, articleId, plan, kept);
      return { articleId, created: !existing, changed: true };
    },
    { timeout: 60_000 },
  );
}

/**
 * Before a changed story is stored again: drops what was derived from its previous version,
 * except statements an editor corrected, which stay when their text is still in the new body.
 * Returns the spans of the kept statements.
 */
async function clearDerivedData(tx: Tx, articleId: number, body: string) {
  await tx.statistic.deleteMany({ where: { articleId } });
  await tx.entityMention.deleteMany({ where: { articleId } });
  await tx.agreementMention.deleteMany({ where: { articleId } });
  await tx.statement.deleteMany({ where: { articleId, editedAt: null } });
  const edited = await tx.statement.findMany({ where: { articleId }, select: { id: true, text: true, start: true } });
  const kept: Span[] = [];
  for (const statement of edited) {
    const span = nearestSpan(body, statement.text, statement.start);
    if (!span) {
      await tx.statement.delete({ where: { id: statement.id } });
    } else {
      kept.push(span);
      if (span.start !== statement.start) {
        await tx.statement.update({ where: { id: statement.id }, data: span });
      }
    }
  }
  return kept;
}

async function storeFindings(tx: Tx, articleId: number, plan: StoryPlan, kept: Span[]) {
  const saidAt = plan.publishedAt ?? new Date();
  // Every name this story uses, by key, to the entity it resolved to, with how the story wrote it.
  const named = new Map<string, number>();
  const mentions = new Map<number, { name: string; title: string | null }>();
  const entityNamed = async (name: string, described?: StoryPlan['entities'][number]) => {
    const known = named.get(nameKey(name));
    if (known && !described) return known;
    const id = await resolveEntity(tx, {
      name,
      kind: described?.kind ?? guessKind(name),
      kindIsGuess: !described,
      titles: described?.title ? [described.title] : [],
      aliases: [...(described?.aliases ?? [])],
    });
    for (const alias of [name, ...(described?.aliases ?? [])]) named.set(nameKey(alias), id);
    if (!mentions.has(id)) mentions.set(id, { name, title: described?.title ?? null });
    return id;
  };

  for (const entity of plan.entities) await entityNamed(entity.name, entity);
  const topicIds = await upsertTopics(tx, [
    ...plan.topics,
    ...plan.statements.flatMap((statement) => statement.topics ?? []),
    ...plan.agreements.flatMap((agreement) => (agreement.topic ? [agreement.topic] : [])),
  ]);

  const statementIds: { id: number; start: number; end: number }[] = [];
  for (const statement of plan.statements) {
    if (kept.some((span) => overlaps(span, statement))) continue; // an editor's version of it is kept
    const created = await tx.statement.create({
      data: {
        articleId,
        text: statement.text,
        kind: statement.kind,
        start: statement.start,
        end: statement.end,
        saidAt,
        speakerId: await entityNamed(statement.speaker),
        viaSourceId: statement.via ? await upsertSource(tx, statement.via) : null,
        topics: { connect: (statement.topics ?? []).map((topic) => ({ id: topicIds.get(topic)! })) },
      },
      select: { id: true, start: true, end: true },
    });
    statementIds.push(created);
  }

  const statistics = [];
  for (const statistic of plan.statistics) {
    statistics.push({
      articleId,
      value: statistic.value,
      unit: statistic.unit ?? null,
      label: statistic.label,
      direction: statistic.direction ?? null,
      baselineYear: statistic.baselineYear ?? null,
      baselineValue: statistic.baselineValue ?? null,
      text: statistic.text,
      start: statistic.start,
      end: statistic.end,
      subjectId: statistic.subject ? await entityNamed(statistic.subject) : null,
    });
  }
  await tx.statistic.createMany({ data: statistics });

  for (const agreement of plan.agreements) {
    const parties: number[] = [];
    for (const party of agreement.parties) parties.push(await entityNamed(party));
    const topicId = agreement.topic ? topicIds.get(agreement.topic)! : null;
    const agreementId = await upsertAgreement(tx, { ...agreement, parties: [...new Set(parties)], topicId });
    if (agreement.span) {
      const { start, end } = agreement.span;
      await tx.agreementMention.create({ data: { agreementId, articleId, text: agreement.text!, start, end } });
      const about = statementIds.filter((statement) => overlaps(statement, agreement.span!));
      if (about.length) {
        await tx.agreement.update({
          where: { id: agreementId },
          data: { statements: { connect: about.map(({ id }) => ({ id })) } },
        });
      }
    }
  }

  await tx.entityMention.createMany({
    data: [...mentions].map(([entityId, mention]) => ({ entityId, articleId, ...mention })),
    skipDuplicates: true,
  });
  await tx.article.update({
    where: { id: articleId },
    data: { topics: { connect: [...new Set(topicIds.values())].map((id) => ({ id })) } },
  });
}

/** The same agreement (same title, same parties) reported again is one agreement; its status follows the newest report. */
async function upsertAgreement(
  tx: Tx,
  agreement: Omit<StoryPlan['agreements'][number], 'parties'> & { parties: number[]; topicId: number | null },
) {
  const key = nameKey(agreement.title);
  const candidates = await tx.agreement.findMany({
    where: { key, parties: { every: { id: { in: agreement.parties } } } },
    select: { id: true, _count: { select: { parties: true } } },
  });
  const same = candidates.find((candidate) => candidate._count.parties === agreement.parties.length);
  const data = {
    status: agreement.status,
    ...(agreement.signedAt ? { signedAt: agreement.signedAt } : {}),
    ...(agreement.proposedAt ? { proposedAt: agreement.proposedAt } : {}),
    ...(agreement.topicId ? { topicId: agreement.topicId } : {}),
  };
  if (same) {
    await tx.agreement.update({ where: { id: same.id }, data });
    return same.id;
  }
  const created = await tx.agreement.create({
    data: { title: agreement.title, key, ...data, parties: { connect: agreement.parties.map((id) => ({ id })) } },
  });
  return created.id;
}
