package checkeval

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/glossary"
	"bitext/locales"
)

// TestJudgedStretchContext checks the English context of a pair of a set
// without document ids (KPC's layout): a pair in a stretch of linedates=
// reads the English of its stretch before it, however far back, as a pair
// of an article does (a person named five sentences back and then "the
// commissioner" is no finding); a pair in no stretch, or every pair with
// context=window, reads the three pairs before it; and the three pairs
// before a stretch's first pairs stay in their context. Session 25,
// helper T72. Our own sentences.
func TestJudgedStretchContext(t *testing.T) {
	const gloss = "id,type,lang,term,status,case,short,note\n" +
		"hong,person,ko,홍길동 위원장,preferred,,,\n" +
		"hong,person,ko,홍 위원장,admitted,,,\n" +
		"hong,person,en,Hong Gil-dong,preferred,,Hong,\n"
	const named = "홍길동 위원장이 회의를 열었다.\tChairman Hong Gil-dong opened the meeting.\n"
	const filler = "날씨가 맑았다.\tIt was sunny.\n"
	const said = "홍 위원장은 모두가 평등하다고 말했다.\tThe commissioner said that all are equal.\n"
	// Lines: 1 named, 2-5 filler, 6 said, 7 filler, 8 named, 9 filler, 10 said.
	const file = named + filler + filler + filler + filler + said + filler + named + filler + said
	for _, tc := range []struct {
		name, option, dates string
		want                []string // lines with a target-term-missing finding
	}{
		{"no linedates: three pairs back", "", "", []string{"6"}},
		{"a stretch from the naming on", "\tlinedates=l.tsv", "1\t6\t2008-07-28\ta\n", nil},
		{"context=window", "\tlinedates=l.tsv\tcontext=window", "1\t6\t2008-07-28\ta\n", []string{"6"}},
		{"context=stretch", "\tlinedates=l.tsv\tcontext=stretch", "1\t6\t2008-07-28\ta\n", nil},
		{"the naming before the stretch", "\tlinedates=l.tsv", "2\t6\t2008-07-28\ta\n", []string{"6"}},
		{"the three pairs before a stretch's start stay", "\tlinedates=l.tsv", "1\t6\t2008-07-28\ta\n9\t10\t2008-07-28\tb\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, shared := t.TempDir(), t.TempDir()
			files := map[string]string{
				filepath.Join(dir, "GLOSSARY"):     "house.csv\n",
				filepath.Join(dir, "house.csv"):    gloss,
				filepath.Join(dir, "sets.tsv"):     "dev\tk\tp.tsv\tpairs\tall\tdate=2008-07-28" + tc.option + "\n",
				filepath.Join(shared, "p.tsv"):     file,
				filepath.Join(dir, "l.tsv"):        tc.dates,
				filepath.Join(dir, "verdicts.tsv"): "",
			}
			got, out := judgedRule(t, files, dir, shared, "k", check.RuleTargetMissing)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("target-term-missing on lines %v, want %v\n%s", got, tc.want, out)
			}
		})
	}
}

// TestContextOption: context= takes stretch or window; another value is a
// syntax error naming the file and line.
func TestContextOption(t *testing.T) {
	sets, err := ReadJudgedSets(strings.NewReader("dev\tk\tp.tsv\tpairs\tall\tcontext=window\n"), "sets.tsv")
	if err != nil || len(sets) != 1 || sets[0].Context != "window" {
		t.Fatalf("ReadJudgedSets = %v, %v", sets, err)
	}
	_, err = ReadJudgedSets(strings.NewReader("# c\ndev\tk\tp.tsv\tpairs\tall\tcontext=article\n"), "sets.tsv")
	var se *check.SyntaxError
	if !errors.As(err, &se) || se.Line != 2 || !strings.Contains(err.Error(), "context=") {
		t.Errorf("context=article: err %v, want a syntax error at line 2", err)
	}
}

// judgedRule runs Judged on files (written first) and returns the lines of
// set's findings of rule, in the order reported.
func judgedRule(t *testing.T, files map[string]string, dir, shared, set, rule string) (got []string, out string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	err := Judged(&buf, io.Discard, locales.New(language.English), loadFiles, JudgedOptions{Dir: dir, Shared: shared, MinPrecision: -1, MaxFalse: -1, Unjudged: true, Missing: []glossary.Type{glossary.Person}})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(buf.String(), "\n") {
		f := strings.Split(l, "\t")
		if len(f) > 2 && f[0] == set && f[2] == rule {
			got = append(got, f[1])
		}
	}
	return got, buf.String()
}
