package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
)

func TestDecodeRefs(t *testing.T) {
	for _, tc := range []struct{ in, decoded, joined string }{
		{"no reference", "no reference", "no reference"},
		{"jalape&ntilde;o peppers", "jalapeño peppers", "jalapeño peppers"},
		{"jalape&ntilde; os and tomatoes", "jalapeñ os and tomatoes", "jalapeños and tomatoes"},
		{"jalape&amp;ntilde;o", "jalapeño", "jalapeño"},
		{"Ver&oacute; nica Fajardo", "Veró nica Fajardo", "Verónica Fajardo"},
		{"Jos&eacute; Mourinho", "José Mourinho", "José Mourinho"},
		{"Phnom Penh (CNN) &#8212; Cambodia", "Phnom Penh (CNN) — Cambodia", "Phnom Penh (CNN) — Cambodia"},
		{"a hospital A&E; four-in-ten", "a hospital A&E; four-in-ten", "a hospital A&E; four-in-ten"},
		{"AT&T & Co; fine", "AT&T & Co; fine", "AT&T & Co; fine"},
		{"trailing &", "trailing &", "trailing &"},
	} {
		d, j := decodeRefs(tc.in)
		if d != tc.decoded || j != tc.joined {
			t.Errorf("decodeRefs(%q) = %q, %q; want %q, %q", tc.in, d, j, tc.decoded, tc.joined)
		}
	}
}

// TestCharRefs: a listed form written with HTML character references is
// present for target-term-missing; a deprecated form so written is not
// reported (strict matching reads the text as written). Our own sentences.
func TestCharRefs(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status
jalapeno,term,ko,할라피뇨,preferred
jalapeno,term,en,jalapeno,preferred
jalapeno,term,en,jalapeño,admitted
`), glossary.FormatCSV, "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	for _, tc := range []struct {
		tgt     string
		missing bool
	}{
		{"Officials warned against raw jalape&ntilde;os.", false},
		{"Officials warned against raw jalape&amp;ntilde;os.", false},
		{"Officials warned against raw jalape&ntilde; os.", false},
		{"Officials warned against raw jalapeños.", false},
		{"Officials warned against raw peppers.", true},
		{"Officials warned against raw jalape&ntilde;&ntilde;os.", true},
	} {
		fs := c.Pair("p.tsv", Pair{Source: "당국은 할라피뇨를 날로 먹지 말라고 했다.", Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
		got := false
		for _, f := range fs {
			got = got || f.Rule == RuleTargetMissing
		}
		if got != tc.missing {
			t.Errorf("Pair(%q): target-term-missing %v, want %v (%s)", tc.tgt, got, tc.missing, brief(fs))
		}
	}
}

// FuzzDecodeRefs: text without a reference comes back as it is; the
// joined reading is the decoded one with spaces left out; valid UTF-8
// stays valid.
func FuzzDecodeRefs(f *testing.F) {
	for _, s := range []string{"jalape&ntilde; os", "jalape&amp;ntilde;o", "A&E; four", "&#8212;", "&#xD800;", "&;", "&&amp;;", "Ver&oacute; nica"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, j := decodeRefs(s)
		if !strings.Contains(s, "&") && (d != s || j != s) {
			t.Fatalf("decodeRefs(%q) = %q, %q: changed a text without a reference", s, d, j)
		}
		if strings.ReplaceAll(d, " ", "") != strings.ReplaceAll(j, " ", "") {
			t.Fatalf("decodeRefs(%q) = %q, %q: joined differs beyond spaces", s, d, j)
		}
		if utf8.ValidString(s) && (!utf8.ValidString(d) || !utf8.ValidString(j)) {
			t.Fatalf("decodeRefs(%q) = %q, %q: invalid UTF-8", s, d, j)
		}
	})
}
