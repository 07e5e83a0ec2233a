package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
)

// stagedFile is an article output written under a temporary name in its
// folder and renamed into place by commit, like package atomicfile, but
// without syncing each file: a run writes thousands of them, and one
// fsync each costs more than the whole run on a slow disk. The run makes
// them durable together (syncDir) before the state file records the
// articles as done, so a crash before that point only means the next run
// redoes those articles. Report, index and state go through atomicfile.
type stagedFile struct {
	*os.File
	path string
	done bool
}

func createStaged(path string) (*stagedFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return &stagedFile{File: f, path: path}, nil
}

// commit closes the file and renames it into place. With perFileSync (no
// syncfs on this system) it syncs the file first.
func (f *stagedFile) commit() error {
	f.done = true
	name := f.File.Name()
	if perFileSync {
		if err := f.File.Sync(); err != nil {
			f.File.Close()
			os.Remove(name)
			return err
		}
	}
	if err := f.File.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, f.path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// abort removes the temporary file; it does nothing after commit.
func (f *stagedFile) abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}
