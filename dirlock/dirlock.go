// Package dirlock locks a folder for one process at a time: bitext run and
// bitext import take the lock of the out folder, so that two runs cannot
// write the same files, TM journal and state at once. The lock is a file
// in the folder (FileName) locked with flock(2) where the system has it,
// which the kernel releases when its process dies however it dies; the
// file records the holder (process id, host, start time, command) for the
// message a second process gets. Where flock is missing (or the file
// system refuses it), the lock is the file's exclusive creation, and the
// file of a process that is gone (same host, no such process id) is taken
// over.
//
// A shared lock (Options.Shared) is for processes that legitimately work
// in one folder together, the workers of one queued run: they hold it
// together, and an exclusive holder (a plain run, the merge) waits for
// all of them, as they wait for it. The file records the latest shared
// holder; the last one to release it removes it. Where flock is missing,
// a shared lock is an exclusive one.
//
//	l, err := dirlock.Acquire(ctx, "out", dirlock.Options{Wait: 5 * time.Second, Command: "bitext run"})
//	if err != nil {
//		return err // a *BusyError names the holder
//	}
//	defer l.Release()
package dirlock

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// FileName is the lock file in the locked folder.
const FileName = ".bitext-lock"

// Holder is the process that holds a lock, as its lock file records it.
type Holder struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Start   time.Time `json:"start"`
	Command string    `json:"command,omitempty"`
}

func (h Holder) String() string {
	if h.PID == 0 {
		return "another process"
	}
	s := fmt.Sprintf("process %d on %s since %s", h.PID, h.Host, h.Start.Format(time.RFC3339))
	if h.Command != "" {
		s += fmt.Sprintf(" (%s)", h.Command)
	}
	return s
}

// Options of Acquire.
type Options struct {
	// Wait is how long Acquire waits for a busy lock; 0 fails at once.
	Wait time.Duration
	// Command describes the holder in the lock file ("bitext run ...").
	Command string
	// Poll is the interval between tries while waiting (default 50ms).
	Poll time.Duration
	// Shared takes the lock together with other shared holders; it
	// excludes exclusive ones only.
	Shared bool
}

// BusyError says that another process holds the lock.
type BusyError struct {
	Dir    string
	Holder Holder
	Waited time.Duration // 0 when the caller did not wait
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("dirlock: %s is in use by %s", e.Dir, e.Holder)
}

// MessageID names the localized text of the error.
func (e *BusyError) MessageID() string { return "LockBusy" }

// MessageData fills the localized text.
func (e *BusyError) MessageData() map[string]any {
	h := e.Holder
	start := ""
	if !h.Start.IsZero() {
		start = h.Start.Format(time.RFC3339)
	}
	return map[string]any{"Dir": e.Dir, "PID": h.PID, "Host": h.Host, "Start": start, "Command": h.Command, "Waited": e.Waited.String()}
}

// Lock is a held lock.
type Lock struct {
	path string
	f    *os.File // the locked file (flock); nil for an exclusive-create lock
	// shared: held with other shared holders (flock LOCK_SH).
	shared bool
	// Stale is the record a previous holder left without releasing the
	// lock (it was killed): nil when the lock was free and clean.
	Stale *Holder
}

// Acquire locks dir, which must exist, waiting up to o.Wait for another
// holder to release it; it returns a *BusyError when the lock stays busy,
// and ctx's error when ctx is done first.
func Acquire(ctx context.Context, dir string, o Options) (*Lock, error) {
	if o.Poll <= 0 {
		o.Poll = 50 * time.Millisecond
	}
	host, _ := os.Hostname()
	me := Holder{PID: os.Getpid(), Host: host, Start: time.Now().UTC().Truncate(time.Second), Command: o.Command}
	path := filepath.Join(dir, FileName)
	deadline := time.Now().Add(o.Wait)
	start := time.Now()
	for {
		l, holder, err := try(path, me, o.Shared)
		if err != nil {
			return nil, fmt.Errorf("dirlock: %w", err)
		}
		if l != nil {
			return l, nil
		}
		if !time.Now().Before(deadline) {
			waited := time.Duration(0)
			if o.Wait > 0 {
				waited = time.Since(start).Round(time.Millisecond)
			}
			return nil, &BusyError{Dir: dir, Holder: holder, Waited: waited}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(o.Poll):
		}
	}
}

// Release unlocks the folder and removes the lock file.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	if l.f == nil {
		return os.Remove(l.path)
	}
	if l.shared && !lastShared(l.f) {
		// Others hold it still: the file stays, with its lock.
		err := l.f.Close()
		l.f = nil
		return err
	}
	// Removed while still locked, so that a file left with a record
	// always means its holder died holding the lock (a process waiting on
	// the removed file sees that it is gone and opens the new one).
	err := os.Remove(l.path)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}

// readHolder parses a lock file's record; a zero Holder when empty or not
// one.
func readHolder(data []byte) Holder {
	var h Holder
	if len(strings.TrimSpace(string(data))) == 0 || json.Unmarshal(data, &h) != nil {
		return Holder{}
	}
	return h
}

func record(h Holder) []byte {
	data, _ := json.Marshal(h)
	return append(data, '\n')
}

// tryExclusive is the lock where flock is missing: the lock file created
// with O_EXCL. A file whose holder is gone (same host, no such process)
// is taken over.
func tryExclusive(path string, me Holder) (*Lock, Holder, error) {
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.Write(record(me))
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				os.Remove(path)
				return nil, Holder{}, werr
			}
			return &Lock{path: path}, Holder{}, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, Holder{}, err
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, Holder{}, err
		}
		h := readHolder(data)
		if h.PID == 0 || h.Host != me.Host || alive(h.PID) {
			return nil, h, nil
		}
		// Stale: its process is gone. Removed and created again; two
		// processes taking it over at once race on the O_EXCL create.
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, Holder{}, err
		}
	}
	return nil, Holder{}, nil
}
