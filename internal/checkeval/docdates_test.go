package checkeval

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/glossary"
	"bitext/locales"
)

// TestJudgedDocDates checks that a set with docdates= checks each listed
// document on its own day and the others on the set's date=: a title
// right on its story's day is no deprecated-term finding, the same title
// in an undated story of the set's later date is. Session 22, helper D1.
// Our own sentences.
func TestJudgedDocDates(t *testing.T) {
	const gloss = "id,type,lang,term,status,case,short,note,from,until,form_from,form_until\n" +
		"hong,person,ko,홍길동,preferred,,,,,,,\n" +
		"hong,person,en,Hong Gil-dong,preferred,,,,,,,\n" +
		"hong,person,en,Judge Hong Gil-dong,admitted,,,,,,2006-05-30,2018-10-05\n"
	const pair = "판사 홍길동이 말했다.\tJudge Hong Gil-dong said so.\n"
	for _, tc := range []struct {
		name, option, dates string
		want                []string // lines of the file with a deprecated-term finding
	}{
		{"no docdates", "", "", []string{"1", "3", "5"}},
		{"one story dated before form_until", "\tdocdates=d.tsv", "# comment\nstory.a\t2018-09-28\n", []string{"3", "5"}},
		{"two dated, one after", "\tdocdates=d.tsv", "story.a\t2018-09-28\nstory.b\t2018-10-05\nstory.c\t2018-10-06\n", []string{"5"}},
		{"a document not in the set", "\tdocdates=d.tsv", "other\t2018-09-28\n", []string{"1", "3", "5"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, shared := t.TempDir(), t.TempDir()
			files := map[string]string{
				filepath.Join(dir, "GLOSSARY"):     "house.csv\n",
				filepath.Join(dir, "house.csv"):    gloss,
				filepath.Join(dir, "sets.tsv"):     "dev\tn\tp.tsv\tpairs\teven-docs\tdocs=d.txt\tdate=2018-11-01" + tc.option + "\n",
				filepath.Join(shared, "p.tsv"):     pair + "x\tx\n" + pair + "x\tx\n" + pair,
				filepath.Join(shared, "d.txt"):     "story.a\nskip.1\nstory.b\nskip.2\nstory.c\n",
				filepath.Join(dir, "d.tsv"):        tc.dates,
				filepath.Join(dir, "verdicts.tsv"): "",
			}
			got, out := judgedDeprecated(t, files, dir, shared, "n")
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("deprecated-term on lines %v, want %v\n%s", got, tc.want, out)
			}
		})
	}
}

func loadFiles(files []string) (*glossary.Glossary, error) {
	var gs []*glossary.Glossary
	for _, f := range files {
		g, err := glossary.Load(f)
		if err != nil {
			return nil, err
		}
		gs = append(gs, g)
	}
	g, _ := glossary.Merge(gs...)
	return g, nil
}

// TestReadDocDates: a docdates= file's days, and its syntax errors naming
// file and line.
func TestReadDocDates(t *testing.T) {
	got, err := ReadDocDates(strings.NewReader("# c\n\nbbc.1\t2018-10-06\nrt.2\t2018-11-07\n"), "d.tsv")
	if err != nil || len(got) != 2 || !got["bbc.1"].Equal(time.Date(2018, 10, 6, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("ReadDocDates = %v, %v", got, err)
	}
	for _, tc := range []struct {
		text string
		line int
	}{
		{"bbc.1\t2018-10-06\nrt.2\t6 Oct 2018\n", 2},
		{"# c\nbbc.1 2018-10-06\n", 2},
		{"bbc.1\t2018-10-06\tx\n", 1},
		{"bbc.1\t2018-10-06\nbbc.1\t2018-10-07\n", 2},
		{"\t2018-10-06\n", 1},
	} {
		_, err := ReadDocDates(strings.NewReader(tc.text), "d.tsv")
		var se *check.SyntaxError
		if !errors.As(err, &se) || se.File != "d.tsv" || se.Line != tc.line {
			t.Errorf("ReadDocDates(%q) = %v, want a syntax error at d.tsv:%d", tc.text, err, tc.line)
		}
	}
	// sets.tsv: the option resolved against the folder of sets.tsv; an
	// absolute path or an empty one is an error.
	sets, err := ReadJudgedSets(strings.NewReader("dev\tn\tc/n.tsv\tpairs\teven-docs\tdocs=c/d.txt\tdate=2018-11-01\tdocdates=nd.tsv\n"), filepath.Join("judged", "sets.tsv"))
	if err != nil || len(sets) != 1 || sets[0].DocDates != filepath.Join("judged", "nd.tsv") {
		t.Fatalf("ReadJudgedSets = %+v, %v", sets, err)
	}
	for _, bad := range []string{"docdates=", "docdates=/abs/d.tsv"} {
		if _, err := ReadJudgedSets(strings.NewReader("dev\tn\tf\tpairs\tall\t"+bad+"\n"), "sets.tsv"); err == nil {
			t.Errorf("ReadJudgedSets(%q) gave no error", bad)
		}
	}
	// A syntax error in the file, through a run: names the file and line.
	dir, shared := t.TempDir(), t.TempDir()
	for name, text := range map[string]string{
		filepath.Join(dir, "d.tsv"):    "a\t2018-10-06\nb\t2018-13-01\n",
		filepath.Join(shared, "p.tsv"): "가\tA\n",
		filepath.Join(shared, "d.txt"): "a\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = LoadJudgedPairs(shared, JudgedSet{File: "p.tsv", Layout: "pairs", Select: "even-docs", Docs: "d.txt", DocDates: filepath.Join(dir, "d.tsv")})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "d.tsv")+":2") {
		t.Errorf("LoadJudgedPairs with a bad docdates file: %v, want its file and line 2", err)
	}
}

// judgedDeprecated writes files, runs bitext eval check --judged on dir
// and shared, and returns the pair lines of the deprecated-term findings
// of the sets whose name starts with set, and the whole output (the
// docdates= and linedates= tests).
func judgedDeprecated(t *testing.T, files map[string]string, dir, shared, set string) (got []string, out string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	err := Judged(&buf, io.Discard, locales.New(language.English), loadFiles, JudgedOptions{Dir: dir, Shared: shared, MinPrecision: -1, MaxFalse: -1, Unjudged: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(buf.String(), "\n") {
		f := strings.Split(l, "\t")
		if len(f) > 2 && strings.HasPrefix(f[0], set) && f[2] == check.RuleDeprecated {
			got = append(got, f[1])
		}
	}
	return got, buf.String()
}
