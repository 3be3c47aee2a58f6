-- Statistics a reader can use: a range's upper end, the qualifier the text puts on a figure ("about",
-- "more than", "up to"), the sentence it stands in, and the extraction rules that found it. All null
-- for statistics stored before this migration and, but for the qualifier and valueMax, for annotated ones.

-- CreateEnum
CREATE TYPE "StatisticQualifier" AS ENUM ('ABOUT', 'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST', 'UP_TO', 'ALMOST');

-- AlterTable
ALTER TABLE "Statistic" ADD COLUMN     "valueMax" DOUBLE PRECISION,
ADD COLUMN     "qualifier" "StatisticQualifier",
ADD COLUMN     "context" TEXT,
ADD COLUMN     "rule" TEXT;
