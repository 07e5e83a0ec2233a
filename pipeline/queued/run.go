package queued

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"bitext/atomicfile"
	"bitext/dirlock"
	"bitext/pipeline"
	"bitext/queue"
)

// RunError is a run the queue does not have: nothing was enqueued with
// these settings (or under this --run). Others lists the runs the queue
// has for the same out folder, with the settings that differ, which is
// what a worker started with other flags than the run finds.
type RunError struct {
	Run    string
	Others []Mismatch
}

// Mismatch is a run of the queue and the settings in which it differs.
type Mismatch struct {
	Run  string
	Diff []string // JSON names of the settings: config, out, tm, glossary, formats
}

func (e *RunError) Error() string {
	msg := fmt.Sprintf("queued: run %s is not in the queue", e.Run)
	for _, m := range e.Others {
		msg += fmt.Sprintf("; run %s writes to the same out folder with other %s", m.Run, strings.Join(m.Diff, ", "))
	}
	if len(e.Others) == 0 {
		msg += ": enqueue it with bitext run --queue, with the same flags"
	}
	return msg
}

// MessageID and MessageData let the command say it in the user's
// language.
func (e *RunError) MessageID() string {
	if len(e.Others) > 0 {
		return "PGQueueErrRunOther"
	}
	return "PGQueueErrNoRun"
}

// MessageData gives the values of the message.
func (e *RunError) MessageData() map[string]any {
	var others []string
	for _, m := range e.Others {
		others = append(others, m.Run+" ("+strings.Join(m.Diff, ", ")+")")
	}
	return map[string]any{"Run": e.Run, "Others": strings.Join(others, "; ")}
}

// SettingsError is a worker whose resolved settings differ from those of
// the run it names.
type SettingsError struct {
	Run  string
	Diff []string
}

func (e *SettingsError) Error() string {
	return fmt.Sprintf("queued: the settings of this worker differ from those of run %s: %s; start it with the same --config, --out, --tm, --glossary and --formats",
		e.Run, strings.Join(e.Diff, ", "))
}

// MessageID and MessageData let the command say it in the user's
// language.
func (e *SettingsError) MessageID() string { return "PGQueueErrSettings" }

// MessageData gives the values of the message.
func (e *SettingsError) MessageData() map[string]any {
	return map[string]any{"Run": e.Run, "Diff": strings.Join(e.Diff, ", ")}
}

// Check makes sure the queue has run (s.RunID(name)) with the settings s:
// a *RunError when it has no such run, a *SettingsError when it has it
// with other settings. It returns the run id.
func Check(ctx context.Context, q *queue.Queue, s Settings, name string) (string, error) {
	id := s.RunID(name)
	r, ok, err := q.Run(ctx, id)
	if err != nil {
		return id, err
	}
	if ok {
		if r.Settings == s.Hash() {
			return id, nil
		}
		var d []string
		var theirs Settings
		if json.Unmarshal([]byte(r.Detail), &theirs) == nil && r.Detail != "" {
			d = diff(theirs, s)
		}
		if len(d) == 0 {
			d = []string{"settings hash " + r.Settings + " ≠ " + s.Hash()}
		}
		return id, &SettingsError{Run: id, Diff: d}
	}
	e := &RunError{Run: id}
	runs, err := q.Runs(ctx)
	if err != nil {
		return id, err
	}
	for _, r := range runs {
		var theirs Settings
		if r.Detail == "" || json.Unmarshal([]byte(r.Detail), &theirs) != nil || theirs.Out != s.Out {
			continue
		}
		e.Others = append(e.Others, Mismatch{Run: r.ID, Diff: diff(theirs, s)})
	}
	return id, e
}

// EnqueueResult says what Enqueue did.
type EnqueueResult struct {
	Run          string
	Added, Total int
}

