// Package sqlite is the translation memory on SQLite (modernc.org/sqlite,
// pure Go): one file, WAL journal, read through a memory map, a busy
// timeout so that several processes can import at once, one transaction
// per batch.
//
// Fuzzy lookup does not scan the memory. Every variant's text is indexed
// under its terms (words of spaced languages, two-syllable runs of Korean
// words, see tm.IndexTerms) in an inverted index of delta-encoded posting
// lists. A lookup reads the posting lists of the query's rarest terms up to
// a budget of postings (BudgetFor: growing with the square root of the
// memory's size), counts the terms each unit shares with the query,
// rescores the best-sharing candidates (at most Candidates) with tm.Score
// and drops those whose length alone keeps them below the minimum score.
// All reads of one lookup share one read transaction. A Store keeps the
// variants its lookups read, by unit id (a stored unit's variants never
// change), so that the next lookups, which meet many of the same
// candidates, read only the unit rows of their matches; about 64 MiB at
// most.
//
// Writes go through a Batch, one transaction: units are inserted 64 at a
// time, their postings gathered in memory (at most FlushEvery, about 80 MB)
// and written as one segment per term. An import into an empty memory
// finds duplicates in memory and builds the secondary indexes once at
// Commit. Unit ids are kept below 2^32.
//
// Importing the package registers the backend under the scheme "sqlite":
//
//	import _ "bitext/tm/sqlite"
//
//	store, err := tm.Open(ctx, "sqlite:bitext.tm") // or just "bitext.tm"
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"bitext/tm"
	"bitext/tm/internal/backend"
	"bitext/tm/postings"
)

func init() {
	tm.Register("sqlite", func(ctx context.Context, dsn string) (tm.Store, error) {
		return Open(ctx, dsn)
	})
}

// Tuning of fuzzy lookup. Candidates bounds the units rescored; the
// budget of postings read per lookup is BudgetFor the memory's size, and
// at least MinBudget.
const (
	DefaultBudget     = 0 // BudgetFor the memory's size
	MinBudget         = postings.MinBudget
	DefaultCandidates = tm.DefaultCandidates
)

// BudgetFor returns the postings a lookup reads in a memory of units
// units: postings.Budget, 120·√units.
func BudgetFor(units int) int { return postings.Budget(units) }

// FlushEvery is the number of pending postings after which a batch writes
// its part of the inverted index (inside the same transaction), bounding
// the memory of an import: postings.FlushEvery.
const FlushEvery = postings.FlushEvery

