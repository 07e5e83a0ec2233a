//go:build !unix

package dirlock

import "os"

// try takes the lock by creating the lock file exclusively (a shared
// lock too).
func try(path string, me Holder, _ bool) (*Lock, Holder, error) {
	return tryExclusive(path, me)
}

// lastShared: a lock without flock is never shared.
func lastShared(*os.File) bool { return true }

// alive reports whether a process with this id exists; where that cannot
// be known, it is taken to exist (the lock is never taken over).
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
