-- CreateEnum
CREATE TYPE "TopicKind" AS ENUM ('number', 'flip', 'proposition');

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "kind" "TopicKind";
