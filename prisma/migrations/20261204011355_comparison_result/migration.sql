-- CreateTable
CREATE TABLE "ComparisonResult" (
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "table" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComparisonResult_pkey" PRIMARY KEY ("key")
);
