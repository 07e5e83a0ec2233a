package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Dir checks every file of a known kind under dir (see KindOf) but the
// set's manifest expected.jsonl, in path order; the file names in
// findings are relative to dir, with slashes.
func (c *Checker) Dir(dir string, opt Options) (files []string, out []Finding, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if d.IsDir() || KindOf(path) == KindNone || path == filepath.Join(dir, "expected.jsonl") {
			return nil // the set's manifest (ReadExpected) is no input
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		fs, err := c.Reader(f, rel, KindOf(path), opt)
		if err != nil {
			return err
		}
		files = append(files, rel)
		out = append(out, fs...)
		return nil
	})
	Sort(out)
	return files, out, err
}

// LengthRatio is the ratio of the target's letters to the source's,
// spaces left out: the measure of the misaligned rule, which evaluations
// use to tell pairs of a sentence and its translation from misaligned ones.
func LengthRatio(src, tgt string) float64 { return lengthRatio(src, tgt) }
