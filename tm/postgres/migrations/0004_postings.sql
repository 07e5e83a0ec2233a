-- Fuzzy candidates and concordance as in the embedded store: an inverted
-- index of posting lists. Each row is a segment of one term's list (a
-- tm.IndexTerms hash): the ascending ids of the units holding the term in
-- any variant, as unsigned varint deltas (the first from 0), n ids, the
-- last one `last`. A lookup sums n for the query's terms (their document
-- frequencies), reads the rarest terms' segments up to a budget and counts
-- shared terms per unit in Go. The int8[] term column and the trigram
-- index are dropped: imports no longer build GIN indexes. The postings of
-- the units stored so far are built in Go by this migration (see
-- migrationSteps in migrate.go).
DROP INDEX IF EXISTS variants_terms;
ALTER TABLE variants DROP COLUMN IF EXISTS terms;
DROP TABLE IF EXISTS terms;
DROP INDEX IF EXISTS variants_trgm;
CREATE TABLE postings (
	term bigint NOT NULL,
	last bigint NOT NULL,
	n integer NOT NULL,
	data bytea NOT NULL
);
CREATE UNIQUE INDEX postings_term ON postings (term, last) INCLUDE (n);
-- The language keys of the variants, for concordance in every language.
CREATE TABLE langs (lkey text PRIMARY KEY);
INSERT INTO langs SELECT DISTINCT lkey FROM variants;
