package checkeval

import (
	"bytes"
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

func TestReadVerdicts(t *testing.T) {
	vs, err := ReadVerdicts(strings.NewReader("# c\nkpc\t12\tnumber-mismatch\tsource\t\t5\treal\ta note\nkpc\t13\tmisaligned\ttarget\t\t\tfalse\n"), "v.tsv")
	if err != nil || len(vs) != 2 || !vs[0].Real || vs[0].Note != "a note" || vs[1].Real || vs[1].Line != 13 {
		t.Fatalf("ReadVerdicts = %+v, %v", vs, err)
	}
	for _, bad := range []string{
		"kpc\t12\tnumber-mismatch\tsource\t\t5\n",           // no verdict
		"kpc\tx\tnumber-mismatch\tsource\t\t5\treal\n",      // line not a number
		"kpc\t12\tnumber-mismatch\tsource\t\t5\tmaybe\n",    // unknown verdict
		"a\t1\tr\ts\tt\tf\treal\na\t1\tr\ts\tt\tf\tfalse\n", // judged twice
	} {
		if _, err := ReadVerdicts(strings.NewReader(bad), "v.tsv"); err == nil {
			t.Errorf("ReadVerdicts(%q) gave no error", bad)
		}
	}
}

func TestReadJudgedSets(t *testing.T) {
	sets, err := ReadJudgedSets(strings.NewReader("dev\tn\tc/n.tsv\tpairs\teven-docs\tdocs=c/d.txt\tdate=2018-11-01\nheld-out\tk\tc/k.tsv\tpairs\tall\tfirst=500\n"), "sets.tsv")
	if err != nil || len(sets) != 2 || sets[0].Docs != "c/d.txt" || sets[0].Date.Year() != 2018 || sets[1].First != 500 {
		t.Fatalf("ReadJudgedSets = %+v, %v", sets, err)
	}
	sets, err = ReadJudgedSets(strings.NewReader("g\tn\tc/n.tsv\tpairs\tall\tconvert=g/a.tsv|g/b.tsv\trules=near-miss,target-term-missing\n"), "sets.tsv")
	if err != nil || len(sets) != 1 || len(sets[0].Convert) != 2 || sets[0].Convert[1] != "g/b.tsv" || len(sets[0].Rules) != 2 {
		t.Fatalf("ReadJudgedSets = %+v, %v", sets, err)
	}
	sets, err = ReadJudgedSets(strings.NewReader("g2\tn\tc/n.tsv\tpairs\tall\tglossary=house2.csv|desk/d.tsv\n"), "sets.tsv")
	if err != nil || len(sets) != 1 || len(sets[0].Glossary) != 2 || sets[0].Glossary[1] != "desk/d.tsv" || len(sets[0].Convert) != 0 {
		t.Fatalf("ReadJudgedSets = %+v, %v", sets, err)
	}
	_, err = ReadJudgedSets(strings.NewReader("g2\tn\tf\tpairs\tall\tdate=2008-07-28\tglosary=h.csv\n"), "sets.tsv")
	if se, ok := err.(*check.SyntaxError); !ok || se.Line != 1 || se.Col != len("g2\tn\tf\tpairs\tall\tdate=2008-07-28\t")+1 || !strings.Contains(se.Msg, "glosary=h.csv") {
		t.Errorf("a mistyped option: %v, want sets.tsv:1:%d naming it", err, len("g2\tn\tf\tpairs\tall\tdate=2008-07-28\t")+1)
	}
	for _, bad := range []string{"g\tn\tf\tpairs\tall\tglossary=a.csv\tconvert=b.tsv\n", "g\tn\tf\tpairs\tall\tglossary=a.csv||b.csv\n", "g\tn\tf\tpairs\tall\tglossary=/abs/a.csv\n"} {
		if _, err := ReadJudgedSets(strings.NewReader(bad), "sets.tsv"); err == nil {
			t.Errorf("ReadJudgedSets(%q) gave no error", bad)
		}
	}
	for _, bad := range []string{"dev\tn\tf\tpairs\n", "dev\tn\tf\tcsv\tall\n", "dev\tn\tf\tpairs\todd-docs\n", "dev\tn\tf\tpairs\tall\tdate=2018\n", "dev\tn\tf\tpairs\tall\tfirst=0\n", "dev\tn\tf\tpairs\tall\trules=near-miss,no-such-rule\n", "g2\tn\tf\tpairs\tall\tglosary=house2.csv\n", "g2\tn\tf\tpairs\tall\tdate=2008-07-28\tfirst\n"} {
		if _, err := ReadJudgedSets(strings.NewReader(bad), "sets.tsv"); err == nil {
			t.Errorf("ReadJudgedSets(%q) gave no error", bad)
		}
	}
}

func TestEvaluateJudged(t *testing.T) {
	sets := []JudgedSet{{Part: "dev", Name: "a"}, {Part: "held-out", Name: "b"}}
	f := func(set, unit, rule, found string) check.Finding {
		return check.Finding{File: set, Unit: unit, Rule: rule, Found: found, Side: check.SideSource}
	}
	got := []check.Finding{
		f("a", "1", check.RuleNumberMismatch, "5"),         // real
		f("a", "2", check.RuleNumberMismatch, "6"),         // false
		f("a#article", "3", check.RuleFirstMention, "Kim"), // real, article pass
		f("b", "1", check.RuleNumberMismatch, "7"),         // no verdict
		f("b", "1", check.RuleNumberMismatch, "7"),         // the same key again
	}
	vs := []Verdict{
		{Set: "a", Line: 1, Rule: check.RuleNumberMismatch, Side: check.SideSource, Found: "5", Real: true},
		{Set: "a", Line: 2, Rule: check.RuleNumberMismatch, Side: check.SideSource, Found: "6"},
		{Set: "a#article", Line: 3, Rule: check.RuleFirstMention, Side: check.SideSource, Found: "Kim", Real: true},
		{Set: "a", Line: 9, Rule: check.RuleNumberMismatch, Side: check.SideSource, Found: "9", Real: true}, // no longer found
		{Set: "b", Line: 4, Rule: check.RuleNumberMismatch, Side: check.SideSource, Found: "1"},             // fixed false alarm
	}
	res := EvaluateJudged(sets, map[string]int{"dev": 1000, "held-out": 10}, got, vs)
	var dev, ho JudgedScore
	for _, s := range res.Scores {
		if s.Rule == "all" && s.Part == "dev" {
			dev = s
		}
		if s.Rule == "all" && s.Part == "held-out" {
			ho = s
		}
	}
	if dev.Findings != 3 || dev.Real != 2 || dev.False != 1 || dev.Missed != 1 || dev.Unjudged != 0 {
		t.Errorf("dev = %+v", dev)
	}
	if p, r := dev.Precision(), dev.Recall(); p != 2.0/3 || r != 2.0/3 {
		t.Errorf("dev precision %v recall %v", p, r)
	}
	if ho.Findings != 2 || ho.Unjudged != 2 || ho.Real+ho.False != 0 || len(res.Unjudged) != 2 || len(res.Missed) != 1 {
		t.Errorf("held-out = %+v, unjudged %d, missed %d", ho, len(res.Unjudged), len(res.Missed))
	}
	if got := FormatVerdict(got[0]); got != "a\t1\tnumber-mismatch\tsource\t\t5" {
		t.Errorf("FormatVerdict = %q", got)
	}
}

func TestConfidentAndDropPairs(t *testing.T) {
	for _, c := range []struct {
		ko, en string
		want   bool
	}{
		{"정부는 내년 예산을 늘린다.", "The government will raise the budget.", true},
		{"정부는 내년 예산을 늘린다.", "Budget.", false},                                                             // far too short
		{"예산", "The government will raise next year's budget, officials said on Monday in Seoul.", false}, // far too long
		{"트럼프(Trump) 대통령이 말했다.", "President Trump said.", true},                                           // the bracketed gloss is left out
	} {
		if got := (JudgedPair{Source: c.ko, Target: c.en}).Confident(); got != c.want {
			t.Errorf("Confident(%q, %q) = %v, want %v", c.ko, c.en, got, c.want)
		}
	}
	got := []check.Finding{{File: "a", Unit: "1"}, {File: "a#article", Unit: "1"}, {File: "a", Unit: "2"}}
	vs := []Verdict{{Set: "a", Line: 1}, {Set: "a#article", Line: 1}, {Set: "a", Line: 2}, {Set: "b", Line: 1}}
	fs, vs := DropPairs(got, vs, map[string]bool{PairKey("a", 1): true})
	if len(fs) != 1 || fs[0].Unit != "2" || len(vs) != 2 || vs[0].Line != 2 || vs[1].Set != "b" {
		t.Errorf("DropPairs = %+v, %+v", fs, vs)
	}
}

// TestJudgedSetGlossary checks that a set with glossary= is checked with
// that glossary of the folder, not with GLOSSARY's, and that the other sets
// keep GLOSSARY's. Our own sentences.
func TestJudgedSetGlossary(t *testing.T) {
	dir, shared := t.TempDir(), t.TempDir()
	files := map[string]string{
		filepath.Join(dir, "GLOSSARY"):  "house.csv\n",
		filepath.Join(dir, "house.csv"): "id,type,lang,term,status\nhong,person,ko,홍길동,preferred\nhong,person,en,Hong Gil-dong,preferred\n",
		filepath.Join(dir, "two.csv"):   "id,type,lang,term,status\nkim,person,ko,김철수,preferred\nkim,person,en,Kim Chul-soo,preferred\n",
		filepath.Join(dir, "sets.tsv"):  "dev\thouse\tp.tsv\tpairs\tall\ng2\ttwo\tp.tsv\tpairs\tall\tglossary=two.csv\n",
		filepath.Join(shared, "p.tsv"):  "홍길동은 김철수를 만났다.\tThe minister met a lawmaker.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	load := func(files []string) (*glossary.Glossary, error) {
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
	var out bytes.Buffer
	err := Judged(&out, io.Discard, locales.New(language.English), load, JudgedOptions{Dir: dir, Shared: shared, MinPrecision: -1, MaxFalse: -1, Unjudged: true, Missing: []glossary.Type{glossary.Person}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"house\t1\ttarget-term-missing\ttarget\thong\t", "two\t1\ttarget-term-missing\ttarget\tkim\t"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in\n%s", want, out.String())
		}
	}
	for _, not := range []string{"house\t1\ttarget-term-missing\ttarget\tkim", "two\t1\ttarget-term-missing\ttarget\thong"} {
		if strings.Contains(out.String(), not) {
			t.Errorf("%q in\n%s", not, out.String())
		}
	}
}
