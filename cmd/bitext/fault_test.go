package main

// The fault-injection suite of `bitext run` and `bitext import` (issue
// 13): the processes are killed with SIGKILL at random points (seeded),
// run two at a time on one out folder, given a full disk and a read-only
// TM, and each time the out folder, its state and report and the TM must
// agree afterwards, with each other and with a run that was not
// disturbed. The kill points are those of package internal/faultpoint
// (BITEXT_FAULT=kill@N), plus kills by the parent after a random delay,
// which land anywhere, inside SQLite's commits too.
//
// BITEXT_FAULT_SEED sets the seed (default 13); the targets (50 kills, 20
// concurrent trials) are the default counts.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bitext/internal/faultpoint"
	"bitext/pipeline"
	"bitext/tm"
)

// faultArticles are the test articles of the suite: small, with and
// without an original.
var faultArticles = []string{"boc-rate", "chip-exports", "kospi", "summit-tokyo"}

func faultSeed(t *testing.T) int64 {
	if v := os.Getenv("BITEXT_FAULT_SEED"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatalf("BITEXT_FAULT_SEED: %v", err)
		}
		return n
	}
	return 13
}

// copyArticles copies the named test articles (both editions) into dir.
func copyArticles(t *testing.T, dir string, names ...string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir("../../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		for _, n := range names {
			if strings.HasPrefix(e.Name(), n+".") {
				data, err := os.ReadFile(filepath.Join("../../testdata/articles", e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

type procResult struct {
	code   int // -1 when killed
	killed bool
	stdout string
	stderr string
}

// bitextProc makes a `bitext` command in dir (the test binary, through the
// PATH that testscript.Main sets up).
func bitextProc(dir string, fault string, args ...string) *exec.Cmd {
	cmd := exec.Command("bitext", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=", "BITEXT_UI_LANG=", "BITEXT_TM=", "CI=true", faultpoint.Env+"="+fault)
	return cmd
}

func wait(cmd *exec.Cmd, stdout, stderr *bytes.Buffer, err error) procResult {
	r := procResult{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			r.code, r.killed = -1, true
		} else {
			r.code = ee.ExitCode()
		}
	default:
		r.code, r.stderr = -2, err.Error()
	}
	return r
}

// runProc runs bitext to the end; killAfter > 0 kills it after that delay.
func runProc(t *testing.T, dir, fault string, killAfter time.Duration, args ...string) procResult {
	t.Helper()
	cmd := bitextProc(dir, fault, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if killAfter > 0 {
		timer := time.AfterFunc(killAfter, func() { cmd.Process.Signal(syscall.SIGKILL) })
		defer timer.Stop()
	}
	return wait(cmd, &stdout, &stderr, cmd.Wait())
}

// mustRun runs bitext and fails the test unless it exits 0.
func mustRun(t *testing.T, dir string, args ...string) procResult {
	t.Helper()
	r := runProc(t, dir, "", 0, args...)
	if r.code != 0 {
		t.Fatalf("bitext %s: exit %d\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r
}

// countPoints is how many fault points a run of bitext passes.
func countPoints(t *testing.T, dir string, args ...string) int {
	t.Helper()
	f := filepath.Join(t.TempDir(), "points")
	r := runProc(t, dir, "count="+f, 0, args...)
	if r.code != 0 {
		t.Fatalf("counting run: exit %d\n%s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(f)
	n := strings.Count(string(data), "\n")
	if n == 0 {
		t.Fatal("no fault point reached")
	}
	return n
}

// snapshot is what a run leaves: the articles' files, the state's hashes,
// the report's articles (without their status), the TM's units and any
// file left behind that should not be.
type snapshot struct {
	files     map[string]string
	state     map[string]string
	report    map[string]string
	status    map[string]string
	tm        []string
	leftovers []string
}

func takeSnapshot(t *testing.T, out, tmPath string) snapshot {
	t.Helper()
	s := snapshot{files: map[string]string{}, state: map[string]string{}, report: map[string]string{}, status: map[string]string{}}
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(out, p)
		rel = filepath.ToSlash(rel)
		switch {
		case strings.Contains(rel, ".tmp"), strings.Contains(rel, ".bitext-pending"), rel == pipeline.JournalFile, rel == pipeline.IntentFile, strings.HasPrefix(rel, ".bitext-lock"):
			s.leftovers = append(s.leftovers, rel)
		case strings.HasPrefix(rel, pipeline.ArticlesDir+"/"):
			data, _ := os.ReadFile(p)
			s.files[rel] = string(data)
		}
		return nil
	})
	var st struct {
		Articles map[string]struct {
			Hash    string           `json:"hash"`
			Summary pipeline.Summary `json:"summary"`
		} `json:"articles"`
	}
	if data, err := os.ReadFile(filepath.Join(out, pipeline.StateFile)); err == nil {
		if err := json.Unmarshal(data, &st); err != nil {
			t.Fatalf("state: %v", err)
		}
	}
	for name, e := range st.Articles {
		s.state[name] = e.Hash
	}
	var rep struct {
		Articles []map[string]any `json:"articles"`
	}
	if data, err := os.ReadFile(filepath.Join(out, pipeline.ReportJSON)); err == nil {
		if err := json.Unmarshal(data, &rep); err != nil {
			t.Fatalf("report: %v", err)
		}
	}
	for _, a := range rep.Articles {
		name, _ := a["name"].(string)
		s.status[name], _ = a["status"].(string)
		delete(a, "status")
		data, _ := json.Marshal(a)
		s.report[name] = string(data)
	}
	s.tm = tmUnits(t, tmPath)
	return s
}

// tmUnits lists a TM's units (texts, document, origin), sorted.
func tmUnits(t *testing.T, path string) []string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	// Read from a copy: the TM may sit on a full or read-only disk, where
	// SQLite cannot open it.
	cp := filepath.Join(t.TempDir(), "copy.tm")
	for _, suffix := range []string{"", "-wal"} {
		if data, err := os.ReadFile(path + suffix); err == nil {
			if err := os.WriteFile(cp+suffix, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	st, err := tm.Open(context.Background(), cp)
	if err != nil {
		t.Fatalf("open TM: %v", err)
	}
	defer st.Close()
	var out []string
	err = st.Iterate(context.Background(), tm.ExportOptions{}, func(u tm.Unit) error {
		var b strings.Builder
		for _, v := range u.Variants {
			fmt.Fprintf(&b, "%s=%s|", v.Lang, v.Text)
		}
		fmt.Fprintf(&b, "doc=%s|file=%s|align=%s", u.Context.DocID, u.Origin.File, u.Origin.Alignment)
		out = append(out, b.String())
		return nil
	})
	if err != nil {
		t.Fatalf("read TM: %v", err)
	}
	sort.Strings(out)
	return out
}

// consistent checks a snapshot on its own: nothing left behind, every
// article of the state has its files in the report and on disk, every
// file belongs to an article of the state, and the TM's documents are the
// state's articles with stored pairs.
func (s snapshot) consistent() error {
	if len(s.leftovers) > 0 {
		return fmt.Errorf("left behind: %v", s.leftovers)
	}
	owned := map[string]bool{}
	for name := range s.state {
		var a pipeline.Summary
		if r, ok := s.report[name]; ok {
			json.Unmarshal([]byte(r), &a)
		} else {
			continue // recorded by an earlier run with other inputs
		}
		if st := s.status[name]; st != "done" && st != "unchanged" {
			return fmt.Errorf("%s: in the state, %q in the report", name, st)
		}
		for _, p := range a.Outputs {
			if _, ok := s.files[p]; !ok {
				return fmt.Errorf("%s: %s missing", name, p)
			}
			owned[p] = true
		}
	}
	for name, st := range s.status {
		if _, ok := s.state[name]; !ok && (st == "done" || st == "unchanged") {
			return fmt.Errorf("%s: %s in the report, not in the state", name, st)
		}
	}
	for p := range s.files {
		if !owned[p] {
			return fmt.Errorf("file of no recorded article: %s", p)
		}
	}
	docs := map[string]bool{}
	for _, u := range s.tm {
		if i := strings.Index(u, "doc="); i >= 0 {
			docs[strings.SplitN(u[i+4:], "|", 2)[0]] = true
		}
	}
	for d := range docs {
		if _, ok := s.state[d]; !ok {
			return fmt.Errorf("pairs of %s in the TM, which the state does not record", d)
		}
	}
	return nil
}

// same compares a snapshot with the undisturbed run's: the same files,
// state, report (statuses aside) and TM.
func (s snapshot) same(ref snapshot) error {
	if err := s.consistent(); err != nil {
		return err
	}
	if d := diffMaps(s.files, ref.files); d != "" {
		return fmt.Errorf("files: %s", d)
	}
	if d := diffMaps(s.state, ref.state); d != "" {
		return fmt.Errorf("state: %s", d)
	}
	if d := diffMaps(s.report, ref.report); d != "" {
		return fmt.Errorf("report: %s", d)
	}
	if strings.Join(s.tm, "\n") != strings.Join(ref.tm, "\n") {
		return fmt.Errorf("TM: %d units, undisturbed run %d%s", len(s.tm), len(ref.tm), firstDiff(s.tm, ref.tm))
	}
	return nil
}

// firstDiff shows the first unit that differs between two TMs' lists.
func firstDiff(a, b []string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Sprintf(" (first difference: %q, undisturbed %q)", a[i], b[i])
		}
	}
	return ""
}

func diffMaps(a, b map[string]string) string {
	for k, v := range a {
		if w, ok := b[k]; !ok {
			return "extra " + k
		} else if v != w {
			return k + " differs"
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			return "missing " + k
		}
	}
	return ""
}

// editArticles changes the English editions of some articles, so that a
// second run redoes them over a TM that holds the first run's pairs.
func editArticles(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		m, _ := filepath.Glob(filepath.Join(dir, n+".en.*"))
		for _, p := range m {
			data, _ := os.ReadFile(p)
			data = append(data, []byte("\n\nThe ministry will publish the full figures next week.\n")...)
			os.WriteFile(p, data, 0o644)
		}
	}
}

// TestFaultKills kills `bitext run` and `bitext import` at random points
// and checks that a rerun leaves exactly what an undisturbed run leaves.
func TestFaultKills(t *testing.T) {
	if testing.Short() {
		t.Skip("fault-injection suite: not with -short")
	}
	rng := rand.New(rand.NewSource(faultSeed(t)))
	runArgs := []string{"run", "--tm", "t.tm", "--out", "out", "--jobs", "2", "--formats", "xliff,tsv,html,md", "in"}

	// The undisturbed runs: (a) a fresh out folder; (b) a second run over
	// edited articles, with the TM of the first.
	type variant struct {
		name   string
		prep   func(t *testing.T, dir string)
		ref    snapshot
		points int
		dur    time.Duration
	}
	fresh := func(t *testing.T, dir string) { copyArticles(t, filepath.Join(dir, "in"), faultArticles...) }
	second := func(t *testing.T, dir string) {
		fresh(t, dir)
		mustRun(t, dir, runArgs...)
		editArticles(t, filepath.Join(dir, "in"), "kospi", "boc-rate")
	}
	variants := []*variant{{name: "fresh", prep: fresh}, {name: "second", prep: second}}
	for _, v := range variants {
		dir := t.TempDir()
		v.prep(t, dir)
		start := time.Now()
		mustRun(t, dir, runArgs...)
		v.dur = time.Since(start)
		v.ref = takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm"))
		if err := v.ref.consistent(); err != nil {
			t.Fatalf("undisturbed %s run: %v", v.name, err)
		}
		dir2 := t.TempDir()
		v.prep(t, dir2)
		v.points = countPoints(t, dir2, runArgs...)
		t.Logf("%s run: %d fault points, %v", v.name, v.points, v.dur.Round(time.Millisecond))
	}

	// kills counts every killed process; pointTrials and pointKills the
	// trials killed at a fault point, which a run always reaches (the
	// undisturbed run passed it), and delayKills those killed by the
	// parent after a random delay, which a run faster than the undisturbed
	// one can outrun on a loaded machine: the suite asserts that every
	// fault point trial killed its process and that at least one delay
	// did, so it cannot pass without killing, whatever the load.
	kills, pointTrials, pointKills, delayKills := 0, 0, 0, 0
	runTrials, importTrials := 36, 14
	countKill := func(killed, atPoint bool) {
		if atPoint {
			pointTrials++
		}
		if !killed {
			return
		}
		kills++
		if atPoint {
			pointKills++
		} else {
			delayKills++
		}
	}
	for i := 0; i < runTrials; i++ {
		v := variants[i%2]
		dir := t.TempDir()
		v.prep(t, dir)
		fault, delay, how := "", time.Duration(0), ""
		if i%3 == 2 {
			// The parent kills it after a random delay: anywhere.
			delay = time.Duration(rng.Int63n(int64(v.dur))) + time.Millisecond
			how = fmt.Sprintf("after %v", delay.Round(time.Millisecond))
		} else {
			k := rng.Intn(v.points) + 1
			fault, how = fmt.Sprintf("kill@%d", k), fmt.Sprintf("at point %d of %d", k, v.points)
		}
		r := runProc(t, dir, fault, delay, runArgs...)
		countKill(r.killed, fault != "")
		if !r.killed && r.code != 0 {
			t.Fatalf("run trial %d (%s, %s): exit %d\n%s", i, v.name, how, r.code, r.stderr)
		}
		// Sometimes the rerun is killed too, early: while it finishes the
		// journal of the first.
		if i%4 == 1 {
			if r := runProc(t, dir, fmt.Sprintf("kill@%d", rng.Intn(4)+1), 0, runArgs...); r.killed {
				kills++
				how += ", rerun killed"
			}
		}
		mustRun(t, dir, runArgs...)
		got := takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm"))
		if err := got.same(v.ref); err != nil {
			t.Errorf("run trial %d (%s, killed %s): %v", i, v.name, how, err)
		}
	}

	// Import: the run's XLIFF files back into its TM.
	base := t.TempDir()
	fresh(t, base)
	mustRun(t, base, runArgs...)
	xlfs, _ := filepath.Glob(filepath.Join(base, "out", "articles", "*.xlf"))
	// The TM records a unit's later change only when it is in a later
	// second (tm/sqlite's update: changed times in seconds): an import in
	// the run's second would keep the run's origin for some units, an
	// import a second later the translator's. So every import here is.
	time.Sleep(1100 * time.Millisecond)
	// Reviewed by a translator: import stores final units (it skips
	// aligned units nobody touched).
	for _, x := range xlfs {
		data, err := os.ReadFile(x)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(x, bytes.ReplaceAll(data, []byte(`state="translated"`), []byte(`state="final"`)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	importArgs := []string{"import", "--tm", "t.tm", "--out", "out"}
	for _, x := range xlfs {
		rel, _ := filepath.Rel(base, x)
		importArgs = append(importArgs, rel)
	}
	prepImport := func(t *testing.T) string {
		dir := t.TempDir()
		if err := copyTree(base, dir); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	refDir := prepImport(t)
	start := time.Now()
	if r := mustRun(t, refDir, importArgs...); testing.Verbose() {
		t.Logf("undisturbed import: %s", strings.TrimSpace(r.stdout))
	}
	importDur := time.Since(start)
	ref := takeSnapshot(t, filepath.Join(refDir, "out"), filepath.Join(refDir, "t.tm"))
	points := countPoints(t, prepImport(t), importArgs...)
	t.Logf("import: %d files, %d fault points, %v", len(xlfs), points, importDur.Round(time.Millisecond))
	for i := 0; i < importTrials; i++ {
		dir := prepImport(t)
		fault, delay, how := "", time.Duration(0), ""
		if i%2 == 1 {
			delay = time.Duration(rng.Int63n(int64(importDur))) + time.Millisecond
			how = fmt.Sprintf("after %v", delay.Round(time.Millisecond))
		} else {
			k := rng.Intn(points) + 1
			fault, how = fmt.Sprintf("kill@%d", k), fmt.Sprintf("at point %d of %d", k, points)
		}
		r := runProc(t, dir, fault, delay, importArgs...)
		countKill(r.killed, fault != "")
		if !r.killed && r.code != 0 {
			t.Fatalf("import trial %d (%s): exit %d\n%s", i, how, r.code, r.stderr)
		}
		mustRun(t, dir, importArgs...)
		got := takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm"))
		if err := got.same(ref); err != nil {
			t.Errorf("import trial %d (killed %s): %v", i, how, err)
		}
	}
	t.Logf("%d processes killed in %d run and %d import trials (%d of %d at a fault point, %d after a delay)",
		kills, runTrials, importTrials, pointKills, pointTrials, delayKills)
	if pointKills != pointTrials {
		t.Errorf("%d of %d fault point trials killed their process, want all", pointKills, pointTrials)
	}
	if delayKills == 0 {
		t.Errorf("no trial killed after a delay")
	}
}

// TestFaultConcurrentRuns runs two `bitext run` at once on one out folder
// and one TM, 20 times: with --wait both finish and the folder holds both
// runs' articles; without it the second exits 3 naming the holder, and
// what the first wrote is whole. Nothing of either is ever lost.
func TestFaultConcurrentRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("fault-injection suite: not with -short")
	}
	args := func(in, wait string) []string {
		return []string{"run", "--tm", "t.tm", "--out", "out", "--jobs", "2", "--formats", "xliff,tsv,html", "--wait", wait, in}
	}
	prep := func(t *testing.T) string {
		dir := t.TempDir()
		copyArticles(t, filepath.Join(dir, "a"), faultArticles[:2]...)
		copyArticles(t, filepath.Join(dir, "b"), faultArticles[2:]...)
		return dir
	}
	// The undisturbed runs, one after the other, in both orders.
	var refs []snapshot
	for _, order := range [][2]string{{"a", "b"}, {"b", "a"}} {
		dir := prep(t)
		mustRun(t, dir, args(order[0], "0")...)
		mustRun(t, dir, args(order[1], "0")...)
		refs = append(refs, takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm")))
	}
	busy := regexp.MustCompile(`out is in use by process [0-9]+ on .+ since .+\(bitext run`)
	waited, refused := 0, 0
	for i := 0; i < 20; i++ {
		dir := prep(t)
		wait := "60s"
		if i%2 == 1 {
			wait = "0"
		}
		cmds := [2]*exec.Cmd{bitextProc(dir, "", args("a", wait)...), bitextProc(dir, "", args("b", wait)...)}
		var outs, errs [2]bytes.Buffer
		for k, c := range cmds {
			c.Stdout, c.Stderr = &outs[k], &errs[k]
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
		}
		var res [2]procResult
		for k, c := range cmds {
			res[k] = wait2(c, &outs[k], &errs[k])
		}
		got := takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm"))
		codes := fmt.Sprintf("%d,%d", res[0].code, res[1].code)
		switch codes {
		case "0,0":
			waited++
			// Both done: the result of one order or the other.
			if e0, e1 := got.sameFiles(refs[0]), got.sameFiles(refs[1]); e0 != nil && e1 != nil {
				t.Errorf("trial %d: both runs done, but: %v / %v", i, e0, e1)
			}
		case "0,3", "3,0":
			refused++
			loser := 1
			if res[0].code == 3 {
				loser = 0
			}
			if wait != "0" {
				t.Errorf("trial %d: a run with --wait %s refused: %s", i, wait, res[loser].stderr)
			}
			if !busy.MatchString(res[loser].stderr) {
				t.Errorf("trial %d: exit 3 without naming the holder: %s", i, res[loser].stderr)
			}
			if err := got.consistent(); err != nil {
				t.Errorf("trial %d: %v", i, err)
			}
			// The refused run wrote nothing: the winner's articles only.
			for name := range got.state {
				in := "a"
				if name == faultArticles[2] || name == faultArticles[3] {
					in = "b"
				}
				if (in == "a") != (loser == 1) {
					t.Errorf("trial %d: article %s of the refused run recorded", i, name)
				}
			}
		default:
			t.Errorf("trial %d: exit codes %s\n%s\n%s", i, codes, res[0].stderr, res[1].stderr)
		}
	}
	t.Logf("20 trials: %d with both runs done (--wait), %d with one refused (exit 3)", waited, refused)
}

func wait2(c *exec.Cmd, stdout, stderr *bytes.Buffer) procResult {
	return wait(c, stdout, stderr, c.Wait())
}

// sameFiles: the same article files, state and TM as ref (the report is
// that of the last run only).
func (s snapshot) sameFiles(ref snapshot) error {
	if len(s.leftovers) > 0 {
		return fmt.Errorf("left behind: %v", s.leftovers)
	}
	if d := diffMaps(s.files, ref.files); d != "" {
		return fmt.Errorf("files: %s", d)
	}
	if d := diffMaps(s.state, ref.state); d != "" {
		return fmt.Errorf("state: %s", d)
	}
	if strings.Join(s.tm, "\n") != strings.Join(ref.tm, "\n") {
		return fmt.Errorf("TM: %d units, want %d", len(s.tm), len(ref.tm))
	}
	return nil
}
