package pipeline

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// NoXLIFFError is a folder given to import that holds no XLIFF file.
type NoXLIFFError struct{ Dir string }

func (e *NoXLIFFError) Error() string {
	return "pipeline: no XLIFF files (*.xlf, *.xliff) in " + e.Dir
}

// MessageID and MessageData say the error in the interface language.
func (e *NoXLIFFError) MessageID() string           { return "ImportErrNoXLIFF" }
func (e *NoXLIFFError) MessageData() map[string]any { return map[string]any{"Dir": e.Dir} }

// ImportFiles is the XLIFF files that the arguments of `bitext import`
// name: a folder gives its *.xlf and *.xliff files, sorted (a run's
// articles folder: every article's XLIFF files), and one without any is a
// *NoXLIFFError; anything else stays as it is, for Import to say what is
// wrong with it.
func ImportFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			files = append(files, a)
			continue
		}
		ents, err := os.ReadDir(a)
		if err != nil {
			return nil, &EnvError{Path: a, Err: err}
		}
		var found []string
		for _, e := range ents {
			ext := strings.ToLower(filepath.Ext(e.Name()))
			if !e.IsDir() && (ext == ".xlf" || ext == ".xliff") {
				found = append(found, filepath.Join(a, e.Name()))
			}
		}
		if len(found) == 0 {
			return nil, &NoXLIFFError{Dir: a}
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}
