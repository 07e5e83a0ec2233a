package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"bitext/internal/faultpoint"
)

// Batch writes many output files that become visible together on Commit,
// with one flush to disk for the whole batch instead of one fsync per
// file: each file is written to a temporary name beside its target and
// closed; Commit makes all their data durable at once (one syncfs(2) per
// file system on Linux; elsewhere, one fsync per file), then renames them
// over their targets, then syncs each folder once. Until Commit, and when
// anything fails before the renames, the previous files are left as they
// were. A Batch may be used from several goroutines.
//
//	b := atomicfile.NewBatch()
//	defer b.Abort() // removes the temporary files unless committed
//	for _, a := range articles {
//		if err := b.Write(a.Path, a.WriteTo); err != nil { return err }
//	}
//	return b.Commit()
type Batch struct {
	mu      sync.Mutex
	files   []batchFile
	removes []string
	done    bool
}

type batchFile struct {
	tmp, path string
}

// NewBatch starts an empty batch.
func NewBatch() *Batch { return &Batch{} }

// ErrBatchDone is returned by a Batch that was committed or aborted.
var ErrBatchDone = errors.New("atomicfile: batch already committed or aborted")

// Write writes the future content of path with fn into a temporary file of
// the batch. When fn or the write fails, that temporary file is removed
// and the error returned; the batch keeps the files written before (Abort
// drops them all). The folder of path must exist.
func (b *Batch) Write(path string, fn func(w io.Writer) error) error {
	f, err := b.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Abort()
		return err
	}
	return f.Close()
}

// BatchFile is one file of a batch being written.
type BatchFile struct {
	temp
	b *Batch
}

// Create starts writing path as part of the batch. Close adds the file to
// the batch; Abort drops it.
func (b *Batch) Create(path string) (*BatchFile, error) {
	b.mu.Lock()
	done := b.done
	b.mu.Unlock()
	if done {
		return nil, ErrBatchDone
	}
	tmp, err := createTemp(path)
	if err != nil {
		return nil, err
	}
	return &BatchFile{temp: temp{File: tmp, path: path}, b: b}, nil
}

// Close closes the temporary file and adds it to the batch, to be renamed
// into place on Commit.
func (f *BatchFile) Close() error {
	if f.done {
		return fmt.Errorf("atomicfile: %s already closed", f.path)
	}
	f.done = true
	if err := f.close(false); err != nil {
		return err
	}
	name := f.File.Name()
	f.b.mu.Lock()
	defer f.b.mu.Unlock()
	if f.b.done {
		os.Remove(name)
		return ErrBatchDone
	}
	f.b.files = append(f.b.files, batchFile{tmp: name, path: f.path})
	return nil
}

// Remove adds the removal of path to the batch: on Commit, once the new
// files are durable and before they are renamed into place, path is
// removed (a path that does not exist is not an error) and its folder
// synced with the others. Abort leaves it in place.
func (b *Batch) Remove(path string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return ErrBatchDone
	}
	b.removes = append(b.removes, path)
	return nil
}

// Len returns the number of files in the batch.
func (b *Batch) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.files)
}

// Commit makes the batch's files durable and renames them into place, in
// the order they were closed, then syncs their folders. A failure before
// the renames leaves every previous file as it was and removes the
// temporary files; a rename that fails (the target became a folder, say)
// leaves the files renamed before it new and the others old.
func (b *Batch) Commit() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return ErrBatchDone
	}
	b.done = true
	files, removes := b.files, b.removes
	b.files, b.removes = nil, nil
	removeAll := func(fs []batchFile) {
		for _, f := range fs {
			os.Remove(f.tmp)
		}
	}
	if len(files) == 0 && len(removes) == 0 {
		return nil
	}
	tmps := make([]string, len(files))
	for i, f := range files {
		tmps[i] = f.tmp
	}
	if err := syncData(tmps); err != nil {
		removeAll(files)
		var pe *fs.PathError
		if errors.As(err, &pe) {
			for _, f := range files {
				if f.tmp == pe.Path {
					return onTarget("write", f.path, err)
				}
			}
		}
		return fmt.Errorf("atomicfile: %w", err)
	}
	faultpoint.Hit("atomicfile.synced")
	var dirs []string
	seen := map[string]bool{}
	// The removals before the renames: a crash between the two leaves
	// files missing that were to go anyway, never a stale file that the
	// caller no longer records.
	for _, p := range removes {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			removeAll(files)
			return fmt.Errorf("atomicfile: %w", err)
		}
		if d := filepath.Dir(p); !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	for i, f := range files {
		if err := os.Rename(f.tmp, f.path); err != nil {
			removeAll(files[i:])
			return onTarget("replace", f.path, err)
		}
		if d := filepath.Dir(f.path); !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
		faultpoint.Hit("atomicfile.renamed")
	}
	if err := SyncDirs(dirs...); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	return nil
}

// Abort removes the batch's temporary files; the targets are left as they
// were. It does nothing after Commit, so it is safe to defer. Files still
// being written when Abort is called are dropped when closed.
func (b *Batch) Abort() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	b.done = true
	for _, f := range b.files {
		os.Remove(f.tmp)
	}
	b.files = nil
}

// SyncDirs syncs folders, so that the renames and new entries in them
// survive a crash. Systems that cannot sync a folder are not an error.
func SyncDirs(dirs ...string) error {
	for _, d := range dirs {
		f, err := os.Open(d)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil && !ignorableDirSyncErr(err) {
			return err
		}
	}
	return nil
}

// RemoveTemps removes the temporary files that writes interrupted by a
// crash left in dir (names starting with a dot and holding ".tmp").
func RemoveTemps(dir string) error {
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
	if err != nil {
		return err
	}
	for _, p := range m {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("atomicfile: %w", err)
		}
	}
	return nil
}
