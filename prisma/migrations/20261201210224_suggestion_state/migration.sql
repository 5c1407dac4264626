-- CreateTable
CREATE TABLE "SuggestionState" (
    "key" TEXT NOT NULL,
    "documentIds" TEXT[],
    "fingerprint" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionState_pkey" PRIMARY KEY ("key")
);
