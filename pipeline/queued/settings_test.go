package queued_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/pipeline/queued"
)

// TestSameRunWhateverTheSpelling: the spellings of issue #13 (relative and
// absolute --config, --out and --tm, the password in the URL or in
// PGPASSWORD, a URL or a keyword/value DSN, --formats given or the
// config's) resolve to one run id; settings that change the outputs do
// not.
func TestSameRunWhateverTheSpelling(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("bitext.toml", []byte("[output]\nformats = [\"html\", \"tsv\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Mkdir("sub", 0o755)
	abs := func(p string) string { return filepath.Join(dir, p) }
	const url = "postgres://desk:s3cret@db.example:5432/bitext?sslmode=disable&search_path=desk,public"
	const noPass = "postgres://desk@db.example/bitext?search_path=desk%2C%20public&sslmode=disable"
	const keyword = "host=db.example port=5432 dbname=bitext user=desk password=s3cret search_path='desk,public'"
	base := queued.Options{Config: "bitext.toml", Out: "out", TM: url}
	id := func(t *testing.T, o queued.Options, env map[string]string) string {
		t.Helper()
		for k, v := range env {
			t.Setenv(k, v)
		}
		s, err := queued.Resolve(o)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(s.JSON(), "s3cret") {
			t.Fatalf("the settings hold the password: %s", s.JSON())
		}
		return s.RunID("")
	}
	want := id(t, base, nil)
	same := []struct {
		name string
		o    queued.Options
		env  map[string]string
	}{
		{"absolute config and out", queued.Options{Config: abs("bitext.toml"), Out: abs("out"), TM: url}, nil},
		{"unclean paths", queued.Options{Config: "sub/../bitext.toml", Out: "./out/", TM: url}, nil},
		{"password in PGPASSWORD", queued.Options{Config: "bitext.toml", Out: "out", TM: noPass}, map[string]string{"PGPASSWORD": "s3cret"}},
		{"keyword DSN", queued.Options{Config: "bitext.toml", Out: "out", TM: keyword}, nil},
		{"no --config: ./bitext.toml", queued.Options{Out: "out", TM: url}, nil},
		{"--formats as in the config", queued.Options{Config: "bitext.toml", Out: "out", TM: url, Formats: "html, tsv"}, nil},
		{"TM from BITEXT_TM", queued.Options{Config: "bitext.toml", Out: "out", Getenv: func(k string) string {
			if k == "BITEXT_TM" {
				return url
			}
			return ""
		}}, nil},
	}
	for _, tc := range same {
		t.Run(tc.name, func(t *testing.T) {
			if got := id(t, tc.o, tc.env); got != want {
				t.Errorf("run %s, want %s", got, want)
			}
		})
	}
	other := []struct {
		name string
		o    queued.Options
	}{
		{"other out", queued.Options{Config: "bitext.toml", Out: "out2", TM: url}},
		{"other database", queued.Options{Config: "bitext.toml", Out: "out", TM: strings.Replace(url, "/bitext?", "/other?", 1)}},
		{"other schema", queued.Options{Config: "bitext.toml", Out: "out", TM: strings.Replace(url, "search_path=desk", "search_path=sports", 1)}},
		{"other formats", queued.Options{Config: "bitext.toml", Out: "out", TM: url, Formats: "html"}},
		{"a glossary", queued.Options{Config: "bitext.toml", Out: "out", TM: url, Glossary: []string{"g.csv"}}},
		{"a TM file", queued.Options{Config: "bitext.toml", Out: "out", TM: "bitext.tm"}},
	}
	for _, tc := range other {
		t.Run(tc.name, func(t *testing.T) {
			if got := id(t, tc.o, nil); got == want {
				t.Errorf("same run %s as the base settings", got)
			}
		})
	}
}

func TestCanonicalTM(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for in, want := range map[string]string{
		"bitext.tm":          filepath.Join(dir, "bitext.tm"),
		"sqlite:./x/../a.tm": filepath.Join(dir, "a.tm"),
		"postgres://kim:pw@db/tm?application_name=x&sslmode=disable": "postgres://kim@db:5432/tm",
		"host=/var/run/postgresql dbname=tm user=kim":                "postgres://kim@/tm?host=%2Fvar%2Frun%2Fpostgresql&port=5432",
	} {
		got, err := queued.CanonicalTM(in)
		if err != nil || got != want {
			t.Errorf("CanonicalTM(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := queued.CanonicalTM("postgres://kim:hunter2@db:notaport/tm"); err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("bad DSN: %v", err)
	}
}
