// Stores a planned story in one transaction: all of it or nothing.
import type { Prisma, PrismaClient, StatementKind } from '../../generated/prisma/client.js';
import { recordChanges, type Change } from '../../live/change-log.js';
import { guessKind, nameKey } from '../entities/names.js';
import { candidatesQuery, EntityBatch } from '../entities/batch.js';
import { upsertSourcesAndTopics } from '../shared/upsert-by-key.js';
import { sourceIdsByName, sourceKeys } from '../sources/service.js';
import { topicIdsByName, topicSlugs } from '../topics/service.js';
import { nearestSpan, overlaps, type Span } from '../shared/spans.js';
import { insertArticle, insertFindings, type StatementRow, type StatisticRow } from './bulk-sql.js';
import type { StoryPlan } from './plan.js';

type Tx = Prisma.TransactionClient;

export interface StoredStory {
  articleId: number;
  /** A new URL. */
  created: boolean;
  /** Anything was written: false when the same story was added again. */
  changed: boolean;
  /**
   * Statements stored for the first time by this call. When a story is added again, a statement
   * already stored for it with the same text, kind and speaker keeps its identity (id, createdAt)
   * and does not count; nor do editor-corrected statements, which are kept as they are.
   */
  newStatements: number;
}

/** Normalised text, kind and speaker: what makes a statement of an article the same one again. */
export function statementKey(text: string, kind: StatementKind, speakerId: number | null): string {
  const normalised = text
    .normalize('NFKC')
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return [normalised, kind, speakerId ?? ''].join('\u0000');
}

/** What a story's previous version leaves for the new one. */
interface Previous {
  /** Spans of the editor-corrected statements kept: findings overlapping them are not stored again. */
  kept: Span[];
  /** Its other statements by `statementKey`, in body order: reused when found again, deleted when not. */
  reusable: Map<string, number[]>;
}


/** Attempts of one story's transaction before its error reaches the client. */
const ATTEMPTS = 8;

/**
 * Stores a planned story in one transaction. Two stories stored at once may both create the same
 * new entity, topic or source, or lock the same rows in a different order: PostgreSQL then fails
 * one of them (unique violation, deadlock, serialisation failure) and the whole transaction is
 * retried after a short random pause that grows with each attempt; so is a transaction that could
 * not start in time (every connection busy). Nothing of a failed attempt is kept. The caller
 * announces the changes once this has returned (committed).
 */
export async function storeStory(prisma: PrismaClient, plan: StoryPlan): Promise<StoredStory> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeStoryOnce(prisma, plan);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** Math.min(attempt, 6)));
    }
  }
}

/**
 * Unique violations (Prisma P2002), deadlocks (40P01), serialisation failures (40001, P2034), and a
 * transaction that could not start or get a connection in time (P2028, P2024).
 */
export function isRetryable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'P2002' || code === 'P2034' || code === 'P2028' || code === 'P2024') return true;
  return /\b(40P01|40001|23505)\b|deadlock detected|could not serialize|Unable to start a transaction|timeout exceeded when trying to connect/i.test(
    `${code ?? ''} ${message ?? ''}`,
  );
}