const schema = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units(
	id INTEGER PRIMARY KEY,
	ident INTEGER NOT NULL,
	srclang TEXT NOT NULL,
	doc TEXT NOT NULL DEFAULT '',
	prev TEXT NOT NULL DEFAULT '',
	next TEXT NOT NULL DEFAULT '',
	created INTEGER NOT NULL,
	changed INTEGER NOT NULL,
	data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS units_ident ON units(ident);
CREATE TABLE IF NOT EXISTS variants(
	unit INTEGER NOT NULL,
	ord INTEGER NOT NULL,
	lang TEXT NOT NULL,
	lkey TEXT NOT NULL,
	hash INTEGER NOT NULL,
	nkeys INTEGER NOT NULL,
	text TEXT NOT NULL,
	markup TEXT NOT NULL DEFAULT '',
	PRIMARY KEY(unit, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS variants_hash ON variants(hash);
CREATE TABLE IF NOT EXISTS postings(
	id INTEGER PRIMARY KEY,
	term INTEGER NOT NULL,
	n INTEGER NOT NULL,
	last INTEGER NOT NULL,
	data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS postings_term ON postings(term);
CREATE TABLE IF NOT EXISTS langs(lkey TEXT PRIMARY KEY);
` + unitChanges + `
INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '3');
`

// unitChanges is the count of changes to stored unit rows: triggers raise
// it with every update (a merge: change time, extras) or deletion of a row
// of units, whoever writes (another process, an older bitext at schema 3).
// A lookup reads it in its read transaction, and unit rows read at the
// same count are still the stored ones (rowCache); adding a unit does not
// raise it (a new id was never read).
const unitChanges = `CREATE TABLE IF NOT EXISTS unit_changes(n INTEGER NOT NULL);
INSERT INTO unit_changes(n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM unit_changes);
CREATE TRIGGER IF NOT EXISTS units_updated AFTER UPDATE ON units BEGIN UPDATE unit_changes SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS units_deleted AFTER DELETE ON units BEGIN UPDATE unit_changes SET n = n + 1; END;`

// schemaVersion is the version of schema; a memory at an older version is
// upgraded in place by upgrades when opened.
const schemaVersion = 3

// upgrades are the forward-only migrations: upgrades[v] takes a memory at
// version v to v+1, in one write transaction with the version's update.
var upgrades = map[int]string{
	// 1 → 2, provenance: every unit gets an origin kind and a review state
	// (tm.Origin.Kind, tm.Origin.Review), derived from what its origin
	// already said: a translator named → translator, translated; an
	// alignment named → alignment, unreviewed; only a file (a TMX import)
	// → tmx, translated; nothing → unknown, unreviewed.
	1: `UPDATE units SET data = json_set(data,
	'$.origin.Kind', CASE
		WHEN coalesce(json_extract(data, '$.origin.Translator'), '') <> '' THEN 'translator'
		WHEN coalesce(json_extract(data, '$.origin.Alignment'), '') <> '' THEN 'alignment'
		WHEN coalesce(json_extract(data, '$.origin.File'), '') <> '' THEN 'tmx'
		ELSE '' END,
	'$.origin.Review', CASE
		WHEN coalesce(json_extract(data, '$.origin.Translator'), '') <> '' THEN 'translated'
		WHEN coalesce(json_extract(data, '$.origin.Alignment'), '') <> '' THEN 'unreviewed'
		WHEN coalesce(json_extract(data, '$.origin.File'), '') <> '' THEN 'translated'
		ELSE 'unreviewed' END)
WHERE json_extract(data, '$.origin.Review') IS NULL`,
	// 2 → 3: the count of unit changes (unitChanges), which lets a store
	// keep the unit rows its lookups read between reads.
	2: unitChanges,
}

// Store is a translation memory in one SQLite file.
type Store struct {
	path string
	// Budget and Candidates tune fuzzy lookup; see the package comment.
	// Budget 0 (the default) is BudgetFor the memory's size.
	Budget, Candidates int
	// Now gives the time of additions without one; time.Now by default.
	Now func() time.Time

	mu sync.Mutex
	db *sql.DB // nil until the file exists (created on first write)

	st   *stmts
	stDB *sql.DB
	// cache holds the variants lookups have read (see variantCache);
	// dropped with the database.
	cache   *variantCache
	numbers *tm.NumberCache
	plists  *postingCache
	rows    *rowCache   // unit rows lookups read (see rowCache)
	probes  *probeCache // exact keys and terms' postings (see probeCache)

	flushEvery int // FlushEvery; smaller in tests

	// private: the store is CreateFrom's private file, which no other
	// connection opens: a rollback journal, no memory map (its mapped
	// pages of the growing file would count as the import's memory).
	private bool
	// shown, when set, is the file errors name instead of path: the
	// memory a private file is built for (see CreateFrom).
	shown string
}

// Open opens the memory at path. A file that does not exist yet is created
// by the first write; until then the memory reads as empty. A file that is
// not a translation memory is an error.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty path")
	}
	s := &Store{path: path, Budget: DefaultBudget, Candidates: DefaultCandidates, Now: time.Now, flushEvery: FlushEvery}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("sqlite: %s is a directory", path)
	case err == nil:
		if err := s.open(ctx, false); err != nil {
			return nil, err
		}
	case !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return s, nil
}

// Path returns the file of the store.
func (s *Store) Path() string { return s.path }

// name is the file errors name: the memory's path, also while it is
// built in a private file.
func (s *Store) name() string {
	if s.shown != "" {
		return s.shown + " (being built)"
	}
	return s.path
}

// open opens the file. Two processes creating or converting the same new
// file at once can meet SQLite's lock before its busy handler applies
// (the switch to WAL, or WAL recovery, answers SQLITE_BUSY at once), so
// open tries again for a while when the database is locked.
func (s *Store) open(ctx context.Context, create bool) error {
	var err error
	for wait := 20 * time.Millisecond; ; wait *= 2 {
		err = s.openOnce(ctx, create)
		if err == nil || !isBusy(err) || wait > 5*time.Second {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

// mmapPragma has SQLite read the file through a memory map (up to 2 GiB,
// its build's limit) instead of a read call and a copy per page: the
// pages of the postings and units a lookup reads are shared by every
// connection through the operating system's cache.
const mmapPragma = "mmap_size(" + mmapSize + ")"

// mmapSize is the memory map's size in bytes; mmapSizePragma sets it back
// on a connection.
const (
	mmapSize       = "2147418112"
	mmapSizePragma = "PRAGMA mmap_size=" + mmapSize
)

// busyTimeout is how long, in milliseconds, a connection waits for
// another one's lock; busyTimeoutPragma sets it back on a connection.
const (
	busyTimeout       = "120000"
	busyTimeoutPragma = "PRAGMA busy_timeout=" + busyTimeout
)

func (s *Store) openOnce(ctx context.Context, create bool) error {
	q := url.Values{}
	pragmas := []string{"busy_timeout(" + busyTimeout + ")", "journal_mode(WAL)", "synchronous(NORMAL)", "cache_size(-65536)", "temp_store(MEMORY)", mmapPragma}
	if s.private {
		pragmas[1], pragmas[5] = "journal_mode(DELETE)", "mmap_size(0)"
	}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	mode := "rw"
	if create {
		mode = "rwc"
	}
	q.Set("mode", mode)
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: s.path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", s.name(), err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	if err := s.migrate(ctx, db, create); err != nil {
		db.Close()
		return fmt.Errorf("sqlite: %s: %w", s.name(), err)
	}
	s.db = db
	return nil
}

func (s *Store) migrate(ctx context.Context, db *sql.DB, create bool) error {
	if ok, err := s.hasSchema(ctx, db); err != nil || ok {
		return err
	}
	// An empty file (maybe just made by another process that is creating
	// the memory) gets the schema. Another process may be creating the file too: check again inside a
	// write transaction (BEGIN IMMEDIATE waits for the other one).
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var objects int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&objects); err != nil {
		return err
	}
	if objects == 0 {
		if _, err := tx.ExecContext(ctx, schema); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if ok, err := s.hasSchema(ctx, db); err != nil || ok {
		return err
	}
	return errors.New("not a bitext translation memory")
}

// hasSchema reports whether db holds a translation memory, upgrading one
// of an older schema version in place; an error when it holds something
// else or a newer version. Its reads share one read transaction, one
// snapshot of the file: another process creating the memory at once
// commits the whole schema between two separate reads, and a file without
// the units table but with other objects would read as something else.
func (s *Store) hasSchema(ctx context.Context, db *sql.DB) (bool, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var n, objects int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name='units'`).Scan(&n); err != nil {
		return false, err
	}
	if schemaProbed != nil {
		schemaProbed()
	}
	if n == 1 {
		v, err := readVersion(ctx, tx)
		if err != nil {
			return false, err
		}
		tx.Rollback()
		if v < schemaVersion {
			return true, upgrade(ctx, db)
		}
		return true, nil
	}
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&objects); err != nil {
		return false, err
	}
	if objects > 0 {
		return false, errors.New("not a bitext translation memory")
	}
	return false, nil
}

