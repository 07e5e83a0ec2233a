// Package postgres is the translation memory on PostgreSQL (pgx v5), for a
// desk of translators or several machines sharing one memory.
//
// It behaves like the embedded store (bitext/tm/sqlite) and passes the same
// conformance suite (bitext/tm/tmtest): the duplicate rules, exact,
// in-context and fuzzy matches with the same scores, concordance, TMX
// round trips.
//
//   - Schema: versioned migrations embedded in the binary (migrations/*.sql),
//     applied on open under pg_advisory_lock so that workers starting
//     together do not race; Migrations and Store.Pending show them.
//   - Fuzzy lookup: the embedded store's strategy, so that both give the
//     same matches. An inverted index (migration 0004) keeps, per term of
//     tm.IndexTerms (words of spaced languages, two-character runs of
//     Korean words, hashed with the language), the ascending ids of the
//     units holding it as varint-delta segments. A lookup sums the
//     segments' sizes for the query's terms (document frequencies), reads
//     the rarest terms' segments until the budget is used (Budget, or
//     BudgetFor the highest unit id when it is 0; at least the rarest
//     term's postings), counts shared terms per unit in Go, keeps the
//     Candidates units sharing the most (newest first among ties), loads
//     them, rescores them with tm.Score and ranks them as the embedded
//     store does: tm.Lookup over the store's tm.Index. A fuzzy lookup
//     makes four round trips: the exact units with the document
//     frequencies (one batch), the posting lists, the candidates' source
//     variants, and the targets' variants with their unit rows (one batch,
//     kept for the whole units of the matches returned). Concordance
//     intersects the posting lists of the query's terms, as the embedded
//     store does.
//   - Locale: the database must be UTF-8 with an LC_CTYPE that classifies
//     Hangul as letters (pg_trgm, installed by migration 0002, is the
//     probe; lower() in the concordance scan follows the same locale).
//     Open refuses a database whose LC_CTYPE is C with ErrLocale, which
//     says how to create the database, and one whose server encoding is
//     not UTF8 (SQL_ASCII, LATIN1) with an *EncodingError, both before
//     anything is migrated.
//   - Schema: a search_path whose first schema does not exist yet is
//     created by Migrate (the runner of bitext/internal/pgmigrate, shared
//     with the job queue).
//   - Statistics: a batch that writes AnalyzeMin units or more, a bulk
//     load, or any batch into tables without planner statistics runs
//     ANALYZE before it commits, so lookups right after an import or a
//     tm.Copy use the indexes.
//   - Writes: a batch is one transaction. Units are copied (COPY) into a
//     temporary staging table and merged into the units table with
//     INSERT ... ON CONFLICT on the unique identity index; writers take a
//     transaction-level advisory lock, so concurrent imports from several
//     processes neither lose nor duplicate units and count their outcomes
//     exactly. Postings are gathered in memory (at most FlushEvery) and
//     copied as one segment per term. A large import into an empty memory
//     copies units straight into their table, finds duplicates in memory,
//     and builds the secondary indexes once at Commit; three goroutines
//     prepare, index and copy each chunk while the next one is read.
//   - Secrets: the password of the data source name never appears in an
//     error (see Redact); TLS settings of the DSN (sslmode, sslrootcert,
//     sslcert, sslkey) are honoured by pgx.
//
// Importing the package registers the backend under the schemes
// "postgres" and "postgresql":
//
//	import _ "bitext/tm/postgres"
//
//	store, err := tm.Open(ctx, "postgres://tm@db.example/bitext?sslmode=verify-full")
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"bitext/tm"
)

func init() {
	for _, scheme := range []string{"postgres", "postgresql"} {
		tm.Register(scheme, func(ctx context.Context, rest string) (tm.Store, error) {
			// tm.Open passes keyword/value strings whole and strips
			// "scheme://" from URLs; put it back for pgx.
			if tm.IsKeywordDSN(rest) {
				return Open(ctx, rest)
			}
			return Open(ctx, scheme+"://"+rest)
		})
	}
}

// Store is a translation memory in a PostgreSQL database (or schema: set
// search_path in the DSN).
type Store struct {
	pool *pgxpool.Pool
	dsn  string // redacted
	// Budget and Candidates tune fuzzy lookup (DefaultBudget and
	// DefaultCandidates, the embedded store's); see the package comment.
	Budget, Candidates int
	// Now gives the time of additions without one; time.Now by default.
	Now func() time.Time
}

// Options change how Open works.
type Options struct {
	// NoMigrate opens the database without applying pending migrations
	// (for showing them); the store is not usable until Migrate.
	NoMigrate bool
	// MaxConns bounds the connection pool (default 8).
	MaxConns int32
}

// Open connects to the database of dsn (postgres://user:password@host/db?
// sslmode=...; libpq key=value strings work too), checks its encoding and
// locale, applies pending migrations and checks that pg_trgm reads Hangul.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return OpenWith(ctx, dsn, Options{})
}

