package main

import (
	"os"
	"runtime/pprof"
)

// startCPUProfile writes a CPU profile to path until the returned stop is
// called (for --cpuprofile, a hidden flag for speed work); an empty path
// profiles nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, environment(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, environment(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
