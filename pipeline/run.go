package pipeline

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"bitext/atomicfile"
	"bitext/dirlock"
	"bitext/internal/faultpoint"
)

// Version changes when the pipeline's own outputs change: articles run by
// another version are redone.
const Version = "1"

// Options are the settings of one run besides the config file.
type Options struct {
	Config Config
	Inputs []string // files and folders (see Discover)
	OutDir string   // "" = Config.Output.Dir
	Jobs   int      // workers; <= 0 = the CPU count
	Force  bool     // redo articles whose inputs and settings are unchanged
	// NoSecondPass aligns each article on its own, as a queued run's
	// workers do (RunPart runs one article): no batch second pass (see
	// prepareSecondPass), so the outputs do not depend on which articles
	// run together.
	NoSecondPass bool
	Steps        Steps
	// Lang and Say give index.html in the interface language (see
	// Report.WriteHTMLIn); empty and nil give English.
	Lang string
	Say  func(id string, data map[string]any) string
	// RunDir is the folder relative input paths are relative to (the
	// working folder), and TMPath the TM file; both are recorded in the out
	// folder's state so that `bitext import` finds the articles and the TM
	// from any folder. Empty: not recorded.
	RunDir string
	TMPath string
	// Progress, when set, is told about the run as it goes. It is called
	// from one goroutine at a time.
	Progress func(Event)
	// Wait is how long the run waits for another run or import that holds
	// the out folder (0: it fails at once, with a *dirlock.BusyError that
	// names the holder); Command describes this run to the others.
	Wait    time.Duration
	Command string
}

// Event is a step of the run, for a progress display.
type Event struct {
	Total int    // articles in the run
	Done  int    // articles finished, skipped or failed so far
	Name  string // the article just finished; "" for the start event
	// Status of that article: "done", "unchanged" or "failed".
	Status string
}

// Files the run writes in the out folder besides the articles' files.
const (
	ReportJSON  = "report.json"
	ReportHTML  = "index.html"
	StateFile   = ".bitext-state.json"
	ArticlesDir = "articles"
	pendingDir  = ".bitext-pending"
)

// ErrInterrupted is returned (wrapped) by Run when its context was
// cancelled: the articles finished before are complete, in the TM and in
// the report.
var ErrInterrupted = errors.New("pipeline: run interrupted")

// FailedError says that some articles could not be run (bad input); the
// others were.
type FailedError struct {
	Failed []string // "name: error"
	Errs   []error  // the errors, in the same order
}

// Unwrap returns the articles' errors, so that errors.As finds an
// *InputError (bad input) or an *EnvError among them.
func (e *FailedError) Unwrap() []error { return e.Errs }

func (e *FailedError) Error() string {
	return fmt.Sprintf("pipeline: %d article(s) failed: %s", len(e.Failed), strings.Join(e.Failed, "; "))
}

type runner struct {
	cfg      Config
	steps    Steps
	out      string
	settings string
	// batch holds the articles' files until the end of the run, when they
	// are made durable with one sync and renamed into place together.
	batch *atomicfile.Batch
	// stale are the files (relative to out) the batch removes: those the
	// previous run recorded for articles run again that this run does
	// not write again.
	stale []string
}

type stateEntry struct {
	Hash    string  `json:"hash"`
	Summary Summary `json:"summary"`
}

type state struct {
	Version string `json:"version"`
	// Dir is the folder the run was made in, which relative input paths
	// are relative to; TM the TM's path when it is a file (see
	// Options.RunDir and TMPath).
	Dir      string                `json:"dir,omitempty"`
	TM       string                `json:"tm,omitempty"`
	Articles map[string]stateEntry `json:"articles"`
}

func loadState(path string) state {
	st := state{Version: Version, Articles: map[string]stateEntry{}}
	data, err := os.ReadFile(path)
	if err != nil {
		return st
	}
	var s state
	if json.Unmarshal(data, &s) != nil || s.Version != Version || s.Articles == nil {
		return st
	}
	return s
}

