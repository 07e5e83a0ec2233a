package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/xliff"
)

// pretranslated is an original without an edition, one segment
// pre-filled, as bitext run writes it.
func pretranslated() *article.Article {
	a := &article.Article{Name: "fare", Src: language.Korean, Tgt: language.English,
		Original: &article.Text{Headline: "요금 인상", Byline: "정하늘 기자", Date: "2026-06-02", Paras: []string{"가. 나.", "다."}},
		Source: []article.Segment{{Para: article.HeadlinePara, Text: "요금 인상"}, {Para: 0, Index: 1, Text: "가."},
			{Para: 0, Index: 2, Text: "나."}, {Para: 1, Index: 3, Text: "다."}}}
	a.Source[3].Matches = []article.Match{{Kind: "exact", Score: 100, Source: "다.", Target: "C."}}
	a.MatchSide = article.SourceSide
	a.Pretranslate(75)
	return a
}

// TestBylineUnit: a pretranslated original's byline (Article.BylineSeg) is a
// unit after the headline's, with a byline layout note, its TM matches and
// its pre-fill; the file then has no byline note. Without a match it has no
// target and is to translate.
func TestBylineUnit(t *testing.T) {
	for _, c := range []struct {
		matches    []article.Match
		target     string
		state, sub string
		candidates int
	}{
		{nil, "", xliff.StateInitial, "", 0},
		{[]article.Match{{Kind: "exact", Score: 100, Source: "정하늘 기자", Target: "By Jung Ha-neul"}}, "By Jung Ha-neul", xliff.StateTranslated, "bitext:exact", 1},
		{[]article.Match{{Kind: "fuzzy", Score: 80, Source: "정하늘 기자 외", Target: "By Jung Ha-neul and others"}}, "By Jung Ha-neul and others", xliff.StateInitial, SubStateFuzzy, 1},
	} {
		a := &article.Article{Name: "fare", Src: language.Korean, Tgt: language.English,
			Original:  &article.Text{Headline: "요금 인상", Byline: "정하늘 기자", Date: "2026-06-02", Paras: []string{"가."}},
			Source:    []article.Segment{{Para: article.HeadlinePara, Text: "요금 인상"}, {Para: 0, Index: 1, Text: "가."}},
			BylineSeg: &article.Segment{Para: article.BylinePara, Text: "정하늘 기자", Matches: c.matches}}
		a.MatchSide = article.SourceSide
		a.Pretranslate(75)
		doc := XLIFFDocument(a, nil, xliff.Version21)
		us := doc.Files[0].Units
		if len(us) != 3 || us[0].ID != "u1" || us[1].ID != BylineUnitID || us[2].ID != "u2" {
			t.Fatalf("units %+v, want u1, byline, u2", us)
		}
		u := us[1]
		if p, ok, _ := UnitLayout(u.Notes); !ok || p != BylinePara {
			t.Errorf("byline unit layout %d, %v", p, ok)
		}
		if u.Source != "정하늘 기자" || u.Target != c.target || u.State != c.state || u.SubState != c.sub || len(u.Matches) != c.candidates {
			t.Errorf("byline unit %+v, want target %q, state %s/%s", u, c.target, c.state, c.sub)
		}
		if b, d, _ := FileLayout(doc.Files[0].Notes); b != "" || d != "2026-06-02" {
			t.Errorf("file layout %q, %q: want no byline note (the unit has it) and the date", b, d)
		}
	}
}

// TestLayoutNotes: a pretranslated original's XLIFF carries its layout,
// which UnitLayout and FileLayout read back; an aligned article's has none.
func TestLayoutNotes(t *testing.T) {
	for _, v := range []string{xliff.Version21, xliff.Version12} {
		var b bytes.Buffer
		write := WriteXLIFF
		if v == xliff.Version12 {
			write = WriteXLIFF12
		}
		if err := write(&b, pretranslated(), nil); err != nil {
			t.Fatal(err)
		}
		doc, err := xliff.Decode(&b)
		if err != nil {
			t.Fatal(err)
		}
		f := doc.Files[0]
		byline, date, found := FileLayout(f.Notes)
		if byline != "정하늘 기자" || date != "2026-06-02" || !found {
			t.Errorf("%s: file layout %q, %q, %v", v, byline, date, found)
		}
		var paras []int
		for _, u := range f.Units {
			p, ok, bad := UnitLayout(u.Notes)
			if !ok || bad != "" {
				t.Errorf("%s: unit %s: no layout (%s)", v, u.ID, bad)
			}
			paras = append(paras, p)
		}
		if want := []int{article.HeadlinePara, 0, 0, 1}; !equalInts(paras, want) {
			t.Errorf("%s: paragraphs %v, want %v", v, paras, want)
		}
	}
	for _, u := range XLIFFUnits(sampleDoc(), nil) {
		if _, ok, _ := UnitLayout(u.Notes); ok {
			t.Errorf("aligned article: unit %s has a layout note", u.ID)
		}
	}
	for _, c := range []struct {
		value string
		para  int
		ok    bool
		bad   bool
	}{
		{"headline", article.HeadlinePara, true, false},
		{" paragraph 12 ", 11, true, false},
		{"paragraph 0", 0, false, true},
		{"paragraph x", 0, false, true},
		{"byline: x", 0, false, true},
		{" byline ", BylinePara, true, false},
	} {
		p, ok, bad := UnitLayout([]xliff.Note{{Category: "other", Value: "headline"}, {Category: LayoutCategory, Value: c.value}})
		if p != c.para || ok != c.ok || (bad != "") != c.bad {
			t.Errorf("UnitLayout(%q) = %d, %v, %q", c.value, p, ok, bad)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestLayoutSchemas: the layout notes keep the files valid XLIFF 2.1 (core
// and modules) and 1.2 strict (skipped without xmllint and BITEXT_SCHEMAS).
func TestLayoutSchemas(t *testing.T) {
	dir := os.Getenv("BITEXT_SCHEMAS")
	xmllint, err := exec.LookPath("xmllint")
	if dir == "" || err != nil {
		t.Skip("BITEXT_SCHEMAS not set or xmllint not on PATH")
	}
	tmp := t.TempDir()
	for _, c := range []struct {
		write  func(*bytes.Buffer) error
		schema string
	}{
		{func(b *bytes.Buffer) error { return WriteXLIFF(b, pretranslated(), nil) }, filepath.Join(dir, "samples", "xliff21-modules-driver.xsd")},
		{func(b *bytes.Buffer) error { return WriteXLIFF12(b, pretranslated(), nil) }, filepath.Join(dir, "xliff-1.2", "xliff-core-1.2-strict.xsd")},
	} {
		var b bytes.Buffer
		if err := c.write(&b); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(tmp, "fare.xlf")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", c.schema, p).CombinedOutput(); err != nil {
			t.Errorf("does not validate against %s: %s", c.schema, out)
		}
	}
}
