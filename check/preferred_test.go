package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/check/internal/gen"
	"bitext/glossary"
)

// TestPreferredIn compares preferredIn with Glossary.Preferred on every
// entry of a generated glossary and on entries whose terms are in regional
// variants, admitted only or deprecated only, for several languages.
func TestPreferredIn(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(gen.Glossary(300, 1)), glossary.FormatCSV, "gen.csv")
	if err != nil {
		t.Fatal(err)
	}
	us, gb := language.MustParse("en-US"), language.MustParse("en-GB")
	term := func(text string, lang language.Tag, st glossary.Status) *glossary.Term {
		return &glossary.Term{Text: text, Lang: lang, Status: st}
	}
	entries := append(g.Entries,
		&glossary.Entry{ID: "variants", Terms: []*glossary.Term{term("서울", language.Korean, glossary.Preferred),
			term("Soul", us, glossary.Deprecated), term("Seoul", gb, glossary.Admitted), term("Seoul City", us, glossary.Preferred)}},
		&glossary.Entry{ID: "admitted", Terms: []*glossary.Term{term("a", language.English, glossary.Admitted), term("b", language.English, glossary.Admitted)}},
		&glossary.Entry{ID: "deprecated", Terms: []*glossary.Term{term("c", language.English, glossary.Deprecated)}},
		&glossary.Entry{ID: "none"},
	)
	found := 0
	for _, lang := range []language.Tag{language.English, us, gb, language.Korean, language.Japanese} {
		base, _ := lang.Base()
		for _, e := range entries {
			want := g.Preferred(e, lang)
			if got := preferredIn(e, lang, base); got != want {
				t.Errorf("%s in %s: preferredIn = %v, want %v", e.ID, lang, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no entry has a preferred term: nothing compared")
	}
}

// TestAppendPair checks that appendPair after other findings appends what
// Pair gives alone.
func TestAppendPair(t *testing.T) {
	csv := gen.Glossary(300, 1)
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	ko, en := gen.Pairs(g, gen.Articles(csv, 20, 3000, 1))
	var all []Finding
	n := 0
	for i := range ko {
		pr := Pair{Source: ko[i], Target: en[i], SourceLang: language.Korean, TargetLang: language.English, SourceLine: i + 1, SourceCol: 1, TargetLine: i + 1, TargetCol: 1, Unit: "u"}
		alone := c.Pair("p.tsv", pr)
		before := len(all)
		all = c.appendPair(all, "p.tsv", pr)
		if got := all[before:]; len(got) != len(alone) {
			t.Fatalf("pair %d: %d findings appended, Pair gives %d", i, len(got), len(alone))
		}
		for j, f := range alone {
			if g := all[before+j]; g.Line != f.Line || g.Column != f.Column || g.Rule != f.Rule || g.Found != f.Found || g.Unit != f.Unit || g.MessageID != f.MessageID {
				t.Errorf("pair %d finding %d: %+v, Pair gives %+v", i, j, g, f)
			}
		}
		n = len(all)
	}
	if n == 0 {
		t.Fatal("no findings: nothing compared")
	}
}

// TestCheckFilesGathers checks that CheckFiles, which gathers the
// findings of every file in one slice (TSV files pair by pair), gives
// those of File for each file in turn, with a header line in each TSV file
// and an article between them.
func TestCheckFilesGathers(t *testing.T) {
	csv := gen.Glossary(300, 1)
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		t.Fatal(err)
	}
	arts := gen.Articles(csv, 12, 3000, 1)
	ko, en := gen.Pairs(g, arts)
	flat := strings.NewReplacer("\n", " ", "\t", " ", "\r", " ")
	dir := t.TempDir()
	var files []string
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for f := range 3 {
		var b strings.Builder
		b.WriteString("# pairs\nko\ten\n")
		for i := f * 4; i < f*4+4; i++ {
			b.WriteString(flat.Replace(ko[i]) + "\t" + flat.Replace(en[i]) + "\n")
		}
		write(fmt.Sprintf("p%d.tsv", f), b.String())
		write(fmt.Sprintf("a%d.txt", f), arts[f])
	}
	c := New(g)
	got, err := c.CheckFiles(files, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want []Finding
	for _, f := range files {
		fs, err := c.File(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, fs...)
	}
	if len(want) == 0 || !strings.HasSuffix(want[0].File, ".tsv") {
		t.Fatal("no findings in the first TSV file: nothing compared")
	}
	if len(got) != len(want) {
		t.Fatalf("CheckFiles gives %d findings, File %d", len(got), len(want))
	}
	for i := range want {
		if g, w := got[i], want[i]; g.File != w.File || g.Line != w.Line || g.Column != w.Column || g.Rule != w.Rule || g.Found != w.Found || g.MessageID != w.MessageID {
			t.Errorf("finding %d: %+v, File gives %+v", i, g, w)
		}
	}
}
