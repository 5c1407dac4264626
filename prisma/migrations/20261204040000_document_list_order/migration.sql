-- DropIndex
DROP INDEX "Document_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Document_list_order_idx" ON "Document"("publishedAt", "createdAt", "id");
