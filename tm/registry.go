package tm

import (
	"context"
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
func Open(ctx context.Context, dsn string) (Store, error) {
	scheme, rest := "sqlite", dsn
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
	regMu.RLock()
	open, ok := registry[scheme]
	regMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("tm: no backend for %q (forgot to import bitext/tm/%s?)", scheme, scheme)
	}
	return open(ctx, rest)
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
