package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/urfave/cli/v2"

	"bitext/locales"
	"bitext/pipeline"
	"bitext/tm/postgres/pgtest"
	"golang.org/x/text/language"
)

// queueApp runs queueRun as `bitext run --queue` will once cmd_run.go has
// the flag.
func queueApp(t *testing.T, dsn string, o runOptions, status bool) string {
	t.Helper()
	ui := locales.New(language.English)
	var out bytes.Buffer
	app := &cli.App{Name: "bitext", HideHelp: true, HideVersion: true, Writer: &out, ErrWriter: &out, Action: func(c *cli.Context) error {
		return queueRun(c, ui, o, dsn, "", status)
	}}
	if err := app.Run([]string{"bitext"}); err != nil {
		t.Fatalf("queue run: %v\n%s", err, out.String())
	}
	return out.String()
}

// TestQueueRunEqualsSingleRun runs the test articles once with `bitext
// run`, and once through the queue with three workers: the articles'
// files are the same.
func TestQueueRunEqualsSingleRun(t *testing.T) {
	dsn := pgtest.Schema(t)
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	if err := copyTree("../../testdata/articles", arts); err != nil {
		t.Fatal(err)
	}
	single, multi := filepath.Join(dir, "single"), filepath.Join(dir, "multi")
	if code, _, errOut := runBitext(t, nil, "run", "--tm", filepath.Join(dir, "single.tm"), "--out", single, arts); code != 0 {
		t.Fatalf("single run: exit %d: %s", code, errOut)
	}
	o := runOptions{out: multi, tm: filepath.Join(dir, "multi.tm"), inputs: []string{arts}}
	out := queueApp(t, dsn, o, false)
	if !strings.Contains(out, "articles added to the queue") || strings.Contains(out, "bitext-ci") {
		t.Fatalf("enqueue: %s", out)
	}
	ui := locales.New(language.English)
	var wg sync.WaitGroup
	codes := make([]int, 3)
	logs := make([]string, 3)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// run() sets the help templates of package cli: not safe to
			// call from several goroutines, so the workers call runWorker.
			var buf bytes.Buffer
			app := &cli.App{Name: "bitext", HideHelp: true, HideVersion: true, Writer: &buf, ErrWriter: &buf, Action: func(c *cli.Context) error {
				return runWorker(c, ui, runOptions{tm: o.tm, out: multi}, dsn, "")
			}}
			if err := app.Run([]string{"bitext"}); err != nil {
				codes[i] = 1
				buf.WriteString(err.Error())
			}
			logs[i] = buf.String()
		}(i)
	}
	wg.Wait()
	total := 0
	for i, c := range codes {
		if c != 0 {
			t.Fatalf("worker %d: exit %d\n%s", i, c, logs[i])
		}
		total += strings.Count(logs[i], "done: ")
	}
	status := queueApp(t, dsn, o, true)
	if !strings.Contains(status, "0 waiting, 0 running") || !strings.Contains(status, "0 failed") || !strings.Contains(status, "the run is finished") {
		t.Errorf("status: %s", status)
	}
	a := readTree(t, filepath.Join(single, "articles"))
	b := readTree(t, filepath.Join(multi, "articles"))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d files from the single run, %d from the queue\n%s", len(a), len(b), strings.Join(logs, "\n"))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between the single run and the queue", name)
		}
	}
	// The workers merged the combined report and index, the same as the
	// single run's (the run has no timings in them), and the state file
	// names the same articles, so `bitext import` works on either.
	for _, f := range []string{pipeline.ReportJSON, pipeline.ReportHTML} {
		x, err := os.ReadFile(filepath.Join(single, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(multi, f))
		if err != nil {
			t.Fatalf("queued run: %v", err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between the single run and the queue:\n%s\n----\n%s", f, x, y)
		}
	}
	if !strings.Contains(logs[0]+logs[1]+logs[2], "combined report of the queued run") {
		t.Errorf("no worker wrote the combined report:\n%s", logs[0]+logs[1]+logs[2])
	}
	if !strings.Contains(status, "combined report of the queued run") {
		t.Errorf("--status of a finished run did not write the report: %s", status)
	}
	// The workers looked up against the TM as it was when the run started
	// and the merge stored every article's pairs once: the TMs hold the
	// same units.
	units := func(tmPath string) string {
		code, out, errOut := runBitext(t, nil, "tm", "stats", "--tm", tmPath, "--format", "json")
		if code != 0 {
			t.Fatalf("tm stats: exit %d: %s", code, errOut)
		}
		var st struct {
			Units     int            `json:"units"`
			Languages map[string]int `json:"languages"`
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("tm stats: %v: %s", err, out)
		}
		return fmt.Sprint(st.Units, st.Languages)
	}
	if a, b := units(filepath.Join(dir, "single.tm")), units(o.tm); a != b || strings.HasPrefix(a, "0 ") {
		t.Errorf("TM after the single run: %s units; after the queued run: %s", a, b)
	}
	inputs, _, err := pipeline.Discover([]string{arts})
	if err != nil {
		t.Fatal(err)
	}
	if total != len(inputs) {
		t.Errorf("workers did %d articles, want each of the %d once", total, len(inputs))
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
