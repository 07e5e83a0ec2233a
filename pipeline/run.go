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

	"bitext/atomicfile"
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
	for _, dir := range []string{out, filepath.Join(out, ArticlesDir), filepath.Join(out, pendingDir)} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &EnvError{Path: dir, Err: err}
		}
	}
	// Units of an earlier run that stopped before storing them: that run
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

	// Store the aligned pairs in article order, many articles in one
	// transaction (storeChunk units), then record them as done. This goes
	// on after an interrupt: the finished articles are completed. The state
	// is written only after every store, so a crash in between means the
	// next run redoes the articles (the TM keeps no duplicates).
	rep := &Report{Source: cfg.Languages.Source, Target: cfg.Languages.Target, Formats: names, Notes: steps.Notes, Orphans: orphans}
	var failed []string
	var failedErrs []error
	var storeErr error
	var chunk []Unit
	var waiting []int // articles whose units are in chunk
	record := func(i int) {
		sum := results[i].summary
		sum.Status = "done"
		st.Articles[arts[i].Name] = stateEntry{Hash: results[i].hash, Summary: sum}
	}
	flush := func() {
		if len(waiting) == 0 {
			return
		}
		if storeErr == nil && len(chunk) > 0 {
			// Not the run's context: an interrupted run still completes
			// the articles it finished.
			if err := r.steps.Memory.Add(context.Background(), chunk); err != nil {
				storeErr = &EnvError{Path: "tm", Err: err}
			}
		}
		for _, i := range waiting {
			if storeErr == nil {
				record(i)
			} else {
				// Not recorded: the next run redoes it.
				delete(st.Articles, arts[i].Name)
			}
		}
		chunk, waiting = chunk[:0], waiting[:0]
	}
	for i, a := range arts {
		res := results[i]
		if res == nil {
			rep.Articles = append(rep.Articles, Summary{Name: a.Name, Edition: a.Edition, Original: a.Original, Status: "not run"})
			continue
		}
		rep.Articles = append(rep.Articles, res.summary)
		if res.err != nil {
			failed = append(failed, res.err.Error())
			failedErrs = append(failedErrs, res.err)
			delete(st.Articles, a.Name)
			continue
		}
		if res.pending == "" {
			if storeErr == nil {
				record(i)
			} else {
				delete(st.Articles, a.Name)
			}
			continue
		}
		if storeErr == nil {
			units, err := readPending(res.pending)
			if err != nil {
				storeErr = err
			}
			chunk = append(chunk, units...)
		}
		os.Remove(res.pending)
		waiting = append(waiting, i)
		if len(chunk) >= storeChunk {
			flush()
		}
	}
	flush()
	rep.Interrupted = ctx.Err() != nil
	rep.total()
	// The articles' files become durable, and visible, before the state
	// says they are done: one sync for all of them.
	if err := r.batch.Commit(); err != nil {
		return rep, &EnvError{Path: filepath.Join(out, ArticlesDir), Err: err}
	}
	st.Dir, st.TM = opts.RunDir, opts.TMPath
	if err := writeRunFiles(out, rep, &st, opts.Lang, opts.Say); err != nil {
		return rep, err
	}
	os.Remove(filepath.Join(out, pendingDir))
	switch {
	case storeErr != nil:
		return rep, storeErr
	case rep.Interrupted:
		return rep, fmt.Errorf("%w: %d of %d articles done", ErrInterrupted, rep.Totals.Done+rep.Totals.Unchanged, len(arts))
	case len(failed) > 0:
		return rep, &FailedError{Failed: failed, Errs: failedErrs}
	}
	return rep, nil
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
	return res
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
		bw.Reset(af)
		err = f.Write(bw, a)
		if err == nil {
			err = bw.Flush()
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

// storeChunk is about how many units go to the TM in one transaction:
// one transaction per article costs a commit (and a disk sync) each.
const storeChunk = 2000

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
