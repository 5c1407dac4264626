-- CreateEnum
CREATE TYPE "DocumentFormat" AS ENUM ('text', 'markdown', 'html', 'pdf', 'docx');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "format" "DocumentFormat";
