package tm

import (
	"bufio"
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"bitext/tmx"
)

// FileError is an import that failed on one file: Err is the error
// opening it (an *fs.PathError) or what is wrong in it (a
// *tmx.SyntaxError or an *InputError).
type FileError struct {
	File string
	Err  error
}

func (e *FileError) Error() string { return e.Err.Error() }

// Unwrap returns the cause.
func (e *FileError) Unwrap() error { return e.Err }

// ErrIsFolder is a FileError's Err for a folder named as a TMX file.
var ErrIsFolder = errors.New("tm: is a folder")

// CheckFiles makes sure every file can be opened and is not a folder,
// before a store is opened (or created) for them; the first that fails
// gives a *FileError.
func CheckFiles(files []string) error {
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			return &FileError{file, err}
		}
		fi, err := f.Stat()
		f.Close()
		if err == nil && fi.IsDir() {
			return &FileError{file, ErrIsFolder}
		}
	}
	return nil
}

// ImportFiles imports the TMX files into s in order (ImportTMX), calling
// done with each file's result, and returns the totals. A file that cannot
// be opened or read as TMX stops it with a *FileError; the store's own
// errors are returned as they are. The files imported before stay
// imported.
func ImportFiles(ctx context.Context, s Store, files []string, done func(file string, r ImportResult)) (ImportResult, error) {
	var total ImportResult
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			return total, &FileError{file, err}
		}
		res, err := ImportTMX(ctx, s, bufio.NewReaderSize(f, 1<<16), file)
		f.Close()
		var se *tmx.SyntaxError
		var ie *InputError
		if errors.As(err, &se) || errors.As(err, &ie) {
			return total, &FileError{file, err}
		} else if err != nil {
			return total, err
		}
		done(file, res)
		total.Added += res.Added
		total.Updated += res.Updated
		total.Alternatives += res.Alternatives
		total.Skipped += res.Skipped
	}
	return total, nil
}

// IsNewFile reports whether path names a TM file that does not exist yet
// (not a database URL or DSN): an import that creates it and fails with
// nothing stored removes it again (RemoveEmpty).
func IsNewFile(path string) bool {
	if path == "" || IsPostgres(path) || strings.Contains(path, "://") {
		return false
	}
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}

// RemoveEmpty closes s and removes the TM file at path, with its SQLite
// journal files, when s holds no unit: no empty TM is left behind by a
// failed import that created it.
func RemoveEmpty(s Store, path string) {
	if st, err := s.Stats(context.Background()); err == nil && st.Units == 0 {
		s.Close()
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(path + suffix)
		}
	}
}
