-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "ratedById" TEXT,
ADD COLUMN     "rating" INTEGER,
ADD COLUMN     "ratingLabel" TEXT;
