package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name, text string
		line, col  int    // of the error; 0 when none
		key        string // of an unknown-key error
		msg        string // substring of the error
	}{
		{name: "empty", text: ""},
		{name: "full", text: `
[languages]
source = "ko"
target = "en"

[glossary]
files = ["glossary/house.tsv"]

[tm]
path = "bitext.tm"
threshold = 70

[output]
dir = "out"
formats = ["xliff", "html"]
naming = "{date}-{name}"

[input]
encoding = "cp949"
`},
		{name: "unknown top key", text: "[tm]\nthreshold = 80\n\nfromats = 1\n", line: 4, col: 1, key: "tm.fromats"},
		{name: "unknown table key", text: "[output]\ndir = \"x\"\n  fromats = [\"tsv\"]\n", line: 3, col: 3, key: "output.fromats"},
		{name: "unknown table", text: "[languages]\nsource = \"ko\"\n[export]\nxliff = true\n", line: 3, col: 1, key: "export"},
		{name: "dotted key", text: "output.dir = \"x\"\noutput.nameing = \"y\"\n", line: 2, col: 1, key: "output.nameing"},
		{name: "quoted key", text: "[output]\n\"formatz\" = []\n", line: 2, col: 1, key: "output.formatz"},
		{name: "after multiline string", text: "[tm]\npath = \"\"\"\nx = 1\n\"\"\"\nx = 2\n", line: 5, col: 1, key: "tm.x"},
		{name: "syntax error", text: "[tm]\npath = = 1\n", line: 2, msg: "bitext.toml:2:"},
		{name: "bad threshold", text: "[tm]\nthreshold = 20\n", msg: "tm.threshold"},
		{name: "bad language", text: "[languages]\nsource = \"korean!\"\n", msg: "languages.source"},
		{name: "bad encoding", text: "[input]\nencoding = \"koi8-r\"\n", msg: "input.encoding"},
		{name: "naming without name", text: "[output]\nnaming = \"{date}\"\n", msg: "output.naming"},
		{name: "naming with slash", text: "[output]\nnaming = \"a/{name}\"\n", msg: "output.naming"},
		{name: "wrong type", text: "[tm]\nthreshold = \"high\"\n", msg: "threshold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig("bitext.toml", []byte(tt.text))
			if tt.line == 0 && tt.msg == "" {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				return
			}
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v, want a *ConfigError", err)
			}
			if tt.line != 0 && ce.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if tt.col != 0 && ce.Col != tt.col {
				t.Errorf("col %d, want %d (%v)", ce.Col, tt.col, err)
			}
			if tt.key != "" && ce.Key != tt.key {
				t.Errorf("key %q, want %q", ce.Key, tt.key)
			}
			if !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "pipeline: bitext.toml") {
				t.Errorf("error %q, want it to contain %q", err, tt.msg)
			}
		})
	}
}

func TestLoadConfigPaths(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bitext.toml")
	os.WriteFile(p, []byte("[glossary]\nfiles = [\"g/house.tsv\"]\n[tm]\npath = \"my.tm\"\n[output]\ndir = \"o\"\n"), 0o644)
	cfg, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Glossary.Files[0], filepath.Join(dir, "g/house.tsv"); got != want {
		t.Errorf("glossary %q, want %q", got, want)
	}
	if cfg.TM.Path != filepath.Join(dir, "my.tm") || cfg.Output.Dir != filepath.Join(dir, "o") {
		t.Errorf("paths not resolved: %+v", cfg)
	}
	if cfg.TM.Threshold != 75 || cfg.Languages.Source != "ko" {
		t.Errorf("defaults lost: %+v", cfg)
	}
}

// The example settings file in the repository parses.
func TestExampleConfig(t *testing.T) {
	if _, err := LoadConfig("../testdata/bitext.toml"); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add("[tm]\nthreshold = 80\n")
	f.Add("[output]\nformats = [\"xliff\"]\nfromats = 1\n")
	f.Add("a.b.\"c\" = 1\n[x.'y']\nz = \"\"\"\n\"\"\"\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, err := ParseConfig("f.toml", []byte(s))
		var ce *ConfigError
		if err != nil && !errors.As(err, &ce) {
			t.Fatalf("error of type %T: %v", err, err)
		}
	})
}
