-- Every extracted statement records the rule that found it, so an editor can see why the graph says
-- what it says. Null for annotated statements and for those stored before this migration.

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "rule" TEXT;
