-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'SIGNED', 'NOT_REACHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ChangeDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL DEFAULT 'en',
    "fingerprint" TEXT,
    "sourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("body", '')), 'B')) STORED,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "titles" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("name", ''))) STORED,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityAlias" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "EntityAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityMention" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,

    CONSTRAINT "EntityMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "articleId" INTEGER NOT NULL,
    "viaSourceId" INTEGER,
    "saidAt" TIMESTAMP(3) NOT NULL,
    "cue" TEXT,
    "confidence" DOUBLE PRECISION,
    "extractorVersion" TEXT,
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("text", ''))) STORED,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "topicId" INTEGER,
    "proposedAt" TIMESTAMP(3),
    "signedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", ''))) STORED,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementMention" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "AgreementMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statistic" (
    "id" SERIAL NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT,
    "label" TEXT NOT NULL,
    "direction" "ChangeDirection",
    "baselineYear" INTEGER,
    "baselineValue" DOUBLE PRECISION,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "subjectId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("label", '')), 'A') || setweight(to_tsvector('english', coalesce("text", '')), 'B')) STORED,

    CONSTRAINT "Statistic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ArticleToTopic" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ArticleToTopic_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_StatementToTopic" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementToTopic_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AgreementParties" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AgreementParties_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AgreementStatements" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AgreementStatements_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_sourceId_publishedAt_idx" ON "Article"("sourceId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Entity_key_idx" ON "Entity"("key");

-- CreateIndex
CREATE INDEX "Entity_name_id_idx" ON "Entity"("name", "id");

-- CreateIndex
CREATE INDEX "Entity_search_idx" ON "Entity" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_kind_key_key" ON "Entity"("kind", "key");

-- CreateIndex
CREATE INDEX "EntityAlias_key_idx" ON "EntityAlias"("key");

-- CreateIndex
CREATE UNIQUE INDEX "EntityAlias_entityId_key_key" ON "EntityAlias"("entityId", "key");

-- CreateIndex
CREATE INDEX "EntityMention_articleId_idx" ON "EntityMention"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityMention_entityId_articleId_key" ON "EntityMention"("entityId", "articleId");

-- CreateIndex
CREATE INDEX "Statement_saidAt_id_idx" ON "Statement"("saidAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidAt_id_idx" ON "Statement"("speakerId", "saidAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Statement_articleId_start_idx" ON "Statement"("articleId", "start");

-- CreateIndex
CREATE INDEX "Statement_kind_saidAt_idx" ON "Statement"("kind", "saidAt" DESC);

-- CreateIndex
CREATE INDEX "Statement_viaSourceId_idx" ON "Statement"("viaSourceId");

-- CreateIndex
CREATE INDEX "Statement_search_idx" ON "Statement" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Agreement_key_idx" ON "Agreement"("key");

-- CreateIndex
CREATE INDEX "Agreement_status_id_idx" ON "Agreement"("status", "id");

-- CreateIndex
CREATE INDEX "Agreement_topicId_idx" ON "Agreement"("topicId");

-- CreateIndex
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING GIN ("search");

-- CreateIndex
CREATE INDEX "AgreementMention_articleId_idx" ON "AgreementMention"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMention_agreementId_articleId_start_key" ON "AgreementMention"("agreementId", "articleId", "start");

-- CreateIndex
CREATE INDEX "Statistic_articleId_start_idx" ON "Statistic"("articleId", "start");

-- CreateIndex
CREATE INDEX "Statistic_subjectId_idx" ON "Statistic"("subjectId");

-- CreateIndex
CREATE INDEX "Statistic_unit_id_idx" ON "Statistic"("unit", "id");

-- CreateIndex
CREATE INDEX "Statistic_search_idx" ON "Statistic" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "_ArticleToTopic_B_index" ON "_ArticleToTopic"("B");

-- CreateIndex
CREATE INDEX "_StatementToTopic_B_index" ON "_StatementToTopic"("B");

-- CreateIndex
CREATE INDEX "_AgreementParties_B_index" ON "_AgreementParties"("B");

-- CreateIndex
CREATE INDEX "_AgreementStatements_B_index" ON "_AgreementStatements"("B");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityAlias" ADD CONSTRAINT "EntityAlias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMention" ADD CONSTRAINT "EntityMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_viaSourceId_fkey" FOREIGN KEY ("viaSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMention" ADD CONSTRAINT "AgreementMention_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMention" ADD CONSTRAINT "AgreementMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statistic" ADD CONSTRAINT "Statistic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statistic" ADD CONSTRAINT "Statistic_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArticleToTopic" ADD CONSTRAINT "_ArticleToTopic_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArticleToTopic" ADD CONSTRAINT "_ArticleToTopic_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementToTopic" ADD CONSTRAINT "_StatementToTopic_A_fkey" FOREIGN KEY ("A") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementToTopic" ADD CONSTRAINT "_StatementToTopic_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgreementParties" ADD CONSTRAINT "_AgreementParties_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgreementParties" ADD CONSTRAINT "_AgreementParties_B_fkey" FOREIGN KEY ("B") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgreementStatements" ADD CONSTRAINT "_AgreementStatements_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AgreementStatements" ADD CONSTRAINT "_AgreementStatements_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

