-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "subjective" BOOLEAN,
ADD COLUMN     "subjectiveCues" TEXT[] DEFAULT ARRAY[]::TEXT[];
