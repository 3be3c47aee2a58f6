// The hot path of storing a new story, as a few raw SQL statements with arrays (unnest) instead of
// Prisma's create/createMany. Two reasons, both measured (docs/performance.md, "Ingestion"):
// Prisma compiles a createMany whose row count it has not seen before (its query plan cache keys on
// the shape, and the row count is part of it), which was a fifth of the server's CPU under a burst
// of stories; and each distinct SQL text takes one of the few prepared-statement names
// (src/database/prepared-statements.ts). Here every statement has one text whatever the row count,
// and a story's findings go in one round trip.
import { Prisma, type StatementKind } from '../../generated/prisma/client.js';
import type { CandidateRow } from '../entities/batch.js';
import { changeLogInsert } from '../../live/change-log.js';

type Tx = Prisma.TransactionClient;

/** A timestamp as the columns keep them (timestamp(3) in UTC), from an ISO string; null stays null. */
const utc = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Inserts a new article; with `candidates` (the query of the entities its names may resolve to,
 * `candidatesQuery` in entities/batch.ts), also runs that query in the same round trip.
 */
export async function insertArticle(
  tx: Tx,
  article: { url: string; title: string; body: string; publishedAt: Date | null; language: string; fingerprint: string; sourceId: number | null },
  now: Date,
  candidates: Prisma.Sql | null,
): Promise<{ id: number; candidates: CandidateRow[] }> {
  const [row] = await tx.$queryRaw<{ id: number; candidates: CandidateRow[] | null }[]>`
    WITH article AS (
      INSERT INTO "Article" ("url", "title", "body", "publishedAt", "language", "fingerprint", "sourceId", "createdAt", "updatedAt")
      VALUES (${article.url}, ${article.title}, ${article.body}, ${utc(article.publishedAt)}::timestamptz AT TIME ZONE 'UTC', ${article.language},
        ${article.fingerprint}, ${article.sourceId}::int, ${utc(now)}::timestamptz AT TIME ZONE 'UTC', ${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      RETURNING "id"
    )
    SELECT (SELECT "id" FROM article) AS "id",
      ${candidates ? Prisma.sql`(SELECT json_agg(candidate) FROM (${candidates}) AS candidate)` : Prisma.sql`NULL::json`} AS candidates`;
  return { id: row!.id, candidates: row!.candidates ?? [] };
}

export interface StatementRow {
  text: string;
  kind: StatementKind;
  start: number;
  end: number;
  speakerId: number | null;
  viaSourceId: number | null;
  cue: string | null;
  rule: string | null;
  confidence: number | null;
  extractorVersion: string | null;
  /** Topic ids. */
  topics: number[];
}

export interface StatisticRow {
  value: number;
  valueMax: number | null;
  qualifier: string | null;
  unit: string | null;
  label: string;
  context: string | null;
  direction: string | null;
  baselineYear: number | null;
  baselineValue: number | null;
  text: string;
  start: number;
  end: number;
  subjectId: number | null;
  cue: string | null;
  rule: string | null;
  confidence: number | null;
  extractorVersion: string | null;
}

export interface Findings {
  articleId: number;
  /** When the statements were said (the story's date), for every one. */
  saidAt: Date | null;
  statements: StatementRow[];
  statistics: StatisticRow[];
  mentions: { entityId: number; name: string; title: string | null }[];
  /** Topic ids of the article. */
  articleTopics: number[];
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);

/**
 * Inserts a story's new statements (with their topics), statistics, entity mentions and article
 * topics in one statement. Returns the new statements (in the order given, with their spans) and
 * the new statistics' ids (in the order given).
 *
 * With `log`, the same statement also appends to the change log what the story's own
 * recordChanges would (ARTICLE_ADDED when `articleAdded`, then the new statements, then the new
 * statistics, each in id order) and takes the change-log lock (even when there is nothing new to
 * log: a changed story that found nothing new holds it for its COMMIT): it must then be the
 * transaction's last statement. One round trip fewer, and the lock is held across one round trip (to the COMMIT)
 * instead of two, while every other story's commit waits for it.
 *
 * Rows of one INSERT ... SELECT ... ORDER BY take their serial ids in that order, so the n-th
 * smallest new id is the n-th row given: that is how statement topics find their statement.
 */