// OpenWith is Open with options.
func OpenWith(ctx context.Context, dsn string, opt Options) (*Store, error) {
	red := Redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &Error{DSN: red, Op: "parse", Err: redactErr(err, dsn)}
	}
	cfg.MaxConns = 8
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "bitext"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, &Error{DSN: red, Op: "connect", Err: redactErr(err, dsn)}
	}
	s := &Store{pool: pool, dsn: red, Candidates: DefaultCandidates, Budget: DefaultBudget, Now: time.Now}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, &Error{DSN: red, Op: "connect", Err: redactErr(err, dsn)}
	}
	if !opt.NoMigrate {
		// Refuse a database that cannot hold the memory before writing
		// anything to it: its encoding, then its LC_CTYPE (the regex
		// classes follow it as pg_trgm does; CheckLocale, after the
		// migration that installs pg_trgm, asks pg_trgm itself).
		if err := CheckEncoding(ctx, pool, red); err != nil {
			pool.Close()
			return nil, err
		}
		if err := s.checkLocaleEarly(ctx); err != nil {
			pool.Close()
			return nil, err
		}
		if _, err := s.Migrate(ctx); err != nil {
			pool.Close()
			return nil, err
		}
		if err := s.CheckLocale(ctx); err != nil {
			pool.Close()
			return nil, err
		}
	}
	return s, nil
}

// Pool returns the connection pool (for tools and tests).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// DSN returns the data source name with its password hidden.
func (s *Store) DSN() string { return s.dsn }

// Close closes the connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Error is an error of the store; its text never holds the DSN's
// password.
type Error struct {
	DSN string // redacted
	Op  string
	Err error
}

func (e *Error) Error() string {
	if e.DSN == "" {
		return "postgres: " + e.Op + ": " + e.Err.Error()
	}
	return "postgres: " + e.DSN + ": " + e.Op + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// wrap makes err an *Error of operation op, hiding the password.
func (s *Store) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var pe *Error
	if errors.As(err, &pe) || errors.Is(err, tm.ErrNoText) || errors.Is(err, context.Canceled) {
		return err
	}
	return &Error{DSN: s.dsn, Op: op, Err: err}
}

// Redact returns dsn with its password replaced by "xxxxx": URLs
// (postgres://user:pass@host/db, ?password=...) and key=value strings
// (password=...).
func Redact(dsn string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return redactLoose(dsn)
		}
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	return redactLoose(dsn)
}

// redactLoose hides password=... in key=value strings, and everything
// between "://user:" and "@" in URLs that do not parse.
func redactLoose(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(strings.ToLower(s), "password=")
		if i < 0 {
			break
		}
		b.WriteString(s[:i+len("password=")])
		s = s[i+len("password="):]
		j := 0
		if strings.HasPrefix(s, "'") {
			j = 1
			for j < len(s) && s[j] != '\'' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			j++
		} else {
			for j < len(s) && s[j] != ' ' && s[j] != '&' {
				j++
			}
		}
		j = min(j, len(s))
		b.WriteString("xxxxx")
		s = s[j:]
	}
	b.WriteString(s)
	out := b.String()
	if i := strings.Index(out, "://"); i >= 0 {
		rest := out[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if colon := strings.Index(rest[:at], ":"); colon >= 0 {
				out = out[:i+3] + rest[:colon] + ":xxxxx" + rest[at:]
			}
		}
	}
	return out
}

// secrets returns the passwords a DSN holds.
func secrets(dsn string) []string {
	var out []string
	if u, err := url.Parse(dsn); err == nil && strings.Contains(dsn, "://") {
		if p, ok := u.User.Password(); ok && p != "" {
			out = append(out, p, url.QueryEscape(p), url.PathEscape(p))
		}
		if p := u.Query().Get("password"); p != "" {
			out = append(out, p)
		}
	}
	// key=value, and whatever a URL that does not parse holds.
	red := redactLoose(dsn)
	if red != dsn {
		// The differing middle parts are secrets.
		for _, f := range strings.FieldsFunc(dsn, func(r rune) bool { return r == ' ' || r == '&' || r == '?' }) {
			if k, v, ok := strings.Cut(f, "="); ok && strings.EqualFold(k, "password") && v != "" {
				out = append(out, strings.Trim(v, "'"))
			}
		}
		if i := strings.Index(dsn, "://"); i >= 0 {
			rest := dsn[i+3:]
			if at := strings.LastIndex(rest, "@"); at >= 0 {
				if colon := strings.Index(rest[:at], ":"); colon >= 0 && colon+1 < at {
					out = append(out, rest[colon+1:at])
				}
			}
		}
	}
	return out
}

// redacted is an error whose text has the secrets of a DSN replaced.
type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }

// RedactError returns err with every password of dsn (URL, query or
// key=value, escaped or not) replaced by "xxxxx" in its text; errors.As
// and errors.Is still see err.
func RedactError(err error, dsn string) error { return redactErr(err, dsn) }

