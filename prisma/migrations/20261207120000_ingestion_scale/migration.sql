-- A statement's `saidAt` is its story's publication time, and null when the story has none: it
-- used to fall back to the time of ingestion, which ranked undated 2016 statements as the latest.
-- When a statement was stored is `createdAt` (`addedAt` in the API).

-- AlterTable
ALTER TABLE "Statement" ALTER COLUMN "saidAt" DROP NOT NULL;

-- Statements of undated stories lose their made-up time; the others follow their story.
UPDATE "Statement" AS s SET "saidAt" = a."publishedAt"
FROM "Article" AS a
WHERE s."articleId" = a."id" AND s."saidAt" IS DISTINCT FROM a."publishedAt";

-- "Newest first" lists sort `saidAt DESC NULLS LAST`: undated statements come after the dated
-- ones. The indexes follow that order so those lists still read an index instead of sorting
-- (Prisma's schema cannot express NULLS LAST; the names stay the ones it expects).
DROP INDEX "Statement_saidAt_id_idx";
CREATE INDEX "Statement_saidAt_id_idx" ON "Statement"("saidAt" DESC NULLS LAST, "id");
DROP INDEX "Statement_speakerId_saidAt_id_idx";
CREATE INDEX "Statement_speakerId_saidAt_id_idx" ON "Statement"("speakerId", "saidAt" DESC NULLS LAST, "id");
DROP INDEX "Statement_kind_saidAt_idx";
CREATE INDEX "Statement_kind_saidAt_idx" ON "Statement"("kind", "saidAt" DESC NULLS LAST);

-- Change-log retention (CHANGE_LOG_RETENTION): how far the log has been pruned. A resume cursor
-- before `prunedThrough` may have missed pruned changes: it gets CURSOR_EXPIRED instead of a gap.
CREATE TABLE "ChangeLogHorizon" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "prunedThrough" BIGINT NOT NULL,

    CONSTRAINT "ChangeLogHorizon_pkey" PRIMARY KEY ("id")
);