// Enqueue puts one job per article found in inputs (pipeline.RunInputs, by
// absolute path) on the queue, under the run s.RunID(name), recorded with
// the settings; a Korean original without an edition is a job of its own,
// pretranslated (pipeline.RunInputs). Enqueueing again adds nothing; a run of
// that id with other settings is a *SettingsError.
func Enqueue(ctx context.Context, q *queue.Queue, s Settings, name string, inputs []string) (EnqueueResult, error) {
	res := EnqueueResult{Run: s.RunID(name)}
	// The Korean originals without an edition are jobs of their own: the
	// worker pretranslates them (pipeline.RunInputs).
	arts, _, err := pipeline.RunInputs(inputs)
	if err != nil {
		return res, err
	}
	var jobs [][]string
	for _, a := range arts {
		var in []string
		if a.Edition != "" {
			in = append(in, absClean(a.Edition))
		}
		if a.Original != "" {
			in = append(in, absClean(a.Original))
		}
		jobs = append(jobs, in)
	}
	if err := q.AddRun(ctx, queue.Run{ID: res.Run, Settings: s.Hash(), Detail: s.JSON()}); err != nil {
		if errors.Is(err, queue.ErrSettings) {
			_, cerr := Check(ctx, q, s, name)
			if cerr != nil {
				return res, cerr
			}
		}
		return res, err
	}
	n, err := q.Enqueue(ctx, res.Run, s.Hash(), jobs)
	res.Added, res.Total = n, len(jobs)
	return res, err
}

// Status counts the jobs of the run, after Check.
func Status(ctx context.Context, q *queue.Queue, s Settings, name string) (string, queue.Counts, error) {
	id, err := Check(ctx, q, s, name)
	if err != nil {
		return id, queue.Counts{}, err
	}
	c, err := q.Status(ctx, id)
	return id, c, err
}

// Env is what a worker (or the merge of a finished run) works with: the
// settings, the config and the pipeline's steps (with the TM open).
type Env struct {
	Settings Settings
	Config   pipeline.Config
	Steps    pipeline.Steps
	closer   io.Closer
}

// Prepare sets up the steps of s: the config's glossaries and s's, and the
// TM. setup gives the interface language (Text, UILang, Say); its
// Glossaries and TM are set from s. Errors are pipeline.NewSteps's
// (*pipeline.StepError).
func Prepare(ctx context.Context, s Settings, setup pipeline.Setup) (*Env, error) {
	setup.Glossaries = append(append([]string{}, s.cfg.Glossary.Files...), s.Glossary...)
	setup.TM = s.tmOpen
	steps, closer, err := pipeline.NewSteps(ctx, s.cfg, setup)
	if err != nil {
		if closer != nil {
			closer.Close()
		}
		return nil, err
	}
	return &Env{Settings: s, Config: s.cfg, Steps: steps, closer: closer}, nil
}

// Close closes the TM.
func (e *Env) Close() error {
	if e.closer == nil {
		return nil
	}
	return e.closer.Close()
}

// WorkOptions configure Work.
type WorkOptions struct {
	Run    string // --run; "" for the run of the settings
	Worker string // the worker's name (host:pid)
	Poll   time.Duration
	// OnJob and OnRetry are queue.WorkOptions'.
	OnJob   func(j queue.Job, err error)
	OnRetry func(err error, wait time.Duration)
	// Wait is how long the worker waits for a run, an import or a merge
	// that holds the out folder (0: it fails at once with a
	// *dirlock.BusyError naming the holder).
	Wait time.Duration
}

// lockOut takes the out folder's lock: shared by the workers of a run,
// exclusive for a merge, and exclusive against a plain run or import.
func lockOut(ctx context.Context, out string, shared bool, wait time.Duration, command string) (*dirlock.Lock, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, &pipeline.EnvError{Path: out, Err: err}
	}
	l, err := dirlock.Acquire(ctx, out, dirlock.Options{Shared: shared, Wait: wait, Command: command})
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &pipeline.EnvError{Path: out, Err: err}
	}
	return l, nil
}

