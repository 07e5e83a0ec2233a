package pipeline

import (
	"path/filepath"
	"sort"

	"bitext/omegat"
)

// writeKit builds the run's OmegaT project (KitDir in out) from the kit
// files of every article the state records as done (this run's and the
// unchanged ones), in name order; it does nothing when the run did not
// write the kit format or no article has a kit file. The translator's
// files in the project (omegat/project_save.tmx, target/) are left alone.
func writeKit(out string, st *state, formats []Format) error {
	asked := false
	for _, f := range formats {
		asked = asked || f.Name() == KitFormat
	}
	if !asked {
		return nil
	}
	names := make([]string, 0, len(st.Articles))
	for n := range st.Articles {
		names = append(names, n)
	}
	sort.Strings(names)
	var files []string
	for _, n := range names {
		if p := st.Articles[n].Summary.Outputs[KitFormat]; p != "" {
			files = append(files, filepath.Join(out, filepath.FromSlash(p)))
		}
	}
	if len(files) == 0 {
		return nil
	}
	dir := filepath.Join(out, KitDir)
	if _, err := omegat.Build(dir, files); err != nil {
		return &EnvError{Path: dir, Err: err}
	}
	return nil
}
