-- AlterTable
ALTER TABLE "ConceptGroup" ADD COLUMN     "oppositesDe" TEXT[],
ADD COLUMN     "oppositesEn" TEXT[],
ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "SavedComparison" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documentIds" TEXT[],
    "curated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedComparison_pkey" PRIMARY KEY ("id")
);
