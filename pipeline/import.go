package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/dirlock"
	"bitext/export"
	"bitext/internal/faultpoint"
	"bitext/omegat"
	"bitext/tm"
	"bitext/xliff"
)

// ImportOptions say what Import reads and where it stores.
type ImportOptions struct {
	Config Config
	// OutDir is the out folder of the run that wrote the XLIFF files: its
	// state file names the articles, whose current text each unit's source
	// is compared with. "" finds it from each file (see RunFolder).
	OutDir string
	Files  []string // XLIFF 2.1 or 1.2 files
	Steps  Steps    // Segmenter and Memory are used
	// Wait and Command are as in Options: the import holds the lock of
	// each run folder it reads, as a run does.
	Wait    time.Duration
	Command string
}

// ImportResult counts what Import did.
type ImportResult struct {
	Files    int // XLIFF files read
	Units    int // units read
	Imported int // units stored in the TM
	// Skipped counts the units that hold no translator's work (see
	// Import); SkippedWhy counts them by reason (the Skip* values).
	Skipped    int
	SkippedWhy map[string]int
	Refused    []Refusal
	// Lexicon is the TM's lexicon file, relearned after the import
	// (lexicon.Refresh), or "" when the TM has none or nothing was
	// imported.
	Lexicon string
}

// Refusal is a unit that was not imported because it no longer fits its
// article.
type Refusal struct {
	File      string
	Line, Col int
	Unit      string // the unit's id
	Article   string // the article's name ("" when not found)
	Reason    string
}

func (r Refusal) String() string {
	return fmt.Sprintf("%s:%d:%d: unit %s: %s", r.File, r.Line, r.Col, r.Unit, r.Reason)
}

// Why Import skips a unit (ImportResult.SkippedWhy).
const (
	SkipNoTarget      = "no-target"      // the unit has no target text
	SkipNotTranslated = "not-translated" // initial (1.2 new, needs-translation...)
	SkipNeedsReview   = "needs-review"   // a link bitext asked to check, not confirmed (2.1 initial with subState bitext:check-alignment, 1.2 needs-review-*)
	SkipUntouched     = "untouched"      // translated, with the very target bitext wrote (the edition's text)
	// SkipEditionChanged: translated, but the edition changed since the
	// run, so a translator's target cannot be told from the one bitext
	// wrote; confirm it (reviewed, final) to import it.
	SkipEditionChanged = "edition-changed"
)

