package check

import (
	"fmt"
	"strings"
	"testing"

	"bitext/lexicon"
)

// Session 17 (helper T13): a TM's lexicon as evidence that a place, body,
// term or title was rendered (tmlexicon.go), on our own sentences with a
// small list and a small lexicon of our own; every entry type is reported
// missing (caseChecker).
const tmLexiconGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
fmd,term,ko,구제역,preferred,,,,,,,,,,,
fmd,term,en,foot-and-mouth disease,preferred,,,,,,,,,,,
nobel-prize,term,ko,노벨상,preferred,,,,,,,,,,,
nobel-prize,term,en,Nobel Prize,preferred,,,,,,,,,,,
fed,organization,ko,연준,preferred,,,,,,,,,,,
fed,organization,en,Federal Reserve,preferred,,,,,,,,,,,
kim-jong-un,person,ko,김정은,preferred,,,,,,,,,,,
salmonella,term,ko,살모넬라균,preferred,,,,,,,,,,,
salmonella,term,en,salmonella,preferred,,,,,,,,,,,
kim-jong-un,person,en,Kim Jong-un,preferred,,,,,,,,,,,
`

// testTMLexicon is a lexicon as bitext tm lexicon writes it: stem TAB
// English stem TAB p(e|k).
func testTMLexicon(t *testing.T) *TMLexicon {
	t.Helper()
	var b strings.Builder
	b.WriteString("# bitext lexicon v1 units=100\n")
	for _, l := range []struct {
		ko, en string
		p      float64
	}{
		{"구제역", "epidemic", 0.5}, {"구제역", "livestock", 0.15},
		{"노벨상", "prize", 0.6}, {"노벨상", "nobel", 0.3},
		{"연준", "fed", 0.5}, {"연준", "bank", 0.4},
		{"김정은", "leader", 0.5},
		{"살모넬라균", "pepper", 0.25}, {"고추", "pepper", 0.7},
	} {
		fmt.Fprintf(&b, "%s\t%s\t%.4f\n", l.ko, lexicon.EnglishStem(l.en), l.p)
	}
	l, err := lexicon.Read(strings.NewReader(b.String()), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	tl := NewTMLexicon(l, 0)
	if tl.Stems() != 6 || tl.Units() != 100 {
		t.Fatalf("NewTMLexicon: %d stems of %d units, want 6 of 100", tl.Stems(), tl.Units())
	}
	return tl
}

// TestTMRendered: with the TM's lexicon a word it gives for the Korean
// with probability MinTMProb or more is a rendering; a weaker one, a word
// of the entry's own form, a capitalized word for a body, a word another
// word of the source has (the lexicon's collocate) and a person are not. Without the lexicon every one is a finding.
func TestTMRendered(t *testing.T) {
	with := caseChecker(t, "tmlexicon.csv", tmLexiconGlossary)
	with.TMLexicon = testTMLexicon(t)
	without := caseChecker(t, "tmlexicon.csv", tmLexiconGlossary)
	for _, tc := range []struct{ name, src, tgt, want string }{
		{"a word the memory gives", "구제역이 번졌다.", "The epidemic spread.", ""},
		{"a weak translation", "구제역이 번졌다.", "Livestock fell sick.", "error"},
		{"a word of the entry's own form alone", "그는 노벨상을 받았다.", "He won the Pulitzer Prize.", "error"},
		{"a body's word in lower case", "연준은 금리를 올렸다.", "The central bank raised rates.", ""},
		{"a body's word capitalized", "연준은 금리를 올렸다.", "The Fed raised rates.", "error"},
		{"a person", "김정은이 연설했다.", "The leader spoke.", "warning"},
		{"a word another source word gives", "할라피뇨 고추에서 살모넬라균이 검출됐다.", "E. coli bacteria were found in jalapeno peppers.", "error"},
		{"the same word, no other source word for it", "살모넬라균이 검출됐다.", "Bacteria were found in peppers.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, fs := koPair(with, tc.src, tc.tgt); got != tc.want {
				t.Errorf("%q: target-term-missing %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
			}
			if got, fs := koPair(without, tc.src, tc.tgt); got == "" {
				t.Errorf("%q without the TM lexicon: no target-term-missing\n%s", tc.tgt, brief(fs))
			}
		})
	}
	if NewTMLexicon(nil, 0) != nil {
		t.Error("NewTMLexicon(nil): want nil")
	}
}