// Work checks the run (Check: a worker with other settings is refused
// before it touches anything) and runs its jobs until none is left to do,
// each article with pipeline.RunPart into the shared out folder. An
// article whose input is bad fails its job; other errors leave it for
// another attempt. Before a job is run, the folders of its earlier
// attempts (workers that were killed) are removed. The worker holds the
// out folder's lock while it works, shared with the other workers of the
// run: a plain run, an import or a merge in the folder waits for them all
// (and they for it). It returns the run id.
func Work(ctx context.Context, q *queue.Queue, e *Env, o WorkOptions) (string, error) {
	id, err := Check(ctx, q, e.Settings, o.Run)
	if err != nil {
		return id, err
	}
	lock, err := lockOut(ctx, e.Settings.Out, true, o.Wait, "bitext worker, run "+id)
	if err != nil {
		return id, err
	}
	defer lock.Release()
	hash := e.Settings.Hash()
	err = q.Work(ctx, queue.WorkOptions{Run: id, Worker: o.Worker, Poll: o.Poll, OnJob: o.OnJob, OnRetry: o.OnRetry},
		func(ctx context.Context, j queue.Job) (string, error) {
			if j.Settings != hash {
				// A job enqueued under this id by other settings (an
				// older bitext): not this worker's to run.
				return "", queue.Permanent(fmt.Errorf("queued: job %d has settings %s, this worker %s", j.ID, j.Settings, hash))
			}
			removeParts(e.Settings.Out, map[int64]bool{j.ID: true})
			return runJob(ctx, e, j)
		})
	return id, err
}

// runJob runs one article of a queued run into the shared out folder
// (pipeline.RunPart). The job's result is the article's part of the
// report.
func runJob(ctx context.Context, e *Env, j queue.Job) (string, error) {
	part, err := pipeline.RunPart(ctx, pipeline.Options{Config: e.Config, OutDir: e.Settings.Out, Steps: e.Steps}, j.Inputs, partTag(j))
	if err != nil {
		// Bad input fails the job; anything else (a TM that is busy or
		// down, a full disk) leaves it to be tried again.
		var ee *pipeline.EnvError
		if ctx.Err() == nil && !errors.As(err, &ee) && isBadInput(err) {
			return "", queue.Permanent(err)
		}
		return "", err
	}
	b, err := json.Marshal(part)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// partTag tells the work folders of jobs and attempts apart:
// OUT/.bitext-parts/NAME-ID-ATTEMPT.
func partTag(j queue.Job) string { return fmt.Sprintf("%d-%d", j.ID, j.Attempts) }

var partName = regexp.MustCompile(`-([0-9]+)-[0-9]+$`)

// removeParts removes the work folders of the jobs ids under
// OUT/.bitext-parts: those of killed workers (RunPart removes its own).
// It returns how many it removed.
func removeParts(out string, ids map[int64]bool) int {
	dir := filepath.Join(out, pipeline.PartsDir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		m := partName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		id, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil || !ids[id] {
			continue
		}
		if os.RemoveAll(filepath.Join(dir, e.Name())) == nil {
			n++
		}
	}
	return n
}

// isBadInput reports whether an article failed because of its input (a
// file that cannot be read or parsed, an unknown format): another attempt
// would fail the same way.
func isBadInput(err error) bool {
	var ie *pipeline.InputError
	var fe *pipeline.FormatError
	if errors.As(err, &ie) || errors.As(err, &fe) {
		return true
	}
	// An article that failed for another reason than its TM (an
	// *EnvError, found above) failed in a step, on its input.
	var fail *pipeline.FailedError
	return errors.As(err, &fail)
}

// runInfo is what Enqueue records in the shared out folder for the merge:
// the originals without an edition it found.
type runInfo struct {
	Orphans []string `json:"originals_without_edition"`
}

func infoPath(out, run string) string {
	return filepath.Join(out, pipeline.PartsDir, run+".json")
}

// marker is the record of a merge, OUT/.bitext-parts/RUN.merged: the
// digest of the jobs merged and of each file written. A later merge of
// the same jobs is skipped only while every file still has that content.
type marker struct {
	Jobs  string            `json:"jobs"`
	Files map[string]string `json:"files"`
}

func markerPath(out, run string) string {
	return filepath.Join(out, pipeline.PartsDir, run+".merged")
}

// mergedFiles are the files Merge writes into the out folder.
var mergedFiles = []string{pipeline.ReportJSON, pipeline.ReportHTML, pipeline.StateFile}

func fileDigests(out string) map[string]string {
	m := map[string]string{}
	for _, f := range mergedFiles {
		data, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			continue
		}
		sum := sha256.Sum256(data)
		m[f] = hex.EncodeToString(sum[:])
	}
	return m
}