// result is what a worker hands back for one article.
type result struct {
	summary Summary
	hash    string
	pending string // file of TM units to add, "" when none
	err     error
}

// Run runs the pipeline over the inputs and writes the outputs, the report
// and the run state into the out folder. It returns the report even when
// some articles failed (*FailedError) or the run was interrupted
// (ErrInterrupted).
func Run(ctx context.Context, opts Options) (*Report, error) {
	cfg := opts.Config
	if cfg.Languages.Source == "" {
		cfg = DefaultConfig()
	}
	out := opts.OutDir
	if out == "" {
		out = cfg.Output.Dir
	}
	if out == "" {
		out = "out"
	}
	steps := opts.Steps
	if steps.Segmenter == nil {
		steps.Segmenter = paraSegmenter{}
	}
	// Editions with their originals, and originals alone to pretranslate;
	// a run with neither is bad input (*NothingError).
	arts, skipped, err := RunInputs(opts.Inputs)
	if err != nil {
		return nil, err
	}
	formats, err := selectFormats(steps.Formats, cfg.Output.Formats)
	if err != nil {
		return nil, err
	}
	steps.Formats = formats
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, &EnvError{Path: out, Err: err}
	}
	// One run at a time in an out folder: the lock covers its files, its
	// pending and temporary files, the journal and the state.
	lock, err := dirlock.Acquire(ctx, out, dirlock.Options{Wait: opts.Wait, Command: opts.Command})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w: 0 of %d articles done (waiting for %s)", ErrInterrupted, len(arts), out)
		}
		return nil, &EnvError{Path: out, Err: err}
	}
	defer lock.Release()
	// The pending units are in the journal once it is written; a run that
	// fails before has not stored them: either way they go.
	defer os.RemoveAll(filepath.Join(out, pendingDir))
	for _, dir := range []string{filepath.Join(out, ArticlesDir), filepath.Join(out, pendingDir)} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &EnvError{Path: dir, Err: err}
		}
		// Never through a link: the run writes inside the out folder only.
		if fi, err := os.Lstat(dir); err != nil || !fi.IsDir() {
			return nil, &EnvError{Path: dir, Err: errors.New("not a folder (a symbolic link?)")}
		}
	}
	// An earlier run that stopped before its files were all in place is
	// undone (its articles are redone); one that stopped after is
	// finished: its pairs stored, its articles recorded.
	if _, err := undoIntent(out); err != nil {
		return nil, err
	}
	recovered, err := finishJournal(out, steps.Memory, opts.TMPath)
	if err != nil {
		return nil, err
	}
	// Units of an earlier run that stopped before its journal: that run
	// did not record those articles as done, so they are redone now.
	if old, _ := filepath.Glob(filepath.Join(out, pendingDir, "*")); len(old) > 0 {
		for _, f := range old {
			os.Remove(f)
		}
	}
	// Temporary files of a run that crashed.
	atomicfile.RemoveTemps(filepath.Join(out, ArticlesDir))
	atomicfile.RemoveTemps(out)
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name()
	}
	r := &runner{cfg: cfg, steps: steps, out: out, batch: atomicfile.NewBatch()}
	defer r.batch.Abort()
	r.settings = hashStrings("v"+Version, cfg.fingerprint(), steps.Signature, strings.Join(names, ","))
	statePath := filepath.Join(out, StateFile)
	st := loadState(statePath)

	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	// The batch's second pass: the aligner learns from the first-pass
	// links of every article to run (see prepareSecondPass).
	if !opts.NoSecondPass {
		r.prepareSecondPass(ctx, arts, st, opts.Force, jobs)
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(Event) {}
	}
	progress(Event{Total: len(arts)})

	results := make([]*result, len(arts))
	var mu sync.Mutex
	done := 0
	forEach(ctx, len(arts), jobs, func(i int) {
		res := r.one(ctx, arts[i], st.Articles[arts[i].Name], opts.Force)
		if res == nil { // interrupted
			return
		}
		mu.Lock()
		results[i] = res
		done++
		progress(Event{Total: len(arts), Done: done, Name: arts[i].Name, Status: res.summary.Status})
		mu.Unlock()
	})

	// The commit (see journal.go): the intent, the state and report
	// prepared, the articles' files, the journal, the TM, then the state
	// and report in place and the journal removed.
	rep := &Report{Source: cfg.Languages.Source, Target: cfg.Languages.Target, Formats: names, Notes: steps.Notes, Skipped: skipped, Recovered: recovered}
	c := &commit{r: r, arts: arts, results: results, rep: rep, st: &st, lang: opts.Lang, say: opts.Say, tmPath: opts.TMPath}
	redone := false
	if err := r.removeStale(arts, results, st); err != nil {
		return nil, err
	}
	for i, a := range arts {
		res := results[i]
		if res == nil {
			rep.Articles = append(rep.Articles, Summary{Name: a.Name, Edition: a.Edition, Original: a.Original, Status: "not run"})
			continue
		}
		rep.Articles = append(rep.Articles, res.summary)
		switch {
		case res.err != nil:
			c.failed = append(c.failed, res.err.Error())
			c.failedErrs = append(c.failedErrs, res.err)
			if _, ok := st.Articles[a.Name]; ok {
				redone = true
			}
			delete(st.Articles, a.Name)
		case res.summary.Status == "unchanged":
			st.Articles[a.Name] = stateEntry{Hash: res.hash, Summary: withStatus(res.summary, "done")}
		default:
			if _, ok := st.Articles[a.Name]; ok {
				redone = true
			}
			delete(st.Articles, a.Name)
			c.finished = append(c.finished, i)
		}
	}
	rep.Interrupted = ctx.Err() != nil
	st.Dir, st.TM = opts.RunDir, opts.TMPath
	// The state forgets the articles about to be replaced before their
	// files are, so that a crash during the renames cannot leave it
	// vouching for a mix of old and new files.
	if redone && r.batch.Len() > 0 {
		if err := writeState(out, &st); err != nil {
			return nil, err
		}
	}
	if err := c.run(); err != nil {
		return rep, err
	}
	// The OmegaT project, from the kit files the state now records.
	if err := writeKit(out, &st, formats); err != nil {
		return rep, err
	}
	switch {
	case rep.Interrupted:
		return rep, fmt.Errorf("%w: %d of %d articles done", ErrInterrupted, rep.Totals.Done+rep.Totals.Unchanged, len(arts))
	case len(c.failed) > 0:
		return rep, &FailedError{Failed: c.failed, Errs: c.failedErrs}
	}
	return rep, nil
}

