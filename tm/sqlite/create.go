package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"bitext/tm"
)

// CreateFrom imports the TMX files into the memory at path (as
// tm.ImportFiles does) when path does not exist yet, without ever showing
// a half-built memory there. The memory is built in a private file of the
// same folder (".NAME.RANDOM.tmp", a name no other process opens) under a
// rollback journal, set when the file is created: the bulk load into an
// empty memory writes its pages once instead of twice (into the WAL, then
// into the file), and no connection ever sees the journal mode change. It
// is then switched to the WAL, closed, and linked to path with os.Link,
// which fails when path exists: a memory another process created
// meanwhile is never replaced. Then the same files are imported into that
// memory the ordinary way (a second pass over them). done is called with
// each file's result once the units are in the memory at path.
//
// A file that fails stops the import as tm.ImportFiles does: the files
// before it stay imported (the private file is linked when it holds any),
// and when it is the first, nothing is left at path. A killed import
// leaves its private file, never a memory at path; CreateFrom removes the
// private files of its naming in the folder that are more than a day
// old (StaleAfter). When path exists already, or a private file cannot be
// made or linked (a file system without hard links), the files are
// imported into path the ordinary way.
func CreateFrom(ctx context.Context, path string, files []string, done func(file string, r tm.ImportResult)) (tm.ImportResult, error) {
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		return importInto(ctx, path, files, done)
	}
	removeStale(path, time.Now())
	tmp, err := privateFile(path)
	if err != nil {
		return importInto(ctx, path, files, done)
	}
	defer removeFile(tmp)
	type result struct {
		file string
		r    tm.ImportResult
	}
	var results []result
	total, linkable, err := build(ctx, path, tmp, func(s *Store) (tm.ImportResult, error) {
		return tm.ImportFiles(ctx, s, files, func(file string, r tm.ImportResult) {
			results = append(results, result{file, r})
		})
	})
	if !linkable || len(results) == 0 && err != nil {
		return total, err
	}
	if beforeLink != nil {
		beforeLink()
	}
	if lerr := os.Link(tmp, path); lerr != nil {
		// Another process created the memory meanwhile (or the file system
		// has no hard links): the ordinary import, into what is there.
		removeFile(tmp)
		return importInto(ctx, path, files, done)
	}
	syncDir(filepath.Dir(path))
	for _, r := range results {
		done(r.file, r.r)
	}
	return total, err
}

// beforeLink, when set (by tests), is called by CreateFrom just before it
// links the private file to the memory's path.
var beforeLink func()

// StaleAfter is the age after which CreateFrom removes a private file of
// its naming left by a killed import.
const StaleAfter = 24 * time.Hour

// importInto imports files into the memory at path the ordinary way.
func importInto(ctx context.Context, path string, files []string, done func(string, tm.ImportResult)) (tm.ImportResult, error) {
	s, err := Open(ctx, path)
	if err != nil {
		return tm.ImportResult{}, err
	}
	defer s.Close()
	return tm.ImportFiles(ctx, s, files, done)
}

// build opens the private file tmp for the memory at path (which its
// errors name) under a rollback journal and fills
// it; when fill succeeded or stopped at one of its files (a
// *tm.FileError), it switches the file to the WAL, closes it and reports
// it linkable. A store error leaves it unlinkable.
func build(ctx context.Context, path, tmp string, fill func(*Store) (tm.ImportResult, error)) (tm.ImportResult, bool, error) {
	s := &Store{path: tmp, shown: path, Budget: DefaultBudget, Candidates: DefaultCandidates, Now: time.Now, flushEvery: FlushEvery, private: true}
	if err := s.open(ctx, true); err != nil {
		return tm.ImportResult{}, false, err
	}
	total, err := fill(s)
	var fe *tm.FileError
	if err != nil && !errors.As(err, &fe) {
		s.Close()
		return total, false, err
	}
	if cerr := s.Close(); cerr != nil {
		return total, false, fmt.Errorf("sqlite: %s: %w", s.name(), cerr)
	}
	if werr := toWAL(ctx, path, tmp); werr != nil {
		return total, false, werr
	}
	return total, true, err
}

// toWAL switches the closed private file tmp to the WAL, the journal
// mode every memory at its path is in; its errors name path.
func toWAL(ctx context.Context, path, tmp string) error {
	shown := path + " (being built)"
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: tmp}).EscapedPath()+"?mode=rw")
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", shown, err)
	}
	defer db.Close()
	var mode string
	if err := db.QueryRowContext(ctx, `PRAGMA journal_mode=WAL`).Scan(&mode); err != nil {
		return fmt.Errorf("sqlite: %s: %w", shown, err)
	}
	if mode != "wal" {
		return fmt.Errorf("sqlite: %s: journal mode %s, want wal", shown, mode)
	}
	return db.Close()
}

// privateFile creates an empty private file for a memory at path:
// ".NAME.RANDOM.tmp" in the same folder.
func privateFile(path string) (string, error) {
	dir, base := filepath.Split(path)
	for range 10 {
		var b [8]byte
		rand.Read(b[:])
		name := filepath.Join(dir, "."+base+"."+hex.EncodeToString(b[:])+".tmp")
		// 0644 and the umask, as SQLite creates a memory.
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, f.Close()
	}
	return "", errors.New("sqlite: no private file name")
}

// isPrivate reports whether name (a file name in path's folder) is a
// private file of CreateFrom for path, or its rollback journal.
func isPrivate(path, name string) bool {
	prefix := "." + filepath.Base(path) + "."
	name = strings.TrimSuffix(name, "-journal")
	if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
		return false
	}
	r := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".tmp")
	_, err := hex.DecodeString(r)
	return len(r) == 16 && err == nil
}

// removeStale removes the private files for path (and their journals)
// last written more than StaleAfter before now: left by killed imports.
// An import that is still running writes its file much more often.
func removeStale(path string, now time.Time) {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() || !isPrivate(path, e.Name()) {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > StaleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// removeFile removes a private file and its journals.
func removeFile(tmp string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
}

// syncDir makes the new name in dir durable.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
