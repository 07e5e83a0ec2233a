package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/atomicfile"
	"bitext/export"
	"bitext/omegat"
	"bitext/xliff"
)

// This file is merge back (bitext merge): a translated XLIFF file becomes
// an article file again, in the target language, with the original's
// layout. It is unrelated to merge.go, the merge of a queued run.

// Translation is one article of a translated XLIFF file (one <file>): its
// targets laid out as the original was, read by ReadTranslation.
type Translation struct {
	// Name is the article's name: the XLIFF file's original attribute
	// (bitext writes the article's name there), else its id.
	Name string
	// File is the XLIFF file it was read from, as given.
	File string
	// Lang is the target language (XLIFF 2 trgLang, 1.2 target-language)
	// and Src the source language; language.Und when the file does not
	// say.
	Lang, Src language.Tag
	// Text is the article: the headline's, the byline's and each
	// paragraph's targets joined as Lang joins sentences (JoinSentences),
	// the date as the original has it (and the byline too, from a file
	// written before the byline was a unit).
	Text article.Text
	// Units is the number of units read.
	Units int
	// FromSource are the units without a target whose source was written
	// instead (MergeBackOptions.AllowEmpty).
	FromSource []UnitRef
	// ToReview are the units whose target nobody confirmed: state initial
	// with a target, or XLIFF 1.2 needs-review-* (a fuzzy match bitext
	// pre-filled, or a link to check).
	// They are merged; the command warns.
	ToReview []UnitRef
	// NoLayout reports that the file carries no layout notes (not written
	// by bitext run for an original, or a tool dropped the notes): each
	// unit is then a paragraph of its own and there is no headline.
	NoLayout bool
}

// UnitRef locates a unit in its XLIFF file.
type UnitRef struct {
	File      string
	Line, Col int
	ID        string
}

// String is "FILE:LINE:COL: unit ID".
func (u UnitRef) String() string {
	return fmt.Sprintf("%s:%d:%d: unit %s", u.File, u.Line, u.Col, u.ID)
}

// UntranslatedError is a unit with no target in a file being merged
// without MergeBackOptions.AllowEmpty: an article with a hole is bad input.
type UntranslatedError struct{ Unit UnitRef }

func (e *UntranslatedError) Error() string {
	return "pipeline: " + e.Unit.String() + " has no translation (merge with --allow-empty to write its source instead)"
}

// Unwrap makes the error bad input (an *InputError) for errors.As.
func (e *UntranslatedError) Unwrap() error {
	return &InputError{File: e.Unit.File, Line: e.Unit.Line, Col: e.Unit.Col, Msg: "unit " + e.Unit.ID + " has no translation"}
}

// MessageID and MessageData say the error in the interface language.
func (e *UntranslatedError) MessageID() string { return "MergeErrNoTranslation" }
func (e *UntranslatedError) MessageData() map[string]any {
	return map[string]any{"File": e.Unit.File, "Line": e.Unit.Line, "Col": e.Unit.Col, "Unit": e.Unit.ID}
}

// JoinSentences joins the sentences of one paragraph as lang writes them:
// with a space, but with nothing in Chinese and Japanese, and with nothing
// where a sentence already ends or the next begins with white space, so
// that each sentence's text comes back as it was.
func JoinSentences(sents []string, lang language.Tag) string {
	sep := " "
	if b, _ := lang.Base(); b.String() == "ja" || b.String() == "zh" {
		sep = ""
	}
	var sb strings.Builder
	for i, s := range sents {
		if i > 0 && sep != "" && !endsSpace(sents[i-1]) && !startsSpace(s) {
			sb.WriteString(sep)
		}
		sb.WriteString(s)
	}
	return sb.String()
}

func endsSpace(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && unicode.IsSpace(r)
}

func startsSpace(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && unicode.IsSpace(r)
}

// ReadTranslation reads a translated XLIFF file (2.x or 1.2; file names it
// in errors) into one Translation per <file>. The layout comes from the
// notes bitext run writes for an original it pretranslated (see
// export.LayoutCategory): each unit's paragraph, the headline or the
// byline (the byline's unit: its target is the English byline), and the
// date; units of a paragraph are joined in file order. A
// unit without a target is an *UntranslatedError unless allowEmpty, when
// its source is written instead (Translation.FromSource). Malformed XLIFF
// is an *xliff.SyntaxError, a malformed layout note an *InputError, both
// with the line and column.
func ReadTranslation(r io.Reader, file string, allowEmpty bool) ([]Translation, error) {
	dec := xliff.NewDecoder(r)
	dec.File = file
	h, err := dec.Header()
	if err != nil {
		return nil, err
	}
	var out []Translation
	var files []*xliff.File
	var units [][]mergeUnit // per translation
	for {
		u, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if f := dec.CurrentFile(); len(files) == 0 || f != files[len(files)-1] {
			files = append(files, f)
			out = append(out, newTranslation(f, h, file))
			units = append(units, nil)
		}
		if omegat.IsKit(files[len(files)-1].Notes) {
			// An OmegaT kit file: a target still the copy of its source
			// is not translated; any other is the translator's (OmegaT
			// leaves the state as the kit wrote it).
			if !omegat.Translated(u) {
				u.Target = ""
			} else {
				u.State, u.OriginalState = xliff.StateTranslated, ""
			}
		}
		mu, err := readMergeUnit(&out[len(out)-1], u, allowEmpty)
		if err != nil {
			return nil, err
		}
		units[len(units)-1] = append(units[len(units)-1], mu)
	}
	if len(out) == 0 {
		return nil, &InputError{File: file, Msg: "no units to merge"}
	}
	for i := range out {
		out[i].Text.Byline, out[i].Text.Date, _ = export.FileLayout(files[i].Notes)
		layOut(&out[i], units[i])
	}
	return out, nil
}

