-- Author names as one text, so that a query can find a document by an author's name through a
-- trigram index (the search's word_similarity over each name is then the exact check).
CREATE FUNCTION claimscope_author_names(names text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(names, ' ; ') $$;

ALTER TABLE "Document" ADD COLUMN "authorNames" text GENERATED ALWAYS AS (claimscope_author_names(authors)) STORED;

-- CreateIndex
CREATE INDEX "Document_authorNames_trgm_idx" ON "Document" USING GIN ("authorNames" gin_trgm_ops);
