package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The CI integrations at the top of the repository: action.yml (a
// composite GitHub Action) and .pre-commit-hooks.yaml. The action's check
// step itself runs in testdata/ci_action.txtar.

type action struct {
	Name   string `yaml:"name"`
	Inputs map[string]struct {
		Required bool   `yaml:"required"`
		Default  string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			ID    string            `yaml:"id"`
			Name  string            `yaml:"name"`
			Uses  string            `yaml:"uses"`
			Shell string            `yaml:"shell"`
			Run   string            `yaml:"run"`
			If    string            `yaml:"if"`
			Env   map[string]string `yaml:"env"`
			With  map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

var exprRE = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

func TestGitHubAction(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" || a.Name == "" {
		t.Fatalf("action.yml: using %q, name %q", a.Runs.Using, a.Name)
	}
	if !a.Inputs["glossary"].Required {
		t.Error("action.yml: the glossary input must be required")
	}
	used := map[string]bool{}
	steps := map[string]bool{}
	var script string
	for i, s := range a.Runs.Steps {
		if s.ID != "" {
			steps[s.ID] = true
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("step %d: a run step of a composite action needs a shell", i)
		}
		if s.Run != "" && exprRE.MatchString(s.Run) {
			t.Errorf("step %d: expressions in run: pass them through env (script injection)", i)
		}
		if strings.Contains(s.Run, ".github/bitext-check.sh") {
			script = s.Run
			for _, v := range []string{"BITEXT", "INPUT_GLOSSARY", "INPUT_PATHS", "INPUT_FAIL_ON", "INPUT_UI_LANG", "INPUT_SARIF_FILE"} {
				if s.Env[v] == "" {
					t.Errorf("the check step does not set %s", v)
				}
			}
		}
		var texts []string
		texts = append(texts, s.If)
		for _, v := range s.Env {
			texts = append(texts, v)
		}
		for _, v := range s.With {
			texts = append(texts, v)
		}
		for _, text := range texts {
			for _, m := range exprRE.FindAllStringSubmatch(text, -1) {
				used = checkExpr(t, m[1], a, steps, used)
			}
		}
		if strings.HasPrefix(s.If, "always()") {
			used = checkExpr(t, s.If, a, steps, used)
		}
	}
	for _, o := range a.Outputs {
		for _, m := range exprRE.FindAllStringSubmatch(o.Value, -1) {
			used = checkExpr(t, m[1], a, steps, used)
		}
	}
	if script == "" {
		t.Fatal("no step runs .github/bitext-check.sh")
	}
	if _, err := os.Stat("../../.github/bitext-check.sh"); err != nil {
		t.Error(err)
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %q is declared but never used", name)
		}
	}
}

var inputRE = regexp.MustCompile(`inputs\.([a-z-]+)|steps\.([a-z-]+)\.`)

// checkExpr checks that an expression names declared inputs and earlier
// steps only, and records the inputs it uses.
func checkExpr(t *testing.T, expr string, a action, steps, used map[string]bool) map[string]bool {
	t.Helper()
	for _, m := range inputRE.FindAllStringSubmatch(expr, -1) {
		if m[1] != "" {
			if _, ok := a.Inputs[m[1]]; !ok {
				t.Errorf("expression %q names an undeclared input", expr)
			}
			used[m[1]] = true
		}
		if m[2] != "" && !steps[m[2]] {
			t.Errorf("expression %q names step %q before it runs", expr, m[2])
		}
	}
	return used
}

func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID       string `yaml:"id"`
		Entry    string `yaml:"entry"`
		Language string `yaml:"language"`
		Files    string `yaml:"files"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "bitext-check" || hooks[0].Language != "golang" {
		t.Fatalf("hooks: %+v", hooks)
	}
	h := hooks[0]
	files := regexp.MustCompile(h.Files)
	for path, want := range map[string]bool{
		"articles/summit.en.txt": true, "a.ko.md": true, "pairs.tsv": true, "tm/x.tmx": true,
		"a.xlf": true, "b.xliff": true, "main.go": false, "glossary.csv": false, "notes.txt.bak": false,
	} {
		if files.MatchString(path) != want {
			t.Errorf("files pattern %q on %s: %v, want %v", h.Files, path, !want, want)
		}
	}
	// Run the entry as pre-commit does: entry, the user's args, the
	// staged files.
	entry := strings.Fields(h.Entry)
	if entry[0] != "bitext" {
		t.Fatalf("entry %q does not run the bitext command", h.Entry)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	g := write("glossary.csv", "id,lang,term,status,type\ndokdo,en,Dokdo,preferred,place\ndokdo,en,Takeshima,deprecated,place\n")
	bad := write("story.txt", "Takeshima is an island.\n")
	clean := write("clean.txt", "Dokdo is an island.\n")
	for _, c := range []struct {
		files []string
		want  int
	}{{[]string{clean}, 0}, {[]string{clean, bad}, 1}} {
		args := append(append(append([]string{}, entry...), "--glossary", g), c.files...)
		var out, errb bytes.Buffer
		got := run(args, strings.NewReader(""), &out, &errb, func(string) string { return "" })
		if got != c.want {
			t.Errorf("%v: exit %d, want %d\n%s%s", c.files, got, c.want, out.String(), errb.String())
		}
		if c.want == 1 && !strings.Contains(out.String(), "story.txt:1:1") {
			t.Errorf("no FILE:LINE:COL finding in %q", out.String())
		}
	}
}