// mergeUnit is a unit's text and where it goes.
type mergeUnit struct {
	para   int  // article.HeadlinePara or a paragraph index
	layout bool // para comes from a layout note
	text   string
}

// newTranslation starts the Translation of XLIFF file f.
func newTranslation(f *xliff.File, h *xliff.Header, file string) Translation {
	name := f.Original
	if name == "" {
		name = f.ID
	}
	src, tgt := f.SrcLang, f.TrgLang
	if src == "" {
		src = h.SrcLang
	}
	if tgt == "" {
		tgt = h.TrgLang
	}
	srcTag, _ := language.Parse(src) // Und when absent or not a tag
	tgtTag, _ := language.Parse(tgt)
	return Translation{Name: name, File: file, Lang: tgtTag, Src: srcTag}
}

// readMergeUnit counts u in t and returns its text (its target, or its
// source when it has none and allowEmpty) and its place.
func readMergeUnit(t *Translation, u *xliff.Unit, allowEmpty bool) (mergeUnit, error) {
	t.Units++
	ref := UnitRef{File: t.File, Line: u.Line, Col: u.Col, ID: u.ID}
	para, ok, bad := export.UnitLayout(u.Notes)
	if bad != "" {
		return mergeUnit{}, &InputError{File: t.File, Line: u.Line, Col: u.Col, Msg: "unit " + u.ID + ": " + bad}
	}
	text := u.Target
	switch {
	case strings.TrimSpace(text) == "" && !allowEmpty:
		return mergeUnit{}, &UntranslatedError{Unit: ref}
	case strings.TrimSpace(text) == "":
		text = u.Source
		t.FromSource = append(t.FromSource, ref)
	case u.State == xliff.StateInitial || strings.HasPrefix(u.OriginalState, "needs-review"):
		t.ToReview = append(t.ToReview, ref)
	}
	return mergeUnit{para: para, layout: ok, text: text}, nil
}

// layOut fills t's headline, byline and paragraphs from its units: by
// their layout notes (paragraphs in order, each one's units in file order,
// joined by JoinSentences; a byline unit replaces the byline of the file's
// note, which files written before the byline was a unit have), or, when a
// unit has none, one paragraph per unit (Translation.NoLayout).
func layOut(t *Translation, units []mergeUnit) {
	for _, u := range units {
		if !u.layout {
			t.NoLayout = true
		}
	}
	if t.NoLayout {
		for _, u := range units {
			t.Text.Paras = append(t.Text.Paras, u.text)
		}
		return
	}
	paras := map[int][]string{}
	var order []int
	for _, u := range units {
		if _, ok := paras[u.para]; !ok {
			order = append(order, u.para)
		}
		paras[u.para] = append(paras[u.para], u.text)
	}
	sort.Ints(order)
	for _, p := range order {
		s := JoinSentences(paras[p], t.Lang)
		switch p {
		case article.HeadlinePara:
			t.Text.Headline = s
			continue
		case export.BylinePara:
			t.Text.Byline = s // the translator's, not the original's
			continue
		}
		t.Text.Paras = append(t.Text.Paras, s)
	}
}

// MergeBackOptions say what MergeBack reads and writes.
type MergeBackOptions struct {
	Files []string // translated XLIFF files (2.x or 1.2)
	// Format is the article file format: export.ArticleText (the default),
	// export.ArticleMarkdown or export.ArticleDOCX.
	Format string
	// OutDir is the folder the articles are written to, created if need
	// be ("." when empty), each as NAME.LANG.EXT (NAME the article's name
	// without a file extension or a language part, LANG the target
	// language: "rate-may.en.txt"). OutFile, when set, is the one file to
	// write instead; the files must then hold one article.
	OutDir, OutFile string
	// AllowEmpty writes a unit without a target as its source instead of
	// failing (Translation.FromSource).
	AllowEmpty bool
}

// Merged is an article MergeBack wrote.
type Merged struct {
	Translation
	Path string // the file written
}

