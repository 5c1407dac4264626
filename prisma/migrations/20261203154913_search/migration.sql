-- Full-text search (lib/db/queries/search.ts, docs/search.md). Hand-edited after the diff: the
-- schema only knows the columns as Unsupported("tsvector"), so how they are filled lives here.

-- The text-search configuration for a document language ('de' german, 'en' english, else simple).
CREATE FUNCTION claimscope_search_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE lang WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;

-- A document's vector: its title (weight A) and the first 200,000 characters of its text
-- (weight D; a tsvector holds at most 1 MB, and a 20 MB import must still store). The generated
-- expression is immutable because claimscope_search_config is; schema.prisma repeats it in a
-- dbgenerated default, as PostgreSQL prints it, so that the next schema diff stays empty.
ALTER TABLE "Document" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(claimscope_search_config("language"), coalesce("title", '')), 'A') ||
  setweight(to_tsvector(claimscope_search_config("language"), left(coalesce("text", ''), 200000)), 'D')
) STORED;

-- A claim's vector uses its document's language, which a generated column cannot read: a
-- trigger fills it when a claim is written, and another refreshes a document's claims when the
-- document's language changes.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION claimscope_claim_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := to_tsvector(
    claimscope_search_config((SELECT d."language" FROM "Document" d WHERE d."id" = NEW."documentId")),
    coalesce(NEW."text", ''));
  RETURN NEW;
END $$;

CREATE TRIGGER "Claim_searchVector" BEFORE INSERT OR UPDATE OF "text", "documentId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimscope_claim_search_vector();

CREATE FUNCTION claimscope_document_language_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" SET "searchVector" = to_tsvector(claimscope_search_config(NEW."language"), "text")
    WHERE "documentId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Document_language_searchVector" AFTER UPDATE OF "language" ON "Document"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION claimscope_document_language_changed();

UPDATE "Claim" c SET "searchVector" = to_tsvector(claimscope_search_config(d."language"), c."text")
  FROM "Document" d WHERE d."id" = c."documentId";

-- CreateIndex
CREATE INDEX "Claim_speaker_trgm_idx" ON "Claim" USING GIN ("speaker" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");
