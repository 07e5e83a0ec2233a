package checkeval

import (
	"path/filepath"
	"strings"
	"testing"

	"bitext/check"
)

// FuzzVerdicts: the verdicts and sets files of a judged folder give
// verdicts or a *check.SyntaxError, never a panic.
func FuzzVerdicts(f *testing.F) {
	for _, s := range []string{
		"kpc\t12\tnumber-mismatch\tsource\t\t5\treal\tnote\n",
		"# c\nkpc\t12\tnumber-mismatch\tsource\t\t5\tfalse\n",
		"dev\tn\tc/n.tsv\tpairs\teven-docs\tdocs=c/d.txt\tdate=2018-11-01\tfirst=3\n",
		"g2\tn\tc/n.tsv\tpairs\tall\tglossary=house2.csv|d.tsv\trules=near-miss\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		vs, err := ReadVerdicts(strings.NewReader(s), "v.tsv")
		if _, ok := err.(*check.SyntaxError); err != nil && !ok && !strings.Contains(err.Error(), "token too long") {
			t.Fatalf("ReadVerdicts: error %v is not a *check.SyntaxError", err)
		}
		for _, v := range vs {
			if v.Line < 1 || v.FileLine < 1 {
				t.Fatalf("verdict %+v", v)
			}
		}
		sets, err := ReadJudgedSets(strings.NewReader(s), "sets.tsv")
		if _, ok := err.(*check.SyntaxError); err != nil && !ok && !strings.Contains(err.Error(), "token too long") {
			t.Fatalf("ReadJudgedSets: error %v is not a *check.SyntaxError", err)
		}
		for _, x := range sets {
			if x.Layout != "pairs" && x.Layout != "para" || x.First < 0 || len(x.Glossary) > 0 && len(x.Convert) > 0 {
				t.Fatalf("set %+v", x)
			}
			for _, g := range x.Glossary {
				if g == "" || filepath.IsAbs(g) {
					t.Fatalf("set %+v: glossary path %q", x, g)
				}
			}
		}
	})
}
