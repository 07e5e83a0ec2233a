package mine

import (
	"bitext/atomicfile"
	"bitext/tm"
	"context"
	"errors"
	"io/fs"
	"os"
)

// ReadStateFile reads the cache at path (CachePath); nil, nil when there
// is none yet.
func ReadStateFile(path string) (*State, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadState(f, path)
}

// CacheError is an error reading (Write false) or writing the cache file
// of RunCached.
type CacheError struct {
	Path  string
	Write bool
	Err   error
}

func (e *CacheError) Error() string { return "mine: cache " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *CacheError) Unwrap() error { return e.Err }

// RunCached is Run with the state kept in the cache file beside the TM at
// tmPath (CachePath): read before, written after (through a temporary
// file renamed when complete). With noCache it is a plain Run from a new
// state. Errors with the cache file are *CacheError, the store's as they
// are.
func RunCached(ctx context.Context, s tm.Store, o Options, tmPath string, noCache bool) (*Result, error) {
	cache := CachePath(tmPath)
	o.State = NewState()
	if !noCache {
		st, err := ReadStateFile(cache)
		if err != nil {
			return nil, &CacheError{cache, false, err}
		}
		if st != nil {
			o.State = st
		}
	}
	res, err := Run(ctx, s, o)
	if err != nil || noCache {
		return res, err
	}
	if err := atomicfile.Write(cache, o.State.Write); err != nil {
		return nil, &CacheError{cache, true, err}
	}
	return res, nil
}
