package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"bitext/pipeline"
)

// TestRunScripts runs the scripts of `bitext run` in testdata/run. Each
// starts with a copy of the repository's test articles in $WORK/articles
// (and the test glossary in $WORK/glossary when there is one).
func TestRunScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/run",
		Setup: func(env *testscript.Env) error {
			env.Setenv("LANG", "")
			env.Setenv("BITEXT_UI_LANG", "")
			env.Setenv("BITEXT_TM", "")
			if err := copyTree("../../testdata/articles", filepath.Join(env.WorkDir, "articles")); err != nil {
				return err
			}
			if _, err := os.Stat("../../testdata/glossary"); err == nil {
				return copyTree("../../testdata/glossary", filepath.Join(env.WorkDir, "glossary"))
			}
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"nopartial": cmdNoPartial,
			"cmptree":   cmdCmpTree,
			"outputs":   cmdOutputs,
		},
		RequireExplicitExec: true,
	})
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
}

func tree(ts *testscript.TestScript, dir string) map[string][]byte {
	out := map[string][]byte{}
	err := filepath.WalkDir(ts.MkAbs(dir), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(ts.MkAbs(dir), p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	ts.Check(err)
	return out
}

// nopartial DIR: no temporary or pending file is left in DIR.
func cmdNoPartial(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: nopartial DIR")
	}
	for name := range tree(ts, args[0]) {
		if strings.Contains(name, ".tmp") || strings.Contains(name, ".bitext-pending") {
			ts.Fatalf("partial file left: %s", name)
		}
	}
}

// cmptree A B: the two folders hold the same files with the same bytes.
func cmdCmpTree(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 || neg {
		ts.Fatalf("usage: cmptree A B")
	}
	a, b := tree(ts, args[0]), tree(ts, args[1])
	if len(a) != len(b) {
		ts.Fatalf("%s has %d files, %s has %d", args[0], len(a), args[1], len(b))
	}
	for name, data := range a {
		other := b[name]
		if filepath.Base(name) == pipeline.StateFile {
			// The state records the TM file, which differs by design.
			data, other = withoutKey(ts, data, "tm"), withoutKey(ts, other, "tm")
		}
		if !bytes.Equal(data, other) {
			ts.Fatalf("%s differs", name)
		}
	}
	ts.Logf("%d files identical", len(a))
}

// withoutKey returns a JSON object without one of its keys, re-encoded.
func withoutKey(ts *testscript.TestScript, data []byte, key string) []byte {
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		ts.Fatalf("%v", err)
	}
	delete(m, key)
	out, _ := json.Marshal(m)
	return out
}

// outputs DIR: every article that report.json lists as done or unchanged
// has all its output files, and no other article has any.
func cmdOutputs(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: outputs DIR")
	}
	var rep struct {
		Formats  []string `json:"formats"`
		Articles []struct {
			Name    string            `json:"name"`
			Status  string            `json:"status"`
			Outputs map[string]string `json:"outputs"`
		} `json:"articles"`
	}
	data, err := os.ReadFile(ts.MkAbs(filepath.Join(args[0], "report.json")))
	ts.Check(err)
	ts.Check(json.Unmarshal(data, &rep))
	files := tree(ts, filepath.Join(args[0], "articles"))
	owned := map[string]bool{}
	for _, a := range rep.Articles {
		switch a.Status {
		case "done", "unchanged":
			if len(a.Outputs) != len(rep.Formats) {
				ts.Fatalf("%s: %d outputs, want %d", a.Name, len(a.Outputs), len(rep.Formats))
			}
			for _, p := range a.Outputs {
				rel := strings.TrimPrefix(p, "articles/")
				if _, ok := files[rel]; !ok {
					ts.Fatalf("%s: %s missing", a.Name, p)
				}
				owned[rel] = true
			}
		}
	}
	for name := range files {
		if !owned[name] {
			ts.Fatalf("file of an article not done: %s", name)
		}
	}
	ts.Logf("%d output files, all complete", len(files))
}
