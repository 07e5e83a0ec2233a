package checkeval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/check"
)

// TestJudgedLineDates checks a set without document ids (KPC's layout): a
// pair of a stretch of linedates= is checked on that stretch's day, the
// others on the set's date=; and a headline's month (YYYY.MM at the end of
// a line) is no day for the pairs after it, which may be of another story
// (kpc-test 1878, read at the 2005.09 of the headline at 1873 until
// session 23). Helper D2, session 23. Our own sentences.
func TestJudgedLineDates(t *testing.T) {
	const gloss = "id,type,lang,term,status,case,short,note,from,until,form_from,form_until\n" +
		"hong,person,ko,홍길동,preferred,,,,,,,\n" +
		"hong,person,en,Hong Gil-dong,preferred,,,,,,,\n" +
		"hong,person,en,Judge Hong Gil-dong,admitted,,,,,,2001-05-30,2006-10-05\n"
	const pair = "판사가 그렇게 말했다.\tJudge Hong Gil-dong said so.\n"
	const file = "새 법원 문을 열다.2005.09\tA new court opened.\n" + pair + "x\tx\n" + pair + "x\tx\n" + pair
	for _, tc := range []struct {
		name, option, dates string
		want                []string // lines of the file with a deprecated-term finding
	}{
		{"no linedates: the headline's month is not carried", "", "", []string{"2", "4", "6"}},
		{"one stretch dated", "\tlinedates=l.tsv", "# c\n1\t3\t2005-09-15\tthe headline's 2005.09, mid-month\n", []string{"4", "6"}},
		{"two stretches, one after form_until", "\tlinedates=l.tsv", "1\t2\t2005-09-15\ta\n4\t5\t2006-10-06\tb\n6\t6\t2006-10-05\tc\n", []string{"4"}},
		{"a stretch past the file", "\tlinedates=l.tsv", "7\t90\t2005-09-15\ta\n", []string{"2", "4", "6"}},
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
			got, out := judgedDeprecated(t, files, dir, shared, "k")
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("deprecated-term on lines %v, want %v\n%s", got, tc.want, out)
			}
		})
	}
}

// TestReadLineDates: a linedates= file's stretches, and its syntax errors
// naming the file and line, in sets.tsv's option and through a run.
func TestReadLineDates(t *testing.T) {
	got, err := ReadLineDates(strings.NewReader("# c\n\n1\t5\t2005-09-15\theadline 2005.09\n7\t7\t2007-12-01\ta dateline\n"), "l.tsv")
	if err != nil || len(got) != 2 || got[0].First != 1 || got[0].Last != 5 || got[1].Date.Format("2006-01-02") != "2007-12-01" {
		t.Fatalf("ReadLineDates = %v, %v", got, err)
	}
	for _, tc := range []struct {
		text string
		line int
	}{
		{"1\t5\t2005-09-15\n", 1},                           // no comment
		{"1\t5\t2005-09-15\t \n", 1},                        // an empty comment
		{"# c\n1\t5\t2005-13-15\tc\n", 2},                   // no such month
		{"1\t5\t2005-09-15\tc\n5\t4\t2005-09-15\tc\n", 2},   // last before first
		{"1\t5\t2005-09-15\tc\nx\t9\t2005-09-15\tc\n", 2},   // not a number
		{"1\t5\t2005-09-15\tc\n\n5\t9\t2006-01-01\tc\n", 3}, // overlap
		{"0\t5\t2005-09-15\tc\n", 1},                        // no line 0
	} {
		_, err := ReadLineDates(strings.NewReader(tc.text), "l.tsv")
		var se *check.SyntaxError
		if !errors.As(err, &se) || se.File != "l.tsv" || se.Line != tc.line {
			t.Errorf("ReadLineDates(%q) = %v, want a syntax error at l.tsv:%d", tc.text, err, tc.line)
		}
	}
	sets, err := ReadJudgedSets(strings.NewReader("dev\tk\tc/k.tsv\tpairs\tall\tdate=2008-07-28\tlinedates=kd.tsv\n"), filepath.Join("judged", "sets.tsv"))
	if err != nil || len(sets) != 1 || sets[0].LineDates != filepath.Join("judged", "kd.tsv") {
		t.Fatalf("ReadJudgedSets with linedates= = %+v, %v", sets, err)
	}
	for _, bad := range []string{"linedates=", "linedates=/abs/l.tsv"} {
		_, err := ReadJudgedSets(strings.NewReader("dev\tk\tc/k.tsv\tpairs\tall\t"+bad+"\n"), "sets.tsv")
		var se *check.SyntaxError
		if !errors.As(err, &se) || se.File != "sets.tsv" || se.Line != 1 {
			t.Errorf("ReadJudgedSets with %q = %v, want a syntax error at sets.tsv:1", bad, err)
		}
	}
	dir, shared := t.TempDir(), t.TempDir()
	for name, text := range map[string]string{
		filepath.Join(dir, "l.tsv"):    "1\t1\t2005-09-15\tc\n2\t2\t2005-09-31\tc\n",
		filepath.Join(shared, "p.tsv"): "가\tA\n나\tB\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err = LoadJudgedPairs(shared, JudgedSet{File: "p.tsv", Layout: "pairs", Select: "all", LineDates: filepath.Join(dir, "l.tsv")})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "l.tsv")+":2") {
		t.Errorf("LoadJudgedPairs with a bad linedates file: %v, want its file and line 2", err)
	}
}