// schemaProbed, when set (by tests), is called by hasSchema between its
// first read of the file and the next ones.
var schemaProbed func()

// rowQuerier is a *sql.DB or a *sql.Tx.
type rowQuerier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// readVersion returns the schema version of a memory: an error when it
// has none or one newer than this build knows.
func readVersion(ctx context.Context, db rowQuerier) (int, error) {
	var v string
	if err := db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key='schema'`).Scan(&v); err != nil {
		return 0, errors.New("not a bitext translation memory (no schema version)")
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("not a bitext translation memory (schema %q)", v)
	}
	if n > schemaVersion {
		return 0, fmt.Errorf("schema %d is newer than this bitext knows (%d); use a newer bitext", n, schemaVersion)
	}
	return n, nil
}

// upgrade applies the pending upgrades, each in a write transaction that
// reads the version again (another process may have upgraded meanwhile).
func upgrade(ctx context.Context, db *sql.DB) error {
	for {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		v, err := readVersion(ctx, tx)
		if err != nil || v >= schemaVersion {
			tx.Rollback()
			return err
		}
		if _, err := tx.ExecContext(ctx, upgrades[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("upgrading schema %d to %d: %w", v, v+1, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE meta SET value=? WHERE key='schema'`, strconv.Itoa(v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
}

// SchemaVersion returns the schema version of the memory's file (0 when
// it does not exist yet).
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return 0, err
	}
	return readVersion(ctx, db)
}

