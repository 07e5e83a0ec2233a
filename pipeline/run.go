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
	Steps  Steps
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
	arts, orphans, err := Discover(opts.Inputs)
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
	// An earlier run that stopped after writing its journal is finished
	// first: its pairs stored, its articles recorded.
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
	progress := opts.Progress
	if progress == nil {
		progress = func(Event) {}
	}
	progress(Event{Total: len(arts)})

	results := make([]*result, len(arts))
	idx := make(chan int)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				res := r.one(ctx, arts[i], st.Articles[arts[i].Name], opts.Force)
				if res == nil { // interrupted
					continue
				}
				mu.Lock()
				results[i] = res
				done++
				progress(Event{Total: len(arts), Done: done, Name: arts[i].Name, Status: res.summary.Status})
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range arts {
		select {
		case idx <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(idx)
	wg.Wait()

	// The commit (see journal.go): the articles' files, then the journal,
	// then the TM, then the state and report, then the journal removed.
	rep := &Report{Source: cfg.Languages.Source, Target: cfg.Languages.Target, Formats: names, Notes: steps.Notes, Orphans: orphans, Recovered: recovered}
	var failed []string
	var failedErrs []error
	var envErr error
	var finished []int // articles run now, in order: the journal's
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
			failed = append(failed, res.err.Error())
			failedErrs = append(failedErrs, res.err)
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
			finished = append(finished, i)
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
	faultpoint.Hit("run.files.before")
	// The articles' files become durable, and visible, before anything
	// records them: one sync for all of them.
	if err := r.batch.Commit(); err != nil {
		// Some files may be in place already (a rename can fail for want
		// of room too): they belong to articles no state records, so they
		// go, and the next run redoes those articles.
		r.removeOutputs(finished, results)
		return nil, &EnvError{Path: filepath.Join(out, ArticlesDir), Err: err}
	}
	faultpoint.Hit("run.files.committed")
	if len(finished) > 0 {
		head := journalHead{Run: newRunID(), TM: opts.TMPath, Created: time.Now().UTC()}
		err := writeJournal(out, head, len(finished), func(k int) (journalEntry, error) {
			i := finished[k]
			e := journalEntry{Name: arts[i].Name, Hash: results[i].hash, Summary: withStatus(results[i].summary, "done")}
			if results[i].pending != "" {
				units, err := readPending(results[i].pending)
				if err != nil {
					return e, err
				}
				e.Units = units
			}
			return e, nil
		})
		if err != nil {
			// Nothing stored, nothing recorded: the next run redoes them.
			r.drop(finished, results, rep, "not recorded: "+err.Error(), err, &failed, &failedErrs)
			rep.total()
			return rep, err
		}
	}
	os.RemoveAll(filepath.Join(out, pendingDir))
	// The pairs, in article order, many articles in one transaction,
	// read back from the journal.
	stored := 0 // the articles finished[:stored] have their pairs in the TM
	var chunk []Unit
	flush := func(upTo int) {
		if envErr != nil {
			return
		}
		if len(chunk) > 0 {
			err := faultpoint.Err("tm.store")
			if err == nil {
				// Not the run's context: an interrupted run still
				// completes the articles it finished.
				err = r.steps.Memory.Add(context.Background(), chunk)
			}
			if err != nil {
				envErr = &EnvError{Path: "tm", Err: err}
				return
			}
			faultpoint.Hit("run.tm.stored")
		}
		stored = upTo
		chunk = chunk[:0]
	}
	if len(finished) > 0 {
		jr, err := openJournal(out)
		if err != nil {
			envErr = err
		}
		for k := range finished {
			if envErr != nil {
				break
			}
			e, err := jr.next()
			if err != nil {
				envErr = err
				break
			}
			chunk = append(chunk, e.Units...)
			if len(chunk) >= storeChunk {
				flush(k + 1)
			}
		}
		flush(len(finished))
		jr.close()
	}
	if envErr != nil {
		// The TM took the pairs of finished[:stored] only: the others are
		// not recorded, their files are removed, and the report says why.
		// The journal first loses them, so that a crash now cannot store
		// their pairs without their files.
		keep := finished[:stored]
		err := writeJournal(out, journalHead{Run: newRunID(), TM: opts.TMPath, Created: time.Now().UTC()}, len(keep), func(k int) (journalEntry, error) {
			i := keep[k]
			return journalEntry{Name: arts[i].Name, Hash: results[i].hash, Summary: withStatus(results[i].summary, "done")}, nil
		})
		if err != nil {
			return rep, envErr
		}
		r.drop(finished[stored:], results, rep, "pairs not stored in the TM: "+envErr.Error(), envErr, &failed, &failedErrs)
		finished = keep
	}
	for _, i := range finished {
		st.Articles[arts[i].Name] = stateEntry{Hash: results[i].hash, Summary: withStatus(results[i].summary, "done")}
	}
	rep.total()
	faultpoint.Hit("run.state.before")
	if err := writeRunFiles(out, rep, &st, opts.Lang, opts.Say); err != nil {
		return rep, err
	}
	faultpoint.Hit("run.state.written")
	if err := removeJournal(out); err != nil {
		return rep, err
	}
	switch {
	case envErr != nil:
		return rep, envErr
	case rep.Interrupted:
		return rep, fmt.Errorf("%w: %d of %d articles done", ErrInterrupted, rep.Totals.Done+rep.Totals.Unchanged, len(arts))
	case len(failed) > 0:
		return rep, &FailedError{Failed: failed, Errs: failedErrs}
	}
	return rep, nil
}

func withStatus(s Summary, status string) Summary {
	s.Status = status
	return s
}

// drop removes the committed files of articles that will not be
// recorded, and says in the report why they failed.
func (r *runner) drop(idx []int, results []*result, rep *Report, why string, err error, failed *[]string, errs *[]error) {
	r.removeOutputs(idx, results)
	for _, i := range idx {
		a := &rep.Articles[i]
		a.Outputs, a.View, a.Status, a.Error = nil, "", "failed", "pipeline: "+why
		if a.Alignment != nil {
			al := *a.Alignment
			al.Units = 0
			a.Alignment = &al
		}
		*failed = append(*failed, a.Name+": "+why)
		*errs = append(*errs, err)
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
	a, err := r.process(ctx, in)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fail(err)
	}
	outputs, view, err := r.export(ctx, a)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fail(err)
	}
	res := &result{summary: summarize(a, outputs, view, r.steps.Memory != nil), hash: h}
	if units := a.units(); len(units) > 0 && r.steps.Memory != nil {
		// Not synced: a crash before the units are stored means the
		// article was not recorded as done and is redone.
		p := filepath.Join(r.out, pendingDir, a.Base+".json")
		data, err := json.Marshal(units)
		if err == nil {
			err = os.WriteFile(p, data, 0o644)
		}
		if err != nil {
			return fail(&EnvError{Path: p, Err: err})
		}
		res.pending = p
	}
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
	view := ""
	bw := bufio.NewWriterSize(nil, 32<<10)
	for _, f := range r.steps.Formats {
		if err := ctx.Err(); err != nil {
			return nil, "", err
		}
		rel := filepath.ToSlash(filepath.Join(ArticlesDir, a.Base+f.Ext()))
		path := filepath.Join(r.out, rel)
		af, err := r.batch.Create(path)
		if err != nil {
			return nil, "", &EnvError{Path: path, Err: err}
		}
		files = append(files, af)
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
			return nil, "", &EnvError{Path: filepath.Join(r.out, outputs[r.steps.Formats[i].Name()]), Err: err}
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

// writeRunFiles writes report.json, index.html and the state file of a
// run in one batch (one sync for the three).
func writeRunFiles(out string, rep *Report, st *state, lang string, say func(string, map[string]any) string) error {
	writeHTML := func(w io.Writer) error { return rep.WriteHTMLIn(w, lang, say) }
	if lang == "" {
		writeHTML = rep.WriteHTML
	}
	b := atomicfile.NewBatch()
	defer b.Abort()
	files := []struct {
		name string
		fn   func(io.Writer) error
	}{
		{ReportJSON, rep.WriteJSON},
		{ReportHTML, writeHTML},
		{StateFile, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			return enc.Encode(st)
		}},
	}
	for _, f := range files {
		if err := b.Write(filepath.Join(out, f.name), f.fn); err != nil {
			return &EnvError{Path: filepath.Join(out, f.name), Err: err}
		}
	}
	if err := b.Commit(); err != nil {
		return &EnvError{Path: out, Err: err}
	}
	return nil
}

// selectFormats picks the formats named in want ("all" or empty: every
// one) from those available.
func selectFormats(avail []Format, want []string) ([]Format, error) {
	if len(want) == 0 {
		return avail, nil
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
	for _, w := range want {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "all" {
			return avail, nil
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
	return out, nil
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
