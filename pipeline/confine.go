package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Confinement: a run reads its articles only from inside the folders it is
// given (a manifest's paths stay inside the manifest's folder, a folder's
// symbolic links inside that folder) and writes only inside its out
// folder (an article's name is one file name, never a path).

// checkName reports why name cannot be an article's name or the base name
// of its output files ("" when it can): it must be one file name inside
// the out folder, so no path separator, no "." or ".." and no control
// character; a leading dot is refused too, since the run keeps its own
// temporary and hidden files under such names.
func checkName(name string) string {
	switch {
	case strings.TrimSpace(name) == "":
		return "empty name"
	case name == "." || name == "..":
		return fmt.Sprintf("name %q is not a file name", name)
	case strings.ContainsAny(name, `/\`):
		return fmt.Sprintf("name %q holds a path separator: names are file names inside the out folder", name)
	case strings.HasPrefix(name, "."):
		return fmt.Sprintf("name %q starts with a dot", name)
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return fmt.Sprintf("name %q holds the control character %U", name, r)
		}
	}
	return ""
}

// confinedPath resolves rel, a path read from a manifest in folder dir: it
// must be relative, without "..", and, once symbolic links are followed,
// still inside dir. It returns dir joined with rel, or why not.
func confinedPath(dir, rel string) (string, string) {
	if filepath.IsAbs(rel) || strings.HasPrefix(rel, "/") || strings.HasPrefix(rel, `\`) || filepath.VolumeName(rel) != "" {
		return "", fmt.Sprintf("%s: absolute path: manifest paths are relative to the manifest's folder", rel)
	}
	for _, part := range strings.FieldsFunc(rel, func(r rune) bool { return r == '/' || r == '\\' }) {
		if part == ".." {
			return "", fmt.Sprintf("%s: \"..\" leaves the manifest's folder", rel)
		}
	}
	p := filepath.Join(dir, rel)
	if why := insideAfterLinks(dir, p); why != "" {
		return "", fmt.Sprintf("%s: %s", rel, why)
	}
	return p, ""
}

// insideAfterLinks reports why p, a path under root, leads out of root
// once symbolic links are followed ("" when it stays inside, or when p
// does not exist: the caller reports that).
func insideAfterLinks(root, p string) string {
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return ""
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		if os.IsNotExist(err) {
			return ""
		}
		return "cannot resolve: " + err.Error()
	}
	realRoot, _ = filepath.Abs(realRoot)
	real, _ = filepath.Abs(real)
	rel, err := filepath.Rel(realRoot, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Sprintf("a symbolic link leads out of the input folder (to %s)", real)
	}
	return ""
}
