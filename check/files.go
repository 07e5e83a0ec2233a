package check

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
	// Every file's findings go into one slice, grown at least twofold
	// (append grows a long slice by a quarter and copied every finding
	// again at each step; a 100 MB run has tens of thousands). TSV files
	// append theirs to it pair by pair.
	var all []Finding
	for i, f := range files {
		all = reserve(all, i, len(files))
		var fs []Finding
		var err error
		switch {
		case f == "-":
			fs, err = c.Reader(stdin, "-", KindText, opt)
		case KindOf(f) == KindTSV:
			all, err = c.tsvFile(all, f, opt)
		default:
			fs, err = c.File(f, opt)
		}
		if err != nil {
			return nil, &PathError{f, err}
		}
		switch {
		case len(all) == 0:
			all = fs // one file's findings are not copied
		case len(fs) > 0:
			if cap(all)-len(all) < len(fs) {
				all = slices.Grow(all, max(len(fs), len(all)))
			}
			all = append(all, fs...)
		}
	}
	if len(all) == 0 {
		return nil, nil
	}
	return all, nil
}

// reserve grows all, the findings of the first done of n files, to the
// count the files so far predict for all n (and some more) once they
// are enough to tell (minReserveFiles, or a sixteenth of them), if it has
// not that room: a run of many findings then grows it once or twice, not
// once for each doubling, each time into fresh memory (a 20 MB run of
// pairs has about 100,000 findings of 224 bytes).
func reserve(all []Finding, done, n int) []Finding {
	if done < max(minReserveFiles, n/16) || len(all) == 0 {
		return all
	}
	want := len(all) * n / done
	if cap(all) >= want {
		return all
	}
	// An eighth more, and at least half again the room it had, so that a
	// prediction that creeps up does not copy the findings file by file.
	want = max(want+want/8, cap(all)+cap(all)/2)
	return slices.Grow(all, want-len(all))
}

// minReserveFiles is how many files reserve waits for before it predicts.
const minReserveFiles = 16

// tsvFile is File for a TSV file, appending its findings to out.
func (c *Checker) tsvFile(out []Finding, path string, opt Options) ([]Finding, error) {
	f, err := os.Open(path)
	if err != nil {
		return out, err
	}
	defer f.Close()
	return c.tsv(out, f, path, opt)
}