// writable opens (creating) the database for a write.
func (s *Store) writable(ctx context.Context) (*sql.DB, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		if err := s.open(ctx, true); err != nil {
			return nil, err
		}
	}
	return s.db, nil
}

// readable returns the database, or nil when it does not exist yet.
func (s *Store) readable(ctx context.Context) (*sql.DB, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		if _, err := os.Stat(s.path); err == nil {
			if err := s.open(ctx, false); err != nil {
				return nil, err
			}
		}
	}
	return s.db, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db, s.st, s.stDB, s.cache, s.numbers, s.plists, s.rows, s.probes = nil, nil, nil, nil, nil, nil, nil, nil
	return err
}

// IntegrityCheck runs PRAGMA integrity_check and returns its first line,
// "ok" for a sound file.
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return "ok", err
	}
	var res string
	err = db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res)
	return res, err
}

func unixTime(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const (
	unitQuery         = `SELECT srclang, doc, prev, next, created, changed, data FROM units WHERE id=?`
	unitVariantsQuery = `SELECT lang, text, markup FROM variants WHERE unit=? ORDER BY ord`
)

func loadUnit(ctx context.Context, q querier, id int64) (tm.Unit, error) {
	return scanUnit(id, q.QueryRowContext(ctx, unitQuery, id), func() (*sql.Rows, error) {
		return q.QueryContext(ctx, unitVariantsQuery, id)
	})
}

func scanUnit(id int64, row *sql.Row, variants func() (*sql.Rows, error)) (tm.Unit, error) {
	u := tm.Unit{ID: id}
	var src, data string
	var created, changed int64
	err := row.Scan(&src, &u.Context.DocID, &u.Context.Prev, &u.Context.Next, &created, &changed, &data)
	if err != nil {
		return u, fmt.Errorf("sqlite: unit %d: %w", id, err)
	}
	rows, err := variants()
	if err != nil {
		return u, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var lang, text, markup string
		if err := rows.Scan(&lang, &text, &markup); err != nil {
			return u, fmt.Errorf("sqlite: %w", err)
		}
		u.Variants = append(u.Variants, tm.Variant{Lang: backend.ParseStoredTag(lang), Text: text, Markup: markup})
	}
	if err := rows.Err(); err != nil {
		return u, fmt.Errorf("sqlite: %w", err)
	}
	fillUnit(&u, src, created, changed, data)
	return u, nil
}

func fillUnit(u *tm.Unit, src string, created, changed int64, data string) {
	u.SourceLang = backend.ParseStoredTag(src)
	u.Created, u.Changed = fromUnix(created), fromUnix(changed)
	backend.DecodeExtras(u, []byte(data))
}

// Stats counts the units and the variants of each language.
func (s *Store) Stats(ctx context.Context) (tm.Stats, error) {
	st := tm.Stats{Languages: map[string]int{}}
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return st, err
	}
	var oldest, newest sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT count(*), min(created), max(changed) FROM units`).Scan(&st.Units, &oldest, &newest); err != nil {
		return st, fmt.Errorf("sqlite: %w", err)
	}
	st.Oldest, st.Newest = fromUnix(oldest.Int64), fromUnix(newest.Int64)
	rows, err := db.QueryContext(ctx, `SELECT lkey, count(*) FROM variants GROUP BY lkey ORDER BY lkey`)
	if err != nil {
		return st, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return st, fmt.Errorf("sqlite: %w", err)
		}
		st.Languages[k] = n
	}
	if fi, err := os.Stat(s.path); err == nil {
		st.Bytes = fi.Size()
	}
	if fi, err := os.Stat(s.path + "-wal"); err == nil {
		st.Bytes += fi.Size()
	}
	return st, rows.Err()
}

// Iterate calls fn for every unit in the order they were added.
func (s *Store) Iterate(ctx context.Context, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	return s.IterateAfter(ctx, 0, opt, fn)
}
