package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"bitext/atomicfile"
	"bitext/internal/faultpoint"
)

// A run shared by several workers (bitext run --queue, bitext worker) is
// made one article at a time: each worker runs an article with RunPart,
// which writes its files into the shared out folder and returns its Part
// (its report entry), kept in the job table. When the last article is
// finished, Merge writes from the parts the report.json, index.html and
// state a single-machine run of the same articles writes.

// Part is one article of a shared run: its report entry, the hash of its
// inputs and settings (as in the state file), and its aligned pairs, which
// Merge stores in the TM. A worker does not store them itself: like a
// single-machine run, every article of a shared run is looked up against
// the TM as it was when the run started, whichever worker runs it when.
type Part struct {
	Summary Summary `json:"summary"`
	Hash    string  `json:"hash,omitempty"`
	Units   []Unit  `json:"units,omitempty"`
}

// keepUnits is a Memory whose Add keeps the units instead of storing them.
type keepUnits struct {
	Memory
	units *[]Unit
}

func (k keepUnits) Add(_ context.Context, units []Unit) error {
	*k.units = append(*k.units, units...)
	return nil
}

// PartsDir is the folder of the out folder where RunPart works.
const PartsDir = ".bitext-parts"

// RunPart runs the pipeline over the inputs of one article (its edition,
// then its original when there is one) for a shared run: in a folder of
// its own under out/.bitext-parts (tag tells attempts apart), always
// redone, then moves the article's files into out/articles, each renamed
// whole, so that the out folder holds the files a single-machine run
// writes. opts.OutDir is the shared out folder; opts.Inputs, Jobs and
// Force are set by RunPart. Errors are Run's (*FailedError for bad input).
func RunPart(ctx context.Context, opts Options, inputs []string, tag string) (Part, error) {
	out := opts.OutDir
	if out == "" {
		out = "out"
	}
	name, _ := splitName(inputs[0])
	work := filepath.Join(out, PartsDir, name+"-"+tag)
	if err := os.RemoveAll(work); err != nil {
		return Part{}, &EnvError{Path: work, Err: err}
	}
	defer os.RemoveAll(work)
	o := opts
	o.Inputs, o.OutDir, o.Jobs, o.Force, o.Progress = inputs, work, 1, true, nil
	var units []Unit
	if o.Steps.Memory != nil {
		o.Steps.Memory = keepUnits{Memory: o.Steps.Memory, units: &units}
	}
	rep, err := Run(ctx, o)
	if err != nil {
		return Part{}, err
	}
	if len(rep.Articles) != 1 {
		return Part{}, &InputError{File: inputs[0], Msg: fmt.Sprintf("%d articles in one job", len(rep.Articles))}
	}
	dst := filepath.Join(out, ArticlesDir)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return Part{}, &EnvError{Path: dst, Err: err}
	}
	src := filepath.Join(work, ArticlesDir)
	files, err := os.ReadDir(src)
	if err != nil {
		return Part{}, &EnvError{Path: src, Err: err}
	}
	// The files were made durable by Run; the renames become durable with
	// the sync of the folder.
	for _, f := range files {
		if err := os.Rename(filepath.Join(src, f.Name()), filepath.Join(dst, f.Name())); err != nil {
			return Part{}, &EnvError{Path: dst, Err: err}
		}
	}
	if err := atomicfile.SyncDirs(dst); err != nil {
		return Part{}, &EnvError{Path: dst, Err: err}
	}
	p := Part{Summary: rep.Articles[0], Units: units}
	if e, ok := loadState(filepath.Join(work, StateFile)).Articles[p.Summary.Name]; ok {
		p.Hash = e.Hash
	}
	return p, nil
}

// FailedPart is the part of an article that could not be run: the report
// entry a single-machine run gives it.
func FailedPart(inputs []string, msg string) Part {
	s := Summary{Status: "failed", Error: msg}
	if len(inputs) > 0 {
		s.Name, _ = splitName(inputs[0])
		s.Edition = inputs[0]
	}
	if len(inputs) > 1 {
		s.Original = inputs[1]
	}
	return Part{Summary: s}
}

// MergeOptions say what Merge combines.
type MergeOptions struct {
	Config  Config
	Steps   Steps    // the workers' steps: their formats and notes go in the report
	OutDir  string   // the shared out folder
	Parts   []Part   // in the run's article order (the order of Discover)
	Orphans []string // Korean originals without an edition, found when the run was queued
	// Lang, Say, RunDir and TMPath are as in Options.
	Lang   string
	Say    func(id string, data map[string]any) string
	RunDir string
	TMPath string
}

