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

// NewFile returns the file of the sqlite memory dsn names (a plain path
// or "sqlite:path") when that file does not exist yet, and whether it
// does not: an import into it can build the memory in a private file and
// link it into place (sqlite.CreateFrom), so that a failed import leaves
// no file. A database URL or connection string is never a new file.
func NewFile(dsn string) (string, bool) {
	if dsn == "" || IsKeywordDSN(dsn) || strings.Contains(strings.ToLower(dsn), "password=") {
		return "", false
	}
	scheme, rest := splitDSN(dsn)
	if scheme != "sqlite" || rest == "" || strings.Contains(rest, "://") {
		return "", false
	}
	if _, err := os.Lstat(rest); !errors.Is(err, fs.ErrNotExist) {
		return "", false
	}
	return rest, true
}
