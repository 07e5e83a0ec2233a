// Package atomicfile writes output files so that readers see the old file
// or the complete new one, never a half-written file: the data goes to a
// temporary file in the same folder, which is synced and renamed over the
// target on Commit. A Batch writes many files with one flush to disk for
// all of them (see NewBatch).
//
//	f, err := atomicfile.Create("out/report.json")
//	if err != nil { ... }
//	defer f.Abort() // removes the temporary file unless committed
//	if _, err := f.Write(data); err != nil { ... }
//	return f.Commit()
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// File is an output file being written under a temporary name.
type File struct {
	temp
}

// temp is a temporary file and the path it is written for. Its writes'
// errors name the path: the temporary name is gone by the time anyone
// reads them.
type temp struct {
	*os.File
	path string
	done bool // closed: committed, added to its batch, or aborted
}

// Create starts writing path. The folder must exist.
func Create(path string) (*File, error) {
	tmp, err := createTemp(path)
	if err != nil {
		return nil, err
	}
	return &File{temp: temp{File: tmp, path: path}}, nil
}

// createTemp creates the temporary file of path, in its folder.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return nil, onTarget("create", path, err)
	}
	return tmp, nil
}

// onTarget restates err, an error on the temporary file of path (or on
// its rename), as an error of op on path: the temporary name is gone by
// the time anyone reads the message. The cause (no space left, a folder
// in the way) is kept, so errors.Is still sees it.
func onTarget(op, path string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &pe):
		err = pe.Err
	}
	if fi, serr := os.Stat(path); op == "replace" && serr == nil && fi.IsDir() {
		err = fmt.Errorf("a folder is in the way (%w)", err)
	}
	return fmt.Errorf("atomicfile: %w", &fs.PathError{Op: op, Path: path, Err: err})
}

// Write writes to the temporary file; its errors name the target path.
func (f *temp) Write(p []byte) (int, error) {
	n, err := f.File.Write(p)
	if err != nil {
		err = onTarget("write", f.path, err)
	}
	return n, err
}

// WriteString is Write of a string.
func (f *temp) WriteString(s string) (int, error) {
	n, err := f.File.WriteString(s)
	if err != nil {
		err = onTarget("write", f.path, err)
	}
	return n, err
}

// ReadFrom copies r to the temporary file (io.Copy uses it); its write
// errors name the target path.
func (f *temp) ReadFrom(r io.Reader) (int64, error) {
	n, err := f.File.ReadFrom(r)
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == f.File.Name() {
		err = onTarget("write", f.path, err)
	}
	return n, err
}

// Commit flushes the data to disk and renames the temporary file to the
// target path, replacing any previous file. The new file gets mode 0644.
func (f *File) Commit() error {
	if f.done {
		return fmt.Errorf("atomicfile: %s already committed or aborted", f.path)
	}
	f.done = true
	if err := f.close(true); err != nil {
		return err
	}
	if err := os.Rename(f.File.Name(), f.path); err != nil {
		os.Remove(f.File.Name())
		return onTarget("replace", f.path, err)
	}
	return nil
}

// close closes the temporary file, synced first when sync is set, and
// gives it mode 0644; on an error it removes the file.
func (f *temp) close(sync bool) error {
	name := f.File.Name()
	if sync {
		if err := f.File.Sync(); err != nil {
			f.File.Close()
			os.Remove(name)
			return onTarget("write", f.path, err)
		}
	}
	if err := f.File.Close(); err != nil {
		os.Remove(name)
		return onTarget("write", f.path, err)
	}
	if err := os.Chmod(name, 0o644); err != nil {
		os.Remove(name)
		return onTarget("write", f.path, err)
	}
	return nil
}

// Abort discards the temporary file. It does nothing after Commit (or a
// batch file's Close), so it is safe to defer.
func (f *temp) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}

// Write writes path with the output of fn, atomically: when fn or the write
// fails, the previous file (if any) is left as it was.
func Write(path string, fn func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := fn(f); err != nil {
		return err
	}
	return f.Commit()
}
