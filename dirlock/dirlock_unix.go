//go:build unix

package dirlock

import (
	"errors"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// try takes the lock with flock(2), or returns the holder's record when
// another process holds it.
func try(path string, me Holder) (*Lock, Holder, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, Holder{}, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	switch {
	case err == nil:
	case errors.Is(err, unix.EWOULDBLOCK):
		data, _ := io.ReadAll(f)
		f.Close()
		return nil, readHolder(data), nil
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
		return try(path, me)
	}
	// A record left in the file is that of a holder that died.
	l := &Lock{path: path, f: f}
	if data, _ := io.ReadAll(f); len(data) > 0 {
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

// alive reports whether a process with this id exists on this host.
func alive(pid int) bool {
	err := unix.Kill(pid, 0)
	return err == nil || errors.Is(err, unix.EPERM)
}

func sameFile(f *os.File, fi os.FileInfo) bool {
	ffi, err := f.Stat()
	return err == nil && os.SameFile(ffi, fi)
}
