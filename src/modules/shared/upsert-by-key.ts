// Finds or creates many rows of a table with a unique text key in one statement (two when another
// transaction created some of them meanwhile), instead of one upsert per row.
import { Prisma } from '../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/**
 * Ids of the rows of `table` whose `keyColumn` is each given key, inserting the missing ones with
 * their `name`. `rows` maps key -> name (the first name given for a key wins).
 *
 * In one statement, a row another transaction committed after this statement began is neither
 * inserted (ON CONFLICT DO NOTHING) nor seen by its SELECT: those few are read again afterwards.
 */
export async function upsertByKey(tx: Tx, table: 'Topic' | 'Source', keyColumn: 'slug' | 'key', rows: Map<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (!rows.size) return ids;
  // In one order for every story, so two stories inserting the same new rows at once do not deadlock.
  const keys = [...rows.keys()].sort();
  const names = keys.map((key) => rows.get(key)!);
  const tableSql = Prisma.raw(`"${table}"`);
  const keySql = Prisma.raw(`"${keyColumn}"`);
  const found = await tx.$queryRaw<{ id: number; key: string }[]>`
    WITH input(name, key) AS (SELECT * FROM unnest(${names}::text[], ${keys}::text[])),
    inserted AS (
      INSERT INTO ${tableSql} ("name", ${keySql}) SELECT name, key FROM input
      ON CONFLICT (${keySql}) DO NOTHING
      RETURNING "id", ${keySql} AS key
    )
    SELECT "id", key FROM inserted
    UNION ALL
    SELECT "id", ${keySql} AS key FROM ${tableSql} WHERE ${keySql} = ANY(${keys}::text[])`;
  for (const { id, key } of found) ids.set(key, id);
  const missing = keys.filter((key) => !ids.has(key));
  if (missing.length) {
    const late = await tx.$queryRaw<{ id: number; key: string }[]>`
      SELECT "id", ${keySql} AS key FROM ${tableSql} WHERE ${keySql} = ANY(${missing}::text[])`;
    for (const { id, key } of late) ids.set(key, id);
  }
  return ids;
}

/** The stored article of a URL, as `upsertSourcesAndTopics` checks it. */
export interface StoredArticle {
  id: number;
  fingerprint: string | null;
}

/**
 * Sources by key and topics by slug, both found or created in one statement (two when another
 * transaction created some of them meanwhile): what a story names of each, in one round trip.
 *
 * With `article`, the same statement also reads the article stored under its URL (returned as
 * `article`), and creates nothing when that article already has the same fingerprint (the same
 * story added again writes nothing): one round trip fewer per story than asking first.
 */
export async function upsertSourcesAndTopics(
  tx: Tx,
  sources: Map<string, string>,
  topics: Map<string, string>,
  article?: { url: string; fingerprint: string },
): Promise<{ sources: Map<string, number>; topics: Map<string, number>; article?: StoredArticle }> {
  const result: { sources: Map<string, number>; topics: Map<string, number>; article?: StoredArticle } = { sources: new Map(), topics: new Map() };
  if (!sources.size && !topics.size && !article) return result;
  // In one order for every story, so two stories inserting the same new rows at once do not deadlock.
  const sourceKeys = [...sources.keys()].sort();
  const topicSlugs = [...topics.keys()].sort();
  // Without an article to check, `stored` is empty and `unchanged` false: every name is upserted.
  const found = await tx.$queryRaw<{ table: 'Source' | 'Topic' | 'Article'; id: number; key: string | null }[]>`
    WITH stored AS (SELECT "id", "fingerprint" FROM "Article" WHERE "url" = ${article?.url ?? null}::text),
    unchanged AS (SELECT EXISTS (SELECT 1 FROM stored WHERE "fingerprint" = ${article?.fingerprint ?? null}::text) AS yes),
    new_sources AS (
      INSERT INTO "Source" ("name", "key")
      SELECT * FROM unnest(${sourceKeys.map((key) => sources.get(key)!)}::text[], ${sourceKeys}::text[]) WHERE NOT (SELECT yes FROM unchanged)
      ON CONFLICT ("key") DO NOTHING
      RETURNING "id", "key"
    ),
    new_topics AS (
      INSERT INTO "Topic" ("name", "slug")
      SELECT * FROM unnest(${topicSlugs.map((slug) => topics.get(slug)!)}::text[], ${topicSlugs}::text[]) WHERE NOT (SELECT yes FROM unchanged)
      ON CONFLICT ("slug") DO NOTHING
      RETURNING "id", "slug"
    )
    SELECT 'Article' AS "table", "id", "fingerprint" AS "key" FROM stored
    UNION ALL SELECT 'Source', "id", "key" FROM new_sources
    UNION ALL SELECT 'Source', "id", "key" FROM "Source" WHERE "key" = ANY(${sourceKeys}::text[])
    UNION ALL SELECT 'Topic', "id", "slug" FROM new_topics
    UNION ALL SELECT 'Topic', "id", "slug" FROM "Topic" WHERE "slug" = ANY(${topicSlugs}::text[])`;
  for (const { table, id, key } of found) {
    if (table === 'Article') result.article = { id, fingerprint: key };
    else (table === 'Source' ? result.sources : result.topics).set(key!, id);
  }
  // The same story again: nothing was created, and nothing more is needed.
  if (article && result.article?.fingerprint === article.fingerprint) return result;
  // Rows another transaction committed after this statement began: read again.
  const missingSources = sourceKeys.filter((key) => !result.sources.has(key));
  if (missingSources.length) for (const [key, id] of await upsertByKey(tx, 'Source', 'key', new Map(missingSources.map((key) => [key, sources.get(key)!])))) result.sources.set(key, id);
  const missingTopics = topicSlugs.filter((slug) => !result.topics.has(slug));
  if (missingTopics.length) for (const [slug, id] of await upsertByKey(tx, 'Topic', 'slug', new Map(missingTopics.map((slug) => [slug, topics.get(slug)!])))) result.topics.set(slug, id);
  return result;
}