// textHash is the hash of an article's decoded text recorded by the run
// (Summary.EditionHash); "" for no text.
func textHash(text string) string {
	if text == "" {
		return ""
	}
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// translatorWork says whether an XLIFF unit holds a translator's work,
// with the review state it gets in the TM, or why it is skipped. A unit is
// the translator's when its state says a person confirmed it (2.1 final
// or reviewed; 1.2 final, signed-off or approved="yes"), or when it is
// translated (1.2 translated or no state) and its target is not the one
// bitext wrote: wrote reports whether a target is the edition's text,
// which is what bitext writes as the target of an aligned row.
func translatorWork(u *xliff.Unit, v12 bool, wrote func(string) bool) (tm.Review, string) {
	if strings.TrimSpace(u.Target) == "" {
		return "", SkipNoTarget
	}
	switch u.State {
	case xliff.StateFinal:
		return tm.Final, ""
	case xliff.StateReviewed:
		return tm.Reviewed, ""
	case xliff.StateInitial:
		if u.SubState == export.SubStateCheckAlignment {
			return "", SkipNeedsReview
		}
		return "", SkipNotTranslated
	}
	if v12 && strings.HasPrefix(u.OriginalState, "needs-review") {
		return "", SkipNeedsReview
	}
	if wrote(u.Target) {
		return "", SkipUntouched
	}
	return tm.Translated, ""
}

// kitWork is translatorWork for a unit of an OmegaT kit file (see package
// omegat), whose targets bitext wrote as copies of the sources and OmegaT
// replaces with the translator's text, leaving the state alone: a target
// other than the source is the translator's (review translated; a state
// saying a person confirmed it, reviewed or final, is kept); a target
// still equal to the source (spaces compared loosely) is not translated.
func kitWork(u *xliff.Unit) (tm.Review, string) {
	if strings.TrimSpace(u.Target) == "" {
		return "", SkipNoTarget
	}
	if !omegat.Translated(u) {
		return "", SkipNotTranslated
	}
	switch u.State {
	case xliff.StateFinal:
		return tm.Final, ""
	case xliff.StateReviewed:
		return tm.Reviewed, ""
	}
	return tm.Translated, ""
}

// importArticle is an article of the run as it is now: the segments of the
// side the XLIFF files have as source, and of the edition when that is
// the other side (the targets bitext wrote).
type importArticle struct {
	name    string
	segs    []article.Segment
	edition []article.Segment
	// editionChanged: the edition is not the text the run read (its hash
	// differs from the one recorded), so it cannot say what bitext wrote.
	editionChanged bool
	// prefilled: for an original bitext pretranslated, the hashes of the
	// targets it pre-filled (Summary.Prefilled), which are its own.
	prefilled map[string]bool
	// byline is the original's byline, the source of its unit (id
	// export.BylineUnitID) in a pretranslated original's XLIFF files.
	byline string
	err    string
}

// Import reads reviewed XLIFF files (2.1 or 1.2) back into the TM, each
// file in one transaction: only units a translator translated, changed or
// confirmed (translatorWork), with origin "translator" and their review
// state; never a machine-aligned link nobody touched. The rest are
// counted by reason in ImportResult.SkippedWhy. A unit whose source is no longer in its
// article (the article changed since the run, or the unit was edited) is
// refused, as is every unit of a file whose article the run does not know.
// XLIFF syntax errors stop the import of that file before anything of it
// is stored (*xliff.SyntaxError).
func Import(ctx context.Context, o ImportOptions) (*ImportResult, error) {
	if o.Steps.Memory == nil {
		return nil, errors.New("pipeline: import: no translation memory")
	}
	if o.Steps.Segmenter == nil {
		o.Steps.Segmenter = paraSegmenter{}
	}
	cfg := o.Config
	if cfg.Languages.Source == "" {
		cfg = DefaultConfig()
	}
	r := &runner{cfg: cfg, steps: o.Steps}
	type run struct {
		out    string
		dir    string
		byBase map[string]Summary
	}
	runs := map[string]*run{}
	var locks []*dirlock.Lock
	defer func() {
		for _, l := range locks {
			l.Release()
		}
	}()
	runOf := func(file string) (*run, error) {
		out := RunFolder(file, o.OutDir, cfg)
		if ru, ok := runs[out]; ok {
			return ru, nil
		}
		// A run in the folder would change the state and the articles
		// under the import: one at a time.
		if fi, err := os.Stat(out); err == nil && fi.IsDir() {
			l, err := dirlock.Acquire(ctx, out, dirlock.Options{Wait: o.Wait, Command: o.Command})
			if err != nil {
				return nil, &EnvError{Path: out, Err: err}
			}
			locks = append(locks, l)
		}
		st := loadState(filepath.Join(out, StateFile))
		ru := &run{out: out, dir: st.Dir, byBase: map[string]Summary{}}
		for _, e := range st.Articles {
			ru.byBase[e.Summary.Base] = e.Summary
			ru.byBase[e.Summary.Name] = e.Summary
		}
		runs[out] = ru
		return ru, nil
	}
	arts := map[string]*importArticle{}
	articleIn := func(ru *run, id string) *importArticle {
		key := ru.out + "\x00" + id
		if a, ok := arts[key]; ok {
			return a
		}
		a := &importArticle{}
		arts[key] = a
		s, ok := ru.byBase[id]
		if !ok {
			a.err = fmt.Sprintf("no article %q in the run of %s (give the run's out folder with --out)", id, ru.out)
			return a
		}
		a.name = s.Name
		if s.Edition == "" {
			a.prefilled = map[string]bool{}
			for _, h := range s.Prefilled {
				a.prefilled[h] = true
			}
		}
		path, enc, lang := s.Edition, EncAuto, cfg.TargetTag()
		if s.Original != "" {
			path, enc, lang = s.Original, s.Encoding, cfg.SourceTag()
		}
		if !filepath.IsAbs(path) && ru.dir != "" {
			path = filepath.Join(ru.dir, path)
		}
		t, _, _, err := readArticle(path, enc, cfg.Input.Layout, lang)
		if err != nil {
			a.err = fmt.Sprintf("article %s cannot be read: %v", s.Name, err)
			return a
		}
		a.segs = r.segment(&t, lang)
		if s.Original != "" && s.Edition == "" {
			a.byline = t.Byline
		}
		if s.Original != "" && s.Edition != "" {
			ep := s.Edition
			if !filepath.IsAbs(ep) && ru.dir != "" {
				ep = filepath.Join(ru.dir, ep)
			}
			et, _, eraw, err := readArticle(ep, EncAuto, cfg.Input.Layout, cfg.TargetTag())
			if err != nil {
				a.err = fmt.Sprintf("article %s cannot be read: %v", s.Name, err)
				return a
			}
			a.edition = r.segment(&et, cfg.TargetTag())
			a.editionChanged = s.EditionHash != "" && s.EditionHash != textHash(eraw)
		}
		return a
	}
	res := &ImportResult{}
	for _, path := range o.Files {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		ru, err := runOf(path)
		if err != nil {
			return res, err
		}
		article := func(id string) *importArticle { return articleIn(ru, id) }
		units, err := importFile(path, article, res)
		if err != nil {
			return res, err
		}
		res.Files++
		if len(units) == 0 {
			continue
		}
		err = faultpoint.Err("tm.store")
		if err == nil {
			err = o.Steps.Memory.Add(ctx, units)
		}
		if err != nil {
			return res, &EnvError{Path: "tm", Err: err}
		}
		faultpoint.Hit("import.stored")
		res.Imported += len(units)
	}
	// The TM's lexicon, when it has one, learns the imported units too.
	if m, ok := o.Steps.Memory.(interface {
		refreshLexicon(context.Context) (string, bool, error)
	}); ok && res.Imported > 0 {
		path, refreshed, err := m.refreshLexicon(ctx)
		if err != nil {
			return res, &EnvError{Path: path, Err: err}
		}
		if refreshed {
			res.Lexicon = path
		}
	}
	return res, nil
}

func importFile(path string, article func(string) *importArticle, res *ImportResult) ([]Unit, error) {
	f, err := os.Open(path)
	if err != nil {
		// Missing: bad input; there but unreadable: the environment.
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &InputError{File: path, Msg: "no such file"}
		}
		return nil, &EnvError{Path: path, Err: unwrapPathError(err)}
	}
	defer f.Close()
	dec := xliff.NewDecoder(f)
	dec.File = path
	hdr, err := dec.Header()
	if err != nil {
		return nil, fileErr(path, err)
	}
	var units []Unit
	for {
		u, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fileErr(path, err)
		}
		res.Units++
		cf := dec.CurrentFile()
		src, tgt := hdr.SrcLang, hdr.TrgLang
		if cf != nil && cf.SrcLang != "" {
			src = cf.SrcLang
		}
		if cf != nil && cf.TrgLang != "" {
			tgt = cf.TrgLang
		}
		id := ""
		if cf != nil {
			id = cf.Original
			if id == "" {
				id = cf.ID
			}
		}
		a := article(id)
		refuse := func(reason string) {
			res.Refused = append(res.Refused, Refusal{File: path, Line: u.Line, Col: u.Col, Unit: u.ID, Article: a.name, Reason: reason})
		}
		var review tm.Review
		var why string
		if cf != nil && omegat.IsKit(cf.Notes) {
			review, why = kitWork(u)
		} else {
			review, why = translatorWork(u, strings.HasPrefix(hdr.Version, "1."), func(t string) bool {
				_, _, ok := findRun(a.edition, t)
				return ok || a.prefilled[textHash(t)]
			})
			if why == "" && review == tm.Translated && a.editionChanged {
				why = SkipEditionChanged
			}
		}
		if why != "" {
			res.Skipped++
			if res.SkippedWhy == nil {
				res.SkippedWhy = map[string]int{}
			}
			res.SkippedWhy[why]++
			continue
		}
		if a.err != "" {
			refuse(a.err)
			continue
		}
		if isByline(u) {
			// The byline's unit (a pretranslated original's): stored
			// without neighbours, so that the reporter's byline is
			// pre-filled in their next article.
			if !a.sameByline(u.Source) {
				refuse(fmt.Sprintf("the source is no longer the byline of article %s: %q", a.name, clip(u.Source, 60)))
				continue
			}
			units = append(units, Unit{Source: u.Source, Target: u.Target, Src: language.Make(src), Tgt: language.Make(tgt),
				Origin: "translator", Review: string(review), Doc: a.name, File: path})
			continue
		}
		first, last, ok := findRun(a.segs, u.Source)
		if !ok {
			refuse(fmt.Sprintf("the source is no longer in article %s: %q", a.name, clip(u.Source, 60)))
			continue
		}
		unit := Unit{Source: u.Source, Target: u.Target, Src: language.Make(src), Tgt: language.Make(tgt),
			Origin: "translator", Review: string(review), Doc: a.name, File: path}
		if first > 0 {
			unit.Prev = a.segs[first-1].Text
		}
		if last+1 < len(a.segs) {
			unit.Next = a.segs[last+1].Text
		}
		units = append(units, unit)
	}
	return units, nil
}

