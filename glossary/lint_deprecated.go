package glossary

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// lintDeprecated warns of deprecated and superseded forms that will read
// as something right in text (session 11, issue 11; the seventh fresh
// glossary deprecated "Alaska State", a word run of Alaska State
// Troopers):
//   - deprecated-inside: the form is a word run of another entry's allowed
//     form ("State Troopers" of "Alaska State Troopers"): names that
//     contain it are right;
//   - deprecated-extends: the form is an allowed form of its own entry with
//     capitalized words added ("Alaska State" for Alaska): it begins or
//     ends longer names that are right (Alaska State Troopers, Alaska
//     State Legislature), which `bitext check` leaves out where a
//     capitalized word continues the form;
//     The entry lists no other allowed form of as many words or more
//     that holds the same one (Vatican State beside Vatican City, Firat
//     Agency beside Firat News Agency, British Press Association beside
//     the Press Association: a wrong variant of a listed name);
//   - deprecated-other-form: the form is another entry's short or related
//     form, so where it names that entry it is right.
//
// A form equal to another entry's preferred or admitted form is an error
// already (status-conflict, shared-term).
func lintDeprecated(gs []*Glossary) []Problem {
	type holder struct {
		e *Entry
		t *Term
	}
	// The forbidden forms by language and key, and the longest in words.
	forbidden := map[formKey][]holder{}
	firstWord := map[formKey]int{} // language and first word: the most words of a forbidden form
	for _, g := range gs {
		for _, e := range g.Entries {
			for _, t := range e.Terms {
				if t.Status.Forbidden() && strings.TrimSpace(t.Text) != "" {
					key := termKey(t.Text)
					k := langKey(t, key)
					forbidden[k] = append(forbidden[k], holder{e, t})
					ws := strings.Fields(key)
					if len(ws) > 0 {
						fk := langKey(t, ws[0])
						firstWord[fk] = max(firstWord[fk], len(ws))
					}
				}
			}
		}
	}
	if len(forbidden) == 0 {
		return nil
	}
	// The folded words of each form, made once.
	wordsOf := make(map[*Term][]string, 4*len(forbidden))
	words := func(t *Term) []string {
		ws, ok := wordsOf[t]
		if !ok {
			ws = strings.Fields(termKey(t.Text))
			wordsOf[t] = ws
		}
		return ws
	}
	var out []Problem
	reported := map[*Term]bool{} // one warning a form
	add := func(h holder, code string, data map[string]any, format string, args ...any) {
		if reported[h.t] {
			return
		}
		reported[h.t] = true
		line, col := h.e.Line, 0
		if h.t.Line > 0 {
			line, col = h.t.Line, h.t.Col
		}
		out = append(out, Problem{File: h.e.File, Line: line, Col: col, Severity: Warning, Code: code, Message: fmt.Sprintf(format, args...), Data: data})
	}
	for _, g := range gs {
		for _, e := range g.Entries {
			for _, u := range e.Terms {
				if u.Status.Forbidden() {
					// Own allowed forms inside this one: deprecated-extends.
					// A respelling of an allowed form is a misspelling, which
					// check reports inside longer names too (respellsOwn).
					ws := words(u)
					if len(ws) < 2 {
						continue
					}
					orig := strings.Fields(u.Text)
					if len(ws) != len(orig) {
						continue
					}
					for _, a := range e.Terms {
						if a.Status.Forbidden() || !sameLang(a.Lang, u.Lang) {
							continue
						}
						aw := words(a)
						if i := wordRun(ws, aw); i >= 0 && capitalized(orig[:i]) && capitalized(orig[i+len(aw):]) && !listedLonger(e, u, a, len(ws), words) && !respellsOwn(e, u) {
							add(holder{e, u}, CodeDeprecatedExtends, map[string]any{"Term": u.Text, "ID": e.ID, "Allowed": a.Text},
								"deprecated %q is %q of entry %s with words added: right names may contain it (check does not report it where a capitalized word continues it)", u.Text, a.Text, e.ID)
							break
						}
					}
					continue
				}
				// Forbidden forms of other entries inside this allowed form.
				ws := words(u)
				for i := range ws {
					most := firstWord[langKey(u, ws[i])]
					for j := i + 1; j <= len(ws) && j-i <= most; j++ {
						if j-i == len(ws) {
							continue
						}
						for _, h := range forbidden[langKey(u, strings.Join(ws[i:j], " "))] {
							// A case-sensitive form counts only as written
							// ("Korean peninsula" is not in "Korean Peninsula").
							if h.t.CaseSensitive {
								if exact := strings.Fields(exactKey(u.Text)); len(exact) == len(ws) && strings.Join(exact[i:j], " ") != exactKey(h.t.Text) {
									continue
								}
							}
							if h.e != e {
								add(h, CodeDeprecatedInside, map[string]any{"Term": h.t.Text, "ID": h.e.ID, "Other": e.ID, "Name": u.Text, "Prev": termWhere(e, u)},
									"deprecated %q of entry %s is part of %q (entry %s, %s): other right names may contain it too", h.t.Text, h.e.ID, u.Text, e.ID, termWhere(e, u))
							}
						}
					}
				}
				// Short and related forms of this entry that another forbids.
				for n := -1; n < len(u.Related); n++ {
					s := u.Short
					if n >= 0 {
						s = u.Related[n]
					}
					if strings.TrimSpace(s) == "" {
						continue
					}
					kind := "related"
					if n < 0 {
						kind = "short"
					}
					for _, h := range forbidden[langKey(u, termKey(s))] {
						if h.e != e && (!h.t.CaseSensitive || exactKey(s) == exactKey(h.t.Text)) {
							add(h, CodeDeprecatedOther, map[string]any{"Term": h.t.Text, "ID": h.e.ID, "Other": e.ID, "Kind": kind, "Prev": termWhere(e, u)},
								"deprecated %q of entry %s is a %s form of entry %s (%s): where it names that entry it is right", h.t.Text, h.e.ID, kind, e.ID, termWhere(e, u))
						}
					}
				}
			}
		}
	}
	return out
}