// commit is the end of a run (see journal.go).
type commit struct {
	r        *runner
	arts     []Input
	results  []*result
	rep      *Report
	st       *state
	finished []int // articles run now, in order: the journal's
	// failed and failedErrs are the articles that failed, for the
	// *FailedError.
	failed     []string
	failedErrs []error
	lang       string
	say        func(string, map[string]any) string
	tmPath     string
	// prepared holds the state, report and index.html that record the
	// run, written before the articles' files are committed.
	prepared *atomicfile.Batch
}

func (c *commit) entry(k int) journalEntry {
	i := c.finished[k]
	return journalEntry{Name: c.arts[i].Name, Hash: c.results[i].hash, Summary: withStatus(c.results[i].summary, "done")}
}

// run commits the run: every error is the run's (an *EnvError); the
// report says what was recorded.
func (c *commit) run() error {
	r, out := c.r, c.r.out
	if len(c.finished) == 0 {
		c.rep.total()
		faultpoint.Hit("run.state.before")
		return writeRunFiles(out, c.rep, c.st, c.lang, c.say)
	}
	// 1. The intent: every file about to be put in place or removed,
	// every article with its pairs.
	files := append([]string{}, r.stale...)
	for _, i := range c.finished {
		for _, p := range c.results[i].summary.Outputs {
			files = append(files, p)
		}
	}
	head := journalHead{Run: newRunID(), TM: c.tmPath, Created: time.Now().UTC(), Files: files}
	err := writeJournal(out, IntentFile, head, len(c.finished), func(k int) (journalEntry, error) {
		e := c.entry(k)
		if p := c.results[c.finished[k]].pending; p != "" {
			units, err := readPending(p)
			if err != nil {
				return e, err
			}
			e.Units = units
		}
		return e, nil
	})
	if err != nil {
		return c.undo(err)
	}
	os.RemoveAll(filepath.Join(out, pendingDir))
	// 2. The state and report as they will be, in temporary files.
	for _, i := range c.finished {
		c.st.Articles[c.arts[i].Name] = stateEntry{Hash: c.results[i].hash, Summary: withStatus(c.results[i].summary, "done")}
	}
	c.rep.total()
	c.prepared, err = prepareRunFiles(out, c.rep, c.st, c.lang, c.say)
	if err != nil {
		return c.undo(err)
	}
	defer c.prepared.Abort()
	// 3. The articles' files: durable, and visible, before anything
	// records them (one sync for all of them).
	faultpoint.Hit("run.files.before")
	if err := r.batch.Commit(); err != nil {
		return c.undo(&EnvError{Path: filepath.Join(out, ArticlesDir), Err: err})
	}
	faultpoint.Hit("run.files.committed")
	// 4. Finished forwards from here.
	if err := commitIntent(out); err != nil {
		return c.undo(err)
	}
	// 5. The pairs.
	if stored, err := c.store(); err != nil {
		return c.storeFailed(stored, err)
	}
	// 6. The state and report, then the journal removed.
	faultpoint.Hit("run.state.before")
	if err := c.prepared.Commit(); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	faultpoint.Hit("run.state.written")
	return removeJournal(out)
}

