-- Every extracted agreement records the rule that found its newest report, as statements do, so an
-- editor can see why the graph says what it says. Null for annotated agreements and for those stored
-- before this migration.

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "rule" TEXT;
