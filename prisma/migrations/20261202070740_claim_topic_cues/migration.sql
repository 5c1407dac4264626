-- AlterTable
ALTER TABLE "ClaimTopic" ADD COLUMN     "cues" JSONB;