// Merge stores the parts' aligned pairs in the TM (Steps.Memory), in
// article order, then writes report.json, index.html and the state file of
// a shared run from its parts, as a single-machine run of the same
// articles writes them, and returns the report. Articles whose part has no
// status are listed as not run. Merging again stores nothing new (the TM
// keeps one copy of a unit) and rewrites the same files.
//
// The store and the state are one step as in a run (see journal.go): the
// articles' files are in place already (the workers put them there), so
// Merge writes the journal of the done articles and their pairs first,
// then stores the pairs, then writes the state and report, then removes
// the journal. A merge killed after its journal is finished by the next
// merge, or by a run in the folder. A journal found when Merge starts
// (of a killed merge or run) is finished first. The caller holds the out
// folder's lock (see package queued).
func Merge(o MergeOptions) (*Report, error) {
	cfg := o.Config
	if cfg.Languages.Source == "" {
		cfg = DefaultConfig()
	}
	out := o.OutDir
	if out == "" {
		out = "out"
	}
	formats, err := selectFormats(o.Steps.Formats, cfg.Output.Formats)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name()
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, &EnvError{Path: out, Err: err}
	}
	faultpoint.Hit("merge.start")
	// Temporary files of a merge or run that was killed.
	atomicfile.RemoveTemps(out)
	if _, err := undoIntent(out); err != nil {
		return nil, err
	}
	if _, err := finishJournal(out, o.Steps.Memory, o.TMPath); err != nil {
		return nil, err
	}
	rep := &Report{Source: cfg.Languages.Source, Target: cfg.Languages.Target, Formats: names, Notes: o.Steps.Notes, Orphans: o.Orphans}
	st := state{Version: Version, Dir: o.RunDir, TM: o.TMPath, Articles: map[string]stateEntry{}}
	var done []int // the parts whose pairs are stored and which are recorded
	for i, p := range o.Parts {
		s := p.Summary
		if s.Status == "" {
			s.Status = "not run"
		}
		if s.Status == "done" {
			done = append(done, i)
			if p.Hash != "" {
				st.Articles[s.Name] = stateEntry{Hash: p.Hash, Summary: s}
			}
		}
		rep.Articles = append(rep.Articles, s)
	}
	if len(done) > 0 {
		head := journalHead{Run: newRunID(), TM: o.TMPath, Created: time.Now().UTC()}
		err := writeJournal(out, JournalFile, head, len(done), func(k int) (journalEntry, error) {
			p := o.Parts[done[k]]
			return journalEntry{Name: p.Summary.Name, Hash: p.Hash, Summary: p.Summary, Units: p.Units}, nil
		})
		if err != nil {
			// Nothing stored: merging again does it all.
			return nil, err
		}
	}
	var chunk []Unit
	var storeErr error
	store := func() {
		if len(chunk) > 0 && storeErr == nil && o.Steps.Memory != nil {
			err := faultpoint.Err("tm.store")
			if err == nil {
				err = o.Steps.Memory.Add(context.Background(), chunk)
			}
			if err != nil {
				storeErr = &EnvError{Path: "tm", Err: err}
			} else {
				faultpoint.Hit("merge.tm.stored")
			}
		}
		chunk = chunk[:0]
	}
	for _, i := range done {
		chunk = append(chunk, o.Parts[i].Units...)
		if len(chunk) >= storeChunk {
			store()
		}
	}
	store()
	if storeErr != nil {
		// Nothing recorded: the journal stays, and merging again (or a
		// run in the folder) stores the rest.
		return nil, storeErr
	}
	sort.SliceStable(rep.Articles, func(i, j int) bool { return rep.Articles[i].Name < rep.Articles[j].Name })
	rep.total()
	faultpoint.Hit("merge.state.before")
	if err := writeRunFiles(out, rep, &st, o.Lang, o.Say); err != nil {
		return rep, err
	}
	faultpoint.Hit("merge.state.written")
	if len(done) > 0 {
		if err := removeJournal(out); err != nil {
			return rep, err
		}
	}
	// The OmegaT project, from the kit files the state records.
	if err := writeKit(out, &st, formats); err != nil {
		return rep, err
	}
	return rep, nil
}
