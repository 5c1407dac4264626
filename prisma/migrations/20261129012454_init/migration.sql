-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('article', 'commentary', 'analysis', 'statement', 'interview', 'report', 'social', 'other');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('quote', 'reported', 'factual', 'evaluative', 'prediction');

-- CreateEnum
CREATE TYPE "Voice" AS ENUM ('speaker', 'author');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('auto', 'human');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('suggested', 'accepted', 'rejected', 'disputed');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'opposes', 'neutral', 'mixed');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('about', 'over', 'under', 'up-to', 'at-least', 'exact', 'few');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT[],
    "sourceId" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'article',
    "engineVersion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "kind" "ClaimKind" NOT NULL,
    "voice" "Voice" NOT NULL DEFAULT 'author',
    "speaker" TEXT,
    "cue" TEXT,
    "hedged" BOOLEAN NOT NULL DEFAULT false,
    "hedgeCue" TEXT,
    "negated" BOOLEAN NOT NULL DEFAULT false,
    "negationCue" TEXT,
    "checkworthiness" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reason" TEXT[],
    "entities" JSONB NOT NULL DEFAULT '[]',
    "origin" "Origin" NOT NULL DEFAULT 'auto',
    "status" "ClaimStatus" NOT NULL DEFAULT 'suggested',
    "editedByHuman" BOOLEAN NOT NULL DEFAULT false,
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quantity" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "unit" TEXT,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Quantity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "question" TEXT,
    "concepts" TEXT[],
    "origin" "Origin" NOT NULL DEFAULT 'human',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimTopic" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL DEFAULT 'neutral',
    "origin" "Origin" NOT NULL DEFAULT 'auto',
    "status" "ClaimStatus" NOT NULL DEFAULT 'suggested',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "rationale" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConceptGroup" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "termsDe" TEXT[],
    "termsEn" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConceptGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_publishedAt_idx" ON "Document"("publishedAt");

-- CreateIndex
CREATE INDEX "Document_sourceId_idx" ON "Document"("sourceId");

-- CreateIndex
CREATE INDEX "Document_title_idx" ON "Document" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_documentId_start_idx" ON "Claim"("documentId", "start");

-- CreateIndex
CREATE INDEX "Claim_status_idx" ON "Claim"("status");

-- CreateIndex
CREATE INDEX "Claim_speaker_idx" ON "Claim"("speaker");

-- CreateIndex
CREATE INDEX "Claim_text_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Quantity_claimId_idx" ON "Quantity"("claimId");

-- CreateIndex
CREATE INDEX "Quantity_subject_idx" ON "Quantity"("subject");

-- CreateIndex
CREATE INDEX "Topic_label_idx" ON "Topic"("label");

-- CreateIndex
CREATE INDEX "ClaimTopic_topicId_idx" ON "ClaimTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimTopic_claimId_topicId_key" ON "ClaimTopic"("claimId", "topicId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quantity" ADD CONSTRAINT "Quantity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTopic" ADD CONSTRAINT "ClaimTopic_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTopic" ADD CONSTRAINT "ClaimTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
