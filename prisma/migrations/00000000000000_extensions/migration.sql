-- pg_trgm backs trigram similarity and the gin_trgm_ops indexes used by topic matching.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
