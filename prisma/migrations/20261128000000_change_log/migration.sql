-- The change log behind subscriptions. `seq` comes from its own sequence, taken only while holding
-- a transaction-scoped advisory lock (src/live/change-log.ts), so sequence order is commit order.

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('ARTICLE_ADDED', 'STATEMENT_ADDED', 'STATISTIC_ADDED', 'AGREEMENT_CHANGED');

-- CreateSequence
CREATE SEQUENCE "ChangeEvent_seq";

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "seq" BIGINT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ChangeEvent_kind_seq_idx" ON "ChangeEvent"("kind", "seq");
