package tm

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"bitext/tmx"
)

// Opener opens a store from the part of a data source name after its
// scheme. Backends register one with Register in their init function.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	regMu    sync.RWMutex
	registry = map[string]Opener{}
)

// Register makes a backend available under scheme ("sqlite", "postgres").
// It panics when the scheme is registered twice.
func Register(scheme string, open Opener) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[scheme]; dup {
		panic("tm: Register called twice for " + scheme)
	}
	registry[scheme] = open
}

// Schemes lists the registered backends.
func Schemes() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	var s []string
	for k := range registry {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// Open opens the store named by dsn, "scheme:rest". A name without a
// registered scheme (a plain file path such as ./bitext.tm) opens with the
// sqlite backend.
//
// A libpq keyword string ("host=db dbname=bitext user=desk") opens with the
// postgres backend too: it is never taken for a file name. A name that
// holds "password=" is refused rather than made a file.
func Open(ctx context.Context, dsn string) (Store, error) {
	if IsKeywordDSN(dsn) {
		regMu.RLock()
		open, ok := registry["postgres"]
		regMu.RUnlock()
		if !ok {
			return nil, errors.New("tm: a PostgreSQL connection string needs the postgres backend (import bitext/tm/postgres)")
		}
		return open(ctx, dsn)
	}
	if strings.Contains(strings.ToLower(dsn), "password=") && !strings.Contains(dsn, "://") {
		return nil, errors.New("tm: a file name holding \"password=\" looks like a mistyped connection string; refusing to create it")
	}
	scheme, rest := splitDSN(dsn)
	regMu.RLock()
	open, ok := registry[scheme]
	regMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("tm: no backend for %q (forgot to import bitext/tm/%s?)", scheme, scheme)
	}
	return open(ctx, rest)
}

// splitDSN splits dsn into its backend's scheme and the part after it: a
// name without a registered scheme is a file of the sqlite backend.
func splitDSN(dsn string) (scheme, rest string) {
	scheme, rest = "sqlite", dsn
	if i := strings.Index(dsn, ":"); i > 1 { // i > 1 keeps C:\ paths whole
		regMu.RLock()
		_, ok := registry[dsn[:i]]
		regMu.RUnlock()
		if ok {
			scheme, rest = dsn[:i], strings.TrimPrefix(dsn[i+1:], "//")
			if scheme == "sqlite" && strings.HasPrefix(dsn[i+1:], "//") {
				rest = dsn[i+3:]
			}
		}
	}
	return scheme, rest
}

// DefaultPath is the store used when neither --tm nor BITEXT_TM is set.
const DefaultPath = "bitext.tm"

// Location chooses the store: flag (the --tm value) when set, else the
// BITEXT_TM environment variable (read through getenv), else ./bitext.tm.
func Location(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if getenv != nil {
		if v := getenv("BITEXT_TM"); v != "" {
			return v
		}
	}
	return filepath.Join(".", DefaultPath)
}

// PlainText returns the plain text of TMX seg content: entities resolved,
// inline codes dropped, the text of hi kept.
func PlainText(markup string) string {
	return tmx.Seg{XML: markup}.Text()
}

// keywords are the libpq connection parameters
// (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS)
// that a keyword/value connection string can begin with.
var keywords = map[string]bool{
	"host": true, "hostaddr": true, "port": true, "dbname": true, "user": true, "password": true,
	"passfile": true, "connect_timeout": true, "client_encoding": true, "options": true,
	"application_name": true, "fallback_application_name": true, "keepalives": true,
	"sslmode": true, "sslcert": true, "sslkey": true, "sslrootcert": true, "sslpassword": true,
	"target_session_attrs": true, "service": true, "search_path": true, "krbsrvname": true,
	"gssencmode": true, "channel_binding": true, "requiressl": true, "sslcrl": true,
	"statement_timeout": true, "load_balance_hosts": true,
}

// IsKeywordDSN reports whether s is a libpq keyword/value connection string
// ("host=db dbname=bitext"): one or more space-separated key=value pairs
// whose first key is a libpq connection parameter.
func IsKeywordDSN(s string) bool {
	s = strings.TrimSpace(s)
	k, _, ok := strings.Cut(s, "=")
	if !ok {
		return false
	}
	return keywords[strings.ToLower(strings.TrimSpace(k))]
}

// IsPostgres reports whether dsn names a PostgreSQL store: a postgres:// or
// postgresql:// URL, or a libpq keyword/value string.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") || IsKeywordDSN(dsn)
}
