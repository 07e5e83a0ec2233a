// Package faultpoint lets the fault-injection tests kill or fail a bitext
// process at named points of its work, where a crash or a full disk would
// hurt most (between storing a run's pairs and committing its files, say).
// It does nothing unless the BITEXT_FAULT environment variable is set,
// which only the tests do; the production code calls Hit or Err, which
// then cost one atomic load.
//
// BITEXT_FAULT is a list separated by ";" of:
//
//	count=FILE     append the name of every point reached to FILE
//	kill@N         SIGKILL the process at the N-th point reached (from 1)
//	kill:NAME@N    SIGKILL it the N-th time it reaches the point NAME
//	fail:NAME@N    make the N-th Err(NAME) return ErrInjected (a full disk)
//	fail:NAME@N+   ... and every later one
//	stop:NAME@N    make the N-th Stop(NAME) report true: the caller stops
//	               as on Ctrl-C (Stop calls are not points: kill@N and
//	               count= do not see them)
//
// For example, in a test:
//
//	cmd.Env = append(os.Environ(), "BITEXT_FAULT=kill@7")
//	// the child dies at the 7th point it reaches, as with kill -9
package faultpoint

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

// Env is the environment variable read once, at the first point reached.
const Env = "BITEXT_FAULT"

// ErrInjected is the error of a failing point: "no space left on device".
var ErrInjected = fmt.Errorf("faultpoint: injected: %w", syscall.ENOSPC)

type config struct {
	mu      sync.Mutex
	count   *os.File
	killAt  int64
	kill    map[string]int64
	fail    map[string]failRule
	stop    map[string]int64
	stops   map[string]int64
	reached int64
	byName  map[string]int64
}

type failRule struct {
	at    int64
	after bool
}

var (
	once sync.Once
	cfg  atomic.Pointer[config]
)

func load() {
	v := os.Getenv(Env)
	if v == "" {
		return
	}
	c := &config{kill: map[string]int64{}, fail: map[string]failRule{}, byName: map[string]int64{}, stop: map[string]int64{}, stops: map[string]int64{}}
	for _, part := range strings.Split(v, ";") {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case strings.HasPrefix(part, "count="):
			f, err := os.OpenFile(strings.TrimPrefix(part, "count="), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
			if err == nil {
				c.count = f
			}
		case strings.HasPrefix(part, "kill@"):
			c.killAt, _ = strconv.ParseInt(strings.TrimPrefix(part, "kill@"), 10, 64)
		case strings.HasPrefix(part, "kill:"):
			if name, at, ok := strings.Cut(strings.TrimPrefix(part, "kill:"), "@"); ok {
				c.kill[name], _ = strconv.ParseInt(at, 10, 64)
			}
		case strings.HasPrefix(part, "stop:"):
			if name, at, ok := strings.Cut(strings.TrimPrefix(part, "stop:"), "@"); ok {
				c.stop[name], _ = strconv.ParseInt(at, 10, 64)
			}
		case strings.HasPrefix(part, "fail:"):
			name, at, ok := strings.Cut(strings.TrimPrefix(part, "fail:"), "@")
			if !ok {
				continue
			}
			r := failRule{}
			if strings.HasSuffix(at, "+") {
				r.after, at = true, strings.TrimSuffix(at, "+")
			}
			r.at, _ = strconv.ParseInt(at, 10, 64)
			c.fail[name] = r
		}
	}
	cfg.Store(c)
}

// hit records that the process reached point name and returns how many
// times it reached that point, or 0 when fault injection is off.
func hit(name string) int64 {
	once.Do(load)
	c := cfg.Load()
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reached++
	c.byName[name]++
	if c.count != nil {
		fmt.Fprintln(c.count, name)
	}
	if c.killAt > 0 && c.reached == c.killAt || c.kill[name] > 0 && c.byName[name] == c.kill[name] {
		kill()
	}
	return c.byName[name]
}

// Hit marks a point where the process may be killed.
func Hit(name string) { hit(name) }

// Err marks a point where the process may be killed or a write may fail:
// it returns ErrInjected when BITEXT_FAULT says so, else nil.
func Err(name string) error {
	n := hit(name)
	if n == 0 {
		return nil
	}
	r, ok := cfg.Load().fail[name]
	if ok && (n == r.at || r.after && n >= r.at) {
		return ErrInjected
	}
	return nil
}

// Stop reports whether the caller should stop its work here, as on
// Ctrl-C: true the N-th time it is called with name when BITEXT_FAULT
// says stop:NAME@N, else false. It is not a point (see the package doc).
func Stop(name string) bool {
	once.Do(load)
	c := cfg.Load()
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stops[name]++
	return c.stop[name] > 0 && c.stops[name] == c.stop[name]
}

// Injected reports whether err is (or wraps) an injected failure.
func Injected(err error) bool { return errors.Is(err, ErrInjected) }