// store stores the pairs, in article order, many articles in one
// transaction, read back from the journal. The articles
// finished[:stored] have their pairs in the TM.
func (c *commit) store() (stored int, err error) {
	jr, err := openJournal(c.r.out)
	defer jr.close()
	if err != nil {
		return 0, err
	}
	var chunk []Unit
	flush := func(upTo int) error {
		if len(chunk) > 0 {
			err := faultpoint.Err("tm.store")
			if err == nil {
				// Not the run's context: an interrupted run still
				// completes the articles it finished.
				err = c.r.steps.Memory.Add(context.Background(), chunk)
			}
			if err != nil {
				return &EnvError{Path: "tm", Err: err}
			}
			faultpoint.Hit("run.tm.stored")
		}
		stored = upTo
		chunk = chunk[:0]
		return nil
	}
	for k := range c.finished {
		e, err := jr.next()
		if err != nil {
			return stored, err
		}
		chunk = append(chunk, e.Units...)
		if len(chunk) >= storeChunk {
			if err := flush(k + 1); err != nil {
				return stored, err
			}
		}
	}
	return stored, flush(len(c.finished))
}

// undo undoes the commit before the journal (a full disk, a folder that
// cannot be written): the files of the run's articles that are in place
// already are removed, the intent too, nothing was stored; the report
// (written if there is room) says they were not recorded, and the next
// run redoes them.
func (c *commit) undo(err error) error {
	c.r.batch.Abort()
	if c.prepared != nil {
		c.prepared.Abort()
	}
	c.drop(c.finished, "not recorded: "+err.Error(), err)
	removeCommitted(c.r.out, c.r.stale)
	if rerr := removeJournalFile(c.r.out, IntentFile); rerr != nil {
		return err
	}
	c.rep.total()
	writeRunFiles(c.r.out, c.rep, c.st, c.lang, c.say)
	return err
}

