-- Fuzzy candidates by shared index terms, as in the embedded store:
-- every variant's tm.IndexTerms (words of spaced languages, two-character
-- runs of Korean words; hashed with the language) in an int8[] with a GIN
-- index, and each term's document frequency, so that a lookup reads the
-- rarest terms of the query first.
ALTER TABLE variants ADD COLUMN terms bigint[] NOT NULL DEFAULT '{}';
CREATE INDEX variants_terms ON variants USING gin (terms);
CREATE TABLE terms (
	term bigint PRIMARY KEY,
	df integer NOT NULL
);
