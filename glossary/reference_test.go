package glossary

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// naiveFind is the matching rule written out without a trie: at each
// word start, try every form and keep the longest valid one. It shares
// only the ending rule and the folding of single runes with the Matcher.
func naiveFind(entries []*Entry, lang language.Tag, short bool, text string) []Match {
	type form struct {
		o   output
		key []rune
	}
	var forms []form
	for _, e := range entries {
		for _, t := range e.Terms {
			if !sameLang(t.Lang, lang) {
				continue
			}
			ex := exactKey(t.Text)
			forms = append(forms, form{output{entry: e, term: t, exact: ex, cs: t.CaseSensitive, plural: e.Type == TermType}, []rune(foldKey(ex))})
		}
	}
	if short {
		for _, e := range entries {
			for _, t := range e.Terms {
				if sameLang(t.Lang, lang) && t.Short != "" {
					ex := exactKey(t.Short)
					forms = append(forms, form{output{entry: e, term: t, exact: ex, cs: t.CaseSensitive, short: true}, []rune(foldKey(ex))})
				}
			}
		}
	}
	// matchAt returns the end of form f at text[i:], or -1.
	matchAt := func(f form, i int) int {
		k := 0
		for k < len(f.key) {
			if i >= len(text) {
				return -1
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if isSpace(r) {
				for i < len(text) {
					nr, ns := utf8.DecodeRuneInString(text[i:])
					if !isSpace(nr) {
						break
					}
					i += ns
				}
				r = ' '
			} else {
				r = unicode.ToLower(foldWidth(r))
			}
			if r != f.key[k] {
				return -1
			}
			k++
		}
		return i
	}
	var out []Match
	prevWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !prevWord {
			best, bestEnd, bestSuf := -1, -1, 0
			for fi, f := range forms {
				end := matchAt(f, i)
				if end < 0 || end < bestEnd {
					continue
				}
				if f.o.cs && !sameExact(text[i:end], f.o.exact) {
					continue
				}
				suf, ok := ending(text, end, &f.o)
				if !ok {
					continue
				}
				// Same end: the trie's order (full before short, then
				// case-sensitive first) decides.
				if end == bestEnd {
					b := forms[best].o
					if !(b.short && !f.o.short || b.short == f.o.short && !b.cs && f.o.cs) {
						continue
					}
				}
				best, bestEnd, bestSuf = fi, end, suf
			}
			if best >= 0 {
				o := forms[best].o
				out = append(out, Match{Start: i, End: bestEnd, Entry: o.entry, Term: o.term, Short: o.short, Suffix: text[bestEnd : bestEnd+bestSuf]})
				i = bestEnd + bestSuf
				lr, _ := utf8.DecodeLastRuneInString(text[:i])
				prevWord = isWord(lr)
				continue
			}
		}
		prevWord = isWord(r)
		i += size
	}
	return out
}

// TestMatcherAgainstNaive compares the trie matcher with naiveFind on
// random texts made of glossary forms, their variants, particles and noise.
func TestMatcherAgainstNaive(t *testing.T) {
	g := loadCases(t)
	var pieces []string
	for _, e := range g.Entries {
		for _, tm := range e.Terms {
			pieces = append(pieces, tm.Text, strings.ToUpper(tm.Text), strings.ToLower(tm.Text))
			if tm.Short != "" {
				pieces = append(pieces, tm.Short)
			}
			if w := strings.Fields(tm.Text); len(w) > 1 {
				pieces = append(pieces, w[0], strings.Join(w[:len(w)-1], " "))
			}
		}
	}
	pieces = append(pieces, Particles...)
	pieces = append(pieces, " ", " ", " ", "  ", "\n", "'s", "’s", "s", "es", "-", ".", ",", "실", "인", "X", "1", "\u00a0", "Ｍ", "e\u0301", "")
	r := rand.New(rand.NewSource(3))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for _, lang := range []language.Tag{language.Korean, language.English} {
		for _, short := range []bool{false, true} {
			m := NewMatcher(g.Entries, lang, MatchOptions{ShortForms: short})
			for range n {
				var b strings.Builder
				for k := r.Intn(8); k >= 0; k-- {
					b.WriteString(pieces[r.Intn(len(pieces))])
				}
				text := b.String()
				if !isNFC(text) {
					continue // the naive matcher does not normalize
				}
				got, want := m.FindAll(text), naiveFind(g.Entries, lang, short, text)
				if render(text, got) != render(text, want) || !sameTerms(got, want) {
					t.Fatalf("%s short=%v %q:\n trie  %s\n naive %s", lang, short, text, render(text, got), render(text, want))
				}
				for _, mt := range got {
					if p := g.Preferred(mt.Entry, mt.Term.Lang); mt.Preferred != p {
						t.Fatalf("%q: match %q of %s has Preferred %v, want %v", text, text[mt.Start:mt.End], mt.Entry.ID, mt.Preferred, p)
					}
				}
			}
		}
	}
}

func sameTerms(a, b []Match) bool {
	for i := range a {
		if a[i].Term != b[i].Term || a[i].Short != b[i].Short {
			return false
		}
	}
	return true
}
