//go:build unix

package dirlock

import (
	"errors"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// try takes the lock with flock(2) (shared: LOCK_SH), or returns the
// holder's record when another process holds it.
func try(path string, me Holder, shared bool) (*Lock, Holder, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, Holder{}, err
	}
	how := unix.LOCK_EX
	if shared {
		how = unix.LOCK_SH
	}
	for {
		err = unix.Flock(int(f.Fd()), how|unix.LOCK_NB)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	switch {
	case err == nil:
	case errors.Is(err, unix.EWOULDBLOCK):
		defer f.Close()
		return nil, holderOf(f), nil
	case errors.Is(err, unix.ENOLCK), errors.Is(err, unix.ENOTSUP), errors.Is(err, unix.EOPNOTSUPP):
		f.Close()
		return tryExclusive(path+".excl", me)
	default:
		f.Close()
		return nil, Holder{}, err
	}
	// Locked, unless the file was removed by the holder releasing it
	// between our open and our flock: then try again with the new file.
	if fi, err := os.Stat(path); err != nil || !sameFile(f, fi) {
		f.Close()
		return try(path, me, shared)
	}
	// A record left in the file is that of a holder that died (or, for a
	// shared lock, possibly of another shared holder).
	l := &Lock{path: path, f: f, shared: shared}
	if data, _ := io.ReadAll(f); len(data) > 0 && !shared {
		if h := readHolder(data); h.PID != 0 {
			l.Stale = &h
		}
	}
	if err := f.Truncate(0); err != nil {
		f.Close()
		return nil, Holder{}, err
	}
	if _, err := f.WriteAt(record(me), 0); err != nil {
		f.Close()
		return nil, Holder{}, err
	}
	return l, Holder{}, nil
}

// lastShared reports whether the shared lock of f is the last one: then
// it is now held exclusively (flock converts it), and the file can go.
func lastShared(f *os.File) bool {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil
}

// holderWait bounds how long holderOf waits for a holder's record. The
// holder writes it right after its flock succeeds, but a loaded machine
// can keep it from running for longer than that takes: 200 ms was too
// short for a run under the race detector at a load of 10 (session 7).
var holderWait = 3 * time.Second

// holderOf reads the record of the process holding f's lock. The holder
// writes it just after taking the lock, so a record still empty (or half
// written) is read again, at growing intervals, for up to holderWait
// before giving up. The lock being held means its holder is alive, so the
// wait ends as soon as it is scheduled.
func holderOf(f *os.File) Holder {
	var h Holder
	deadline := time.Now().Add(holderWait)
	for pause := 2 * time.Millisecond; ; pause = min(2*pause, 100*time.Millisecond) {
		data, _ := io.ReadAll(io.NewSectionReader(f, 0, 1<<16))
		if h = readHolder(data); h.PID != 0 || !time.Now().Before(deadline) {
			return h
		}
		time.Sleep(pause)
	}
}

// alive reports whether a process with this id exists on this host.
func alive(pid int) bool {
	err := unix.Kill(pid, 0)
	return err == nil || errors.Is(err, unix.EPERM)
}

func sameFile(f *os.File, fi os.FileInfo) bool {
	ffi, err := f.Stat()
	return err == nil && os.SameFile(ffi, fi)
}
