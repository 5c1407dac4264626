-- CreateIndex
CREATE INDEX "Claim_review_order_idx" ON "Claim"("status", "documentId", "start", "id");

-- CreateIndex
CREATE INDEX "ClaimTopic_review_order_idx" ON "ClaimTopic"("status", "topicId", "createdAt", "id");
