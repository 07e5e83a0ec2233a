package check

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// PathError is an error with one of the paths given to Files, as given.
// Err is ErrUnsupported for a file named explicitly whose kind is not
// known.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return "check: " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *PathError) Unwrap() error { return e.Err }

// Files expands files and folders into the files to check, sorted within
// each folder; "-" (standard input) stays as it is. A file named
// explicitly must be of a known kind (KindOf); the other files met in
// folders (a run's HTML, DOCX and Markdown table among them, and JSON
// lines files that are not a run's export, IsRunJSONL) are returned as
// skipped, sorted. Hidden folders and files are passed over.
func Files(paths []string) (files, skipped []string, err error) {
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, nil, &PathError{p, err}
		}
		if !st.IsDir() {
			if KindOf(p) == KindNone {
				return nil, nil, &PathError{p, ErrUnsupported}
			}
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && path != p && strings.HasPrefix(d.Name(), "."):
				return filepath.SkipDir
			case !d.IsDir() && KindOf(path) != KindNone && (KindOf(path) != KindJSONL || IsRunJSONL(path)):
				found = append(found, path)
			case !d.IsDir() && !strings.HasPrefix(d.Name(), "."):
				skipped = append(skipped, path)
			}
			return nil
		})
		if err != nil {
			return nil, nil, &PathError{p, err}
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	sort.Strings(skipped)
	return files, skipped, nil
}

// CheckFiles checks files in order (as Files gives them; "-" reads stdin
// as one monolingual article) and returns all their findings. An error
// is a *PathError naming the file.
func (c *Checker) CheckFiles(files []string, stdin io.Reader, opt Options) ([]Finding, error) {
	// Each file's findings are kept apart and joined once at the end:
	// appending them to one growing slice copied every finding again at
	// each doubling (a 100 MB run has tens of thousands).
	var parts [][]Finding
	n := 0
	for _, f := range files {
		var fs []Finding
		var err error
		if f == "-" {
			fs, err = c.Reader(stdin, "-", KindText, opt)
		} else {
			fs, err = c.File(f, opt)
		}
		if err != nil {
			return nil, &PathError{f, err}
		}
		if len(fs) > 0 {
			parts = append(parts, fs)
			n += len(fs)
		}
	}
	if n == 0 {
		return nil, nil
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	all := make([]Finding, 0, n)
	for _, fs := range parts {
		all = append(all, fs...)
	}
	return all, nil
}
