package mine

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"bitext/tm"

	"golang.org/x/text/language"
)

// TestAdjectiveOf: the adjectives and demonyms of places by general
// suffixes and the stem's consonants, vowels free (French of France).
func TestAdjectiveOf(t *testing.T) {
	for _, c := range []struct {
		adj, place string
		want       bool
	}{
		{"French", "France", true},
		{"Palestinian", "Palestine", true},
		{"Afghan", "Afghanistan", true},
		{"Spanish", "Spain", true},
		{"Iraqi", "Iraq", true},
		{"Chinese", "China", true},
		{"Scottish", "Scotland", true},
		{"Iran", "Iraq", false},                // not a stem and a suffix of the other
		{"France", "French", false},            // the place is no adjective of its adjective
		{"Iraq", "Iraqi", false},               // a prefix of the other
		{"Freeman", "France", false},           // Freem: frm does not begin frnc
		{"Jordan", "Jordan Valley", false},     // one word each
		{"Palestinian", "Palestinians", false}, // a plural (mergeDerived's own rule)
		{"Teheran", "Tehran", false},           // two spellings of one name
		{"Korean", "Koran", false},
		{"Berlin", "Bern", false}, // Berl: brl does not begin brn
	} {
		if got := adjectiveOf(c.adj, c.place); got != c.want {
			t.Errorf("adjectiveOf(%q, %q) = %v, want %v", c.adj, c.place, got, c.want)
		}
	}
}

// TestAdjectiveRendering: an adjective paired with a place's Korean
// name before a title (French President: 프랑스 ~ French) counts as the
// place's rendering, also when the place's own pair has fewer units than
// --min-count (이라크 ~ Iraq in one unit), and the title's person is not
// the place's type; the same from a cache file whose pairs of one unit
// are looked up undecoded.
func TestAdjectiveRendering(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"프랑스 대통령 마크롱이 말했다.", "French President Macron spoke."},
		{"프랑스 대통령 마크롱은 웃었다.", "French President Macron smiled."},
		{"프랑스 대통령 마크롱이 떠났다.", "French President Macron left."},
		{"시위가 프랑스에서 열렸다.", "Protests were held in France."},
		{"눈이 프랑스에서 내렸다.", "Snow fell in France."},
		{"이라크 대사가 말했다.", "The Iraqi ambassador spoke."},
		{"이라크 대사는 웃었다.", "The Iraqi ambassador smiled."},
		{"폭탄이 이라크에서 터졌다.", "A bomb went off in Iraq."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	check := func(what string, res *Result) {
		t.Helper()
		got := map[string]Candidate{}
		for _, c := range res.Candidates {
			got[c.Korean] = c
		}
		for ko, want := range map[string]string{"프랑스": "France", "이라크": "Iraq"} {
			c := got[ko]
			if len(c.Renderings) != 1 || c.Renderings[0].Text != want || c.Type != Place {
				t.Errorf("%s: %s: %+v, want one rendering %s, a place", what, ko, c, want)
			}
		}
		if c := got["프랑스"]; c.Units != 5 {
			t.Errorf("%s: 프랑스 in %d units, want 5", what, c.Units)
		}
		if c := got["이라크"]; c.Units != 3 {
			t.Errorf("%s: 이라크 in %d units, want 3", what, c.Units)
		}
	}
	check("state", st.Result(Options{}))
	path := filepath.Join(t.TempDir(), "t.mine")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	back, _, err := readCache(path, false)
	if err != nil {
		t.Fatal(err)
	}
	if back.lazy == nil {
		t.Fatal("the cache file's pairs of one unit were decoded")
	}
	check("cache", back.Result(Options{}))
	if _, ok := back.Pairs["이라크\tIraq"]; ok {
		t.Error("Result decoded 이라크 ~ Iraq into the state")
	}
}

// TestMergeDerivedCycle: renderings each derived from the other merge
// one way, never both away (Bolian and Bolish, each the other's adjective
// by the consonants).
func TestMergeDerivedCycle(t *testing.T) {
	for _, c := range [][2]string{{"Afghan", "Afghani"}, {"Palestinian", "Palestinians"}, {"Afghani", "Afghan"}, {"Bolian", "Bolish"}} {
		ps := []*pairStats{{Ko: "아프간", En: c[0], Units: 2}, {Ko: "아프간", En: c[1], Units: 3}}
		out := mergeDerived(ps)
		if len(out) != 1 || out[0].Units != 5 {
			t.Errorf("%v: %+v, want one rendering of 5 units", c, out)
		}
	}
}

// TestMergeDerivedPlace: a place whose name ends in s is no plural of the
// shorter form when it has more units (session 12, helper M12).
func TestMergeDerivedPlace(t *testing.T) {
	ps := []*pairStats{{Ko: "필리핀", En: "Philippine", Units: 1}, {Ko: "필리핀", En: "Philippines", Units: 2}}
	out := mergeDerived(ps)
	if len(out) != 2 {
		t.Errorf("Philippines merged into Philippine: %+v", out)
	}
	// Fewer units: merged as before.
	ps = []*pairStats{{Ko: "필리핀", En: "Philippine", Units: 3}, {Ko: "필리핀", En: "Philippines", Units: 2}}
	if out := mergeDerived(ps); len(out) != 1 || out[0].En != "Philippine" || out[0].Units != 5 {
		t.Errorf("Philippines not merged into Philippine of more units: %+v", out)
	}
}
