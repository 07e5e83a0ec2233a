package main

import (
	"errors"
	"os"

	"bitext/lexicon"
	"bitext/locales"
)

// loadAlignLexicon reads the lexicon an alignment uses: the file given,
// else the one stored with the TM at tmPath (see lexicon.PathFor), else
// none. A TM without a lexicon file yet gives none.
func loadAlignLexicon(ui *locales.Localizer, file, tmPath string) (*lexicon.Lexicon, error) {
	if file == "" && tmPath != "" {
		file = lexicon.PathFor(tmPath)
		if _, err := os.Stat(file); err != nil {
			return nil, nil
		}
	}
	if file == "" {
		return nil, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": file, "Err": err})))
	}
	defer f.Close()
	l, err := lexicon.Read(f, file)
	if err != nil {
		var se *lexicon.SyntaxError
		if errors.As(err, &se) {
			return nil, badInput(err)
		}
		return nil, environment(err)
	}
	return l, nil
}