// langKey is key in the base language of t.
func langKey(t *Term, key string) formKey {
	b, _ := t.Lang.Base()
	return formKey{b, key}
}

// formKey is a form's key in a base language.
type formKey struct {
	lang language.Base
	key  string
}

// wordRun returns where the words of sub stand in ws, shorter than ws, or
// -1.
func wordRun(ws, sub []string) int {
	if len(sub) == 0 || len(sub) >= len(ws) {
		return -1
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		k := 0
		for k < len(sub) && ws[i+k] == sub[k] {
			k++
		}
		if k == len(sub) {
			return i
		}
	}
	return -1
}

// capitalized reports whether every word of ws begins with a capital
// letter (true for none).
func capitalized(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// respellsOwn reports whether the forbidden form u is, in lower case, at
// most two letters changed, added, dropped or swapped from an allowed form
// of e in its language ("Luis Felipe Scolari" for Luiz Felipe Scolari,
// "Osama Bin Laden"): a misspelling, which check reports inside longer
// names too (check.respellsAllowed).
func respellsOwn(e *Entry, u *Term) bool {
	lu := strings.ToLower(u.Text)
	for _, a := range e.Terms {
		if a != u && !a.Status.Forbidden() && sameLang(a.Lang, u.Lang) && editsWithin(lu, strings.ToLower(a.Text), 2) {
			return true
		}
	}
	return false
}

// editsWithin reports whether a and b are at most max edits apart
// (optimal string alignment distance in runes).
func editsWithin(a, b string, max int) bool {
	if d := len(a) - len(b); d > max*utf8.UTFMax || -d > max*utf8.UTFMax {
		return false
	}
	return Distance(a, b, max) <= max
}

// listedLonger reports whether e has an allowed form other than a, in u's
// language, of n words or more that holds a's words.
func listedLonger(e *Entry, u, a *Term, n int, words func(*Term) []string) bool {
	aw := words(a)
	for _, b := range e.Terms {
		if b == a || b.Status.Forbidden() || !sameLang(b.Lang, u.Lang) {
			continue
		}
		bw := words(b)
		if len(bw) >= n && (len(bw) > len(aw) && wordRun(bw, aw) >= 0) {
			return true
		}
	}
	return false
}
