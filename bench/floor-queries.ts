// The floor's hand-written SQL for the three reads of schema/operations/bench.graphql: one query
// each, shared by bench/floor-server.ts (which serves them) and bench/read-layers.ts (which times
// them on their own).

// Q1 and Q3: one join each, newest first (saidAt DESC NULLS LAST, id DESC: the API's order, and the
// index's since migration 20261207120000_ingestion_scale; without NULLS LAST PostgreSQL sorts every row).
export const Q1 = `
SELECT s.id, s.kind, s.text, s."saidAt", sp.id AS "speakerId", sp.name AS "speakerName", a.id AS "articleId", a.title AS "articleTitle"
FROM "Statement" s
JOIN "Article" a ON a.id = s."articleId"
LEFT JOIN "Entity" sp ON sp.id = s."speakerId"
ORDER BY s."saidAt" DESC NULLS LAST, s.id DESC
LIMIT 20`;

export const Q3 = `
SELECT s.id, s.kind, s.text, s."saidAt", a.id AS "articleId", a.title AS "articleTitle"
FROM "Statement" s
JOIN "Article" a ON a.id = s."articleId"
WHERE s."speakerId" = $1
ORDER BY s."saidAt" DESC NULLS LAST, s.id DESC
LIMIT 50`;

// Q2: the article with its two lists aggregated in place (two independent 1:N lists cannot share
// one flat join without multiplying rows), each in the API's order (start, id), capped at a page.
export const Q2 = `
SELECT a.id, a.title, a.url, a."publishedAt",
  (SELECT coalesce(json_agg(json_build_array(s.id, s.kind, s.text, s.start, s."end", s."speakerId", s."speakerName")), '[]')
   FROM (SELECT st.id, st.kind, st.text, st.start, st."end", sp.id AS "speakerId", sp.name AS "speakerName"
         FROM "Statement" st LEFT JOIN "Entity" sp ON sp.id = st."speakerId"
         WHERE st."articleId" = a.id ORDER BY st.start, st.id LIMIT 100) s) AS statements,
  (SELECT coalesce(json_agg(json_build_array(t.id, t.value, t.unit, t.label, t.direction, t.text, t.start, t."end")), '[]')
   FROM (SELECT * FROM "Statistic" WHERE "articleId" = a.id ORDER BY start, id LIMIT 100) t) AS statistics
FROM "Article" a
WHERE a.id = $1`;
