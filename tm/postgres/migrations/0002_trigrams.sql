-- Fuzzy candidates and concordance: pg_trgm over the variants' text.
-- The database's LC_CTYPE must let pg_trgm read Hangul (C.UTF-8 or
-- ko_KR.UTF-8, not C); the store checks this before it runs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX variants_trgm ON variants USING gin (text gin_trgm_ops);
