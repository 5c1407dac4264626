-- AlterEnum
ALTER TYPE "TopicKind" ADD VALUE 'continuation';