func (m marker) current(out string) bool {
	now := fileDigests(out)
	if len(m.Files) != len(mergedFiles) {
		return false
	}
	for f, d := range m.Files {
		if now[f] != d {
			return false
		}
	}
	return true
}

// MergeOptions configure Merge.
type MergeOptions struct {
	// Lang and Say are pipeline.MergeOptions'.
	Lang string
	Say  func(id string, data map[string]any) string
	// Force merges even when the marker says the files are current.
	Force bool
	// Wait is how long the merge waits for the out folder's lock, which
	// it holds alone (the workers of the run hold it together while they
	// work).
	Wait time.Duration
}

// Merge stores the aligned pairs of the finished run id in the TM and
// writes its combined report.json, index.html and state from the jobs'
// parts (pipeline.Merge), unless the marker says that was done for the
// same jobs and the files still hold what was written then. It refuses a
// run the queue does not have with these settings (Check) and a run that
// is not finished, so an empty or partial report never replaces one.
// Then it removes the work folders of the run's jobs that killed workers
// left behind. It holds the out folder's lock alone, waiting up to o.Wait
// for the workers still in the folder.
func Merge(ctx context.Context, q *queue.Queue, e *Env, name string, o MergeOptions) (*pipeline.Report, error) {
	run, err := Check(ctx, q, e.Settings, name)
	if err != nil {
		return nil, err
	}
	lock, err := lockOut(ctx, e.Settings.Out, false, o.Wait, "bitext merge, run "+run)
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	jobs, err := q.Jobs(ctx, run)
	if err != nil {
		return nil, err
	}
	ids := map[int64]bool{}
	h := sha256.New()
	for _, j := range jobs {
		if j.State == queue.Pending || j.State == queue.Running {
			return nil, fmt.Errorf("queued: run %s is not finished", run)
		}
		ids[j.ID] = true
		fmt.Fprintf(h, "%d/%d/%s;", j.ID, j.Attempts, j.State)
	}
	if len(jobs) == 0 {
		return nil, &RunError{Run: run}
	}
	out := e.Settings.Out
	mk := marker{Jobs: hex.EncodeToString(h.Sum(nil))}
	mpath := markerPath(out, run)
	if !o.Force {
		var old marker
		if data, err := os.ReadFile(mpath); err == nil && json.Unmarshal(data, &old) == nil && old.Jobs == mk.Jobs && old.current(out) {
			if data, err := os.ReadFile(filepath.Join(out, pipeline.ReportJSON)); err == nil {
				var rep pipeline.Report
				if json.Unmarshal(data, &rep) == nil {
					removeParts(out, ids)
					return &rep, nil
				}
			}
		}
	}
	parts := make([]pipeline.Part, 0, len(jobs))
	for _, j := range jobs {
		var p pipeline.Part
		switch j.State {
		case queue.Done:
			if err := json.Unmarshal([]byte(j.Result), &p); err != nil || p.Summary.Name == "" {
				p = pipeline.FailedPart(j.Inputs, "unreadable result in the queue")
			}
		default:
			p = pipeline.FailedPart(j.Inputs, j.Error)
		}
		parts = append(parts, p)
	}
	var info runInfo
	if data, err := os.ReadFile(infoPath(out, run)); err == nil {
		json.Unmarshal(data, &info)
	}
	rep, err := pipeline.Merge(pipeline.MergeOptions{Config: e.Config, Steps: e.Steps, OutDir: out, Parts: parts, Orphans: info.Orphans,
		Lang: o.Lang, Say: o.Say, TMPath: e.Settings.TMRecord()})
	if err != nil {
		return rep, err
	}
	mk.Files = fileDigests(out)
	err = os.MkdirAll(filepath.Dir(mpath), 0o755)
	if err == nil {
		err = atomicfile.Write(mpath, func(w io.Writer) error { return json.NewEncoder(w).Encode(mk) })
	}
	if err != nil {
		return rep, &pipeline.EnvError{Path: mpath, Err: err}
	}
	removeParts(out, ids)
	return rep, nil
}