// MergeBack writes each article of the translated XLIFF files as an article
// file (see ReadTranslation and export.WriteArticleFile). Every file is
// read before anything is written: bad input (a file missing or
// malformed, a unit without a target, two articles for one output file)
// writes nothing and is an *InputError, *xliff.SyntaxError or
// *UntranslatedError; a file that cannot be read or written is an
// *EnvError. Each output is written atomically.
func MergeBack(ctx context.Context, o MergeBackOptions) ([]Merged, error) {
	format := mergeFormat(o)
	if export.ArticleExt(format) == "" {
		return nil, &InputError{File: "--format", Msg: fmt.Sprintf("%q is not an article format (txt, md or docx)", format)}
	}
	var all []Merged
	for _, f := range o.Files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ts, err := readTranslationFile(f, o.AllowEmpty)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			all = append(all, Merged{Translation: t})
		}
	}
	if len(all) == 0 {
		return nil, &InputError{File: strings.Join(o.Files, ", "), Msg: "no XLIFF file to merge"}
	}
	dir, err := outputPaths(all, o, format)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &EnvError{Path: dir, Err: err}
	}
	for i := range all {
		m := &all[i]
		err := atomicfile.Write(m.Path, func(w io.Writer) error {
			return export.WriteArticleFile(w, format, m.Name, &m.Text, m.Lang)
		})
		if err != nil {
			return all[:i], &EnvError{Path: m.Path, Err: err}
		}
	}
	return all, nil
}

// mergeFormat is the article format of o: Format, else OutFile's
// extension when it is one, else plain text.
func mergeFormat(o MergeBackOptions) string {
	if o.Format != "" {
		return o.Format
	}
	if f := strings.TrimPrefix(strings.ToLower(filepath.Ext(o.OutFile)), "."); o.OutFile != "" && export.ArticleExt(f) != "" {
		return f
	}
	return export.ArticleText
}

// outputPaths sets the Path of each article and returns the folder they
// go to: OutFile for the one article, else OutDir's NAME.LANG.EXT, two
// articles to one file being bad input.
func outputPaths(all []Merged, o MergeBackOptions, format string) (string, error) {
	if o.OutFile != "" {
		if len(all) > 1 {
			return "", &InputError{File: strings.Join(o.Files, ", "),
				Msg: fmt.Sprintf("%d articles for one output file %s (use --out DIR)", len(all), o.OutFile)}
		}
		all[0].Path = o.OutFile
		return filepath.Dir(o.OutFile), nil
	}
	dir := o.OutDir
	if dir == "" {
		dir = "."
	}
	by := map[string]string{}
	for i := range all {
		p := filepath.Join(dir, outputName(all[i].Translation)+export.ArticleExt(format))
		if prev, ok := by[p]; ok {
			return "", &InputError{File: all[i].File,
				Msg: fmt.Sprintf("article %q would be written to %s, as the one from %s: merge one of them", all[i].Name, p, prev)}
		}
		by[p] = all[i].File
		all[i].Path = p
	}
	return dir, nil
}

func readTranslationFile(path string, allowEmpty bool) ([]Translation, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &InputError{File: path, Msg: "no such file"}
	}
	if err != nil {
		return nil, &EnvError{Path: path, Err: err}
	}
	defer f.Close()
	ts, err := ReadTranslation(f, path, allowEmpty)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return nil, &EnvError{Path: path, Err: err}
	}
	return ts, err
}

// articleExts are the extensions an XLIFF file's original may carry (the
// original file's name, as other tools write it), left out of the output
// name.
var articleExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true, ".docx": true, ".xlf": true, ".xliff": true}

// outputName is the base name of a translation's output file, without
// the extension: its name with no folder, no article file extension and
// no part naming its source or target language, then the target
// language ("rate-may.ko.txt" → "rate-may.en"). A name that is no file
// name (empty, "." or "..") is the XLIFF file's.
func outputName(t Translation) string {
	name := path.Base(strings.ReplaceAll(t.Name, `\`, "/"))
	if ext := strings.ToLower(path.Ext(name)); articleExts[ext] {
		name = strings.TrimSuffix(name, path.Ext(name))
	}
	if i := strings.LastIndex(name, "."); i > 0 {
		part := strings.ToLower(name[i+1:])
		if part == langBase(t.Src) || part == langBase(t.Lang) {
			name = name[:i]
		}
	}
	if name == "" || name == "." || name == ".." || name == "/" {
		name = strings.TrimSuffix(filepath.Base(t.File), filepath.Ext(t.File))
	}
	if l := langBase(t.Lang); l != "" {
		return name + "." + l
	}
	return name
}

// langBase is the language of t ("en"), "" for Und.
func langBase(t language.Tag) string {
	if t.IsRoot() {
		return ""
	}
	b, _ := t.Base()
	return b.String()
}