async function storeStoryOnce(prisma: PrismaClient, plan: StoryPlan): Promise<StoredStory> {
  return prisma.$transaction(
    async (tx) => {
      // Every publication the story names (its own and those it relays statements through) and
      // every topic, at once; in the same statement, the article stored under the story's URL.
      const sourceNames = [plan.source, ...plan.statements.map((statement) => statement.via)].filter((name): name is string => Boolean(name));
      const topicNames = [
        ...plan.topics,
        ...plan.statements.flatMap((statement) => statement.topics ?? []),
        ...plan.agreements.flatMap((agreement) => (agreement.topic ? [agreement.topic] : [])),
      ];
      const upserted = await upsertSourcesAndTopics(tx, sourceKeys(sourceNames), topicSlugs(topicNames), { url: plan.url, fingerprint: plan.fingerprint });
      const existing = upserted.article;
      if (existing?.fingerprint === plan.fingerprint) {
        // The same story again: nothing written (the statement above created nothing either).
        return { articleId: existing.id, created: false, changed: false, newStatements: 0 };
      }
      const sources = sourceIdsByName(sourceNames, upserted.sources);
      const topicIds = topicIdsByName(topicNames, upserted.topics);
      const sourceId = plan.source ? sources.get(plan.source)! : null;
      const fields = {
        title: plan.title,
        body: plan.body,
        publishedAt: plan.publishedAt,
        language: plan.language,
        fingerprint: plan.fingerprint,
        sourceId,
      };
      let articleId: number;
      let previous: Previous = { kept: [], reusable: new Map() };
      const batch = new EntityBatch(tx);
      if (existing) {
        articleId = (await tx.article.update({ where: { id: existing.id }, data: { ...fields, topics: { set: [] } } })).id;
        previous = await clearDerivedData(tx, articleId, plan.body);
        await batch.load(storyNames(plan, previous.kept).descriptions);
      } else {
        // A new article, and the entities its names may be, in one round trip.
        const inserted = await insertArticle(tx, { url: plan.url, ...fields }, new Date(), candidatesQuery(storyNames(plan, []).descriptions));
        articleId = inserted.id;
        batch.loaded(inserted.candidates);
      }
      // A story without agreements logs its changes in the statement that stores its findings, its
      // last; one with agreements logs them once those are stored.
      const logged = plan.agreements.length === 0;
      const { newStatements, changes } = await storeFindings(tx, articleId, plan, previous, sources, topicIds, batch, logged ? { articleAdded: !existing } : undefined);
      if (!logged) await recordChanges(tx, existing ? changes : [{ kind: 'ARTICLE_ADDED', nodeId: articleId }, ...changes]);
      return { articleId, created: !existing, changed: true, newStatements };
    },
    // The ingestion queue (ingestion.ts) bounds how many transactions wait for a connection.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Before a changed story is stored again: drops what was derived from its previous version, except
 * statements. Those an editor corrected stay when their text is still in the new body (moved to the
 * occurrence nearest the old one); the others are returned to be matched against the new findings
 * (storeFindings keeps those found again and deletes the rest).
 */
async function clearDerivedData(tx: Tx, articleId: number, body: string): Promise<Previous> {
  await tx.statistic.deleteMany({ where: { articleId } });
  await tx.entityMention.deleteMany({ where: { articleId } });
  await tx.agreementMention.deleteMany({ where: { articleId } });
  const statements = await tx.statement.findMany({
    where: { articleId },
    select: { id: true, text: true, kind: true, speakerId: true, start: true, editedAt: true },
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
  });
  const previous: Previous = { kept: [], reusable: new Map() };
  const gone: number[] = [];
  for (const statement of statements) {
    if (!statement.editedAt) {
      const key = statementKey(statement.text, statement.kind, statement.speakerId);
      previous.reusable.set(key, [...(previous.reusable.get(key) ?? []), statement.id]);
      continue;
    }
    const span = nearestSpan(body, statement.text, statement.start);
    if (!span) {
      gone.push(statement.id);
    } else {
      previous.kept.push(span);
      if (span.start !== statement.start) {
        await tx.statement.update({ where: { id: statement.id }, data: span });
      }
    }
  }
  if (gone.length) await tx.statement.deleteMany({ where: { id: { in: gone } } });
  return previous;
}

/**
 * Stores the plan's findings; returns how many statements were new (see StoredStory.newStatements)
 * and the changes subscribers hear of: new statements, the statistics, new or changed agreements.
 * With `log` (a story without agreements), the statement that inserts the findings also logs them
 * (see insertFindings): it is then the transaction's last.
 */
async function storeFindings(
  tx: Tx,
  articleId: number,
  plan: StoryPlan,
  { kept, reusable }: Previous,
  sources: Map<string, number>,
  topicIds: Map<string, number>,
  batch: EntityBatch,
  log?: { articleAdded: boolean },
): Promise<{ newStatements: number; changes: Change[] }> {
  const changes: Change[] = [];
  // When it was said is when the story was published; unknown (null) when the story has no date.
  const saidAt = plan.publishedAt;
  const { entityNamed, mentions } = await resolveNames(batch, plan, kept);

  const statementIds: { id: number; start: number; end: number }[] = [];
  const created: StatementRow[] = [];
  for (const statement of plan.statements) {
    if (kept.some((span) => overlaps(span, statement))) continue; // an editor's version of it is kept
    const speakerId = statement.speaker ? entityNamed(statement.speaker) : null;
    const data = {
      text: statement.text,
      kind: statement.kind,
      start: statement.start,
      end: statement.end,
      speakerId,
      viaSourceId: statement.via ? sources.get(statement.via)! : null,
      cue: statement.cue,
      rule: statement.rule,
      confidence: statement.confidence,
      extractorVersion: statement.extractorVersion,
    };
    const topics = [...new Set((statement.topics ?? []).map((topic) => topicIds.get(topic)!))];
    // Said before in this story (same text, kind and speaker): the same statement, moved.
    const same = reusable.get(statementKey(statement.text, statement.kind, speakerId))?.shift();
    if (same !== undefined) {
      await tx.statement.update({
        where: { id: same },
        data: { ...data, saidAt, topics: { set: topics.map((id) => ({ id })) }, agreements: { set: [] } },
        select: { id: true },
      });
      statementIds.push({ id: same, start: statement.start, end: statement.end });
    } else {
      created.push({ ...data, topics });
    }
  }
  const vanished = [...reusable.values()].flat();
  if (vanished.length) await tx.statement.deleteMany({ where: { id: { in: vanished } } });

  const statistics: StatisticRow[] = plan.statistics.map((statistic) => ({
    value: statistic.value,
    valueMax: statistic.valueMax ?? null,
    qualifier: statistic.qualifier ?? null,
    unit: statistic.unit ?? null,
    label: statistic.label,
    context: statistic.context ?? null,
    direction: statistic.direction ?? null,
    baselineYear: statistic.baselineYear ?? null,
    baselineValue: statistic.baselineValue ?? null,
    text: statistic.text,
    start: statistic.start,
    end: statistic.end,
    subjectId: statistic.subject ? entityNamed(statistic.subject) : null,
    cue: statistic.cue,
    rule: statistic.rule,
    confidence: statistic.confidence,
    extractorVersion: statistic.extractorVersion,
  }));
  // New statements with their topics, statistics, mentions and the article's topics: one statement.
  const inserted = await insertFindings(
    tx,
    { articleId, saidAt, statements: created, statistics, mentions, articleTopics: [...new Set(topicIds.values())] },
    new Date(),
    log,
  );
  for (const row of inserted.statements) {
    statementIds.push(row);
    changes.push({ kind: 'STATEMENT_ADDED', nodeId: row.id });
  }
  const newStatements = inserted.statements.length;
  for (const id of inserted.statistics) changes.push({ kind: 'STATISTIC_ADDED', nodeId: id });

  for (const agreement of plan.agreements) {
    const parties = agreement.parties.map(entityNamed);
    const topicId = agreement.topic ? topicIds.get(agreement.topic)! : null;
    const { agreementId, changed } = await upsertAgreement(tx, { ...agreement, parties: [...new Set(parties)], topicId });
    if (changed && !changes.some((change) => change.kind === 'AGREEMENT_CHANGED' && change.nodeId === agreementId)) {
      changes.push({ kind: 'AGREEMENT_CHANGED', nodeId: agreementId });
    }
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

  return { newStatements, changes };
}

/** A name as the entity rules take it: described by the story's annotation or extraction, or bare. */
function describe(name: string, described?: StoryPlan['entities'][number]) {
  return {
    name,
    kind: described?.kind ?? guessKind(name),
    kindIsGuess: !described || described.kind === 'OTHER',
    titles: described?.title ? [described.title] : [],
    aliases: [...(described?.aliases ?? [])],
  };
}

/**
 * The names a story uses besides its entities (speakers, subjects, parties, in story order; not
 * those of statements an editor's version is kept of), and the descriptions of all of them.
 */
function storyNames(plan: StoryPlan, kept: Span[]) {
  const names = [
    ...plan.statements.filter((statement) => !kept.some((span) => overlaps(span, statement))).flatMap((statement) => (statement.speaker ? [statement.speaker] : [])),
    ...plan.statistics.flatMap((statistic) => (statistic.subject ? [statistic.subject] : [])),
    ...plan.agreements.flatMap((agreement) => agreement.parties),
  ];
  return { names, descriptions: [...plan.entities.map((entity) => describe(entity.name, entity)), ...names.map((name) => describe(name))] };
}

/**
 * Every name the story uses (its entities, then the speakers, subjects and parties in story order)
 * resolved to an entity in one EntityBatch, whose candidates are loaded: the rules run in memory,
 * a few statements write what they decided. Returns the entity of each name, and the story's
 * mentions with how it wrote each entity first.
 */
async function resolveNames(batch: EntityBatch, plan: StoryPlan, kept: Span[]) {
  const { names } = storyNames(plan, kept);
  // Every name this story uses, by key, to the entity it resolved to, with how the story wrote it.
  const named = new Map<string, number>();
  const mentions = new Map<number, { name: string; title: string | null }>();
  const resolve = (name: string, described?: StoryPlan['entities'][number]) => {
    if (named.has(nameKey(name)) && !described) return;
    const id = batch.resolve(describe(name, described));
    for (const alias of [name, ...(described?.aliases ?? [])]) named.set(nameKey(alias), id);
    if (!mentions.has(id)) mentions.set(id, { name, title: described?.title ?? null });
  };
  for (const entity of plan.entities) resolve(entity.name, entity);
  for (const name of names) resolve(name);
  await batch.flush();
  return {
    entityNamed: (name: string) => batch.id(named.get(nameKey(name))!),
    mentions: [...mentions].map(([id, mention]) => ({ entityId: batch.id(id), ...mention })),
  };
}

/**
 * The same agreement (same title, same parties) reported again is one agreement; its status follows
 * the newest report. `changed`: it is new, or its status or a date changed.
 */
async function upsertAgreement(
  tx: Tx,
  agreement: Omit<StoryPlan['agreements'][number], 'parties'> & { parties: number[]; topicId: number | null },
): Promise<{ agreementId: number; changed: boolean }> {
  const key = nameKey(agreement.title);
  const candidates = await tx.agreement.findMany({
    where: { key, parties: { every: { id: { in: agreement.parties } } } },
    select: { id: true, status: true, signedAt: true, proposedAt: true, _count: { select: { parties: true } } },
  });
  const same = candidates.find((candidate) => candidate._count.parties === agreement.parties.length);
  const data = {
    status: agreement.status,
    // The rule follows the newest report, as the status does (null when that report was annotated).
    rule: agreement.rule ?? null,
    ...(agreement.signedAt ? { signedAt: agreement.signedAt } : {}),
    ...(agreement.proposedAt ? { proposedAt: agreement.proposedAt } : {}),
    ...(agreement.topicId ? { topicId: agreement.topicId } : {}),
  };
  if (same) {
    await tx.agreement.update({ where: { id: same.id }, data });
    const sameTime = (before: Date | null, after: Date | null | undefined) => !after || before?.getTime() === after.getTime();
    const changed =
      same.status !== agreement.status || !sameTime(same.signedAt, agreement.signedAt) || !sameTime(same.proposedAt, agreement.proposedAt);
    return { agreementId: same.id, changed };
  }
  const created = await tx.agreement.create({
    data: { title: agreement.title, key, ...data, parties: { connect: agreement.parties.map((id) => ({ id })) } },
  });
  return { agreementId: created.id, changed: true };
}