// storeFailed: the TM took the pairs of finished[:stored] only. The
// others are not recorded, their files are removed, and the report says
// why. The journal first loses them, so that a crash now cannot store
// their pairs without their files.
func (c *commit) storeFailed(stored int, envErr error) error {
	c.prepared.Abort()
	keep := c.finished[:stored]
	err := writeJournal(c.r.out, JournalFile, journalHead{Run: newRunID(), TM: c.tmPath, Created: time.Now().UTC()}, len(keep), func(k int) (journalEntry, error) {
		return c.entry(k), nil
	})
	if err != nil {
		// The journal names them all: the next run stores their pairs,
		// their files being in place.
		return envErr
	}
	c.drop(c.finished[stored:], "pairs not stored in the TM: "+envErr.Error(), envErr)
	c.finished = keep
	c.rep.total()
	faultpoint.Hit("run.state.before")
	if err := writeRunFiles(c.r.out, c.rep, c.st, c.lang, c.say); err != nil {
		return envErr
	}
	faultpoint.Hit("run.state.written")
	removeJournal(c.r.out)
	return envErr
}

func withStatus(s Summary, status string) Summary {
	s.Status = status
	return s
}

// drop removes the committed files of articles that will not be
// recorded, drops them from the state, and says in the report why they
// failed.
func (c *commit) drop(idx []int, why string, err error) {
	c.r.removeOutputs(idx, c.results)
	for _, i := range idx {
		a := &c.rep.Articles[i]
		delete(c.st.Articles, a.Name)
		a.Outputs, a.View, a.Status, a.Error = nil, "", "failed", "pipeline: "+why
		if a.Alignment != nil {
			al := *a.Alignment
			al.Units = 0
			a.Alignment = &al
		}
		c.failed = append(c.failed, a.Name+": "+why)
		c.failedErrs = append(c.failedErrs, err)
	}
}

// removeOutputs removes the files of the articles idx, which no state
// records.
func (r *runner) removeOutputs(idx []int, results []*result) {
	for _, i := range idx {
		for _, p := range results[i].summary.Outputs {
			os.Remove(filepath.Join(r.out, p))
		}
	}
	if len(idx) > 0 {
		atomicfile.SyncDirs(filepath.Join(r.out, ArticlesDir))
	}
}

// writeState writes the state file alone.
func writeState(out string, st *state) error {
	path := filepath.Join(out, StateFile)
	err := atomicfile.Write(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return enc.Encode(st)
	})
	if err != nil {
		return &EnvError{Path: path, Err: err}
	}
	return nil
}

// EnvError is a file or store that cannot be opened or written.
type EnvError struct {
	Path string
	Err  error
}

func (e *EnvError) Error() string { return fmt.Sprintf("pipeline: %s: %v", e.Path, e.Err) }
func (e *EnvError) Unwrap() error { return e.Err }

func hashStrings(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:%s;", len(p), p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func hashFiles(settings string, in Input) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", settings, in.Name, in.Encoding)
	for _, p := range []string{in.Edition, in.Original} {
		if p == "" {
			h.Write([]byte("-\x00"))
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return "", &InputError{File: p, Msg: "cannot read: " + err.Error()}
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", &InputError{File: p, Msg: "cannot read: " + err.Error()}
		}
		h.Write([]byte("\x00"))
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// one runs one article: skipped when unchanged, else processed, exported
// (all files or none) and its TM units spooled. nil means interrupted.
func (r *runner) one(ctx context.Context, in Input, prev stateEntry, force bool) *result {
	if ctx.Err() != nil {
		return nil
	}
	fail := func(err error) *result {
		return &result{err: err, summary: Summary{Name: in.Name, Edition: in.Edition, Original: in.Original, Status: "failed", Error: err.Error()}}
	}
	h, err := hashFiles(r.settings, in)
	if err != nil {
		return fail(err)
	}
	if !force && prev.Hash == h && r.outputsExist(prev.Summary) {
		s := prev.Summary
		s.Status = "unchanged"
		return &result{summary: s, hash: h}
	}
	a, err := r.processInput(ctx, in)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fail(err)
	}
	// The units are spooled before the files join the batch: an article
	// whose units cannot be written fails with no file committed.
	pending := ""
	if units := a.units(); len(units) > 0 && r.steps.Memory != nil && !a.pretranslated() {
		// Not synced: a crash before the units are stored means the
		// article was not recorded as done and is redone.
		p := filepath.Join(r.out, pendingDir, a.ID+".json")
		data, err := json.Marshal(units)
		if err == nil {
			err = os.WriteFile(p, data, 0o644)
		}
		if err != nil {
			os.Remove(p)
			return fail(&EnvError{Path: p, Err: err})
		}
		pending = p
	}
	outputs, view, err := r.export(ctx, a)
	if err != nil {
		if pending != "" {
			os.Remove(pending)
		}
		if ctx.Err() != nil {
			return nil
		}
		return fail(err)
	}
	res := &result{summary: summarize(a, outputs, view, r.steps.Memory != nil && !a.pretranslated()), hash: h, pending: pending}
	faultpoint.Hit("run.article")
	return res
}

