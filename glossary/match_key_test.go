package glossary

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// FuzzKeys checks exactKey's and foldKey's fast paths against the general
// ones: plainKey strings (ASCII and Hangul syllables) are their own
// exact keys, and foldKey lowercases as strings.Map(unicode.ToLower) does.
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"", "Kim Jong Un", "김정은", "김 정은", " 김", "김  정", "Moon Jae-in 문재인", "ＡＢ", "\u1100\u1161", "가\u11a8", "a\x7fb", "\xff", "İstanbul", "ABC def", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := exactKey(s), slowExactKey(s); got != want {
			t.Errorf("exactKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := foldKey(s), strings.Map(unicode.ToLower, s); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestHangulPlain: every Hangul syllable is its own exact key, as
// plainKey assumes.
func TestHangulPlain(t *testing.T) {
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		s := string(r)
		if !plainKey(s) || slowExactKey(s) != s || foldKey(s) != s || isSpace(r) {
			t.Fatalf("%q (%U) is not its own key", s, r)
		}
	}
}

// TestLangOf: has is sameLang, preferred is preferred and TermsIn the
// terms sameLang keeps, for every pair of a few tags, asked in turn so
// that the remembered tag changes.
func TestLangOf(t *testing.T) {
	tags := []language.Tag{language.Korean, language.English, language.AmericanEnglish, language.Und, language.Japanese, language.MustParse("ko-KR"), language.MustParse("en-GB")}
	e := &Entry{ID: "x", Terms: []*Term{
		{Text: "a", Lang: language.Korean, Status: Admitted},
		{Text: "b", Lang: language.AmericanEnglish, Status: Deprecated},
		{Text: "c", Lang: language.English, Status: Admitted},
		{Text: "d", Lang: language.MustParse("en-GB"), Status: Preferred},
		{Text: "e", Lang: language.MustParse("ko-KR"), Status: Preferred},
		{Text: "f", Lang: language.Und, Status: Admitted},
	}}
	for _, lang := range tags {
		in := newLangOf(lang)
		for range 2 {
			for _, u := range append(tags, tags[3], tags[0], tags[0], tags[2]) {
				if got, want := in.has(u), sameLang(u, lang); got != want {
					t.Errorf("newLangOf(%v).has(%v) = %v, want %v", lang, u, got, want)
				}
			}
			if got, want := in.preferred(e), preferred(e, lang); got != want {
				t.Errorf("newLangOf(%v).preferred = %v, want %v", lang, got, want)
			}
			var want []*Term
			for _, u := range e.Terms {
				if sameLang(u.Lang, lang) {
					want = append(want, u)
				}
			}
			if got := e.TermsIn(lang); !reflect.DeepEqual(got, want) {
				t.Errorf("TermsIn(%v) = %v, want %v", lang, got, want)
			}
		}
	}
}

// FuzzTriFilter: the third-byte filter of mayStart (Matcher.tri) changes
// no match: a matcher whose filter lets everything through finds the same
// in texts made of glossary forms, their prefixes and filler words.
func FuzzTriFilter(f *testing.F) {
	g, err := Load("testdata/cases.csv")
	if err != nil {
		f.Fatal(err)
	}
	g.Entries = append(g.Entries, genGlossary(300).Entries...)
	var ms, open []*Matcher
	for _, lang := range []language.Tag{language.English, language.Korean} {
		for _, short := range []bool{false, true} {
			m := g.MatcherWith(lang, MatchOptions{ShortForms: short})
			o := *m
			for i := range o.pairOut {
				o.pairOut[i] = ^uint64(0)
			}
			ms, open = append(ms, m), append(open, &o)
		}
	}
	f.Add("Kim Jong-un said the committee met Ministry of Unification officials", uint64(1))
	f.Add("Jung Eui-yong's  MOFA, ＭＯＦＡ Ko Jo Kim\tJo Min", uint64(7))
	f.Fuzz(func(t *testing.T, seed string, n uint64) {
		// The fuzzed text and one spliced from forms of the glossary,
		// cut at random places (prefixes share the forms' first bytes).
		var b strings.Builder
		b.WriteString(seed)
		for i := range 40 {
			n = n*6364136223846793005 + 1442695040888963407
			e := g.Entries[n>>33%uint64(len(g.Entries))]
			tm := e.Terms[int(n>>20)%len(e.Terms)]
			form := tm.Text
			if n>>40%3 == 0 {
				form = form[:int(n>>44)%(len(form)+1)]
			}
			b.WriteString(form)
			b.WriteString([]string{" ", "  ", "-", "'s ", "\t", "은 ", ", ", "x", " the "}[(int(n>>50)+i)%9])
		}
		text := b.String()
		for k, m := range ms {
			if got, want := m.FindAll(text), open[k].FindAll(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("FindAll(%q) = %v, without the filter %v", text, got, want)
			}
		}
	})
}

// TestOutputRank: ordering by outputRank is the order addOutputs had
// (full forms before short ones, then case-sensitive before not).
func TestOutputRank(t *testing.T) {
	less := func(x, y output) bool {
		if x.short != y.short {
			return !x.short
		}
		return x.cs && !y.cs
	}
	var all []output
	for _, short := range []bool{false, true} {
		for _, cs := range []bool{false, true} {
			all = append(all, output{short: short, cs: cs})
		}
	}
	for _, x := range all {
		for _, y := range all {
			if got, want := outputRank(&x) < outputRank(&y), less(x, y); got != want {
				t.Errorf("rank(%+v) < rank(%+v) = %v, want %v", x, y, got, want)
			}
		}
	}
}

// FuzzKeyHead: keyHead never orders two keys against strings.Compare.
func FuzzKeyHead(f *testing.F) {
	f.Add("ab", "ab\x00")
	f.Add("kim jong", "kim jong-un")
	f.Add("김정은", "김정")
	f.Fuzz(func(t *testing.T, a, b string) {
		ha, hb := keyHead(a), keyHead(b)
		if ha != hb && (ha < hb) != (strings.Compare(a, b) < 0) {
			t.Errorf("keyHead(%q) = %x, keyHead(%q) = %x", a, ha, b, hb)
		}
	})
}
