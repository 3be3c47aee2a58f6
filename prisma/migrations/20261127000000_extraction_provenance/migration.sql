-- Extraction provenance: statistics carry cue, confidence and extractor version like statements;
-- entities the extractor cannot classify are kept as OTHER. Generated with `prisma migrate diff`.

-- AlterEnum
ALTER TYPE "EntityKind" ADD VALUE 'OTHER';

-- AlterTable
ALTER TABLE "Statistic" ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "cue" TEXT,
ADD COLUMN     "extractorVersion" TEXT;

