package mine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"bitext/atomicfile"
	"bitext/tm"
)

// ReadStateFile reads the cache at path (CachePath); nil, nil when there
// is none yet. An error reading the file is an *os.PathError; a file that
// is not a cache of this version is another error.
func ReadStateFile(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	st, err := decodeState(data)
	if err != nil {
		return nil, fmt.Errorf("mine: %s: %w", path, err)
	}
	return st, nil
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
// file renamed when complete). A cache file that is damaged or of another
// version is left aside: every unit is read and the file written anew,
// and Result.CacheIgnored says why. With noCache it is a plain Run from a
// new state. Errors opening, reading or writing the cache file are
// *CacheError, the store's as they are.
func RunCached(ctx context.Context, s tm.Store, o Options, tmPath string, noCache bool) (*Result, error) {
	cache := CachePath(tmPath)
	o.State = NewState()
	var ignored error
	if !noCache {
		st, err := ReadStateFile(cache)
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe):
			return nil, &CacheError{cache, false, err}
		case err != nil:
			ignored = err
		case st != nil:
			o.State = st
		}
	}
	res, err := Run(ctx, s, o)
	if err != nil || noCache {
		return res, err
	}
	res.CacheIgnored = ignored
	if err := atomicfile.Write(cache, o.State.Write); err != nil {
		return nil, &CacheError{cache, true, err}
	}
	return res, nil
}
