package main

import (
	"errors"
	"io/fs"

	"bitext/lexicon"
	"bitext/locales"
)

// loadAlignLexicon reads the lexicon an alignment uses (lexicon.Load): the
// file given, else the one stored with the TM at tmPath, else none.
func loadAlignLexicon(ui *locales.Localizer, file, tmPath string) (*lexicon.Lexicon, error) {
	l, err := lexicon.Load(file, tmPath)
	var pe *fs.PathError
	var se *lexicon.SyntaxError
	switch {
	case errors.As(err, &se):
		return nil, badInput(err)
	case errors.As(err, &pe) && pe.Op == "open":
		return nil, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": pe.Path, "Err": err})))
	}
	return l, environment(err)
}