// isByline reports whether u is the unit of a pretranslated original's
// byline (its layout note says byline).
func isByline(u *xliff.Unit) bool {
	para, ok, _ := export.UnitLayout(u.Notes)
	return ok && para == export.BylinePara
}

// sameByline reports whether source is the article's byline (spaces
// compared loosely).
func (a *importArticle) sameByline(source string) bool {
	return a.byline != "" && strings.Join(strings.Fields(a.byline), " ") == strings.Join(strings.Fields(source), " ")
}

func fileErr(path string, err error) error {
	var se *xliff.SyntaxError
	if errors.As(err, &se) {
		return err
	}
	return &InputError{File: path, Msg: err.Error()}
}

// findRun finds consecutive segments whose texts, joined by one space,
// are text (spaces compared loosely).
func findRun(segs []article.Segment, text string) (int, int, bool) {
	want := strings.Join(strings.Fields(text), " ")
	if want == "" {
		return 0, 0, false
	}
	for i := range segs {
		got := ""
		for j := i; j < len(segs); j++ {
			s := strings.Join(strings.Fields(segs[j].Text), " ")
			if got != "" {
				got += " "
			}
			got += s
			if got == want {
				return i, j, true
			}
			if !strings.HasPrefix(want, got) {
				break
			}
		}
	}
	return 0, 0, false
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// RunFolder returns the out folder of the run that wrote an XLIFF file:
// outDir when given; else the folder holding the file, the one above it
// (OUT/articles/NAME.xlf) or the one above that (a translated kit file,
// OUT/omegat/target/NAME.xlf), the first that has the run's state file;
// else the config's output folder (out), relative to the working folder.
func RunFolder(file, outDir string, cfg Config) string {
	if outDir != "" {
		return outDir
	}
	d := filepath.Dir(file)
	for _, c := range []string{d, filepath.Dir(d), filepath.Dir(filepath.Dir(d))} {
		if fi, err := os.Stat(filepath.Join(c, StateFile)); err == nil && fi.Mode().IsRegular() {
			return c
		}
	}
	if cfg.Output.Dir != "" {
		return cfg.Output.Dir
	}
	return "out"
}

// RecordedTM returns the TM the run in out used, as recorded in its
// state: a file's absolute path, or a PostgreSQL DSN without its password
// (given through PGPASSWORD or ~/.pgpass); "" when it recorded none.
func RecordedTM(out string) string {
	return loadState(filepath.Join(out, StateFile)).TM
}

// unwrapPathError drops the *fs.PathError around err, whose path the
// caller names already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
