package mine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"

	"bitext/atomicfile"
	"bitext/lexicon"
	"bitext/tm"
)

// Compaction: a run writes a new base instead of one more segment when
// the segments would exceed compactShare of the base's bytes, or number
// more than maxSegments. Reading a segment decodes all of it, while most
// of a base is read only where a run needs it, so segments are kept
// small beside their base.
var (
	compactShare = 0.25
	maxSegments  = 30
)

// segmentPath is the file of segment n of the cache at path.
func segmentPath(path string, n int) string { return path + "." + strconv.Itoa(n) }

// cacheChain is what was read of a cache: the base and its segments.
type cacheChain struct {
	baseCRC  uint32
	baseSize int64
	segs     int   // segments read: path.1 … path.segs
	segSize  int64 // their bytes
	lastID   int64 // the state's last unit id and units after them
	units    int
	stale    []byte // staleBytes of the state after them
}

// ReadStateFile reads the cache at path (CachePath) and its segments;
// nil, nil when there is none yet. An error reading a file is an
// *os.PathError; a file that is not a cache of this version, or a
// segment that does not follow its base, is another error.
func ReadStateFile(path string) (*State, error) {
	st, _, err := readCache(path, true)
	return st, err
}

// readCache reads the base at path and its segments; with eager every
// pair is decoded, else those seen in one unit stay in the base file
// (State.lazy) until a run meets them.
func readCache(path string, eager bool) (*State, *cacheChain, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	bad := func(name string, err error) error { return fmt.Errorf("mine: %s: %w", name, err) }
	d, kind, _, err := decodeHead(data)
	if err == nil && kind != kindBase {
		err = errors.New("not a mining cache: a segment, not a base")
	}
	if err != nil {
		return nil, nil, bad(path, err)
	}
	st, err := d.base(false)
	if err != nil {
		return nil, nil, bad(path, err)
	}
	ch := &cacheChain{baseCRC: crcOf(data), baseSize: int64(len(data))}
	for n := 1; ; n++ {
		name := segmentPath(path, n)
		data, err := os.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		d, kind, seg, err := decodeHead(data)
		if err == nil && (kind != kindSegment || seg.baseCRC != ch.baseCRC || seg.seq != n || seg.prevID != st.LastID) {
			err = errors.New("not a mining cache: a segment that does not follow the base and the segments before it")
		}
		if err == nil {
			err = d.segment(st)
		}
		if err != nil {
			return nil, nil, bad(name, err)
		}
		ch.segs = n
		ch.segSize += int64(len(data))
	}
	if eager {
		if err := st.loadAll(); err != nil {
			return nil, nil, bad(path, err)
		}
	}
	ch.lastID, ch.units, ch.stale = st.LastID, st.Units, staleBytes(st.Stale)
	return st, ch, nil
}

func crcOf(data []byte) uint32 {
	n := len(data)
	return uint32(data[n-4]) | uint32(data[n-3])<<8 | uint32(data[n-2])<<16 | uint32(data[n-1])<<24
}

// writeCache saves st at path: as one more segment when st was read from
// the cache ch and the segments stay small (compactShare, maxSegments),
// else as a new base; nothing when the run changed nothing.
func writeCache(path string, st *State, ch *cacheChain) error {
	if ch != nil {
		if len(st.touched) == 0 && st.LastID == ch.lastID && st.Units == ch.units && bytes.Equal(staleBytes(st.Stale), ch.stale) {
			return nil
		}
		var seg bytes.Buffer
		if _, err := st.writeFile(&seg, &segHead{baseCRC: ch.baseCRC, seq: ch.segs + 1, prevID: ch.lastID}); err != nil {
			return err
		}
		if float64(ch.segSize+int64(seg.Len())) <= compactShare*float64(ch.baseSize) && ch.segs < maxSegments {
			if err := removeSegments(path, ch.segs+2); err != nil {
				return err
			}
			return atomicfile.Write(segmentPath(path, ch.segs+1), func(w io.Writer) error {
				_, err := w.Write(seg.Bytes())
				return err
			})
		}
	}
	if st.lazyErr != nil {
		return st.lazyErr
	}
	// The old segments go first, the last first: a run stopped in between
	// leaves the old base with the segments before the ones removed,
	// which still follow it.
	if err := removeSegments(path, 1); err != nil {
		return err
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := st.writeFile(w, nil)
		return err
	})
}

// removeSegments removes the segment files of path numbered from, and
// on while they exist, the last first.
func removeSegments(path string, from int) error {
	n := from
	for {
		if _, err := os.Lstat(segmentPath(path, n)); err != nil {
			break
		}
		n++
	}
	for i := n - 1; i >= from; i-- {
		if err := os.Remove(segmentPath(path, i)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
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

// RunCached is Run with the state kept in the cache beside the TM at
// tmPath (CachePath and its segments; LexiconCachePath and its segments
// with Options.Lexicon): read before; after, what the run added is
// written as a new segment, or everything as a new base when there was
// no cache or the segments grew large (each file through a temporary
// file renamed when complete). A cache that is damaged, of another
// version, or whose pairs were found with another lexicon (a lexicon
// learned again) is left aside: every unit is read and the cache
// written anew, and Result.CacheIgnored says why. With noCache it is a
// plain Run from a new state. Errors opening, reading or writing the
// cache files are *CacheError, the store's as they are.
func RunCached(ctx context.Context, s tm.Store, o Options, tmPath string, noCache bool) (*Result, error) {
	cache := CachePath(tmPath)
	if o.Lexicon != nil && o.Lexicon != lexicon.Core() {
		// The core lexicon alone (the default) keeps the plain cache: a
		// TM's lexicon, learned again at times, keeps its own.
		cache = LexiconCachePath(tmPath)
	}
	lexKey := lexiconKey(o.Lexicon)
	if noCache {
		o.State = NewState()
		return run(ctx, s, o, lexKey)
	}
	var ignored error
	// With MinCount 1 the pairs seen once are candidates: every pair is
	// decoded.
	st, ch, err := readCache(cache, o.MinCount == 1)
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		return nil, &CacheError{cache, false, err}
	case err != nil:
		ignored = err
	case st != nil && st.Lexicon != lexKey:
		// The pairs of another lexicon (the lexicon was learned again):
		// every unit is read with this one.
		ignored = fmt.Errorf("mine: %s: pairs found with another lexicon", cache)
		st = nil
	}
	if st == nil {
		st, ch = NewState(), nil
	}
	st.track = ch != nil
	o.State = st
	res, err := run(ctx, s, o, lexKey)
	if err != nil {
		return nil, err
	}
	if st.lazyErr != nil {
		// A pair of the base could not be decoded: mine from scratch.
		ignored = fmt.Errorf("mine: %s: %w", cache, st.lazyErr)
		o.State, ch = NewState(), nil
		if res, err = run(ctx, s, o, lexKey); err != nil {
			return nil, err
		}
	}
	res.CacheIgnored = ignored
	if err := writeCache(cache, o.State, ch); err != nil {
		return nil, &CacheError{cache, true, err}
	}
	return res, nil
}