// removeStale adds to the batch the removal of the files the previous run
// recorded for an article run again now that this run did not write again:
// those of formats no longer asked for (or of an output name that
// changed). Only paths under the articles folder that the state recorded
// are removed, never one another article of this run writes.
func (r *runner) removeStale(arts []Input, results []*result, st state) error {
	written := map[string]bool{}
	for _, res := range results {
		if res != nil {
			for _, p := range res.summary.Outputs {
				written[filepath.Clean(filepath.FromSlash(p))] = true
			}
		}
	}
	for i, a := range arts {
		res := results[i]
		if res == nil || res.err != nil || res.summary.Status == "unchanged" {
			continue
		}
		prev, ok := st.Articles[a.Name]
		if !ok {
			continue
		}
		for _, p := range prev.Summary.Outputs {
			p = filepath.Clean(filepath.FromSlash(p))
			if written[p] || !filepath.IsLocal(p) || !strings.HasPrefix(p, ArticlesDir+string(filepath.Separator)) {
				continue
			}
			if err := r.batch.Remove(filepath.Join(r.out, p)); err != nil {
				return &EnvError{Path: filepath.Join(r.out, p), Err: err}
			}
			r.stale = append(r.stale, filepath.ToSlash(p))
		}
	}
	return nil
}

func (r *runner) outputsExist(s Summary) bool {
	for _, p := range s.Outputs {
		if _, err := os.Stat(filepath.Join(r.out, p)); err != nil {
			return false
		}
	}
	return true
}

