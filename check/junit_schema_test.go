package check

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goldenOptions are the write options of the golden files: a fixed time
// and host, so that the JUnit output is reproducible.
func goldenOptions(files []string) *WriteOptions {
	return &WriteOptions{Files: files, Version: "test", Time: time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC), Hostname: "ci-runner"}
}

// TestJUnitSchemas validates the JUnit output against both JUnit schemas
// in BITEXT_SCHEMAS/junit: the strict Ant schema (JUnit.xsd) and the
// Surefire one (junit-10.xsd). It runs when xmllint is on PATH and
// BITEXT_SCHEMAS is set, as in CI.
func TestJUnitSchemas(t *testing.T) {
	dir := os.Getenv("BITEXT_SCHEMAS")
	if dir == "" {
		t.Skip("BITEXT_SCHEMAS not set")
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH")
	}
	// Findings that used to break the strict schema: two with the same
	// rule, place and text, and one with nothing found (a name ending in
	// a space).
	fs := append(sample(), sample()[0], Finding{File: "x.tsv", Line: 1, Column: 1, Rule: RuleTargetMissing, Severity: Error, Message: "m"})
	files := []string{"clean.txt", "news/a b.txt", "pairs.tsv", "x.tsv"}
	tmp := t.TempDir()
	for _, c := range []struct {
		name string
		fs   []Finding
	}{{"none", nil}, {"findings", fs}} {
		var b bytes.Buffer
		if err := Write(&b, FormatJUnit, c.fs, Summary{}, &WriteOptions{Files: files, Hostname: "h"}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(tmp, c.name+".xml")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, xsd := range []string{"JUnit.xsd", "junit-10.xsd"} {
			out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", filepath.Join(dir, "junit", xsd), path).CombinedOutput()
			if err != nil {
				t.Errorf("%s: %s rejects the JUnit output: %v\n%s", c.name, xsd, err, out)
			}
		}
	}
	// The check can fail: the old layout (attributes on testsuites) is
	// refused by the strict schema.
	bad := filepath.Join(tmp, "bad.xml")
	os.WriteFile(bad, []byte(`<testsuites name="x"><testsuite name="a" tests="0" failures="0" errors="0"/></testsuites>`), 0o644)
	if err := exec.Command(xmllint, "--nonet", "--noout", "--schema", filepath.Join(dir, "junit", "JUnit.xsd"), bad).Run(); err == nil {
		t.Error("JUnit.xsd accepts a document without the required attributes: the test cannot fail")
	}
}

func TestJUnitNamesUnique(t *testing.T) {
	fs := append(sample(), sample()[0], Finding{File: "x.tsv", Line: 1, Column: 1, Rule: RuleTargetMissing, Severity: Error})
	var b bytes.Buffer
	if err := Write(&b, FormatJUnit, fs, Summary{}, nil); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(b.String(), "\n") {
		i := strings.Index(line, `<testcase name="`)
		if i < 0 {
			continue
		}
		name := line[i+len(`<testcase name="`):]
		name = name[:strings.Index(name, `"`)]
		if strings.HasSuffix(name, " ") || seen[name] {
			t.Errorf("test case name %q repeated or ending in a space", name)
		}
		seen[name] = true
	}
	if len(seen) != len(fs) {
		t.Errorf("%d test cases, want %d", len(seen), len(fs))
	}
}

func TestCodeQuality(t *testing.T) {
	fs := append(sample(), sample()[0])
	var b bytes.Buffer
	if err := Write(&b, FormatCodeQuality, fs, Summary{}, nil); err != nil {
		t.Fatal(err)
	}
	var issues []struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path      string `json:"path"`
			Positions struct {
				Begin struct{ Line, Column int } `json:"begin"`
			} `json:"positions"`
		} `json:"location"`
	}
	if err := json.Unmarshal(b.Bytes(), &issues); err != nil {
		t.Fatal(err)
	}
	if len(issues) != len(fs) {
		t.Fatalf("%d issues, want %d", len(issues), len(fs))
	}
	prints := map[string]bool{}
	for i, is := range issues {
		f := fs[i]
		if is.Location.Path != filepath.ToSlash(f.File) || is.Location.Positions.Begin.Line != f.Line || is.Location.Positions.Begin.Column != f.Column {
			t.Errorf("issue %d at %s:%d:%d, want %s:%d:%d", i, is.Location.Path, is.Location.Positions.Begin.Line, is.Location.Positions.Begin.Column, f.File, f.Line, f.Column)
		}
		if is.CheckName != "bitext/"+f.Rule || is.Description == "" {
			t.Errorf("issue %d: check %q, description %q", i, is.CheckName, is.Description)
		}
		if want := map[Severity]string{Error: "major", Warning: "minor"}[f.Severity]; is.Severity != want {
			t.Errorf("issue %d: severity %q, want %q", i, is.Severity, want)
		}
		if prints[is.Fingerprint] {
			t.Errorf("issue %d: fingerprint %s repeated", i, is.Fingerprint)
		}
		prints[is.Fingerprint] = true
	}
	// A finding keeps its fingerprint when lines above it move.
	moved := sample()
	moved[0].Line += 3
	var b2 bytes.Buffer
	Write(&b2, FormatCodeQuality, moved, Summary{}, nil)
	var again []struct{ Fingerprint string }
	json.Unmarshal(b2.Bytes(), &again)
	if again[0].Fingerprint != issues[0].Fingerprint {
		t.Error("the fingerprint changed with the line number")
	}
}