export async function insertFindings(
  tx: Tx,
  findings: Findings,
  now: Date,
  log?: { articleAdded: boolean },
): Promise<{ statements: { id: number; start: number; end: number }[]; statistics: number[] }> {
  const { articleId, statements, statistics, mentions } = findings;
  const links = statements.flatMap((statement, i) => statement.topics.map((topic) => [i + 1, topic] as const));
  const rows = await tx.$queryRaw<{ table: 'Statement' | 'Statistic'; id: number; start: number; end: number }[]>`
    WITH new_statements AS (
      INSERT INTO "Statement" ("text", "kind", "start", "end", "speakerId", "articleId", "viaSourceId", "saidAt", "cue", "rule", "confidence",
        "extractorVersion", "createdAt", "updatedAt")
      SELECT s.text, s.kind::"StatementKind", s.start, s."end", s.speaker, ${articleId}::int, s.via,
        ${utc(findings.saidAt)}::timestamptz AT TIME ZONE 'UTC', s.cue, s.rule, s.confidence, s.version,
        ${utc(now)}::timestamptz AT TIME ZONE 'UTC', ${utc(now)}::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${column(statements, 'text')}::text[], ${column(statements, 'kind')}::text[], ${column(statements, 'start')}::int[],
        ${column(statements, 'end')}::int[], ${column(statements, 'speakerId')}::int[], ${column(statements, 'viaSourceId')}::int[],
        ${column(statements, 'cue')}::text[], ${column(statements, 'rule')}::text[], ${column(statements, 'confidence')}::float8[],
        ${column(statements, 'extractorVersion')}::text[])
        WITH ORDINALITY AS s(text, kind, start, "end", speaker, via, cue, rule, confidence, version, position)
      ORDER BY s.position
      RETURNING "id", "start", "end"
    ),
    numbered AS (SELECT "id", row_number() OVER (ORDER BY "id") AS position FROM new_statements),
    statement_topics AS (
      INSERT INTO "_StatementToTopic" ("A", "B")
      SELECT numbered."id", link.topic
      FROM unnest(${links.map(([position]) => position)}::int[], ${links.map(([, topic]) => topic)}::int[]) AS link(position, topic)
      JOIN numbered ON numbered.position = link.position
      ON CONFLICT DO NOTHING
    ),
    new_statistics AS (
      INSERT INTO "Statistic" ("value", "valueMax", "qualifier", "unit", "label", "context", "direction", "baselineYear", "baselineValue",
        "text", "start", "end", "articleId", "subjectId", "cue", "rule", "confidence", "extractorVersion", "createdAt")
      SELECT t.value, t.value_max, t.qualifier::"StatisticQualifier", t.unit, t.label, t.context, t.direction::"ChangeDirection",
        t.baseline_year, t.baseline_value, t.text, t.start, t."end", ${articleId}::int, t.subject, t.cue, t.rule, t.confidence, t.version,
        ${utc(now)}::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${column(statistics, 'value')}::float8[], ${column(statistics, 'valueMax')}::float8[], ${column(statistics, 'qualifier')}::text[],
        ${column(statistics, 'unit')}::text[], ${column(statistics, 'label')}::text[], ${column(statistics, 'context')}::text[],
        ${column(statistics, 'direction')}::text[], ${column(statistics, 'baselineYear')}::int[], ${column(statistics, 'baselineValue')}::float8[],
        ${column(statistics, 'text')}::text[], ${column(statistics, 'start')}::int[], ${column(statistics, 'end')}::int[],
        ${column(statistics, 'subjectId')}::int[], ${column(statistics, 'cue')}::text[], ${column(statistics, 'rule')}::text[],
        ${column(statistics, 'confidence')}::float8[], ${column(statistics, 'extractorVersion')}::text[])
        WITH ORDINALITY AS t(value, value_max, qualifier, unit, label, context, direction, baseline_year, baseline_value, text, start, "end",
          subject, cue, rule, confidence, version, position)
      ORDER BY t.position
      RETURNING "id"
    ),
    new_mentions AS (
      INSERT INTO "EntityMention" ("entityId", "articleId", "name", "title")
      SELECT m.entity, ${articleId}::int, m.name, m.title
      FROM unnest(${column(mentions, 'entityId')}::int[], ${column(mentions, 'name')}::text[], ${column(mentions, 'title')}::text[]) AS m(entity, name, title)
      ON CONFLICT DO NOTHING
    ),
    article_topics AS (
      INSERT INTO "_ArticleToTopic" ("A", "B") SELECT ${articleId}::int, topic FROM unnest(${findings.articleTopics}::int[]) AS topic
      ON CONFLICT DO NOTHING
    )${
      log
        ? Prisma.sql`,
    logged AS (${changeLogInsert(Prisma.sql`
      SELECT 'ARTICLE_ADDED' AS kind, ${articleId}::int AS node_id, 0::bigint AS position WHERE ${log.articleAdded}::boolean
      UNION ALL SELECT 'STATEMENT_ADDED', "id", ${2 ** 32}::bigint + "id" FROM new_statements
      UNION ALL SELECT 'STATISTIC_ADDED', "id", ${2 ** 33}::bigint + "id" FROM new_statistics`)})`
        : Prisma.empty
    }
    SELECT 'Statement' AS "table", "id", "start", "end" FROM new_statements
    UNION ALL
    SELECT 'Statistic', "id", 0, 0 FROM new_statistics
    ORDER BY 1, 2`;
  return {
    statements: rows.filter((row) => row.table === 'Statement').map(({ id, start, end }) => ({ id, start, end })),
    statistics: rows.filter((row) => row.table === 'Statistic').map(({ id }) => id),
  };
}
