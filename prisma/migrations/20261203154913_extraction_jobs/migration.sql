-- CreateEnum
CREATE TYPE "ExtractionStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "extractionAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extractionError" TEXT,
ADD COLUMN     "extractionStatus" "ExtractionStatus" NOT NULL DEFAULT 'done',
ADD COLUMN     "extractionUpdatedAt" TIMESTAMP(3);