// export writes every format of a into the run's batch, all or none: the
// files join the batch only once all are written.
func (r *runner) export(ctx context.Context, a *Article) (map[string]string, string, error) {
	if len(r.steps.Formats) == 0 {
		return nil, "", nil
	}
	files := make([]*atomicfile.BatchFile, 0, len(r.steps.Formats))
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	outputs := map[string]string{}
	var paths []string // of files, in order
	view := ""
	bw := bufio.NewWriterSize(nil, 32<<10)
	for _, f := range r.steps.Formats {
		if err := ctx.Err(); err != nil {
			return nil, "", err
		}
		if !formatFor(a, f) {
			continue
		}
		rel := filepath.ToSlash(filepath.Join(ArticlesDir, a.ID+f.Ext()))
		path := filepath.Join(r.out, rel)
		af, err := r.batch.Create(path)
		if err != nil {
			return nil, "", &EnvError{Path: path, Err: err}
		}
		files = append(files, af)
		paths = append(paths, path)
		fw := &fileWriter{f: af}
		bw.Reset(fw)
		err = f.Write(bw, a)
		if err == nil {
			err = bw.Flush()
		}
		if fw.err != nil {
			// The disk, not the article: a full disk or a folder that
			// cannot be written.
			return nil, "", &EnvError{Path: path, Err: fw.err}
		}
		if err != nil {
			return nil, "", fmt.Errorf("pipeline: %s: %s: %w", a.Name, f.Name(), err)
		}
		outputs[f.Name()] = rel
		if f.Name() == "html" {
			view = rel
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	for i, f := range files {
		if err := f.Close(); err != nil {
			for _, g := range files[i+1:] {
				g.Abort()
			}
			files = nil
			return nil, "", &EnvError{Path: paths[i], Err: err}
		}
	}
	files = nil
	return outputs, view, nil
}

// fileWriter keeps the first error of writing an output file, to tell a
// full disk from an export that fails.
type fileWriter struct {
	f   io.Writer
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if err := faultpoint.Err("out.write"); err != nil {
		w.err = err
		return 0, err
	}
	n, err := w.f.Write(p)
	if err != nil {
		w.err = err
	}
	return n, err
}

// storeChunk is about how many units go to the TM in one transaction:
// one transaction per article costs a commit (and a disk sync) each.
var storeChunk = 2000

// readPending reads the units an article spooled.
func readPending(pending string) ([]Unit, error) {
	data, err := os.ReadFile(pending)
	if err != nil {
		return nil, &EnvError{Path: pending, Err: err}
	}
	var units []Unit
	if err := json.Unmarshal(data, &units); err != nil {
		return nil, &EnvError{Path: pending, Err: err}
	}
	return units, nil
}

// writeRunFiles writes report.json, index.html, analysis.csv and the
// state file of a run in one batch (one sync for them all).
func writeRunFiles(out string, rep *Report, st *state, lang string, say func(string, map[string]any) string) error {
	b, err := prepareRunFiles(out, rep, st, lang, say)
	if err != nil {
		return err
	}
	if err := b.Commit(); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	return nil
}

// prepareRunFiles writes report.json, index.html and the state file into
// a batch, to be committed (renamed into place) or aborted.
func prepareRunFiles(out string, rep *Report, st *state, lang string, say func(string, map[string]any) string) (*atomicfile.Batch, error) {
	writeHTML := func(w io.Writer) error { return rep.WriteHTMLIn(w, lang, say) }
	if lang == "" {
		writeHTML = rep.WriteHTML
	}
	b := atomicfile.NewBatch()
	files := []struct {
		name string
		fn   func(io.Writer) error
	}{
		{ReportJSON, rep.WriteJSON},
		{ReportHTML, writeHTML},
		{AnalysisCSV, rep.WriteAnalysisCSV},
		{StateFile, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			return enc.Encode(st)
		}},
	}
	for _, f := range files {
		if err := faultpoint.Err("state.write"); err != nil {
			b.Abort()
			return nil, &EnvError{Path: filepath.Join(out, f.name), Err: err}
		}
		if err := b.Write(filepath.Join(out, f.name), f.fn); err != nil {
			b.Abort()
			return nil, &EnvError{Path: filepath.Join(out, f.name), Err: err}
		}
	}
	return b, nil
}

// selectFormats picks the formats named in want ("all" or empty: every
// one) from those available.
func selectFormats(avail []Format, want []string) ([]Format, error) {
	if len(want) == 0 {
		return allFormats(avail), nil
	}
	by := map[string]Format{}
	var known []string
	for _, f := range avail {
		by[f.Name()] = f
		known = append(known, f.Name())
	}
	sort.Strings(known)
	var out []Format
	seen := map[string]bool{}
	all := false
	for _, w := range want {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "all" {
			all = true
			continue
		}
		f, ok := by[w]
		if !ok {
			return nil, &FormatError{Name: w, Known: known}
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, f)
		}
	}
	if all {
		// Every format in its order, then those written only when named
		// ("all,omegat").
		out = allFormats(avail)
		for _, f := range avail {
			if seen[f.Name()] && isOptIn(f) {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

func isOptIn(f Format) bool {
	o, ok := f.(interface{ optIn() bool })
	return ok && o.optIn()
}

// allFormats are the formats "all" selects: every one but those written
// only when named (the OmegaT kit).
func allFormats(avail []Format) []Format {
	var out []Format
	for _, f := range avail {
		if isOptIn(f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// FormatError is an unknown export format name.
type FormatError struct {
	Name  string
	Known []string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("pipeline: unknown format %q (known: %s)", e.Name, strings.Join(e.Known, ", "))
}

// MessageID names the localized text of the error.
func (e *FormatError) MessageID() string { return "RunErrFormat" }

// MessageData fills the localized text.
func (e *FormatError) MessageData() map[string]any {
	return map[string]any{"Name": e.Name, "Known": strings.Join(e.Known, ", ")}
}
