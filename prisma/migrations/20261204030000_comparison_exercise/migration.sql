-- CreateEnum
CREATE TYPE "ExerciseMode" AS ENUM ('annotate', 'compare');

-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN     "mode" "ExerciseMode" NOT NULL DEFAULT 'annotate',
ADD COLUMN     "questionTopicId" TEXT;

-- CreateTable
CREATE TABLE "ComparisonItem" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "claimId" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComparisonItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonPair" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "leftItemId" TEXT NOT NULL,
    "rightItemId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComparisonPair_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComparisonItem_submissionId_documentId_start_idx" ON "ComparisonItem"("submissionId", "documentId", "start");

-- CreateIndex
CREATE INDEX "ComparisonPair_submissionId_idx" ON "ComparisonPair"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "ComparisonPair_leftItemId_rightItemId_key" ON "ComparisonPair"("leftItemId", "rightItemId");

-- AddForeignKey
ALTER TABLE "ComparisonItem" ADD CONSTRAINT "ComparisonItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonPair" ADD CONSTRAINT "ComparisonPair_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonPair" ADD CONSTRAINT "ComparisonPair_leftItemId_fkey" FOREIGN KEY ("leftItemId") REFERENCES "ComparisonItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonPair" ADD CONSTRAINT "ComparisonPair_rightItemId_fkey" FOREIGN KEY ("rightItemId") REFERENCES "ComparisonItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
