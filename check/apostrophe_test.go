package check

import (
	"strings"
	"testing"

	"bitext/glossary"
)

// TestPresentApostrophe: through Pair with --missing all, a form is
// present with its apostrophe written as another apostrophe character,
// not without one or with a mis-decoded one. Our own sentences, entries
// like house10's.
func TestPresentApostrophe(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until
prp,organization,ko,인민혁명당,preferred,,,,,
prp,organization,en,People's Revolutionary Party,preferred,,,,,
bank,organization,ko,인민은행,preferred,,,,,
bank,organization,en,People’s Bank,preferred,,,,,
xian,place,ko,시안,preferred,,,,,
xian,place,en,Xi'an,preferred,,,,,
`
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	for _, tc := range []struct {
		src, tgt string
		missing  bool
	}{
		{"인민혁명당 사건으로 23명이 체포됐다.", "The 23 were arrested in the ””People`s Revolutionary Party”” case.", false},
		{"인민혁명당 사건으로 23명이 체포됐다.", "The 23 were arrested in the People’s Revolutionary Party case.", false},
		{"인민혁명당 사건으로 23명이 체포됐다.", "The 23 were arrested in the People´s Revolutionary Party case.", false},
		{"인민혁명당 사건으로 23명이 체포됐다.", "The 23 were arrested in the Peoples Revolutionary Party case.", true},
		{"인민은행은 금리를 올렸다고 밝혔다.", "The People's Bank said it raised rates.", false},
		{"인민은행은 금리를 올렸다고 밝혔다.", "The People`s Bank said it raised rates.", false},
		{"시안에서 병마용을 보았다고 말했다.", "He said he saw the warriors in Xi’an.", false},
		// Session 19 (T26): ¡¯, KPC's regular mis-decoding of ’, counts as
		// an apostrophe (reported before: an editor fixes it).
		{"시안에서 병마용을 보았다고 말했다.", "He said he saw the warriors in Xi¡¯an.", false},
		{"시안에서 병마용을 보았다고 말했다.", "He said he saw the warriors in Xi¡an.", true},
	} {
		sev, fs := koPair(c, tc.src, tc.tgt)
		if missing := sev != ""; missing != tc.missing {
			t.Errorf("Pair(%q, %q): target-term-missing %v, want %v (%s)", tc.src, tc.tgt, missing, tc.missing, brief(fs))
		}
	}
	for s, want := range map[string]string{"people`s": "people's", "none": "none", "o’neill’s": "o'neill's", "xi¡¯an": "xi'an"} {
		if got := foldApostrophes(s); got != want {
			t.Errorf("foldApostrophes(%q) = %q, want %q", s, got, want)
		}
	}
}