func redactErr(err error, dsn string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, p := range secrets(dsn) {
		if len(p) > 0 {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return &redacted{msg: msg, err: err}
}

// ErrLocale is returned by Open when pg_trgm extracts no trigrams from
// Hangul: the database's LC_CTYPE is C (or another locale without Hangul
// letters).
var ErrLocale = errors.New("the database's LC_CTYPE does not classify Hangul as letters, so pg_trgm cannot index Korean; " +
	"create the database with a UTF-8 locale: createdb -E UTF8 --locale=C.UTF-8 -T template0 bitext " +
	"(or --locale=ko_KR.UTF-8), then migrate again")

// LocaleError is ErrLocale with the database's locale.
type LocaleError struct {
	DSN, Database, CType string
}

func (e *LocaleError) Error() string {
	return fmt.Sprintf("postgres: %s: database %q has LC_CTYPE %q: %v", e.DSN, e.Database, e.CType, ErrLocale)
}

func (e *LocaleError) Unwrap() error { return ErrLocale }

// MessageID and MessageData let the command print the error in the
// user's language.
func (e *LocaleError) MessageID() string { return "PGErrLocale" }

// MessageData gives the values of the message.
func (e *LocaleError) MessageData() map[string]any {
	return map[string]any{"DSN": e.DSN, "Database": e.Database, "CType": e.CType}
}

// CheckLocale reports a *LocaleError when pg_trgm reads no trigrams from
// Hangul text in this database.
func (s *Store) CheckLocale(ctx context.Context) error {
	var n int
	var db, ctype string
	err := s.pool.QueryRow(ctx, `SELECT cardinality(show_trgm('서울특별시')), current_database(), datctype
		FROM pg_database WHERE datname = current_database()`).Scan(&n, &db, &ctype)
	if err != nil {
		return s.wrap("check locale", err)
	}
	if n == 0 {
		return &LocaleError{DSN: s.dsn, Database: db, CType: ctype}
	}
	return nil
}

// checkLocaleEarly is CheckLocale without pg_trgm: whether the regex
// class [[:alpha:]], which follows the database's LC_CTYPE, holds Hangul.
func (s *Store) checkLocaleEarly(ctx context.Context) error {
	var ok bool
	var db, ctype string
	err := s.pool.QueryRow(ctx, `SELECT '서울특별시' ~ '^[[:alpha:]]+$', current_database(), datctype
		FROM pg_database WHERE datname = current_database()`).Scan(&ok, &db, &ctype)
	if err != nil {
		return s.wrap("check locale", err)
	}
	if !ok {
		return &LocaleError{DSN: s.dsn, Database: db, CType: ctype}
	}
	return nil
}

// dbTime is the stored form of a time: whole seconds (as the embedded
// store keeps them), NULL when zero.
func dbTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Truncate(time.Second).UTC()
}

func fromDB(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// EncodingError is returned by Open, before any migration, for a database
// whose server encoding is not UTF-8 (SQL_ASCII stores bytes unchecked and
// compares them as bytes; LATIN1 and the like cannot hold Korean).
type EncodingError struct {
	DSN, Database, Encoding string
}

func (e *EncodingError) Error() string {
	return fmt.Sprintf("postgres: %s: database %q has server encoding %s, not UTF8; create it with: createdb -E UTF8 --locale=C.UTF-8 -T template0 %s",
		e.DSN, e.Database, e.Encoding, e.Database)
}

// MessageID and MessageData let the command print the error in the
// user's language.
func (e *EncodingError) MessageID() string { return "PGErrEncoding" }

// MessageData gives the values of the message.
func (e *EncodingError) MessageData() map[string]any {
	return map[string]any{"DSN": e.DSN, "Database": e.Database, "Encoding": e.Encoding}
}

// Querier is what CheckEncoding needs of a connection or pool.
type Querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// CheckEncoding returns an *EncodingError when the database of q is not
// UTF-8 (dsn, redacted, goes into the error). The queue checks its
// database with it too.
func CheckEncoding(ctx context.Context, q Querier, dsn string) error {
	var db, enc string
	if err := q.QueryRow(ctx, `SELECT current_database(), pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()`).Scan(&db, &enc); err != nil {
		return &Error{DSN: dsn, Op: "check encoding", Err: err}
	}
	if enc != "UTF8" {
		return &EncodingError{DSN: dsn, Database: db, Encoding: enc}
	}
	return nil
}

// keywordPassword is the password of a key=value DSN, quoted or not.
var keywordPassword = regexp.MustCompile(`(?i)(^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)`)

// WithoutPassword returns dsn without its password, its other settings
// (TLS among them) kept: the form to record for a later connection that
// takes the password from PGPASSWORD or ~/.pgpass. It returns "" for a URL
// that does not parse.
func WithoutPassword(dsn string) string {
	if !strings.Contains(dsn, "://") {
		return strings.Join(strings.Fields(keywordPassword.ReplaceAllString(dsn, " ")), " ")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return ""
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}
