package omegat

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"bitext/xliff"
)

// FuzzKitRoundTrip: any source, pre-filled target and glossary term
// written as a kit file read back the same: the target the source's copy,
// the pre-fill in Exact or Fuzzy by its state, the glossary line once.
func FuzzKitRoundTrip(f *testing.F) {
	f.Add("국회가 예산안을 통과시켰다.", "The National Assembly passed the budget.", "국회", "National Assembly", true)
	f.Add("표결은 40분간 진행됐다.", "The vote took 40 minutes & more <b>", "표결", "vote\tcount", false)
	f.Add(" 앞뒤 공백 ", "  spaces  ", "", "", true)
	f.Fuzz(func(t *testing.T, src, tgt, term, tr string, exact bool) {
		for _, s := range []string{src, tgt, term, tr} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r") || !xmlChars(s) {
				t.Skip()
			}
		}
		if strings.TrimSpace(src) == "" || strings.TrimSpace(tgt) == "" {
			t.Skip()
		}
		u := xliff.Unit{ID: "u1", Source: src, Target: tgt, State: xliff.StateTranslated}
		if !exact {
			u.State, u.OriginalState = xliff.StateInitial, "needs-review-translation"
		}
		if term != "" && tr != "" {
			u.Glossary = []xliff.GlossEntry{{Term: term, Translation: tr}}
		}
		doc := SourceDocument(xliff.Document{Version: xliff.Version12, SrcLang: "ko", TrgLang: "en",
			Files: []xliff.File{{Original: "a", Units: []xliff.Unit{u}}}})
		var b bytes.Buffer
		if err := xliff.Encode(&b, &doc); err != nil {
			t.Skip() // text the XLIFF writer refuses
		}
		p := filepath.Join(t.TempDir(), "a.omegat.xlf")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		k, err := Read([]string{p})
		if err != nil {
			t.Fatalf("reading back a kit file: %v\n%s", err, b.Bytes())
		}
		got := k.Exact
		if !exact {
			got = k.Fuzzy
		}
		// No TM candidates here: a fuzzy pre-fill's source is the unit's.
		if k.Units != 1 || len(got) != 1 || len(k.Exact)+len(k.Fuzzy) != 1 || got[0].Target != tgt || got[0].Source != src {
			t.Fatalf("kit %+v; want the pre-fill %q → %q (exact %v)", k, src, tgt, exact)
		}
		read, err := xliff.Decode(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if ru := read.Files[0].Units[0]; ru.Target != ru.Source {
			t.Fatalf("target %q is not the copy of the source %q", ru.Target, ru.Source)
		}
		if term != "" && tr != "" {
			if len(k.Glossary) != 1 || k.Glossary[0] != GlossaryLine(term, tr, "") || strings.Count(k.Glossary[0], "\t") < 1 {
				t.Fatalf("glossary %q", k.Glossary)
			}
		}
	})
}

// xmlChars reports whether s has only characters XML 1.0 allows and the
// xliff reader takes (it refuses U+007F–U+009F, and so does its writer).
func xmlChars(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r <= 0x9F || r == 0xFFFE || r == 0xFFFF || r >= 0xD800 && r <= 0xDFFF {
			return false
		}
	}
	return true
}
