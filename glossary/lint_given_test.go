package glossary

import (
	"fmt"
	"strings"
	"testing"
)

// TestLintGivenNames: a person's given name of several usual spellings of
// one sound, the others not listed, is a warning naming them; a listed
// other spelling (admitted or deprecated), a romanization, the last word
// and the short form's words, and other types are not.
func TestLintGivenNames(t *testing.T) {
	var got []string
	for _, p := range Lint("testdata/lint/given.csv") {
		if p.Code == CodeDeprecatedVariant {
			continue // TestLintDeprecatedVariants
		}
		got = append(got, fmt.Sprintf("%d:%d %s %s %s [%s]", p.Line, p.Col, p.Code, p.Data["Name"], p.Data["Term"], p.Data["Variants"]))
	}
	want := []string{
		"3:18 given-name-variants Lindsay Lindsay Plasco-Flaxman [Lindsey, Lynsey, Linsey, Lyndsey, Lyndsay]", // house8's guess
		// Lindsey Graham lists Lindsay Graham as deprecated: confirmed.
		// Theresa May lists Teresa May as admitted: confirmed.
		"8:18 given-name-variants Ann Ann-Laure Decadt [Anne]", // a hyphenated given name's part
		// Oleksiy: a romanization, which check takes for any other.
		// John: John and Jon have one usual spelling.
		// Peter Lynn: Lynn is the surname (the last word).
		// Lewis Chun-hing: Lewis is the short form (the surname, written first).
		"13:18 given-name-variants Lynn Jamie Lynn Spears [Lynne]", // a middle name, once an entry
		// Stephen Thomson lists the deprecated Steven Thomson, which is not checked itself.
		// Stephen Hawking Centre: an organization.
		"17:20 given-name-variants Sheryl Sheryl Sandberg [Cheryl]", // once for the entry's two forms
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLintDeprecatedVariants: a person's forbidden form that is an
// allowed one with a word spelt another usual way of one sound (a given
// name or a surname) is a warning; a misspelling, a romanization, two
// words changed, a last word of the given-name table and other types are
// not.
func TestLintDeprecatedVariants(t *testing.T) {
	var got []string
	for _, p := range Lint("testdata/lint/variant.csv") {
		got = append(got, fmt.Sprintf("%d:%d %s %s %s/%s", p.Line, p.Col, p.Code, p.Data["Term"], p.Data["Word"], p.Data["Other"]))
	}
	want := []string{
		"3:21 deprecated-variant Kelly Humphreys Humphreys/Humphries", // house7's guess
		"5:15 deprecated-variant Teresa May Teresa/Theresa",
		// David Petreaus: a misspelling.
		"9:18 deprecated-variant Lindsay Graham Lindsay/Lindsey", // superseded too
		// Peter Lynne: Lynn is a given name of the table, here the surname.
		// Alexey Danilov: a romanization.
		// Steven Thomson: two words changed.
		// Clarke Foundation: not a person.
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGivenFamilies: the hand-written tables are lower-case ASCII, a name
// belongs to one family of both only, every family has two names or more,
// and different names often confused by a careless rendering stay apart.
// Only romanizations are NameRomanizations, the last word only Arabic and
// Persian ones.
func TestGivenFamilies(t *testing.T) {
	seen := map[string]string{}
	for _, tab := range []struct {
		name string
		fs   [][]string
	}{{"romanized", romanizedFamilies}, {"arabic", arabicFamilies}, {"spelled", spelledFamilies}, {"surnames", spelledSurnames}} {
		for i, f := range tab.fs {
			if len(f) < 2 {
				t.Errorf("%s family %d %q: fewer than two names", tab.name, i, f)
			}
			for _, n := range f {
				if n != strings.ToLower(n) || strings.ContainsFunc(n, func(r rune) bool { return r > 0x7F || r == ' ' }) {
					t.Errorf("%s family %d: %q not one lower-case ASCII word", tab.name, i, n)
				}
				where := fmt.Sprintf("%s family %d", tab.name, i)
				if k, ok := seen[n]; ok {
					t.Errorf("%q in %s and %s", n, k, where)
				}
				seen[n] = where
			}
		}
	}
	for _, p := range [][2]string{{"robert", "richard"}, {"alexei", "alexander"}, {"andrei", "andrew"}, {"yuri", "yulia"}, {"ahmad", "muhammad"}, {"hassan", "hussein"}, {"lindsay", "linda"}, {"stephen", "stefan"}, {"carl", "charles"}} {
		if seen[p[0]] != "" && seen[p[0]] == seen[p[1]] {
			t.Errorf("%q and %q in one family", p[0], p[1])
		}
	}
	if _, ok := seen["said"]; ok {
		t.Error(`"said" is in a family: an English word in lower case`)
	}
	for _, c := range []struct {
		word  string
		last  bool
		first string // of the family; "" for none
	}{
		{"alexey", false, "alexei"},
		{"alexey", true, ""}, // an East Slavic given name, not a surname
		{"mousa", false, "musa"},
		{"mousa", true, "musa"}, // Arabic: a father's name, the last word too
		{"farouq", true, "farouk"},
		{"mehmood", false, "mahmoud"}, // Urdu: e for a short a (session 27, T100)
		{"yousaf", false, "yusuf"},
		{"raza", false, "reza"},
		{"masood", true, "masoud"},
		{"parvez", false, "pervez"},
		{"lindsay", false, ""}, // a spelling of one sound, not a romanization
		{"john", false, ""},
		{"Alexey", false, ""}, // lower case only
	} {
		f := NameRomanizations(c.word, c.last)
		if got := ""; len(f) > 0 {
			got = f[0]
			if got != c.first {
				t.Errorf("NameRomanizations(%q, %v) = %q, want the family of %q", c.word, c.last, f, c.first)
			}
		} else if c.first != "" {
			t.Errorf("NameRomanizations(%q, %v) = nil, want the family of %q", c.word, c.last, c.first)
		}
	}
}
