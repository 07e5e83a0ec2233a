-- Units and their variants. Identity (bytea) is the SHA-256 prefix of every
-- variant's base language and text: one row per unit under the duplicate
-- rules; the unique index makes concurrent writers safe.
CREATE TABLE units (
	id bigserial PRIMARY KEY,
	ident bytea NOT NULL,
	srclang text NOT NULL,
	doc text NOT NULL DEFAULT '',
	prev text NOT NULL DEFAULT '',
	next text NOT NULL DEFAULT '',
	created timestamptz,
	changed timestamptz,
	changer text NOT NULL DEFAULT '',
	data jsonb NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX units_ident ON units (ident);

CREATE TABLE variants (
	unit bigint NOT NULL,
	ord integer NOT NULL,
	lang text NOT NULL,
	lkey text NOT NULL,
	hash bigint NOT NULL,
	nkeys integer NOT NULL,
	text text NOT NULL,
	markup text NOT NULL DEFAULT '',
	PRIMARY KEY (unit, ord)
);
CREATE INDEX variants_hash ON variants (hash);
